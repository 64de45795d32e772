//! Demo accounts of the three roles, for a local demo only: `shigoto-server admin
//! seed-demo-accounts` (which `cargo xtask run` calls) creates a counselor of the demo office
//! 13010, a job seeker registered there (本登録) with an open MyPage, three favorites and one
//! saved search, and an employer whose 事業所登録 that counselor accepted, with postings at
//! every stage (two published, one waiting for 受理, one draft). Their email addresses
//! and passwords are fixed and printed ([`sign_in_details`]), so a newcomer sees every role's
//! screens without reading mail.
//!
//! Nothing else calls this: the service's start never creates accounts. The accounts go
//! through the same domain checks (email, password rule, person and 事業所情報 checks) and the
//! same database functions as the routes; the seeker's MyPage data goes through the sync's own
//! mutation code. Seeding is idempotent: an account whose email exists is left as it is.

use chrono::{NaiveDate, TimeDelta};
use shigoto_domain::account::{registration_valid_until, seeker_number, TERMS_VERSION};
use shigoto_domain::visibility::{self, Viewer};
use shigoto_server_db::{
    accounts, employer_registrations, jobs, mypage, offices, seekers, AnyConnection, Database,
};
use shigoto_shared::{EmployerProfile, JobSearchParams, JobStatus, Lang, Mutation, Outcome, Role};

use crate::admin::{english, AdminError};
use crate::auth::passwords::Hasher;
use crate::clock::Clock;
use crate::config::Settings;
use crate::demo;
use crate::error::AppError;

/// One demo account's sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAccount {
    pub role: Role,
    pub email: &'static str,
    pub password: &'static str,
    pub name: &'static str,
}

/// The counselor (ハローワーク職員) at the demo office [`DEMO_OFFICE`].
pub const COUNSELOR: DemoAccount = DemoAccount {
    role: Role::Counselor,
    email: "counselor@demo.example.jp",
    password: "Demo#Counselor2026",
    name: "見本 一郎",
};

/// The job seeker: registered at [`DEMO_OFFICE`] (本登録), MyPage open.
pub const SEEKER: DemoAccount = DemoAccount {
    role: Role::Seeker,
    email: "seeker@demo.example.jp",
    password: "Demo#Seeker2026",
    name: "見本 花子",
};

/// The employer: 事業所登録 accepted by [`COUNSELOR`].
pub const EMPLOYER: DemoAccount = DemoAccount {
    role: Role::Employer,
    email: "employer@demo.example.jp",
    password: "Demo#Employer2026",
    name: "株式会社みほん商事",
};

/// The three demo accounts.
pub const ALL: [DemoAccount; 3] = [SEEKER, EMPLOYER, COUNSELOR];

/// The Hello Work office of the demo counselor and seeker (Tokyo).
pub const DEMO_OFFICE: &str = "13010";
/// Favorites the demo seeker gets (the first open postings published to job seekers).
pub const DEMO_FAVORITES: usize = 3;
/// Name of the demo seeker's saved search.
pub const DEMO_SAVED_SEARCH: &str = "東京都の事務";

/// Idempotency keys and the saved search's id: fixed, so the seeding is recognisable.
const SAVED_SEARCH_ID: &str = "00000000-0000-4000-8000-000000000001";

/// What seeding did to one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seeded {
    Created,
    /// The email already had an account; left as it was.
    AlreadyThere,
}

/// What [`seed`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub counselor: Seeded,
    pub seeker: Seeded,
    pub employer: Seeded,
    /// The demo seeker's 求職番号.
    pub seeker_number: Option<String>,
    /// The demo employer's 事業所番号.
    pub office_number: Option<String>,
    /// The demo seeker's kept favorites and saved searches, as they are now.
    pub favorites: i64,
    pub saved_searches: i64,
    /// The name of the demo office.
    pub office_name: String,
}

impl SeedReport {
    /// Whether every account already existed (nothing was written).
    pub fn nothing_new(&self) -> bool {
        [&self.counselor, &self.seeker, &self.employer]
            .iter()
            .all(|s| **s == Seeded::AlreadyThere)
    }
}

/// The sign-in details as `cargo xtask run` and the README show them, one account per line.
pub fn sign_in_details(report: &SeedReport) -> String {
    let number = |n: &Option<String>| n.as_deref().unwrap_or("-").to_owned();
    [
        (
            SEEKER,
            format!(
                "求職者 (本登録, 求職番号 {}, お気に入り {}件, 保存した検索条件 {}件)",
                number(&report.seeker_number),
                report.favorites,
                report.saved_searches
            ),
        ),
        (
            EMPLOYER,
            format!(
                "求人者 (事業所登録 受理, 事業所番号 {})",
                number(&report.office_number)
            ),
        ),
        (
            COUNSELOR,
            format!("ハローワーク職員 ({} {DEMO_OFFICE})", report.office_name),
        ),
    ]
    .iter()
    .map(|(account, what)| format!("  {:<27} {:<19} {what}\n", account.email, account.password))
    .collect()
}

/// Creates the demo accounts that are missing, on the database of `settings`. Loads the demo
/// postings first if the database has none and `settings.demo_jobs` asks for them (the
/// favorites need postings).
pub async fn seed(settings: &Settings, clock: &dyn Clock) -> Result<SeedReport, AdminError> {
    for account in ALL {
        // The fixed passwords follow the rule like any other.
        shigoto_domain::password::check(account.password, account.email).map_err(|err| {
            AdminError::Invalid(format!("{}: {}", account.email, english(&err.text())))
        })?;
    }
    std::fs::create_dir_all(&settings.data_dir)
        .map_err(|err| AdminError::Invalid(err.to_string()))?;
    let db = Database::open(&settings.database_url, 2)?;
    let today = clock.today();
    let now = clock.now_utc();
    {
        let (db, seed, count) = (db.clone(), settings.demo_seed, settings.demo_jobs);
        blocking(move || {
            demo::ensure_offices(&db)?;
            demo::load_if_empty(&db, seed, count, today, now)?;
            Ok(())
        })
        .await?;
    }
    let missing = {
        let db = db.clone();
        blocking(move || {
            let mut conn = db.connection()?;
            let mut missing = Vec::new();
            for account in ALL {
                if accounts::find_by_email(&mut conn, account.email)?.is_none() {
                    missing.push(account);
                }
            }
            Ok(missing)
        })
        .await?
    };
    let hasher = Hasher::new()?;
    let mut hashes = Vec::new();
    for account in &missing {
        hashes.push((*account, hasher.hash(account.password).await?));
    }
    let hash_of = |account: DemoAccount| {
        hashes
            .iter()
            .find(|(a, _)| *a == account)
            .map(|(_, hash)| hash.clone())
    };
    let (counselor_hash, seeker_hash, employer_hash) =
        (hash_of(COUNSELOR), hash_of(SEEKER), hash_of(EMPLOYER));
    blocking(move || {
        let mut conn = db.connection()?;
        let conn = &mut *conn;
        let counselor = match counselor_hash {
            Some(hash) => {
                crate::admin::insert_counselor(
                    conn,
                    &normalized(COUNSELOR)?,
                    COUNSELOR.name,
                    DEMO_OFFICE,
                    &hash,
                    now,
                )?;
                Seeded::Created
            }
            None => Seeded::AlreadyThere,
        };
        let counselor_id = account_of(conn, COUNSELOR)?;
        let seeker = match seeker_hash {
            Some(hash) => {
                create_seeker(conn, counselor_id, &hash, today, now)?;
                Seeded::Created
            }
            None => Seeded::AlreadyThere,
        };
        let employer = match employer_hash {
            Some(hash) => {
                create_employer(conn, counselor_id, &hash, now)?;
                let employer_id = account_of(conn, EMPLOYER)?;
                postings::seed(conn, employer_id, counselor_id, today, now)?;
                Seeded::Created
            }
            None => Seeded::AlreadyThere,
        };
        let seeker_id = account_of(conn, SEEKER)?;
        let employer_id = account_of(conn, EMPLOYER)?;
        Ok(SeedReport {
            counselor,
            seeker,
            employer,
            seeker_number: seekers::find_by_account(conn, seeker_id)?.map(|s| s.seeker_number),
            office_number: employer_registrations::find_by_account(conn, employer_id)?
                .and_then(|listed| listed.office_number),
            favorites: mypage::favorite_count(conn, seeker_id)?,
            saved_searches: mypage::saved_search_count(conn, seeker_id)?,
            office_name: offices::find(conn, DEMO_OFFICE)?
                .map(|office| office.name)
                .unwrap_or_default(),
        })
    })
    .await
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AdminError> + Send + 'static,
) -> Result<T, AdminError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|err| AdminError::Invalid(format!("seeding task failed: {err}")))?
}

/// The id of the demo `account`, which must exist with its role.
fn account_of(conn: &mut AnyConnection, account: DemoAccount) -> Result<i64, AdminError> {
    let found = accounts::find_by_email(conn, account.email)?
        .ok_or_else(|| AdminError::Invalid(format!("{} has no account", account.email)))?;
    if found.role != account.role.as_str() {
        return Err(AdminError::Invalid(format!(
            "{} already has an account of another role ({}); remove the data folder to start over",
            account.email, found.role
        )));
    }
    Ok(found.id)
}

/// The demo seeker: registered at the counter of [`DEMO_OFFICE`] by the demo counselor, MyPage
/// opened, favorites and a saved search added through the sync's mutations. One transaction.
fn create_seeker(
    conn: &mut AnyConnection,
    counselor_id: i64,
    password_hash: &str,
    today: NaiveDate,
    now: chrono::NaiveDateTime,
) -> Result<(), AdminError> {
    let person = shigoto_domain::person::check(
        SEEKER.name,
        "ミホン ハナコ",
        NaiveDate::from_ymd_opt(1996, 4, 12).unwrap_or_default(),
        "13",
        today,
    )
    .map_err(|err| AdminError::Invalid(format!("demo seeker: {}", english(&err.message))))?;
    let email = normalized(SEEKER)?;
    let favorites = favorite_candidates(conn, today)?;
    shigoto_server_db::write_transaction(conn, |conn| -> Result<(), AdminError> {
        let seeker = seekers::insert(
            conn,
            &seekers::NewSeeker {
                name: &person.name,
                name_kana: &person.name_kana,
                birth_date: person.birth_date,
                email: &email,
                prefecture_code: &person.prefecture_code,
                office_code: DEMO_OFFICE,
                status: "registered",
                applied_on: today,
                valid_until: registration_valid_until(today),
                registered_by: Some(counselor_id),
                account_id: None,
            },
            |serial| seeker_number(DEMO_OFFICE, serial),
            now,
        )?;
        let account_id = accounts::insert(
            conn,
            &accounts::NewAccount {
                role: Role::Seeker.as_str(),
                email: &email,
                password_hash,
                failed_logins: 0,
                terms_version: Some(TERMS_VERSION),
                terms_agreed_at: Some(now),
                created_at: now,
                updated_at: now,
                language: Lang::Ja.tag(),
            },
        )?;
        if !seekers::link_account(conn, seeker.id, account_id, now)? {
            return Err(AdminError::Invalid("the demo seeker has a MyPage".into()));
        }
        let mut mutations: Vec<Mutation> = favorites
            .iter()
            .enumerate()
            .map(|(i, job_number)| Mutation::AddFavorite {
                job_number: job_number.clone(),
                // Oldest first, so the list shows them in this order.
                at: Some(now - TimeDelta::minutes(10 * (favorites.len() - i) as i64)),
            })
            .collect();
        mutations.push(Mutation::SaveSearch {
            id: SAVED_SEARCH_ID.into(),
            name: DEMO_SAVED_SEARCH.into(),
            params: Box::new(JobSearchParams {
                keyword: "事務".into(),
                prefectures: vec!["13".into()],
                ..JobSearchParams::default()
            }),
        });
        // Run three days ago, so the 新着 count has something to show.
        mutations.push(Mutation::MarkSearchRun {
            id: SAVED_SEARCH_ID.into(),
            at: now - TimeDelta::days(3),
        });
        mutations.push(Mutation::SaveProfile {
            profile: Box::new(profile::demo_profile()),
        });
        for (i, mutation) in mutations.iter().enumerate() {
            let key = format!("00000000-0000-4000-8000-{:012}", 100 + i);
            let texts = shigoto_i18n::catalogue(shigoto_shared::Lang::Ja);
            let outcome =
                crate::routes::mypage::apply_once(conn, account_id, &key, mutation, now, texts)?;
            if let Outcome::Rejected { message, .. } = outcome {
                return Err(AdminError::Invalid(format!("demo seeker: {message}")));
            }
        }
        profile::publish(conn, seeker.id, person.birth_date, (today, now))?;
        Ok(())
    })
}

/// The first [`DEMO_FAVORITES`] postings that are open today and published to job seekers.
fn favorite_candidates(
    conn: &mut AnyConnection,
    today: NaiveDate,
) -> Result<Vec<String>, AdminError> {
    Ok(jobs::changed_since(conn, 0, 500)?
        .into_iter()
        .filter(|job| {
            job.sheet.status == JobStatus::Open
                && job.sheet.referral_deadline >= today
                && visibility::sheet_for(&job.sheet, Viewer::Seeker).is_some()
        })
        .take(DEMO_FAVORITES)
        .map(|job| job.sheet.job_number)
        .collect())
}

/// The demo employer: a 求人者マイページ with a 事業所登録 filed at the reviewing office of its
/// prefecture and accepted there by the demo counselor. One transaction.
/// The demo employer's 事業所情報.
fn employer_profile() -> EmployerProfile {
    EmployerProfile {
        name: EMPLOYER.name.into(),
        name_kana: "カブシキガイシャミホンショウジ".into(),
        postal_code: "1000013".into(),
        prefecture_code: "13".into(),
        municipality_code: "13101".into(),
        address: "霞が関1-2-2".into(),
        phone: "03-1234-5678".into(),
        representative: "見本 太郎".into(),
        industry: "卸売業".into(),
        employees: 25,
        business: "事務用品の卸売".into(),
        homepage: None,
    }
}

fn create_employer(
    conn: &mut AnyConnection,
    counselor_id: i64,
    password_hash: &str,
    now: chrono::NaiveDateTime,
) -> Result<(), AdminError> {
    let profile = shigoto_domain::employer::check(&employer_profile())
        .map_err(|err| AdminError::Invalid(format!("demo employer: {}", english(&err.message))))?;
    let profile_text = serde_json::to_string(&profile).map_err(AppError::internal)?;
    let email = normalized(EMPLOYER)?;
    shigoto_server_db::write_transaction(conn, |conn| -> Result<(), AdminError> {
        let office =
            offices::for_filing(conn, &profile.prefecture_code, &profile.municipality_code)?
                .ok_or_else(|| AdminError::Invalid("no office in Tokyo".into()))?
                .code;
        let account_id = accounts::insert(
            conn,
            &accounts::NewAccount {
                role: Role::Employer.as_str(),
                email: &email,
                password_hash,
                failed_logins: 0,
                terms_version: Some(TERMS_VERSION),
                terms_agreed_at: Some(now),
                created_at: now,
                updated_at: now,
                language: Lang::Ja.tag(),
            },
        )?;
        employer_registrations::insert(
            conn,
            account_id,
            &profile_text,
            &profile.prefecture_code,
            &office,
            now,
        )?;
        let registration = employer_registrations::find_by_account(conn, account_id)?
            .ok_or_else(|| AdminError::Invalid("the demo registration vanished".into()))?;
        employer_registrations::accept(
            conn,
            registration.registration.id,
            &profile.name,
            counselor_id,
            |serial| {
                shigoto_domain::employer::office_number(
                    &office,
                    u32::try_from(serial).unwrap_or(u32::MAX),
                )
            },
            now,
        )?
        .ok_or_else(|| AdminError::Invalid("the demo registration was decided".into()))?;
        Ok(())
    })
}

fn normalized(account: DemoAccount) -> Result<String, AdminError> {
    shigoto_domain::password::normalize_email(account.email)
        .map_err(|err| AdminError::Invalid(format!("{}: {}", account.email, english(&err.text()))))
}

mod postings;
mod profile;

#[cfg(test)]
mod tests;
