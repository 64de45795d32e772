//! Accounts of the three roles for tests: sample details, the request bodies of the sign-up
//! flows, and a signed-in job seeker, employer or counselor in one call. The seeker and the
//! employer sign up through the service's own flows, reading the 認証キー from the SMTP server;
//! counselors are added by the administrator command.

use chrono::NaiveDate;
use shigoto_shared::{
    CounterRegistration, EmployerOpeningCompletion, EmployerProfile, OpeningCompletion,
    OpeningKeyRequest, RegisteredSeeker, RegistrationCompletion, RegistrationKeyRequest,
};

use crate::backends::TestDatabase;
use crate::keys::mailed_key;
use crate::server::{start_with_jobs_and_smtp, start_with_smtp, TestServer};

/// The counselor of [`start_with_counselor`], at office 13010 (東京都).
pub const COUNSELOR_EMAIL: &str = "tanaka@hellowork.example.jp";
/// The password of [`COUNSELOR_EMAIL`].
pub const COUNSELOR_PASSWORD: &str = "Counter#2026";
/// The job seeker of [`start_with_seeker`].
pub const SEEKER_EMAIL: &str = "hanako@example.jp";
/// The password of [`SEEKER_EMAIL`], and of the other seekers tests sign up.
pub const SEEKER_PASSWORD: &str = "Hanako#Kyuj1n";

/// The birth date of every job seeker tests register.
pub fn seeker_birth_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1990, 4, 1).unwrap_or_default()
}

/// The first step of a sign-up that starts from an email: both texts agreed, current version.
pub fn sign_up_request(email: &str) -> RegistrationKeyRequest {
    RegistrationKeyRequest {
        email: email.into(),
        agreed_terms: true,
        agreed_privacy: true,
        terms_version: shigoto_domain::account::TERMS_VERSION.into(),
    }
}

/// The first step of opening the MyPage of a seeker registered at the counter: the email and
/// birth date given there ([`counter_registration`]), both texts agreed.
pub fn opening_key_request(email: &str) -> OpeningKeyRequest {
    OpeningKeyRequest {
        email: email.into(),
        birth_date: seeker_birth_date(),
        agreed_terms: true,
        agreed_privacy: true,
        terms_version: shigoto_domain::account::TERMS_VERSION.into(),
    }
}

/// The second step of opening the MyPage of a seeker registered at the counter, with the
/// mailed `key`.
pub fn opening_completion(email: &str, key: &str, password: &str) -> OpeningCompletion {
    OpeningCompletion {
        email: email.into(),
        key: key.into(),
        password: password.into(),
        password_confirmation: password.into(),
    }
}

/// A job seeker in 東京都 registered at the counter with `email`.
pub fn counter_registration(email: &str) -> CounterRegistration {
    CounterRegistration {
        name: "山田 花子".into(),
        name_kana: "ヤマダ ハナコ".into(),
        birth_date: seeker_birth_date(),
        email: email.into(),
        prefecture_code: "13".into(),
    }
}

/// The second step of an online registration in 東京都 with the mailed `key`.
pub fn registration_completion(email: &str, key: &str, password: &str) -> RegistrationCompletion {
    RegistrationCompletion {
        email: email.into(),
        key: key.into(),
        password: password.into(),
        password_confirmation: password.into(),
        name: "山田 花子".into(),
        name_kana: "ヤマダ ハナコ".into(),
        birth_date: seeker_birth_date(),
        prefecture_code: "13".into(),
        municipality_code: "13101".into(),
    }
}

/// The 事業所情報 of a fictional company in Tokyo that passes every check.
pub fn sample_office() -> EmployerProfile {
    EmployerProfile {
        name: "株式会社しごと商事".into(),
        name_kana: "カブシキガイシャシゴトショウジ".into(),
        postal_code: "1000013".into(),
        prefecture_code: "13".into(),
        municipality_code: "13101".into(),
        address: "霞が関1-2-2".into(),
        phone: "03-1234-5678".into(),
        representative: "仕事 太郎".into(),
        industry: "卸売業".into(),
        employees: 25,
        business: "事務用品の卸売".into(),
        homepage: None,
    }
}

/// The second step of opening a 求人者マイページ for `office` with the mailed `key`.
pub fn employer_opening_completion(
    email: &str,
    key: &str,
    password: &str,
    office: EmployerProfile,
) -> EmployerOpeningCompletion {
    EmployerOpeningCompletion {
        email: email.into(),
        key: key.into(),
        password: password.into(),
        password_confirmation: password.into(),
        office,
    }
}

/// Opens a job seeker's MyPage by online registration (the key read from the SMTP server) and
/// signs in; returns the session token. Needs a server started with SMTP.
pub async fn sign_up_seeker(
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    server
        .client
        .request_registration_key(&sign_up_request(email))
        .await?;
    let key = mailed_key(server, email).await?;
    let completion = registration_completion(email, &key, password);
    server.client.complete_registration(&completion).await?;
    server.session_token(email, password).await
}

/// A job seeker signed up online as `email` ([`sign_up_seeker`]) and registered (本登録) by
/// the counselor signed in as `counselor`: their session token and 求職番号.
pub async fn registered_seeker(
    server: &TestServer,
    counselor: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<(String, String)> {
    let token = sign_up_seeker(server, email, password).await?;
    let number = confirm_signed_up_seeker(server, counselor, &token).await?;
    Ok((token, number))
}

/// Has the counselor signed in as `counselor` register (本登録) the job seeker signed in with
/// `seeker`, signed up online; returns their 求職番号.
pub async fn confirm_signed_up_seeker(
    server: &TestServer,
    counselor: &str,
    seeker: &str,
) -> anyhow::Result<String> {
    let number = server
        .client
        .me(seeker)
        .await?
        .seeker_number
        .ok_or_else(|| anyhow::anyhow!("a signed-up seeker has no 求職番号"))?;
    server.client.confirm_seeker(counselor, &number).await?;
    Ok(number)
}

/// Opens a 求人者マイページ for `email` with [`sample_office`] (the key read from the SMTP
/// server) and signs in; returns the session token. Needs a server started with SMTP.
pub async fn open_employer(
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    server
        .client
        .request_employer_opening_key(&sign_up_request(email))
        .await?;
    let key = mailed_key(server, email).await?;
    let completion = employer_opening_completion(email, &key, password, sample_office());
    server.client.complete_employer_opening(&completion).await?;
    server.session_token(email, password).await
}

/// Adds a counselor account at office 13010 through the administrator command.
pub async fn add_counselor(server: &TestServer, email: &str, password: &str) -> anyhow::Result<()> {
    add_counselor_at(server, email, password, "13010").await
}

/// Adds a counselor working at the office `office_code`.
pub async fn add_counselor_at(
    server: &TestServer,
    email: &str,
    password: &str,
    office_code: &str,
) -> anyhow::Result<()> {
    shigoto_server::admin::add_counselor(
        &server.settings,
        server.clock.as_ref(),
        email,
        "田中 一郎",
        office_code,
        password,
    )
    .await?;
    Ok(())
}

/// Adds a counselor at office 13010 and signs in; returns the session token.
pub async fn signed_in_counselor(
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    signed_in_counselor_at(server, email, password, "13010").await
}

/// Adds a counselor working at the office `office_code` and signs in; returns the token.
pub async fn signed_in_counselor_at(
    server: &TestServer,
    email: &str,
    password: &str,
    office_code: &str,
) -> anyhow::Result<String> {
    add_counselor_at(server, email, password, office_code).await?;
    server.session_token(email, password).await
}

/// Registers a job seeker at the counter ([`counter_registration`]) as the counselor signed in
/// with `counselor`.
pub async fn register_at_counter(
    server: &TestServer,
    counselor: &str,
    email: &str,
) -> anyhow::Result<RegisteredSeeker> {
    let registration = counter_registration(email);
    Ok(server
        .client
        .register_seeker(counselor, &registration)
        .await?)
}

/// Starts a service with mail through a real SMTP server and the counselor
/// [`COUNSELOR_EMAIL`] signed in; returns it with the counselor's token.
pub async fn start_with_counselor(database: TestDatabase) -> anyhow::Result<(TestServer, String)> {
    let server = start_with_smtp(database).await?;
    let token = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD).await?;
    Ok((server, token))
}

/// Starts a service with `demo_jobs` demo postings and mail through a real SMTP server, with
/// the job seeker [`SEEKER_EMAIL`] signed up online and signed in; returns it with the
/// seeker's token.
pub async fn start_with_seeker(
    database: TestDatabase,
    demo_jobs: usize,
) -> anyhow::Result<(TestServer, String)> {
    let server = start_with_jobs_and_smtp(database, demo_jobs).await?;
    let token = sign_up_seeker(&server, SEEKER_EMAIL, SEEKER_PASSWORD).await?;
    Ok((server, token))
}
