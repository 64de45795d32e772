//! Opening a job seeker MyPage for a counter-registered seeker (ハローワークをご利用中の方):
//! `POST /api/v1/mypage/opening/key` (agreement + email + birth date → a 認証キー by mail) and
//! `POST /api/v1/mypage/opening` (認証キー + password twice → the account).
//!
//! The first step answers the same, after the same work, whether or not the email and birth
//! date belong to a registration, so nobody can learn who is registered.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::account::{KEY_DIGITS, KEY_LIFETIME, MAX_KEY_TRIES, TERMS_VERSION};
use shigoto_mail::KeyPurpose;
use shigoto_server_db::{accounts, auth_keys, seekers};
use shigoto_shared::{ApiError, ErrorCode, KeySent, OpeningCompletion, OpeningKeyRequest, Role};

use crate::app::AppState;
use crate::auth::secrets::new_key;
use crate::error::AppError;

/// `auth_keys.purpose` of this flow.
const PURPOSE: &str = "open_seeker_mypage";

fn invalid_key(message: impl Into<String>) -> AppError {
    AppError::Api(ApiError::new(ErrorCode::InvalidKey, message).with_field("key"))
}

/// Step 1: agree to the terms, give email and birth date; a 認証キー is mailed if they match a
/// registration without a MyPage.
#[utoipa::path(post, path = "/api/v1/mypage/opening/key", tag = "accounts",
    request_body = OpeningKeyRequest,
    responses(
        (status = 202, description = "A key was mailed if the details match", body = KeySent),
        (status = 400, description = "Terms not agreed or malformed email", body = ApiError),
    ))]
pub async fn request_key(
    State(state): State<AppState>,
    Json(request): Json<OpeningKeyRequest>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    if !request.agreed_terms || !request.agreed_privacy {
        return Err(AppError::invalid(
            "agreement",
            "利用規約とプライバシーポリシーの両方をお読みいただき、同意のチェックを入れてください。",
        ));
    }
    if request.terms_version != TERMS_VERSION {
        return Err(AppError::invalid(
            "terms_version",
            "利用規約が更新されました。画面を開き直して、新しい規約をご確認ください。",
        ));
    }
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::invalid("email", err.to_string()))?;

    // The same work for known and unknown details: draw and hash a key either way.
    let key = new_key(KEY_DIGITS)?;
    let key_hash = state.hasher.hash(&key).await?;
    let now = state.clock.now_utc();
    let expires_at = now + KEY_LIFETIME;
    let db = state.db.clone();
    let birth_date = request.birth_date;
    let lookup = email.clone();
    let matched = tokio::task::spawn_blocking(move || -> Result<bool, AppError> {
        let mut conn = db.connection()?;
        let Some(seeker) =
            seekers::find_unopened(&mut conn, &lookup, birth_date).map_err(AppError::internal)?
        else {
            return Ok(false);
        };
        let payload = serde_json::json!({ "terms_version": TERMS_VERSION, "agreed_at": now });
        auth_keys::replace(
            &mut conn,
            &auth_keys::NewAuthKey {
                purpose: PURPOSE,
                email: &lookup,
                key_hash: &key_hash,
                subject_id: Some(seeker.id),
                payload: &payload.to_string(),
                attempts: 0,
                expires_at,
                created_at: now,
            },
        )
        .map_err(AppError::internal)?;
        Ok(true)
    })
    .await??;
    if matched {
        // Sent in the background so the answer takes no longer for a known seeker.
        let mail = shigoto_mail::auth_key_mail(
            &email,
            KeyPurpose::OpenSeekerMyPage,
            &key,
            expires_at.and_utc(),
        );
        let mailer = state.mailer.clone();
        tokio::spawn(async move {
            if let Err(err) = mailer.send(&mail).await {
                tracing::error!(code = "mail_failed", error = %err, "could not send the 認証キー mail");
            }
        });
    } else {
        tracing::info!("MyPage opening asked for details that match no unopened registration");
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(KeySent {
            message: "ご登録のメールアドレスと生年月日が一致した場合、認証キーをメールで送信しました。メールに記載の認証キーを50分以内に入力してください。メールが届かない場合は、入力内容をご確認のうえ、もう一度お試しください。".into(),
        }),
    ))
}

/// Step 2: the key from the mail and the password twice open the MyPage.
#[utoipa::path(post, path = "/api/v1/mypage/opening", tag = "accounts",
    request_body = OpeningCompletion,
    responses(
        (status = 201, description = "The MyPage is open; sign in next", body = KeySent),
        (status = 400, description = "Wrong, expired or void key, or a password that breaks the rule", body = ApiError),
        (status = 409, description = "The MyPage is already open", body = ApiError),
    ))]
pub async fn complete(
    State(state): State<AppState>,
    Json(request): Json<OpeningCompletion>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::invalid("email", err.to_string()))?;
    shigoto_domain::password::check(&request.password, &email)
        .map_err(|err| AppError::invalid("password", err.to_string()))?;
    if request.password != request.password_confirmation {
        return Err(AppError::invalid(
            "password_confirmation",
            "確認用のパスワードが一致しません。同じパスワードを2回入力してください。",
        ));
    }
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let lookup = email.clone();
    let stored = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        auth_keys::latest_unused(&mut conn, PURPOSE, &lookup).map_err(AppError::internal)
    })
    .await??;
    let start_over = "もう一度、最初（メールアドレスと生年月日の入力）からやり直してください。";
    let Some(stored) = stored else {
        // Same cost as a real check.
        state.hasher.verify(&request.key, None).await?;
        return Err(invalid_key(format!(
            "認証キーが正しくないか、有効期限が切れています。{start_over}"
        )));
    };
    if now > stored.expires_at {
        let db = state.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.connection()?;
            auth_keys::record_wrong_try(&mut conn, stored.id, true, now).map_err(AppError::internal)
        })
        .await??;
        return Err(invalid_key(format!(
            "認証キーの有効期限（送信から50分）が切れました。{start_over}"
        )));
    }
    let key = request.key.trim();
    if !state.hasher.verify(key, Some(&stored.key_hash)).await? {
        let tries = stored.attempts + 1;
        let void = tries >= MAX_KEY_TRIES;
        let db = state.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.connection()?;
            auth_keys::record_wrong_try(&mut conn, stored.id, void, now).map_err(AppError::internal)
        })
        .await??;
        return Err(invalid_key(if void {
            format!("認証キーを{MAX_KEY_TRIES}回間違えたため、この認証キーは無効になりました。{start_over}")
        } else {
            format!(
                "認証キーが正しくありません。あと{}回間違えると無効になります。",
                MAX_KEY_TRIES - tries
            )
        }));
    }

    let password_hash = state.hasher.hash(&request.password).await?;
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<(), AppError> {
        let mut conn = db.connection()?;
        let payload: serde_json::Value = serde_json::from_str(&stored.payload).unwrap_or_default();
        let terms_version = payload["terms_version"].as_str().map(str::to_owned);
        let agreed_at = payload["agreed_at"].as_str().and_then(|t| t.parse().ok());
        let seeker_id = stored
            .subject_id
            .ok_or_else(|| AppError::internal("key without seeker"))?;
        use diesel::Connection as _;
        conn.transaction(|conn| -> Result<(), AppError> {
            if !auth_keys::mark_used(conn, stored.id, now).map_err(AppError::internal)? {
                return Err(invalid_key(format!(
                    "この認証キーはすでに使われています。{start_over}"
                )));
            }
            if accounts::find_by_email(conn, &email)
                .map_err(AppError::internal)?
                .is_some()
            {
                return Err(conflict());
            }
            let account_id = accounts::insert(
                conn,
                &accounts::NewAccount {
                    role: Role::Seeker.as_str(),
                    email: &email,
                    password_hash: &password_hash,
                    failed_logins: 0,
                    terms_version: terms_version.as_deref(),
                    terms_agreed_at: agreed_at,
                    created_at: now,
                    updated_at: now,
                },
            )
            .map_err(AppError::internal)?;
            if !seekers::link_account(conn, seeker_id, account_id, now)
                .map_err(AppError::internal)?
            {
                return Err(conflict());
            }
            Ok(())
        })
    })
    .await??;
    tracing::info!("job seeker MyPage opened");
    Ok((
        StatusCode::CREATED,
        Json(KeySent { message: "マイページの開設が完了しました。ログイン画面から、メールアドレスと設定したパスワードでログインしてください。".into() }),
    ))
}

fn conflict() -> AppError {
    AppError::Api(ApiError::new(
        ErrorCode::Conflict,
        "このメールアドレスのマイページはすでに開設されています。ログイン画面からログインしてください。",
    ))
}
