//! 認証キー flows: issuing a key (drawn and hashed whether or not it is sent, so known and
//! unknown addresses cost the same; stored hashed and mailed in the background) and redeeming
//! it (50 minutes, single use, void after 5 wrong tries).

use diesel::Connection as _;
use shigoto_domain::account::{KEY_DIGITS, KEY_LIFETIME, MAX_KEY_TRIES};
use shigoto_mail::KeyPurpose;
use shigoto_server_db::{auth_keys, AnyConnection};
use shigoto_shared::{ApiError, ErrorCode};

use crate::app::AppState;
use crate::auth::secrets::new_key;
use crate::error::AppError;

/// One kind of key: how it is stored, how its mail reads, where to start over.
#[derive(Debug, Clone, Copy)]
pub struct KeyFlow {
    /// `auth_keys.purpose`.
    pub purpose: &'static str,
    pub mail: KeyPurpose,
    /// What the person does when the key no longer works.
    pub start_over: &'static str,
}

/// Opening a MyPage of a counter-registered job seeker.
pub const OPEN_SEEKER_MYPAGE: KeyFlow = KeyFlow {
    purpose: "open_seeker_mypage",
    mail: KeyPurpose::OpenSeekerMyPage,
    start_over: "もう一度、最初（メールアドレスと生年月日の入力）からやり直してください。",
};

/// Online registration (マイページを開設して求職申込み) by someone without a registration.
pub const ONLINE_REGISTRATION: KeyFlow = KeyFlow {
    purpose: "online_registration",
    mail: KeyPurpose::OnlineRegistration,
    start_over: "もう一度、最初（メールアドレスの入力）からやり直してください。",
};

/// Opening an employer MyPage (求人者マイページ開設) with the 事業所登録.
pub const OPEN_EMPLOYER_MYPAGE: KeyFlow = KeyFlow {
    purpose: "open_employer_mypage",
    mail: KeyPurpose::OpenEmployerMyPage,
    start_over: "もう一度、最初（メールアドレスの入力）からやり直してください。",
};

/// Confirming a new email address of a signed-in account (the key goes to the new address).
pub const EMAIL_CHANGE: KeyFlow = KeyFlow {
    purpose: "email_change",
    mail: KeyPurpose::EmailChange,
    start_over: "もう一度、新しいメールアドレスの入力からやり直してください。",
};

/// Resetting a forgotten password (also lifts a lockout).
pub const PASSWORD_RESET: KeyFlow = KeyFlow {
    purpose: "password_reset",
    mail: KeyPurpose::PasswordReset,
    start_over: "もう一度、最初（メールアドレスの入力）からやり直してください。",
};

fn invalid_key(message: String) -> AppError {
    AppError::Api(ApiError::new(ErrorCode::InvalidKey, message).with_field("key"))
}

/// What a key is for: the record it unlocks (if one exists yet) and data kept with it.
pub type KeySubject = (Option<i64>, serde_json::Value);

/// Issues a key for `email` if `subject` finds what it is for; answers the same either way.
pub async fn issue<F>(
    state: &AppState,
    flow: KeyFlow,
    email: &str,
    subject: F,
) -> Result<(), AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<Option<KeySubject>, AppError> + Send + 'static,
{
    let key = new_key(KEY_DIGITS)?;
    let key_hash = state.hasher.hash(&key).await?;
    let now = state.clock.now_utc();
    let expires_at = now + KEY_LIFETIME;
    let db = state.db.clone();
    let lookup = email.to_owned();
    let stored = tokio::task::spawn_blocking(move || -> Result<bool, AppError> {
        let mut conn = db.connection()?;
        let Some((subject_id, payload)) = subject(&mut conn)? else {
            return Ok(false);
        };
        auth_keys::replace(
            &mut conn,
            &auth_keys::NewAuthKey {
                purpose: flow.purpose,
                email: &lookup,
                key_hash: &key_hash,
                subject_id,
                payload: &payload.to_string(),
                attempts: 0,
                expires_at,
                created_at: now,
            },
        )?;
        Ok(true)
    })
    .await??;
    if stored {
        let mail = shigoto_mail::auth_key_mail(email, flow.mail, &key, expires_at.and_utc());
        state.send_later(mail, "認証キー");
    } else {
        tracing::info!(
            purpose = flow.purpose,
            "key asked for details that match nothing"
        );
    }
    Ok(())
}

/// Checks `key` for `(flow, email)`; on success runs `then` in one transaction with marking
/// the key used, so a key unlocks its subject exactly once.
pub async fn redeem<T, F>(
    state: &AppState,
    flow: KeyFlow,
    email: &str,
    key: &str,
    then: F,
) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut AnyConnection, &auth_keys::AuthKey) -> Result<T, AppError> + Send + 'static,
{
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let lookup = email.to_owned();
    let stored = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        Ok(auth_keys::latest_unused(&mut conn, flow.purpose, &lookup)?)
    })
    .await??;
    let Some(stored) = stored else {
        // The same work as a real check.
        state.hasher.verify(key, None).await?;
        return Err(invalid_key(format!(
            "認証キーが正しくないか、有効期限が切れています。{}",
            flow.start_over
        )));
    };
    let expired = now > stored.expires_at;
    let matches = !expired
        && state
            .hasher
            .verify(key.trim(), Some(&stored.key_hash))
            .await?;
    if !matches {
        let tries = stored.attempts + 1;
        let void = expired || tries >= MAX_KEY_TRIES;
        let db = state.db.clone();
        let id = stored.id;
        tokio::task::spawn_blocking(move || -> Result<(), AppError> {
            let mut conn = db.connection()?;
            Ok(auth_keys::record_wrong_try(&mut conn, id, void, now)?)
        })
        .await??;
        return Err(invalid_key(if expired {
            format!(
                "認証キーの有効期限（送信から50分）が切れました。{}",
                flow.start_over
            )
        } else if void {
            format!(
                "認証キーを{MAX_KEY_TRIES}回間違えたため、この認証キーは無効になりました。{}",
                flow.start_over
            )
        } else {
            format!(
                "認証キーが正しくありません。あと{}回間違えると無効になります。",
                MAX_KEY_TRIES - tries
            )
        }));
    }
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<T, AppError> {
        let mut conn = db.connection()?;
        conn.transaction(|conn| {
            if !auth_keys::mark_used(conn, stored.id, now)? {
                return Err(invalid_key(format!(
                    "この認証キーはすでに使われています。{}",
                    flow.start_over
                )));
            }
            then(conn, &stored)
        })
    })
    .await?
}
