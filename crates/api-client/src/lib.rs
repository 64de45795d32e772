//! Typed client of the Shigoto HTTP API, used by the desktop core and by integration tests.
//! Every answer that is not a success is turned into a [`ClientError`], with the service's own
//! JSON error body when it sent one.
//!
//! Transport rule ([`check_service_url`], the one place it lives): the service is reached over
//! `https://`, or over plain `http://` only on this computer (loopback: `127.0.0.0/8`, `::1`,
//! `localhost`), where nothing crosses a network. Any other address is refused before a
//! request is made, and so is a redirect that leads to one, so neither a password nor a session
//! token is ever sent in the clear.
//!
//! The calls of 求人申込み and its review are in a module of their own (`postings`).

mod applications;
mod counselling;
mod counselor;
mod error;
mod introductions;
mod messages;
mod notifications;
mod postings;
mod publication;
mod transport;

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use reqwest::{StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use shigoto_shared::{
    AccountInfo, ApiError, EmailChangeConfirmation, EmailChangeRequest, EmployerApplication,
    EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, EmployerReturn, Health,
    JobSearchParams, JobSearchResults, JobSheet, KeySent, Lang, OfficeDirectory, OpeningCompletion,
    OpeningKeyRequest, PasswordChange, PasswordResetCompletion, PasswordResetKeyRequest,
    PullResponse, PushRequest, PushResponse, RegistrationCompletion, RegistrationKeyRequest,
    SeekingStatus, SignIn, SignedIn, SyncCursor,
};

pub use error::ClientError;
pub use transport::check_service_url;

/// Redirects the client follows at most (the API itself never redirects).
const MAX_REDIRECTS: usize = 5;

/// Time allowed to open a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Time allowed for a whole call.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// A client bound to one service.
#[derive(Clone, Debug)]
pub struct ApiClient {
    base: Url,
    http: reqwest::Client,
    /// The language asked for (`Accept-Language`), shared by the clones of this client.
    language: Arc<AtomicU8>,
}

impl ApiClient {
    /// A client for the service at `base_url` (e.g. `https://shigoto.example.jp` or
    /// `http://127.0.0.1:8080`); an address the transport rule refuses is an error
    /// ([`check_service_url`]).
    pub fn new(base_url: &str) -> Result<Self, ClientError> {
        let base = check_service_url(base_url)?;
        // A redirect must obey the same rule: never follow one to plain http elsewhere.
        let redirects = reqwest::redirect::Policy::custom(|attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                attempt.error("too many redirects")
            } else if check_service_url(attempt.url().as_str()).is_ok() {
                attempt.follow()
            } else {
                attempt.error("redirected to an address that is not https:// nor loopback")
            }
        });
        let http = reqwest::Client::builder()
            .redirect(redirects)
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("shigoto-desktop/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|err| ClientError::Unreachable(err.to_string()))?;
        Ok(Self {
            base,
            http,
            language: Arc::new(AtomicU8::new(0)),
        })
    }

    /// Asks the service to answer in `lang` from now on (its messages; `Accept-Language`).
    pub fn set_language(&self, lang: Lang) {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.language
            .store(u8::try_from(index).unwrap_or(0), Ordering::Relaxed);
    }

    /// The language asked for.
    pub fn language(&self) -> Lang {
        Lang::ALL
            .get(usize::from(self.language.load(Ordering::Relaxed)))
            .copied()
            .unwrap_or_default()
    }

    /// `host_port` of the service, safe in a folder name (to keep each service's data apart).
    pub fn host_label(&self) -> String {
        let host: String = self
            .base
            .host_str()
            .unwrap_or("service")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        match self.base.port_or_known_default() {
            Some(port) => format!("{host}_{port}"),
            None => host,
        }
    }

    /// The service's base URL.
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    fn url(&self, segments: &[&str]) -> Result<Url, ClientError> {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|_| ClientError::BadBaseUrl(self.base.to_string()))?
            .pop_if_empty()
            .extend(segments);
        Ok(url)
    }

    /// `GET /healthz`.
    pub async fn health(&self) -> Result<Health, ClientError> {
        self.get(self.url(&["healthz"])?).await
    }

    /// `GET /api/v1/jobs?…`: public search.
    pub async fn search_jobs(
        &self,
        params: &JobSearchParams,
    ) -> Result<JobSearchResults, ClientError> {
        self.search_jobs_as(params, None).await
    }

    /// `GET /api/v1/jobs?…` as the signed-in caller of `token` (a registered job seeker sees
    /// employers published to registered seekers only), or as the public without one.
    pub async fn search_jobs_as(
        &self,
        params: &JobSearchParams,
        token: Option<&str>,
    ) -> Result<JobSearchResults, ClientError> {
        let mut url = self.url(&["api", "v1", "jobs"])?;
        let query = serde_urlencoded::to_string(params).map_err(|err| ClientError::Protocol {
            status: StatusCode::BAD_REQUEST,
            detail: err.to_string(),
        })?;
        if !query.is_empty() {
            url.set_query(Some(&query));
        }
        self.get_as(url, token).await
    }

    /// `GET /api/v1/jobs/{job_number}`: one job sheet, as the public sees it.
    pub async fn job(&self, job_number: &str) -> Result<JobSheet, ClientError> {
        self.job_as(job_number, None).await
    }

    /// `GET /api/v1/jobs/{job_number}` as the signed-in caller of `token`, or the public.
    pub async fn job_as(
        &self,
        job_number: &str,
        token: Option<&str>,
    ) -> Result<JobSheet, ClientError> {
        self.get_as(self.url(&["api", "v1", "jobs", job_number])?, token)
            .await
    }

    /// `GET /api/v1/jobs/{job_number}/pdf`: the 求人票 as a printable PDF in the client's
    /// language, as the caller of `token` (or the public) may see it.
    pub async fn job_pdf_as(
        &self,
        job_number: &str,
        token: Option<&str>,
    ) -> Result<Vec<u8>, ClientError> {
        let request = self
            .http
            .get(self.url(&["api", "v1", "jobs", job_number, "pdf"])?);
        match token {
            Some(token) => self.send_bytes(request.bearer_auth(token)).await,
            None => self.send_bytes(request).await,
        }
    }

    /// `GET /api/v1/offices?prefecture=NN`: a prefecture's Hello Work offices and what each
    /// one's jurisdiction covers.
    pub async fn offices(&self, prefecture_code: &str) -> Result<OfficeDirectory, ClientError> {
        let mut url = self.url(&["api", "v1", "offices"])?;
        url.query_pairs_mut()
            .append_pair("prefecture", prefecture_code);
        self.get_as(url, None).await
    }

    /// `POST /api/v1/sessions`: sign in.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<SignedIn, ClientError> {
        let body = SignIn {
            email: email.to_owned(),
            password: password.to_owned(),
        };
        self.send(
            self.http
                .post(self.url(&["api", "v1", "sessions"])?)
                .json(&body),
        )
        .await
    }

    /// `DELETE /api/v1/sessions/current`: sign out (the service revokes the token).
    pub async fn sign_out(&self, token: &str) -> Result<(), ClientError> {
        let request = self
            .http
            .delete(self.url(&["api", "v1", "sessions", "current"])?)
            .bearer_auth(token);
        self.send_empty(request).await
    }

    /// `GET /api/v1/me`.
    pub async fn me(&self, token: &str) -> Result<AccountInfo, ClientError> {
        self.send(
            self.http
                .get(self.url(&["api", "v1", "me"])?)
                .bearer_auth(token),
        )
        .await
    }

    /// `PUT /api/v1/me/password`: change the password (the current one is required).
    pub async fn change_password(
        &self,
        token: &str,
        request: &PasswordChange,
    ) -> Result<KeySent, ClientError> {
        let url = self.url(&["api", "v1", "me", "password"])?;
        self.send(self.http.put(url).bearer_auth(token).json(request))
            .await
    }

    /// `POST /api/v1/mypage/opening/key`: step 1 of opening a MyPage.
    pub async fn request_opening_key(
        &self,
        request: &OpeningKeyRequest,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "mypage", "opening", "key"], request, None)
            .await
    }

    /// `POST /api/v1/mypage/opening`: step 2 of opening a MyPage.
    pub async fn complete_opening(
        &self,
        request: &OpeningCompletion,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "mypage", "opening"], request, None)
            .await
    }

    /// `POST /api/v1/password-reset/key`: step 1 of a password reset.
    pub async fn request_password_reset_key(
        &self,
        request: &PasswordResetKeyRequest,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "password-reset", "key"], request, None)
            .await
    }

    /// `POST /api/v1/password-reset`: step 2 of a password reset.
    pub async fn complete_password_reset(
        &self,
        request: &PasswordResetCompletion,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "password-reset"], request, None)
            .await
    }

    /// `POST /api/v1/mypage/registration/key`: online registration, step 1.
    pub async fn request_registration_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ClientError> {
        self.post_json(
            &["api", "v1", "mypage", "registration", "key"],
            request,
            None,
        )
        .await
    }

    /// `POST /api/v1/mypage/registration`: online registration, step 2.
    pub async fn complete_registration(
        &self,
        request: &RegistrationCompletion,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "mypage", "registration"], request, None)
            .await
    }

    /// `POST /api/v1/mypage/seeking/valid`: 求職有効 (a lapsed registration 有効 again).
    pub async fn switch_seeking_valid(&self, token: &str) -> Result<SeekingStatus, ClientError> {
        let url = self.url(&["api", "v1", "mypage", "seeking", "valid"])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/me/email/key`: email change, step 1 (a key to the new address).
    pub async fn request_email_change_key(
        &self,
        token: &str,
        request: &EmailChangeRequest,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "me", "email", "key"], request, Some(token))
            .await
    }

    /// `POST /api/v1/me/email`: email change, step 2.
    pub async fn confirm_email_change(
        &self,
        token: &str,
        request: &EmailChangeConfirmation,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "me", "email"], request, Some(token))
            .await
    }

    /// `POST /api/v1/employer/opening/key`: employer MyPage opening, step 1.
    pub async fn request_employer_opening_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "employer", "opening", "key"], request, None)
            .await
    }

    /// `POST /api/v1/employer/opening`: employer MyPage opening, step 2.
    pub async fn complete_employer_opening(
        &self,
        request: &EmployerOpeningCompletion,
    ) -> Result<KeySent, ClientError> {
        self.post_json(&["api", "v1", "employer", "opening"], request, None)
            .await
    }

    /// `GET /api/v1/employer/registration`: the signed-in employer's 事業所登録.
    pub async fn employer_registration(
        &self,
        token: &str,
    ) -> Result<EmployerRegistration, ClientError> {
        let url = self.url(&["api", "v1", "employer", "registration"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `PUT /api/v1/employer/registration`: file a returned 事業所登録 again.
    pub async fn refile_employer_registration(
        &self,
        token: &str,
        profile: &EmployerProfile,
    ) -> Result<EmployerRegistration, ClientError> {
        let url = self.url(&["api", "v1", "employer", "registration"])?;
        self.send(self.http.put(url).bearer_auth(token).json(profile))
            .await
    }

    /// `GET /api/v1/counselor/employer-registrations`: 事業所登録 waiting for review.
    pub async fn list_employer_applications(
        &self,
        token: &str,
    ) -> Result<Vec<EmployerApplication>, ClientError> {
        let url = self.url(&["api", "v1", "counselor", "employer-registrations"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/employer-registrations/{id}/accept`: 受理.
    pub async fn accept_employer(
        &self,
        token: &str,
        id: i64,
    ) -> Result<EmployerApplication, ClientError> {
        let id = id.to_string();
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "employer-registrations",
            &id,
            "accept",
        ])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/employer-registrations/{id}/return`: 返戻 with a reason.
    pub async fn return_employer(
        &self,
        token: &str,
        id: i64,
        request: &EmployerReturn,
    ) -> Result<EmployerApplication, ClientError> {
        let id = id.to_string();
        self.post_json(
            &[
                "api",
                "v1",
                "counselor",
                "employer-registrations",
                &id,
                "return",
            ],
            request,
            Some(token),
        )
        .await
    }

    /// `POST /api/v1/mypage/mutations`: push queued MyPage edits.
    pub async fn push_mutations(
        &self,
        token: &str,
        request: &PushRequest,
    ) -> Result<PushResponse, ClientError> {
        self.post_json(&["api", "v1", "mypage", "mutations"], request, Some(token))
            .await
    }

    /// `GET /api/v1/mypage/changes?since=…`: what changed after `cursor`.
    pub async fn pull_changes(
        &self,
        token: &str,
        cursor: SyncCursor,
    ) -> Result<PullResponse, ClientError> {
        self.pull_changes_with(token, cursor, false).await
    }

    /// `GET /api/v1/mypage/changes?since=…&new_postings=…`: what changed after `cursor`, and
    /// with `new_postings` how many postings are new for each saved search.
    pub async fn pull_changes_with(
        &self,
        token: &str,
        cursor: SyncCursor,
        new_postings: bool,
    ) -> Result<PullResponse, ClientError> {
        let mut url = self.url(&["api", "v1", "mypage", "changes"])?;
        url.query_pairs_mut()
            .append_pair("since", &cursor.to_wire());
        if new_postings {
            url.query_pairs_mut().append_pair("new_postings", "true");
        }
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    async fn post_json<B: Serialize, T: DeserializeOwned>(
        &self,
        segments: &[&str],
        body: &B,
        token: Option<&str>,
    ) -> Result<T, ClientError> {
        let mut request = self.http.post(self.url(segments)?).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(request).await
    }

    async fn get<T: DeserializeOwned>(&self, url: Url) -> Result<T, ClientError> {
        self.send(self.http.get(url)).await
    }

    /// A GET with the bearer token when there is one.
    async fn get_as<T: DeserializeOwned>(
        &self,
        url: Url,
        token: Option<&str>,
    ) -> Result<T, ClientError> {
        let request = self.http.get(url);
        match token {
            Some(token) => self.send(request.bearer_auth(token)).await,
            None => self.send(request).await,
        }
    }

    async fn send_empty(&self, request: reqwest::RequestBuilder) -> Result<(), ClientError> {
        let (status, body) = self.exchange(request).await?;
        if status.is_success() {
            Ok(())
        } else {
            Err(Self::failure(status, &body))
        }
    }

    async fn send<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, ClientError> {
        let (status, body) = self.exchange(request).await?;
        if status.is_success() {
            return serde_json::from_slice(&body).map_err(|err| ClientError::Protocol {
                status,
                detail: err.to_string(),
            });
        }
        Err(Self::failure(status, &body))
    }

    /// A document (e.g. a PDF): the body as it came.
    async fn send_bytes(&self, request: reqwest::RequestBuilder) -> Result<Vec<u8>, ClientError> {
        let (status, body) = self.exchange(request).await?;
        if status.is_success() {
            Ok(body)
        } else {
            Err(Self::failure(status, &body))
        }
    }

    async fn exchange(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, Vec<u8>), ClientError> {
        let response = request
            .header(reqwest::header::ACCEPT_LANGUAGE, self.language().tag())
            .send()
            .await
            .map_err(|err| {
                if err.is_redirect() {
                    tracing::error!(error = %err, code = "insecure_redirect", "redirect refused");
                    let url = err.url().map(Url::to_string).unwrap_or_default();
                    return ClientError::InsecureUrl(url);
                }
                tracing::warn!(error = %err, code = "service_unreachable", "request failed");
                ClientError::Unreachable(err.to_string())
            })?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|err| ClientError::Unreachable(err.to_string()))?;
        Ok((status, body.to_vec()))
    }

    fn failure(status: StatusCode, body: &[u8]) -> ClientError {
        match serde_json::from_slice::<ApiError>(body) {
            Ok(error) => {
                tracing::info!(%status, code = error.code.as_str(), "service refused");
                ClientError::Api { status, error }
            }
            Err(err) => ClientError::Protocol {
                status,
                detail: err.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use shigoto_shared::ErrorCode;

    #[test]
    fn the_client_refuses_plain_http_elsewhere_in_the_language_shown() {
        let err = ApiClient::new("http://example.jp").unwrap_err();
        assert_eq!(err.code(), "insecure_service_url");
        let shown = err.to_api_error(shigoto_i18n::catalogue(Lang::Ja));
        assert_eq!(shown.code, ErrorCode::Unavailable);
        assert_eq!(
            shown.message,
            "サービスのアドレスが安全ではありません（https:// ではありません）。管理者に連絡してください。"
        );
        let english = err.to_api_error(shigoto_i18n::catalogue(Lang::En));
        assert!(
            english.message.contains("not secure"),
            "{}",
            english.message
        );
        assert!(ApiClient::new("https://example.jp").is_ok());
        assert!(ApiClient::new("http://127.0.0.1:8080").is_ok());
    }
}
