//! Which searchable conditions (`JobFeature`) a 求人票 offers, derived from its fields so a
//! posting can never claim a tag its sheet contradicts.

use shigoto_shared::{JobFeature, JobSheet, PublicationRange, RemoteWork};

/// Overtime at or below this many hours a month counts as 「残業月10時間以内」.
const LITTLE_OVERTIME_HOURS: u16 = 10;

/// The features of a sheet, in `JobFeature::ALL` order.
pub fn of(sheet: &JobSheet) -> Vec<JobFeature> {
    JobFeature::ALL
        .iter()
        .copied()
        .filter(|feature| offers(sheet, *feature))
        .collect()
}

/// Whether a sheet offers one feature.
pub fn offers(sheet: &JobSheet, feature: JobFeature) -> bool {
    let work = &sheet.work;
    match feature {
        JobFeature::NoEducationRequired => work.education.is_none(),
        JobFeature::NoExperienceRequired => work.experience.is_none(),
        JobFeature::NoLicenseRequired => work.licenses.is_empty(),
        JobFeature::CarCommute => work.place.car_commute,
        JobFeature::NoTransfer => !work.transfer,
        JobFeature::RemoteWork => work.remote_work != RemoteWork::None,
        JobFeature::UijTurn => work.uij_turn,
        JobFeature::WeekendsOff => sheet.hours.weekends_off,
        JobFeature::LittleOvertime => sheet.hours.overtime_hours <= LITTLE_OVERTIME_HOURS,
        JobFeature::Housing => sheet.conditions.housing,
        JobFeature::Childcare => sheet.conditions.childcare,
        JobFeature::SeniorsWelcome => work.age.max.is_none_or(|max| max >= 60),
        JobFeature::OnlineApplication => accepts_online_application(sheet),
    }
}

/// Online self-application is possible only where the employer opted in and the publication
/// range shows the company name (全公開 or 限定公開).
pub fn accepts_online_application(sheet: &JobSheet) -> bool {
    sheet.online_application
        && matches!(
            sheet.publication,
            PublicationRange::Full | PublicationRange::RegisteredOnly
        )
}
