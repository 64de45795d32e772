//! 「この事業所の求人を表示しない」: which postings a hidden employer leaves out of a job seeker's
//! results.
//!
//! A hide is made from one posting and keeps that posting's 公開範囲. It leaves out the
//! employer's postings published to the same range and, when the seeker sees the employer named
//! on both, those of any range that names it. It never reaches across the line between the
//! postings that name the employer to this seeker and those that do not: were hiding from a
//! posting without the name to drop the employer's named postings (or the other way round),
//! comparing the results before and after would tell who the unnamed employer is. The line is
//! drawn for the seeker as they are now (see [`visibility::hides_employer`]): a 「マイページ開設者
//! に限定」 posting names its employer only once their registration is complete.
//!
//! The same line keeps near-duplicate groups apart ([`crate::near_duplicates::GroupScope`]).

use shigoto_shared::PublicationRange;

use crate::visibility::{self, Viewer};

/// One hidden employer as a search leaves it out: its postings published to these ranges.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LeftOut {
    /// 事業所番号.
    pub office_number: String,
    /// The 公開範囲 whose postings are left out, in [`PublicationRange::ALL`]'s order.
    pub publications: Vec<PublicationRange>,
}

/// Whether a hide made from a posting published to `hidden_from` leaves out a posting of the
/// same employer published to `posting`, for `viewer`.
pub fn reaches(hidden_from: PublicationRange, posting: PublicationRange, viewer: Viewer) -> bool {
    hidden_from == posting
        || (!visibility::hides_employer(hidden_from, viewer)
            && !visibility::hides_employer(posting, viewer))
}

/// Whether the list of hides may name the employer of one made from a posting published to
/// `hidden_from` that is now published to `now`: only when neither hides the name from
/// `viewer`. Naming a hide made while the posting did not name its employer would tell whose
/// unnamed postings it leaves out.
pub fn may_name(hidden_from: PublicationRange, now: PublicationRange, viewer: Viewer) -> bool {
    !visibility::hides_employer(hidden_from, viewer) && !visibility::hides_employer(now, viewer)
}

/// What `viewer`'s search leaves out for the kept hides, each an employer's 事業所番号 and the
/// 公開範囲 of the posting it was hidden from. Hides that leave out the same postings (one
/// employer hidden from postings that both name it) are one employer, counted once; a hide
/// that leaves out nothing (made from a posting no longer published) is not counted.
pub fn left_out(
    hides: impl IntoIterator<Item = (String, PublicationRange)>,
    viewer: Viewer,
) -> Vec<LeftOut> {
    let mut left_out: Vec<LeftOut> = hides
        .into_iter()
        .map(|(office_number, hidden_from)| LeftOut {
            office_number,
            publications: PublicationRange::ALL
                .iter()
                .copied()
                .filter(|&range| visibility::is_visible(range, viewer))
                .filter(|&range| reaches(hidden_from, range, viewer))
                .collect(),
        })
        .filter(|hidden: &LeftOut| !hidden.publications.is_empty())
        .collect();
    left_out.sort();
    left_out.dedup();
    left_out
}

#[cfg(test)]
mod tests {
    use super::*;
    use PublicationRange::{Full, NoCompanyName, NotPublished, RegisteredOnly};

    fn hide(office: &str, from: PublicationRange) -> (String, PublicationRange) {
        (office.to_owned(), from)
    }

    #[test]
    fn a_hide_from_a_named_posting_leaves_out_every_posting_that_names_the_employer() {
        assert_eq!(
            left_out([hide("1301-1", Full)], Viewer::RegisteredSeeker),
            vec![LeftOut {
                office_number: "1301-1".into(),
                publications: vec![Full, RegisteredOnly],
            }]
        );
        // Before 本登録, 「マイページ開設者に限定」 postings do not name it.
        assert_eq!(
            left_out([hide("1301-1", Full)], Viewer::Seeker)[0].publications,
            vec![Full]
        );
    }

    #[test]
    fn a_hide_from_an_unnamed_posting_leaves_out_only_its_own_range() {
        for viewer in [Viewer::Seeker, Viewer::RegisteredSeeker] {
            assert_eq!(
                left_out([hide("1301-1", NoCompanyName)], viewer)[0].publications,
                vec![NoCompanyName]
            );
        }
        assert_eq!(
            left_out([hide("1301-1", RegisteredOnly)], Viewer::Seeker)[0].publications,
            vec![RegisteredOnly]
        );
    }

    #[test]
    fn no_hide_crosses_between_named_and_unnamed_postings() {
        for viewer in [Viewer::Anonymous, Viewer::Seeker, Viewer::RegisteredSeeker] {
            for &from in PublicationRange::ALL {
                for &posting in PublicationRange::ALL {
                    if reaches(from, posting, viewer) {
                        assert_eq!(
                            visibility::hides_employer(from, viewer),
                            visibility::hides_employer(posting, viewer),
                            "{from:?} reaches {posting:?} for {viewer:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn hides_that_leave_out_the_same_postings_count_once() {
        let hides = [
            hide("1301-2", NoCompanyName),
            hide("1301-1", RegisteredOnly),
            hide("1301-1", Full),
            hide("1301-2", Full),
        ];
        let registered = left_out(hides.clone(), Viewer::RegisteredSeeker);
        assert_eq!(registered.len(), 3, "{registered:?}");
        // Before 本登録 the 「限定」 posting's hide is its own.
        assert_eq!(left_out(hides, Viewer::Seeker).len(), 4);
    }

    #[test]
    fn unpublished_postings_are_never_searched_so_never_left_out() {
        assert_eq!(left_out([hide("1301-1", NotPublished)], Viewer::Seeker), []);
    }

    #[test]
    fn a_hide_made_while_its_posting_hid_the_name_is_never_named() {
        let viewer = Viewer::RegisteredSeeker;
        assert!(may_name(Full, RegisteredOnly, viewer));
        assert!(
            !may_name(NoCompanyName, Full, viewer),
            "the posting named it later"
        );
        assert!(
            !may_name(Full, NoCompanyName, viewer),
            "the posting hides it now"
        );
        assert!(!may_name(RegisteredOnly, Full, Viewer::Seeker));
    }
}
