use chrono::NaiveDate;
use shigoto_shared::{
    ContactDetails, DesiredConditions, DesiredWageKind, EducationEntry, EducationStatus,
    EmploymentType, SeekerProfile, StartTiming, WorkHistoryEntry,
};

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("a day")
}

/// A full profile as a person would type it (full-width digits, loose 年月).
pub(crate) fn typed() -> SeekerProfile {
    SeekerProfile {
        contact: ContactDetails {
            phone: "０３ー１２３４ー５６７８".into(),
            postal_code: "1000013".into(),
            prefecture_code: "13".into(),
            address: " 千代田区霞が関1-2-2 ".into(),
        },
        education: vec![EducationEntry {
            school: "東京都立大学".into(),
            department: "経済学部".into(),
            finished: "2015年3月".into(),
            status: Some(EducationStatus::Graduated),
        }],
        work_history: vec![
            WorkHistoryEntry {
                employer: "株式会社みなと商事".into(),
                occupation_code: "251".into(),
                employment_type: Some(EmploymentType::Regular),
                from: "2019/4".into(),
                to: String::new(),
                duties: "総務・経理の事務".into(),
            },
            WorkHistoryEntry {
                employer: "さくら物流株式会社".into(),
                occupation_code: String::new(),
                employment_type: None,
                from: "2015-04".into(),
                to: "2019-03".into(),
                duties: String::new(),
            },
        ],
        licences: vec![
            "普通自動車第一種運転免許".into(),
            " ".into(),
            "日商簿記検定2級".into(),
            "普通自動車第一種運転免許".into(),
        ],
        desired: DesiredConditions {
            occupations: vec!["251".into(), "25".into()],
            areas: vec!["13".into(), "14101".into()],
            employment_types: vec![EmploymentType::PartTime, EmploymentType::Regular],
            wage_kind: Some(DesiredWageKind::Monthly),
            wage_min: "２５０，０００".into(),
            hours_from: "9:00".into(),
            hours_to: "１８：００".into(),
            start: Some(StartTiming::From),
            start_on: NaiveDate::from_ymd_opt(2027, 1, 5),
        },
    }
}

#[test]
fn an_empty_profile_may_be_kept() {
    assert_eq!(
        check(&SeekerProfile::default(), today()),
        Ok(SeekerProfile::default())
    );
}

#[test]
fn a_typed_profile_is_kept_normalised() {
    let kept = check(&typed(), today()).expect("a right profile");
    assert_eq!(kept.contact.phone, "03-1234-5678");
    assert_eq!(kept.contact.postal_code, "100-0013");
    assert_eq!(kept.contact.address, "千代田区霞が関1-2-2");
    assert_eq!(kept.education[0].finished, "2015-03");
    assert_eq!(kept.work_history[0].from, "2019-04");
    assert_eq!(kept.work_history[0].to, "");
    assert_eq!(
        kept.licences,
        vec!["普通自動車第一種運転免許", "日商簿記検定2級"]
    );
    assert_eq!(kept.desired.wage_min, "250000");
    assert_eq!(kept.desired.hours_to, "18:00");
    assert_eq!(
        kept.desired.employment_types,
        vec![EmploymentType::Regular, EmploymentType::PartTime]
    );
    assert_eq!(
        check(&kept, today()),
        Ok(kept.clone()),
        "checking twice changes nothing"
    );
}

fn problems_of(profile: &SeekerProfile) -> Vec<String> {
    check(profile, today())
        .expect_err("a wrong profile")
        .into_vec()
        .into_iter()
        .map(|p| p.field)
        .collect()
}

#[test]
fn each_wrong_box_is_named() {
    let mut profile = typed();
    profile.contact.phone = "12345".into();
    profile.contact.postal_code = "100-001".into();
    profile.education[0].finished = "2015".into();
    profile.work_history[1].to = "2014-03".into();
    profile.work_history[0].occupation_code = "999".into();
    profile.desired.wage_min = "25".into();
    profile.desired.hours_to = String::new();
    profile.desired.start_on = NaiveDate::from_ymd_opt(2026, 11, 24);
    assert_eq!(
        problems_of(&profile),
        vec![
            "contact.phone",
            "contact.postal_code",
            "education.0.finished",
            "work_history.0.occupation_code",
            "work_history.1.to",
            "desired.wage_min",
            "desired.hours_to",
            "desired.start_on",
        ]
    );
}

#[test]
fn dates_cannot_lie_ahead_except_an_expected_graduation() {
    let mut profile = SeekerProfile {
        education: vec![EducationEntry {
            school: "専門学校".into(),
            department: String::new(),
            finished: "2027-03".into(),
            status: Some(EducationStatus::Graduated),
        }],
        ..SeekerProfile::default()
    };
    assert_eq!(problems_of(&profile), vec!["education.0.finished"]);
    profile.education[0].status = Some(EducationStatus::Expected);
    assert!(check(&profile, today()).is_ok());
    profile.education[0].finished = "2026-10".into();
    assert_eq!(problems_of(&profile), vec!["education.0.finished"]);
    profile.education[0].status = Some(EducationStatus::Enrolled);
    profile.education[0].finished = String::new();
    assert!(check(&profile, today()).is_ok(), "在学中 needs no month");
    profile.work_history = vec![WorkHistoryEntry {
        employer: "未来の会社".into(),
        from: "2026-12".into(),
        ..WorkHistoryEntry::default()
    }];
    assert_eq!(problems_of(&profile), vec!["work_history.0.from"]);
}

#[test]
fn lists_are_bounded() {
    let mut profile = SeekerProfile {
        licences: (0..=MAX_LICENCES).map(|i| format!("資格{i}")).collect(),
        ..SeekerProfile::default()
    };
    profile.desired.occupations = vec!["251".into(), "252".into(), "25".into(), "C".into()];
    profile.desired.areas = vec!["13".into(), "99".into()];
    profile.work_history = vec![
        WorkHistoryEntry {
            employer: "会社".into(),
            from: "2020-01".into(),
            ..WorkHistoryEntry::default()
        };
        MAX_WORK_HISTORY + 1
    ];
    assert_eq!(
        problems_of(&profile),
        vec![
            "work_history",
            "licences",
            "desired.occupations",
            "desired.areas"
        ]
    );
}

#[test]
fn a_wage_needs_its_kind_and_a_start_day_its_timing() {
    let mut profile = SeekerProfile::default();
    profile.desired.wage_min = "1200".into();
    assert_eq!(problems_of(&profile), vec!["desired.wage_kind"]);
    profile.desired.wage_kind = Some(DesiredWageKind::Hourly);
    assert!(check(&profile, today()).is_ok());
    profile.desired.start = Some(StartTiming::From);
    assert_eq!(problems_of(&profile), vec!["desired.start_on"]);
    profile.desired.start = Some(StartTiming::Immediately);
    profile.desired.start_on = Some(today());
    let kept = check(&profile, today()).expect("kept");
    assert_eq!(
        kept.desired.start_on, None,
        "a day without 日付を指定 is dropped"
    );
    profile.desired.wage_min = String::new();
    let kept = check(&profile, today()).expect("kept");
    assert_eq!(
        kept.desired.wage_kind, None,
        "a kind without an amount is dropped"
    );
}

#[test]
fn an_address_needs_its_prefecture() {
    let mut profile = SeekerProfile::default();
    profile.contact.address = "霞が関1-2-2".into();
    assert_eq!(problems_of(&profile), vec!["contact.prefecture_code"]);
}

#[test]
fn problems_are_written_in_each_language() {
    use shigoto_i18n::{catalogue, Lang};
    let mut profile = typed();
    profile.education[0].finished = "2015".into();
    profile.desired.wage_min = "25".into();
    profile.licences = vec!["あ".repeat(MAX_LICENCE_CHARS + 1)];
    let problems = check(&profile, today()).expect_err("a wrong profile");
    let ja = |field: &str| catalogue(Lang::Ja).text(problems.on(field).expect(field));
    assert_eq!(
        ja("education.0.finished"),
        "年月は「2020-04」や「2020年4月」のように年と月で入力してください。"
    );
    assert_eq!(
        ja("desired.wage_min"),
        "希望賃金（月給・円）は10000から10000000までの数字で入力してください。"
    );
    assert_eq!(
        ja("licences"),
        "免許・資格は1つ50文字以内で入力してください（「ああああああああああ…」がいま51文字）。"
    );
    assert_eq!(
        catalogue(Lang::En).text(problems.on("desired.wage_min").unwrap()),
        "Enter the desired wage (monthly, in yen) as a number from 10000 to 10000000."
    );
    assert_eq!(
        catalogue(Lang::En).text(problems.on("education.0.finished").unwrap()),
        "Enter the month you graduated or left as a year and month, like \"2020-04\" or \"2020年4月\"."
    );
}
