//! The demo job seeker's 求職者情報, published (求職情報公開), so the demo employer finds
//! someone on 求職者を探す and the seeker's screens show a filled-in profile.

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::profile::publication::anonymous_view;
use shigoto_server_db::AnyConnection;
use shigoto_shared::{
    ContactDetails, DesiredConditions, DesiredWageKind, EducationEntry, EducationStatus,
    EmploymentType, SeekerProfile, StartTiming, WorkHistoryEntry,
};

use crate::admin::AdminError;

/// What the demo seeker keeps (the address marked as a demo).
pub fn demo_profile() -> SeekerProfile {
    SeekerProfile {
        contact: ContactDetails {
            phone: "090-0000-1234".into(),
            postal_code: "100-0013".into(),
            prefecture_code: "13".into(),
            address: "千代田区霞が関1-2-2（デモ）".into(),
        },
        education: vec![EducationEntry {
            school: "見本大学".into(),
            department: "経済学部".into(),
            finished: "2019-03".into(),
            status: Some(EducationStatus::Graduated),
        }],
        work_history: vec![WorkHistoryEntry {
            employer: "見本商事株式会社".into(),
            occupation_code: "251".into(),
            employment_type: Some(EmploymentType::Regular),
            from: "2019-04".into(),
            to: String::new(),
            duties: "総務・経理の事務、請求書の発行".into(),
        }],
        licences: vec!["普通自動車第一種運転免許".into(), "日商簿記検定2級".into()],
        desired: DesiredConditions {
            occupations: vec!["25".into()],
            areas: vec!["13".into()],
            employment_types: vec![EmploymentType::Regular],
            wage_kind: Some(DesiredWageKind::Monthly),
            wage_min: "230000".into(),
            hours_from: "9:00".into(),
            hours_to: "18:00".into(),
            start: Some(StartTiming::Immediately),
            start_on: None,
        },
    }
}

/// Publishes the demo seeker's profile as they would after its preview.
pub fn publish(
    conn: &mut AnyConnection,
    seeker_id: i64,
    birth_date: NaiveDate,
    (today, now): (NaiveDate, NaiveDateTime),
) -> Result<(), AdminError> {
    let view = anonymous_view(&demo_profile(), birth_date, today);
    crate::routes::publication::store(conn, seeker_id, &view, now)?;
    Ok(())
}
