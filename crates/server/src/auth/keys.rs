//! 認証キー flows: issuing a key (drawn and hashed whether or not it is sent, so known and
//! unknown addresses cost the same; stored hashed and mailed in the background) and redeeming
//! it (50 minutes, single use, void after 5 wrong tries).
//!
//! Every limit is taken by one guarded update before the work it allows: a try of a key is
//! counted before the key is checked, so concurrent tries cannot check it more often than
//! [`MAX_KEY_TRIES`]; issues are capped per address and per client, and tries per address
//! across keys. Every refusal of a key answers the same message and costs the same hashing,
//! whatever the reason (no key, wrong, expired, used up, over a limit, unknown address).

use shigoto_domain::account::{
    RateLimit, KEY_DIGITS, KEY_ISSUES_PER_ADDRESS, KEY_ISSUES_PER_CLIENT, KEY_LIFETIME,
    KEY_TRIES_PER_ADDRESS, MAX_KEY_TRIES,
};
use shigoto_i18n::{key, Text};
use shigoto_mail::KeyPurpose;
use shigoto_server_db::{auth_keys, rate_limits, AnyConnection};
use shigoto_shared::{ErrorCode, Lang};

use crate::app::AppState;
use crate::auth::secrets::new_key;
use crate::client_address::Client;
use crate::error::AppError;

/// One kind of key: how it is stored, how its mail reads, where to start over.
#[derive(Debug, Clone, Copy)]
pub struct KeyFlow {
    /// `auth_keys.purpose`.
    pub purpose: &'static str,
    pub mail: KeyPurpose,
    /// What the person does when the key no longer works (a catalogue key).
    pub start_over: &'static str,
}

/// Opening a MyPage of a counter-registered job seeker.
pub const OPEN_SEEKER_MYPAGE: KeyFlow = KeyFlow {
    purpose: "open_seeker_mypage",
    mail: KeyPurpose::OpenSeekerMyPage,
    start_over: key!("service-key-start-over-email-birth-date"),
};

/// Online registration (マイページを開設して求職申込み) by someone without a registration.
pub const ONLINE_REGISTRATION: KeyFlow = KeyFlow {
    purpose: "online_registration",
    mail: KeyPurpose::OnlineRegistration,
    start_over: key!("service-key-start-over-email"),
};

/// Opening an employer MyPage (求人者マイページ開設) with the 事業所登録.
pub const OPEN_EMPLOYER_MYPAGE: KeyFlow = KeyFlow {
    purpose: "open_employer_mypage",
    mail: KeyPurpose::OpenEmployerMyPage,
    start_over: key!("service-key-start-over-email"),
};

/// Confirming a new email address of a signed-in account (the key goes to the new address).
pub const EMAIL_CHANGE: KeyFlow = KeyFlow {
    purpose: "email_change",
    mail: KeyPurpose::EmailChange,
    start_over: key!("service-key-start-over-new-email"),
};

/// Resetting a forgotten password (also lifts a lockout).
pub const PASSWORD_RESET: KeyFlow = KeyFlow {
    purpose: "password_reset",
    mail: KeyPurpose::PasswordReset,
    start_over: key!("service-key-start-over-email"),
};

/// The one answer to a key that does not unlock anything, whatever the reason.
pub fn invalid_key(flow: KeyFlow) -> AppError {
    AppError::text_at(
        ErrorCode::InvalidKey,
        "key",
        Text::new("service-key-invalid")
            .with("tries", MAX_KEY_TRIES)
            .with_key("start_over", flow.start_over),
    )
}

/// What a key request is for, as the flow's lookup finds it.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyFor {
    /// A key for this record (`None` when it does not exist yet), with data kept with it.
    Subject {
        id: Option<i64>,
        payload: serde_json::Value,
    },
    /// Nothing: no key is sent.
    Nothing,
    /// A sign-up with an address that already has an account: no key, but the owner is told
    /// someone tried (in the language of that account's mails).
    TakenAddress(Lang),
}

/// Takes one from a rate limit's bucket; false past the limit.
fn take(
    conn: &mut AnyConnection,
    bucket: &str,
    limit: RateLimit,
    now: chrono::NaiveDateTime,
) -> Result<bool, AppError> {
    Ok(rate_limits::take(
        conn,
        bucket,
        limit.limit,
        limit.window,
        now,
    )?)
}

/// Issues a key for `email` if `subject` finds what it is for and neither the address nor
/// the client is over its limit; answers the same in every case.
pub async fn issue<F>(
    state: &AppState,
    flow: KeyFlow,
    email: &str,
    client: &Client,
    subject: F,
) -> Result<(), AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<KeyFor, AppError> + Send + 'static,
{
    let now = state.clock.now_utc();
    let expires_at = now + KEY_LIFETIME;
    // The limits come first, so requests over them cost no hashing at all. They count the
    // address whether or not it has an account, so they tell nothing.
    let db = state.db.clone();
    let lookup = email.to_owned();
    let client_bucket = format!("key-issue-client:{}", client.bucket);
    let allowed = tokio::task::spawn_blocking(move || -> Result<bool, AppError> {
        let mut conn = db.connection()?;
        let address_bucket = format!("key-issue:{}:{lookup}", flow.purpose);
        Ok(take(&mut conn, &client_bucket, KEY_ISSUES_PER_CLIENT, now)?
            && take(&mut conn, &address_bucket, KEY_ISSUES_PER_ADDRESS, now)?)
    })
    .await??;
    if !allowed {
        tracing::warn!(
            code = "key_issue_limited",
            purpose = flow.purpose,
            "key requests over the limit"
        );
        return Ok(());
    }
    // Drawn and hashed whether or not the subject exists: the same work either way.
    let key = new_key(KEY_DIGITS)?;
    let key_hash = state.hasher.hash(&key).await?;
    let db = state.db.clone();
    let lookup = email.to_owned();
    let outcome = tokio::task::spawn_blocking(move || -> Result<KeyFor, AppError> {
        let mut conn = db.connection()?;
        let found = subject(&mut conn)?;
        if let KeyFor::Subject { id, payload } = &found {
            auth_keys::replace(
                &mut conn,
                &auth_keys::NewAuthKey {
                    purpose: flow.purpose,
                    email: &lookup,
                    key_hash: &key_hash,
                    subject_id: *id,
                    payload: &payload.to_string(),
                    attempts: 0,
                    expires_at,
                    created_at: now,
                },
            )?;
        }
        Ok(found)
    })
    .await??;
    match outcome {
        KeyFor::Subject { .. } => {
            let mail = shigoto_mail::auth_key_mail(
                crate::language::current(),
                email,
                flow.mail,
                &key,
                expires_at.and_utc(),
            );
            state.send_later(mail, "authentication key");
        }
        KeyFor::TakenAddress(lang) => {
            let employer = flow.purpose == OPEN_EMPLOYER_MYPAGE.purpose;
            let mail = shigoto_mail::sign_up_attempt_mail(lang, email, now.and_utc(), employer);
            state.send_later(mail, "sign-up attempt");
        }
        KeyFor::Nothing => {
            tracing::info!(purpose = flow.purpose, "no key sent");
        }
    }
    Ok(())
}

/// Checks `key` for `(flow, email)`; on success runs `then` in one transaction with marking
/// the key used, so a key unlocks its subject exactly once. The try is counted (per key and per
/// address) before the key is checked; a refusal is always [`invalid_key`] after one hash.
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
    let claimed = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        // One transaction whether or not a key is there: on SQLite each commit is a disk sync,
        // and a try at a real key committing once more than a try at none would be timeable.
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            let bucket = format!("key-try:{}:{lookup}", flow.purpose);
            if !take(conn, &bucket, KEY_TRIES_PER_ADDRESS, now)? {
                tracing::warn!(
                    code = "key_tries_limited",
                    purpose = flow.purpose,
                    "key tries over the limit"
                );
                return Ok(None);
            }
            let Some(stored) = auth_keys::latest_unused(conn, flow.purpose, &lookup)? else {
                return Ok(None);
            };
            let claimed = auth_keys::claim_try(conn, stored.id, MAX_KEY_TRIES, now)?;
            Ok(claimed.then_some(stored))
        })
    })
    .await??;
    // Unclaimed tries check the dummy hash: the same work as a real check.
    let matches = state
        .hasher
        .verify(key.trim(), claimed.as_ref().map(|k| k.key_hash.as_str()))
        .await?;
    let Some(stored) = claimed else {
        return Err(invalid_key(flow));
    };
    if !matches {
        // A key whose tries are used up is dead: no later try can claim it. Nothing more is
        // written here, so a wrong key costs the same as no key at all.
        tracing::info!(code = "invalid_key", purpose = flow.purpose, "wrong key");
        return Err(invalid_key(flow));
    }
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<T, AppError> {
        let mut conn = db.connection()?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            if !auth_keys::mark_used(conn, stored.id, now)? {
                return Err(invalid_key(flow));
            }
            then(conn, &stored)
        })
    })
    .await?
}
