//! Employers who may post (事業所登録 accepted) and a 求人申込み that passes every step.

use shigoto_shared::{NewPosting, PostingForm, PostingSave};

use crate::accounts::{
    open_employer, signed_in_counselor, COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SEEKER_EMAIL,
    SEEKER_PASSWORD,
};
use crate::backends::TestDatabase;
use crate::server::{start_with_jobs_and_smtp, TestServer};

/// A word of [`sample_posting`]'s 仕事の内容 that no demo posting uses.
pub const SAMPLE_KEYWORD: &str = "霞文具";

/// The demo's full-time office job (`shigoto_demo::posting_forms::office_clerk`) titled
/// `title`, with [`SAMPLE_KEYWORD`] in its 仕事の内容: it passes every step's rules for
/// [`crate::sample_office`]'s company.
pub fn sample_posting(title: &str) -> PostingForm {
    let mut form = shigoto_demo::posting_forms::office_clerk();
    form.work.title = title.into();
    form.work.description = format!(
        "{SAMPLE_KEYWORD}ブランドの事務用品の受発注入力、電話応対、来客応対をお願いします。"
    );
    form
}

/// Opens a 求人者マイページ for `email` ([`crate::sample_office`], Tokyo), has the counselor
/// signed in with `counselor` (office 13010) accept its 事業所登録, and reads away the
/// acceptance mail; returns the employer's token. Needs a server started with SMTP.
pub async fn accepted_employer(
    server: &TestServer,
    counselor: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    let token = open_employer(server, email, password).await?;
    let queue = server.client.list_employer_applications(counselor).await?;
    let application = queue
        .iter()
        .find(|application| application.email == email)
        .ok_or_else(|| anyhow::anyhow!("{email} is not in the counselor's queue"))?;
    server
        .client
        .accept_employer(counselor, application.id)
        .await?;
    server
        .mail()?
        .take_mail_about(email, "事業所登録受理")
        .await?;
    Ok(token)
}

/// Writes `form` as a new draft of the employer signed in with `employer` and files it
/// (申込み); returns the posting's id.
pub async fn filed_posting(
    server: &TestServer,
    employer: &str,
    form: PostingForm,
) -> anyhow::Result<i64> {
    let draft = server
        .client
        .new_posting(employer, &NewPosting::default())
        .await?;
    server
        .client
        .submit_posting(employer, draft.item.id, &PostingSave { form })
        .await?;
    Ok(draft.item.id)
}

/// Files `form` ([`filed_posting`]) and has the counselor signed in with `counselor` accept it
/// (受理); returns the posting's id and its 求人番号.
pub async fn published_posting(
    server: &TestServer,
    employer: &str,
    counselor: &str,
    form: PostingForm,
) -> anyhow::Result<(i64, String)> {
    let id = filed_posting(server, employer, form).await?;
    let review = server.client.accept_posting(counselor, id).await?;
    Ok((id, review.sheet.job_number))
}

/// A service where postings can be filed and decided: demo postings, a real SMTP server, the
/// counselor [`COUNSELOR_EMAIL`] of office 13010 and an accepted Tokyo employer, both signed in.
pub struct PostingDesk {
    pub server: TestServer,
    /// The counselor's token.
    pub counselor: String,
    /// The employer's token.
    pub employer: String,
}

/// Starts a [`PostingDesk`] with `demo_jobs` demo postings and the employer `email`.
pub async fn posting_desk(
    database: TestDatabase,
    demo_jobs: usize,
    email: &str,
    password: &str,
) -> anyhow::Result<PostingDesk> {
    let server = start_with_jobs_and_smtp(database, demo_jobs).await?;
    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD).await?;
    let employer = accepted_employer(&server, &counselor, email, password).await?;
    Ok(PostingDesk {
        server,
        counselor,
        employer,
    })
}

/// A [`PostingDesk`] with one published posting titled `title` and the registered job seeker
/// [`SEEKER_EMAIL`]: the desk, the posting's 求人番号, the seeker's token and 求職番号.
pub async fn desk_with_seeker(
    database: TestDatabase,
    (email, password): (&str, &str),
    title: &str,
) -> anyhow::Result<(PostingDesk, String, String, String)> {
    let desk = posting_desk(database, 5, email, password).await?;
    let (_, number) = published_posting(
        &desk.server,
        &desk.employer,
        &desk.counselor,
        sample_posting(title),
    )
    .await?;
    let (seeker, seeker_number) =
        crate::registered_seeker(&desk.server, &desk.counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
            .await?;
    Ok((desk, number, seeker, seeker_number))
}

/// An online application to `job_number` with both warnings confirmed and nothing attached.
pub fn plain_application(job_number: &str) -> shigoto_shared::ApplicationRequest {
    shigoto_shared::ApplicationRequest {
        job_number: job_number.to_owned(),
        confirmed_disputes: true,
        confirmed_benefits: true,
        message: String::new(),
        documents: Vec::new(),
    }
}
