//! Administrator commands of `shigoto-server admin …`, run on the service's own machine against
//! its database: adding counselor accounts; the local demo's accounts are
//! [`crate::demo_accounts`].

use shigoto_server_db::{accounts, counselors, offices, Database};
use shigoto_shared::{Lang, Role};

use crate::auth::passwords::Hasher;
use crate::clock::Clock;
use crate::config::Settings;
use crate::demo;

/// Why an admin command failed (printed to the administrator).
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    App(#[from] crate::error::AppError),
    #[error("{0}")]
    Db(#[from] shigoto_server_db::DbError),
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
}

/// A domain text as this command-line tool says it: in English.
pub(crate) fn english(text: &shigoto_i18n::Text) -> String {
    shigoto_i18n::catalogue(shigoto_i18n::Lang::En).text(text)
}

/// Adds a counselor account at `office_code` with `password`.
pub async fn add_counselor(
    settings: &Settings,
    clock: &dyn Clock,
    email: &str,
    name: &str,
    office_code: &str,
    password: &str,
) -> Result<(), AdminError> {
    let email = shigoto_domain::password::normalize_email(email)
        .map_err(|err| AdminError::Invalid(english(&err.text())))?;
    shigoto_domain::password::check(password, &email)
        .map_err(|err| AdminError::Invalid(english(&err.text())))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AdminError::Invalid("the counselor's name is empty".into()));
    }
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|err| AdminError::Invalid(err.to_string()))?;
    let db = Database::open(&settings.database_url, 2)?;
    demo::ensure_offices(&db)?;
    let hash = Hasher::new()?.hash(password).await?;
    let mut conn = db.connection()?;
    insert_counselor(&mut conn, &email, name, office_code, &hash, clock.now_utc())
}

/// Inserts a counselor account (normalized `email`, hashed password) at a known office, in one
/// transaction; refused when the email already has an account.
pub fn insert_counselor(
    conn: &mut shigoto_server_db::AnyConnection,
    email: &str,
    name: &str,
    office_code: &str,
    password_hash: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), AdminError> {
    let known_office = offices::all(conn)
        .map_err(crate::error::AppError::internal)?
        .iter()
        .any(|o| o.code == office_code);
    if !known_office {
        return Err(AdminError::Invalid(format!(
            "no Hello Work office has the code {office_code}"
        )));
    }
    shigoto_server_db::write_transaction(conn, |conn| -> Result<(), AdminError> {
        if accounts::find_by_email(conn, email)
            .map_err(crate::error::AppError::internal)?
            .is_some()
        {
            return Err(AdminError::Invalid(format!(
                "{email} already has an account"
            )));
        }
        let account_id = accounts::insert(
            conn,
            &accounts::NewAccount {
                role: Role::Counselor.as_str(),
                email,
                password_hash,
                failed_logins: 0,
                terms_version: None,
                terms_agreed_at: None,
                created_at: now,
                updated_at: now,
                language: Lang::Ja.tag(),
            },
        )
        .map_err(crate::error::AppError::internal)?;
        counselors::insert(
            conn,
            &counselors::Counselor {
                account_id,
                name: name.to_owned(),
                office_code: office_code.to_owned(),
            },
        )
        .map_err(crate::error::AppError::internal)?;
        Ok(())
    })
}
