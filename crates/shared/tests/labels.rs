//! Every value of every `labelled_enum!` list has its label in both catalogues, and the
//! Japanese catalogue says what the list says (the reference).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_i18n::{catalogue, Lang};
use shigoto_shared::*;

fn check<T: Labelled>() {
    for value in T::VALUES {
        let key = value.label_key();
        for lang in Lang::ALL {
            assert!(catalogue(lang).has(key), "{key} missing in {}", lang.tag());
        }
        assert_eq!(catalogue(Lang::Ja).t(key), value.japanese_label(), "{key}");
    }
}

#[test]
fn every_label_is_in_both_catalogues() {
    check::<JobSeekingState>();
    check::<ApplicationKind>();
    check::<ApplicationStatus>();
    check::<DocumentKind>();
    check::<ActivityKind>();
    check::<CounsellingTopic>();
    check::<RequestAnswer>();
    check::<IntroductionKind>();
    check::<JobCategory>();
    check::<WorkStyle>();
    check::<EmploymentType>();
    check::<PublicationRange>();
    check::<WageKind>();
    check::<TwoDaysOff>();
    check::<RemoteWork>();
    check::<JobStatus>();
    check::<JobFeature>();
    check::<ThreadParty>();
    check::<MessageSide>();
    check::<PostingStep>();
    check::<AgeLimitReason>();
    check::<SelectionMethod>();
    check::<ResultNotice>();
    check::<PostingStatus>();
    check::<EducationStatus>();
    check::<DesiredWageKind>();
    check::<StartTiming>();
    check::<AgeBracket>();
    // A list added later must be added above.
    let lists: usize = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
        .unwrap()
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default())
        .map(|source| source.matches("labelled_enum!(").count())
        .sum();
    assert_eq!(lists, 28, "a labelled_enum! list is not checked here");
}
