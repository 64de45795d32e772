//! Step 7, 求人PR: 会社の特長, 求人に関する特記事項 and 備考, all optional.

use shigoto_i18n::key;
use shigoto_shared::{NotesSection, PostingForm};

use super::Problems;
use crate::read;

/// Longest 会社の特長, 特記事項 and 備考.
pub const MAX_PR_CHARS: usize = 500;

/// Step 7 read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pr {
    /// 会社の特長.
    pub features: String,
    pub notes: NotesSection,
}

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<Pr> {
    let step = &form.pr;
    let features = read::optional_text(
        out,
        "pr.features",
        &step.features,
        key!("checks-label-features"),
        MAX_PR_CHARS,
    );
    let special = read::optional_text(
        out,
        "pr.special",
        &step.special,
        key!("checks-label-special"),
        MAX_PR_CHARS,
    );
    let remarks = read::optional_text(
        out,
        "pr.remarks",
        &step.remarks,
        key!("checks-label-remarks"),
        MAX_PR_CHARS,
    );
    Some(Pr {
        features: features?.unwrap_or_default(),
        notes: NotesSection {
            special: special?.unwrap_or_default(),
            remarks: remarks?.unwrap_or_default(),
        },
    })
}
