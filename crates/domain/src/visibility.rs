//! Who sees what of a posting. The publication range (公開範囲) decides whether a viewer sees the
//! posting at all and whether the employer's identity (name, address, phone, contact) is shown.

use chrono::NaiveDate;
use shigoto_shared::{JobSheet, JobStatus, JobSummary, PublicationRange};

use crate::{features, validity};

/// Who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// Anyone, without an account (public search), and employers looking at others' postings.
    Anonymous,
    /// A job seeker signed in to a MyPage whose registration is not complete: provisional (仮登録),
    /// lapsed, or past its validity.
    Seeker,
    /// A job seeker signed in whose registration is complete (本登録) and valid: sees the
    /// employer of postings published 「求職者マイページ開設者に限定」.
    RegisteredSeeker,
    /// Hello Work staff, or the employer who owns the posting.
    Staff,
}

/// How a signed-in job seeker views postings on `today`, from the registration's stored status,
/// application date and validity.
pub fn seeker_viewer(
    stored: shigoto_shared::RegistrationStatus,
    applied_on: NaiveDate,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> Viewer {
    let status = crate::account::registration_status(stored, applied_on, today);
    if crate::seeking::state_on(status, valid_until, today)
        == shigoto_shared::JobSeekingState::Valid
    {
        Viewer::RegisteredSeeker
    } else {
        Viewer::Seeker
    }
}

/// Whether the posting is listed in searches for this viewer on `today`.
pub fn is_searchable(sheet: &JobSheet, viewer: Viewer, today: NaiveDate) -> bool {
    sheet.status == JobStatus::Open
        && validity::is_within_deadline(sheet.referral_deadline, today)
        && is_visible(sheet.publication, viewer)
}

/// Whether the viewer may open the sheet at all (closed postings stay readable, marked so).
pub fn is_visible(publication: PublicationRange, viewer: Viewer) -> bool {
    publication != PublicationRange::NotPublished || viewer == Viewer::Staff
}

/// Whether the employer's identity is hidden from this viewer.
pub fn hides_employer(publication: PublicationRange, viewer: Viewer) -> bool {
    match viewer {
        Viewer::Staff => false,
        Viewer::RegisteredSeeker => !matches!(
            publication,
            PublicationRange::Full | PublicationRange::RegisteredOnly
        ),
        Viewer::Seeker | Viewer::Anonymous => publication != PublicationRange::Full,
    }
}

/// The sheet as this viewer may see it, or `None` when it is not published to them.
pub fn sheet_for(sheet: &JobSheet, viewer: Viewer) -> Option<JobSheet> {
    if !is_visible(sheet.publication, viewer) {
        return None;
    }
    let mut shown = sheet.clone();
    if hides_employer(sheet.publication, viewer) {
        let employer = &mut shown.employer;
        employer.name = None;
        employer.name_kana = None;
        employer.office_number = None;
        employer.postal_code = None;
        employer.address = None;
        employer.phone = None;
        employer.homepage = None;
        employer.representative = None;
        employer.corporate_number = None;
        shown.work.place.address_line = None;
        shown.selection.contact = None;
        shown.selection.place = None;
        shown.employer_hidden = true;
    }
    Some(shown)
}

/// Characters of 仕事内容 shown in a result list.
const EXCERPT_CHARS: usize = 80;

/// The result-list line for a sheet already passed through [`sheet_for`].
pub fn summary(shown: &JobSheet) -> JobSummary {
    let description = &shown.work.description;
    let mut excerpt: String = description.chars().take(EXCERPT_CHARS).collect();
    if description.chars().count() > EXCERPT_CHARS {
        excerpt.push('…');
    }
    JobSummary {
        job_number: shown.job_number.clone(),
        title: shown.work.title.clone(),
        employer_name: shown.employer.name.clone(),
        locality: shown.work.place.locality.clone(),
        category: shown.category,
        work_style: shown.work_style,
        employment_type: shown.work.employment_type,
        wage_kind: shown.wage.kind,
        wage_min: shown.wage.base_min,
        wage_max: shown.wage.base_max,
        received_on: shown.received_on,
        referral_deadline: shown.referral_deadline,
        status: shown.status,
        online_application: features::accepts_online_application(shown),
        excerpt,
        features: features::of(shown),
        published_at: None,
        similar: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::RegistrationStatus::{Lapsed, Provisional, Registered};
    use PublicationRange::{Full, NoCompanyName, NotPublished, RegisteredOnly};

    #[test]
    fn who_sees_the_employer_for_each_range() {
        // (viewer, ranges whose employer it sees, ranges it sees at all)
        let table = [
            (Viewer::Anonymous, vec![Full]),
            (Viewer::Seeker, vec![Full]),
            (Viewer::RegisteredSeeker, vec![Full, RegisteredOnly]),
            (
                Viewer::Staff,
                vec![Full, RegisteredOnly, NoCompanyName, NotPublished],
            ),
        ];
        for (viewer, named) in table {
            for range in [Full, RegisteredOnly, NoCompanyName, NotPublished] {
                assert_eq!(
                    !hides_employer(range, viewer),
                    named.contains(&range),
                    "{viewer:?} × {range:?}"
                );
                assert_eq!(
                    is_visible(range, viewer),
                    range != NotPublished || viewer == Viewer::Staff,
                    "{viewer:?} × {range:?}"
                );
            }
        }
    }

    #[test]
    fn only_a_complete_valid_registration_counts_as_registered() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default();
        let applied = day(1);
        let valid = day(20);
        assert_eq!(
            seeker_viewer(Registered, applied, valid, day(4)),
            Viewer::RegisteredSeeker
        );
        assert_eq!(
            seeker_viewer(Registered, applied, valid, day(21)),
            Viewer::Seeker,
            "past its validity"
        );
        assert_eq!(
            seeker_viewer(Provisional, applied, valid, day(4)),
            Viewer::Seeker
        );
        assert_eq!(
            seeker_viewer(Provisional, applied, valid, day(19)),
            Viewer::Seeker,
            "lapsed after 14 days"
        );
        assert_eq!(
            seeker_viewer(Lapsed, applied, valid, day(4)),
            Viewer::Seeker
        );
    }
}
