//! [`desk`]: the service set up for the application screens: a Tokyo counselor, an accepted
//! employer with one published posting, and a job seeker opened online and registered at the
//! counter.

use anyhow::Result;
use shigoto_shared::PostingForm;
use shigoto_test_support as support;

use crate::registered_seeker_account;

/// Who the desk is made of: sign-in details (email, password), and the seeker's name and kana.
pub struct People<'a> {
    pub counselor: (&'a str, &'a str),
    pub employer: (&'a str, &'a str),
    pub seeker: (&'a str, &'a str),
    pub seeker_name: (&'a str, &'a str),
}

/// The service, the employer's token, the posting's id and 求人番号, and the seeker's 求職番号.
pub struct Desk {
    pub service: support::TestServer,
    pub employer: String,
    pub posting: i64,
    pub number: String,
    pub seeker_number: String,
}

/// A service with `people` and the employer's `form` published.
pub async fn desk(form: PostingForm, people: &People<'_>) -> Result<Desk> {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite).await?;
    let (counselor_email, counselor_password) = people.counselor;
    let counselor =
        support::signed_in_counselor(&service, counselor_email, counselor_password).await?;
    let (employer_email, employer_password) = people.employer;
    let employer =
        support::accepted_employer(&service, &counselor, employer_email, employer_password).await?;
    let (posting, number) =
        support::published_posting(&service, &employer, &counselor, form).await?;
    let seeker_number =
        registered_seeker_account(&service, &counselor, people.seeker, people.seeker_name).await?;
    Ok(Desk {
        service,
        employer,
        posting,
        number,
        seeker_number,
    })
}

impl Desk {
    /// Publishes another posting of the desk's employer, accepted by the counselor of
    /// `people`; its 求人番号.
    pub async fn publish(&self, people: &People<'_>, form: PostingForm) -> Result<String> {
        let (email, password) = people.counselor;
        let counselor = self.service.session_token(email, password).await?;
        let (_, number) =
            support::published_posting(&self.service, &self.employer, &counselor, form).await?;
        Ok(number)
    }
}
