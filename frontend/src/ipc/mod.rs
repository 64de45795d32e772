//! Typed wrappers around the Tauri commands. This is the only place that talks to Rust:
//! through `window.__TAURI__.core.invoke` (the app sets `withGlobalTauri: true`).
//!
//! Arguments are serialized as plain JSON (`json_compatible`, so `None` and maps are not turned
//! into `undefined`/`Map`). A rejected call carries the JSON of [`ApiError`]; anything else that
//! goes wrong (no Tauri, an unreadable answer) becomes an [`ErrorCode::Internal`] error with a
//! Japanese message, so the UI has one error type to show.

use serde::de::DeserializeOwned;
use serde::de::IgnoredAny;
use serde::Serialize;
use shigoto_shared::{
    AccountInfo, ApiError, CounterRegistration, DeviceSettings, ErrorCode, JobSearchParams,
    JobSearchResults, JobSheet, KeySent, OpeningCompletion, OpeningKeyRequest, PasswordChange,
    PasswordResetCompletion, PasswordResetKeyRequest, ProvisionalSeeker, RegisteredSeeker,
    RegistrationCompletion, RegistrationKeyRequest, ServiceStatus,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod email_change;
mod employer;
mod mypage;
pub use email_change::*;
pub use employer::*;
pub use mypage::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// Message shown when the hosted service cannot be reached.
pub const UNREACHABLE_MESSAGE: &str =
    "求人サービスに接続できません。ネットワーク接続を確認して、しばらくしてから再度お試しください。";

#[derive(Serialize)]
struct SearchArgs<'a> {
    params: &'a JobSearchParams,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GetJobArgs<'a> {
    job_number: &'a str,
}

#[derive(Serialize)]
struct NoArgs {}

#[derive(Serialize)]
struct SignInArgs<'a> {
    email: &'a str,
    password: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SeekerNumberArgs<'a> {
    seeker_number: &'a str,
}

#[derive(Serialize)]
struct SharedArgs {
    shared: bool,
}

/// Commands that take one request body, under the argument name `request`.
#[derive(Serialize)]
struct RequestArgs<'a, T> {
    request: &'a T,
}

/// `search_jobs`: one page of results.
pub async fn search_jobs(params: &JobSearchParams) -> Result<JobSearchResults, ApiError> {
    call("search_jobs", &SearchArgs { params }).await
}

/// `get_job`: the full 求人票.
pub async fn get_job(job_number: &str) -> Result<JobSheet, ApiError> {
    call("get_job", &GetJobArgs { job_number }).await
}

/// `service_status`: which service the app uses and whether it answers.
pub async fn service_status() -> Result<ServiceStatus, ApiError> {
    call("service_status", &NoArgs {}).await
}

/// `current_account`: the signed-in account, or `None` when signed out.
pub async fn current_account() -> Result<Option<AccountInfo>, ApiError> {
    call("current_account", &NoArgs {}).await
}

/// `sign_in`: email and password (sent as typed; the service normalizes the email).
pub async fn sign_in(email: &str, password: &str) -> Result<AccountInfo, ApiError> {
    call("sign_in", &SignInArgs { email, password }).await
}

/// `sign_out`: ends the session and leaves nothing of the user behind on this computer.
pub async fn sign_out() -> Result<(), ApiError> {
    call::<_, IgnoredAny>("sign_out", &NoArgs {})
        .await
        .map(|_| ())
}

/// `request_opening_key`: MyPage opening step 2; the 認証キー is mailed if the details match.
pub async fn request_opening_key(request: &OpeningKeyRequest) -> Result<KeySent, ApiError> {
    call("request_opening_key", &RequestArgs { request }).await
}

/// `complete_opening`: MyPage opening step 3, the 認証キー and the new password.
pub async fn complete_opening(request: &OpeningCompletion) -> Result<KeySent, ApiError> {
    call("complete_opening", &RequestArgs { request }).await
}

/// `request_password_reset_key`: password reset step 1; the 認証キー is mailed if the address
/// has an account (the answer is the same either way).
pub async fn request_password_reset_key(
    request: &PasswordResetKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_password_reset_key", &RequestArgs { request }).await
}

/// `complete_password_reset`: password reset step 2, the 認証キー and the new password.
pub async fn complete_password_reset(
    request: &PasswordResetCompletion,
) -> Result<KeySent, ApiError> {
    call("complete_password_reset", &RequestArgs { request }).await
}

/// `register_seeker`: a counselor records a job seeker at the counter.
pub async fn register_seeker(request: &CounterRegistration) -> Result<RegisteredSeeker, ApiError> {
    call("register_seeker", &RequestArgs { request }).await
}

/// `request_registration_key`: online registration step 2; the 認証キー is mailed (the answer
/// is the same whether or not the address already has an account).
pub async fn request_registration_key(
    request: &RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_registration_key", &RequestArgs { request }).await
}

/// `complete_registration`: online registration step 3, the 認証キー, the password and the
/// provisional job application.
pub async fn complete_registration(request: &RegistrationCompletion) -> Result<KeySent, ApiError> {
    call("complete_registration", &RequestArgs { request }).await
}

/// `list_provisional_seekers`: provisional applications waiting for 本登録 (counselors).
pub async fn list_provisional_seekers() -> Result<Vec<ProvisionalSeeker>, ApiError> {
    call("list_provisional_seekers", &NoArgs {}).await
}

/// `confirm_seeker`: a counselor completes a provisional registration (本登録).
pub async fn confirm_seeker(seeker_number: &str) -> Result<RegisteredSeeker, ApiError> {
    call("confirm_seeker", &SeekerNumberArgs { seeker_number }).await
}

/// `change_password`: the signed-in account's new password (the current one is required).
pub async fn change_password(request: &PasswordChange) -> Result<KeySent, ApiError> {
    call("change_password", &RequestArgs { request }).await
}

/// `device_settings`: this computer's settings (端末の設定).
pub async fn device_settings() -> Result<DeviceSettings, ApiError> {
    call("device_settings", &NoArgs {}).await
}

/// `set_shared_workstation`: marks this computer as a shared workstation or not.
pub async fn set_shared_workstation(shared: bool) -> Result<DeviceSettings, ApiError> {
    call("set_shared_workstation", &SharedArgs { shared }).await
}

/// True when the error means the service could not be reached at all.
pub fn is_unreachable(err: &ApiError) -> bool {
    err.code == ErrorCode::ServiceUnreachable
}

async fn call<A: Serialize, R: DeserializeOwned>(cmd: &str, args: &A) -> Result<R, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args.serialize(&serializer).map_err(|err| {
        internal(format!(
            "入力内容をアプリに渡せませんでした。（{cmd}: {err}）"
        ))
    })?;
    let answer = invoke(cmd, args).await.map_err(error_from_js)?;
    serde_wasm_bindgen::from_value(answer).map_err(|err| {
        internal(format!(
            "サービスの応答を読み取れませんでした。（{cmd}: {err}）"
        ))
    })
}

fn internal(message: String) -> ApiError {
    ApiError::new(ErrorCode::Internal, message)
}

/// Turns whatever a rejected `invoke` carried into an [`ApiError`].
fn error_from_js(value: JsValue) -> ApiError {
    if let Ok(err) = serde_wasm_bindgen::from_value::<ApiError>(value.clone()) {
        return err;
    }
    if let Some(text) = value.as_string() {
        // Some layers hand the error over as JSON text.
        if let Ok(parsed) = js_sys::JSON::parse(&text) {
            if let Ok(err) = serde_wasm_bindgen::from_value::<ApiError>(parsed) {
                return err;
            }
        }
        return internal(format!("処理中にエラーが発生しました。（{text}）"));
    }
    if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        let detail = String::from(err.message());
        return internal(format!(
            "アプリとの通信に失敗しました。アプリを再起動してください。（{detail}）"
        ));
    }
    // An object with an error code this version does not know: still show its message.
    let message = js_sys::Reflect::get(&value, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "処理中にエラーが発生しました。".to_owned());
    let field = js_sys::Reflect::get(&value, &JsValue::from_str("field"))
        .ok()
        .and_then(|f| f.as_string());
    ApiError {
        code: ErrorCode::Internal,
        message,
        field,
    }
}
