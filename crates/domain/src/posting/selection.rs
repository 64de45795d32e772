//! Step 8, 選考方法: openings, how applicants are selected and told, the documents asked for,
//! and who may see the posting (公開範囲) and apply online (自主応募 only where the company name
//! is shown: the full range, or the one limited to registered job seekers).

use shigoto_i18n::{key, Text};
use shigoto_shared::{PostingForm, PublicationRange, SelectionSection};

use super::Problems;
use crate::read;

/// Most openings a posting can name.
pub const MAX_OPENINGS: u64 = 999;
/// Longest wait for the result, in days.
pub const MAX_RESULT_DAYS: u64 = 30;
/// Longest 応募書類等.
pub const MAX_DOCUMENTS_CHARS: usize = 200;
/// Longest 選考場所 and 担当者.
pub const MAX_PLACE_CHARS: usize = 100;
pub const MAX_CONTACT_CHARS: usize = 50;

/// Whether online self-application can be accepted with this publication range.
pub fn allows_online_application(range: PublicationRange) -> bool {
    matches!(
        range,
        PublicationRange::Full | PublicationRange::RegisteredOnly
    )
}

/// Step 8 read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub section: SelectionSection,
    pub publication: PublicationRange,
    pub online_application: bool,
}

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<Selection> {
    let step = &form.selection;
    let openings = read::required_number(
        out,
        "selection.openings",
        &step.openings,
        key!("checks-label-openings"),
        1,
        MAX_OPENINGS,
    );
    if step.methods.is_empty() {
        out.add(
            "selection.methods",
            Text::new("checks-selection-methods-required"),
        );
    }
    let result_within_days = read::required_number(
        out,
        "selection.result_within_days",
        &step.result_within_days,
        key!("checks-label-result-within-days"),
        1,
        MAX_RESULT_DAYS,
    );
    let documents = read::required_text(
        out,
        "selection.documents",
        &step.documents,
        key!("checks-label-documents"),
        MAX_DOCUMENTS_CHARS,
    );
    let place = read::optional_text(
        out,
        "selection.place",
        &step.place,
        key!("checks-label-selection-place"),
        MAX_PLACE_CHARS,
    );
    let contact = read::required_text(
        out,
        "selection.contact",
        &step.contact,
        key!("checks-label-contact"),
        MAX_CONTACT_CHARS,
    );
    if step.notice_by.is_empty() {
        out.add(
            "selection.notice_by",
            Text::new("checks-notice-by-required"),
        );
    }
    let publication = step.publication;
    match publication {
        None => out.add(
            "selection.publication",
            Text::new("checks-publication-required"),
        ),
        Some(range) if step.online_application && !allows_online_application(range) => out.add(
            "selection.online_application",
            Text::new("checks-online-application-range"),
        ),
        Some(_) => {}
    }
    if step.methods.is_empty() || step.notice_by.is_empty() {
        return None;
    }
    let mut methods = step.methods.clone();
    methods.sort();
    methods.dedup();
    let mut notice_by = step.notice_by.clone();
    notice_by.sort();
    notice_by.dedup();
    let publication = publication?;
    if step.online_application && !allows_online_application(publication) {
        return None;
    }
    Some(Selection {
        section: SelectionSection {
            openings: openings? as u16,
            methods: methods
                .iter()
                .map(|method| method.label().to_owned())
                .collect(),
            result_within_days: result_within_days? as u8,
            documents: documents?,
            place: place?,
            contact: Some(contact?),
            notice_by: notice_by
                .iter()
                .map(|notice| notice.label())
                .collect::<Vec<_>>()
                .join("、"),
        },
        publication,
        online_application: step.online_application,
    })
}
