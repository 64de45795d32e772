//! The 求人者マイページ's forms as pure logic: the 事業所情報 form ([`profile`]) with its checks
//! (the domain's, as the service makes them again), the opening of the MyPage on the 認証キー
//! flow ([`opening`]), the employer's home with the 事業所登録 and the form to correct and file
//! it again after a 返戻 ([`home`]), and the counselors' review of 事業所登録 with 受理 and 返戻
//! ([`review`]); 求人申込み: the employer's 求人一覧 ([`postings`]), one posting in the eight-step
//! editor or published with its actions ([`posting`]), and the counselors' 求人受理
//! ([`posting_review`]).

pub mod home;
pub mod opening;
pub mod posting;
pub mod posting_review;
pub mod postings;
pub mod profile;
pub mod review;
pub mod seeker_search;

use shigoto_i18n::key;
use shigoto_shared::{ApiError, EmployerRegistration, EmployerStatus};

pub use home::EmployerHomeState;
pub use opening::{EmployerOpeningFields, EmployerOpeningState};
pub use profile::ProfileForm;
pub use review::{DecisionKind, EmployerReviewState, ReviewDecision, ReviewRow};

/// The key of the note shown on the login screen after an employer MyPage was opened.
pub const EMPLOYER_OPENED_NOTICE: &str = key!("employer-opened-notice");

/// The key of the note shown on the employer's home after a returned registration was filed
/// again (the home's page looks it up).
pub const REFILED_NOTICE: &str = key!("employer-home-refiled");

/// The fields of [`EmployerProfile`], in the order of the form's boxes.
pub const PROFILE_FIELDS: [&str; 12] = [
    "name",
    "name_kana",
    "postal_code",
    "prefecture_code",
    "municipality_code",
    "address",
    "phone",
    "representative",
    "industry",
    "employees",
    "business",
    "homepage",
];

/// The name of a refused field of the profile: the opening's request names them `office.…`.
pub fn profile_field(err: &ApiError) -> ApiError {
    let mut err = err.clone();
    if let Some(field) = err.field.as_deref().and_then(|f| f.strip_prefix("office.")) {
        err.field = Some(field.to_owned());
    }
    err
}

/// The key of what a status is called in a few characters (the badge: 審査中, 返戻, 登録済み).
pub fn status_badge(status: EmployerStatus) -> &'static str {
    match status {
        EmployerStatus::Provisional => key!("employer-status-provisional-badge"),
        EmployerStatus::Returned => key!("employer-status-returned-badge"),
        EmployerStatus::Accepted => key!("employer-status-accepted-badge"),
    }
}

/// The key of a status's name beside its badge (事業所登録の審査中（仮登録）…).
pub fn status_name(status: EmployerStatus) -> &'static str {
    match status {
        EmployerStatus::Provisional => key!("employer-status-provisional-name"),
        EmployerStatus::Returned => key!("employer-status-returned-name"),
        EmployerStatus::Accepted => key!("employer-status-accepted-name"),
    }
}

/// The key of the explanation under the status of the employer's 事業所登録.
pub fn status_text(registration: &EmployerRegistration) -> &'static str {
    match registration.status {
        EmployerStatus::Provisional => key!("employer-status-provisional-text"),
        EmployerStatus::Returned => key!("employer-status-returned-text"),
        EmployerStatus::Accepted => key!("employer-status-accepted-text"),
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use shigoto_shared::{
        EmployerApplication, EmployerProfile, EmployerRegistration, EmployerStatus,
    };

    pub fn profile() -> EmployerProfile {
        EmployerProfile {
            name: "株式会社ひので商事".into(),
            name_kana: "カブシキガイシャヒノデショウジ".into(),
            postal_code: "100-0013".into(),
            prefecture_code: "13".into(),
            municipality_code: "13101".into(),
            address: "霞が関1-2-2".into(),
            phone: "03-1234-5678".into(),
            representative: "日野出 太郎".into(),
            industry: "卸売業，小売業".into(),
            employees: 42,
            business: "文房具の卸売".into(),
            homepage: None,
        }
    }

    pub fn registration(status: EmployerStatus) -> EmployerRegistration {
        EmployerRegistration {
            status,
            office_number: None,
            return_reason: (status == EmployerStatus::Returned).then(|| "電話番号".into()),
            profile: profile(),
        }
    }

    pub fn application(id: i64) -> EmployerApplication {
        EmployerApplication {
            id,
            email: "jinji@hinode.example.jp".into(),
            status: EmployerStatus::Provisional,
            submitted_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
                .and_then(|d| d.and_hms_opt(1, 30, 0))
                .expect("a real time"),
            office_number: None,
            return_reason: None,
            profile: profile(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    fn ja() -> &'static shigoto_i18n::Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    #[test]
    fn statuses_have_short_names() {
        let t = ja();
        assert_eq!(t.t(status_badge(EmployerStatus::Provisional)), "審査中");
        assert_eq!(t.t(status_badge(EmployerStatus::Returned)), "返戻");
        assert_eq!(t.t(status_badge(EmployerStatus::Accepted)), "登録済み");
        assert_eq!(
            t.t(status_name(EmployerStatus::Provisional)),
            EmployerStatus::Provisional.label()
        );
        assert!(t
            .t(status_text(&registration(EmployerStatus::Returned)))
            .contains("再申請"));
    }
}
