use chrono::NaiveDate;
use proptest::prelude::*;
use shigoto_shared::{
    AgeBracket, ContactDetails, EducationEntry, EducationStatus, JobSeekingState,
    RegistrationStatus, SeekerProfile, WorkHistoryEntry,
};

use super::*;
use crate::profile::check;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn born(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn line(employer: &str, code: &str, from: &str, to: &str) -> WorkHistoryEntry {
    WorkHistoryEntry {
        employer: employer.into(),
        occupation_code: code.into(),
        employment_type: None,
        from: from.into(),
        to: to.into(),
        duties: String::new(),
    }
}

#[test]
fn ages_are_told_by_the_decade() {
    assert_eq!(age_bracket(born(2007, 11, 26), today()), AgeBracket::Teens);
    assert_eq!(
        age_bracket(born(2006, 11, 25), today()),
        AgeBracket::Twenties
    );
    assert_eq!(age_bracket(born(1987, 1, 1), today()), AgeBracket::Thirties);
    assert_eq!(
        age_bracket(born(1950, 1, 1), today()),
        AgeBracket::Seventies
    );
}

#[test]
fn experience_sums_years_per_middle_group() {
    let profile = SeekerProfile {
        work_history: vec![
            line("A社", "251", "2019-04", ""), // 総務事務員 → 25, 7 years 7 months
            line("B社", "25", "2015-04", "2017-03"), // 25, 2 years
            line("C社", "", "2010-04", "2015-03"), // no occupation: left out
            line("D社", "C", "2017-04", "2018-03"), // a 大分類 is no 中分類: left out
        ],
        ..SeekerProfile::default()
    };
    let found = experience(&profile, today());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].occupation_code, "25");
    assert_eq!(found[0].years, 9, "7y7m + 1y11m = 9y6m");
}

#[test]
fn publishing_needs_a_valid_registration_and_something_to_search_by() {
    let mut profile = SeekerProfile::default();
    let registered = RegistrationStatus::Registered;
    assert_eq!(
        may_publish(registered, JobSeekingState::Valid, &profile),
        Err(PublishRefused::NothingToSearchBy)
    );
    profile.desired.occupations = vec!["25".into()];
    profile.desired.areas = vec!["13".into()];
    assert_eq!(
        may_publish(registered, JobSeekingState::Valid, &profile),
        Ok(())
    );
    assert_eq!(
        may_publish(registered, JobSeekingState::Invalid, &profile),
        Err(PublishRefused::NotValid)
    );
    assert_eq!(
        may_publish(
            RegistrationStatus::Provisional,
            JobSeekingState::Valid,
            &profile
        ),
        Err(PublishRefused::NotRegistered)
    );
    let texts = |lang| shigoto_i18n::catalogue(lang).text(&PublishRefused::NotValid.text());
    assert_eq!(
        texts(shigoto_i18n::Lang::Ja),
        "求職状態が無効のため公開できません。求職者情報・設定の各種設定から求職有効にしてください。"
    );
    assert!(texts(shigoto_i18n::Lang::En).contains("your job seeking status is inactive"));
}

/// Words no label, code or number of the view could contain by chance.
fn personal() -> impl Strategy<Value = String> {
    "[ぁ-ゖ]{2,6}[漢字個人情報秘密]{2,4}".prop_map(|s| format!("私{s}"))
}

fn digits(n: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, n).prop_map(|d| d.iter().map(|x| x.to_string()).collect())
}

proptest! {
    /// No personal part of a profile ever reaches the employer's view: not the contact details,
    /// the school, the past employers and their duties, nor the birth date.
    #[test]
    fn no_personal_field_reaches_the_employers_view(
        school in personal(),
        department in personal(),
        employer in personal(),
        duties in personal(),
        address in personal(),
        phone_tail in digits(8),
        postal in digits(7),
        birth_year in 1950i32..2008,
        birth_day in 1u32..29,
    ) {
        let profile = SeekerProfile {
            contact: ContactDetails {
                phone: format!("03{phone_tail}"),
                postal_code: postal.clone(),
                prefecture_code: "13".into(),
                address: address.clone(),
            },
            education: vec![EducationEntry {
                school: school.clone(),
                department: department.clone(),
                finished: "2015-03".into(),
                status: Some(EducationStatus::Graduated),
            }],
            work_history: vec![WorkHistoryEntry {
                duties: duties.clone(),
                ..line(&employer, "251", "2019-04", "")
            }],
            licences: vec!["普通自動車第一種運転免許".into()],
            ..SeekerProfile::default()
        };
        let profile = check(&profile, today()).expect("a right profile");
        let birth = born(birth_year, 5, birth_day);
        let shown = serde_json::to_string(&anonymous_view(&profile, birth, today())).unwrap();
        for secret in [&school, &department, &employer, &duties, &address,
                       &profile.contact.phone, &profile.contact.postal_code,
                       &phone_tail, &postal] {
            prop_assert!(!shown.contains(secret.as_str()), "{secret} in {shown}");
        }
        prop_assert!(!shown.contains(&birth.to_string()));
        prop_assert!(!shown.contains(&birth_year.to_string()));
    }
}
