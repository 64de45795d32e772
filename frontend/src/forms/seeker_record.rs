//! A counselor's 求職者の記録: the 求職番号 typed to open a seeker (checked with the domain's
//! rule before asking), and one seeker's record with the counter's 求職有効, their applications
//! and results, and 紹介 to a posting by its 求人番号.

use chrono::NaiveDate;
use shigoto_domain::account::parse_seeker_number;
use shigoto_domain::JobNumber;
use shigoto_shared::{
    ApiError, JobSeekingState, MyApplication, ReferralRequest, RegistrationStatus, SeekerRecord,
};

use crate::forms::account::error_message;
use crate::state::lang::shown_texts;

/// The form that opens a seeker by 求職番号.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeekerDeskState {
    pub number: String,
    pub error: Option<String>,
}

impl SeekerDeskState {
    /// 「開く」: the normalized 求職番号, or the reason it is not one (kept for the box).
    pub fn open(&mut self) -> Option<String> {
        match parse_seeker_number(&self.number) {
            Ok(number) => {
                self.error = None;
                Some(number)
            }
            Err(err) => {
                self.error = Some(shown_texts().text(&err.text()));
                None
            }
        }
    }
}

/// One seeker's record (`/counselor/seekers/{n}`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeekerRecordState {
    pub record: Option<SeekerRecord>,
    pub loading: bool,
    /// Why the record could not be read (unknown here, another prefecture's, offline).
    pub load_error: Option<String>,
    /// The counter's 求職有効 is being sent.
    pub busy: bool,
    pub error: Option<String>,
    /// 求職有効 was taken: the seeker's new 有効期限.
    pub notice: Option<NaiveDate>,
}

impl SeekerRecordState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<SeekerRecord, ApiError>) {
        self.loading = false;
        match result {
            Ok(record) => self.record = Some(record),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// Whether the counter's 求職有効 is offered: a 本登録 that is 無効 today.
    pub fn can_reactivate(&self) -> bool {
        self.record.as_ref().is_some_and(|r| {
            r.registration == RegistrationStatus::Registered
                && r.seeking.state == JobSeekingState::Invalid
        })
    }

    /// 「求職有効にする」: whether to send it (not twice, only when offered).
    pub fn reactivating(&mut self) -> bool {
        if self.busy || !self.can_reactivate() {
            return false;
        }
        self.busy = true;
        self.error = None;
        self.notice = None;
        true
    }

    pub fn reactivated(&mut self, result: Result<SeekerRecord, ApiError>) {
        self.busy = false;
        match result {
            Ok(record) => {
                self.notice = Some(record.seeking.valid_until);
                self.record = Some(record);
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

impl SeekerRecordState {
    /// The record as an action at the counter left it (a 職業相談 may have extended it).
    pub fn changed(&mut self, record: SeekerRecord) {
        self.record = Some(record);
    }
}

/// A referral made: the posting's 求人番号 and 職種.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referred {
    pub job_number: String,
    pub title: String,
}

/// A seeker's applications on their record, and the 紹介 form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReferralsState {
    pub applications: Option<Vec<MyApplication>>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// 求人番号 as typed.
    pub job_number: String,
    pub busy: bool,
    pub error: Option<String>,
    /// The referral just made.
    pub notice: Option<Referred>,
}

impl ReferralsState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<Vec<MyApplication>, ApiError>) {
        self.loading = false;
        match result {
            Ok(items) => self.applications = Some(items),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// 「紹介する」: the request, or why the 求人番号 is not one (checked as the domain reads it).
    pub fn request(&self) -> Result<ReferralRequest, String> {
        JobNumber::parse(&self.job_number)
            .map(|number| ReferralRequest {
                job_number: number.as_str().to_owned(),
            })
            .map_err(|err| shown_texts().text(&err.text()))
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// The answer: the referral heads the list and the form empties, or the refusal is shown.
    pub fn sent(&mut self, result: Result<MyApplication, ApiError>) {
        self.busy = false;
        match result {
            Ok(referred) => {
                self.notice = Some(Referred {
                    job_number: referred.job_number.clone(),
                    title: referred.title.clone(),
                });
                self.job_number.clear();
                self.applications
                    .get_or_insert_with(Vec::new)
                    .insert(0, referred);
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::{ErrorCode, SeekingStatus};

    fn record(registration: RegistrationStatus, state: JobSeekingState) -> SeekerRecord {
        SeekerRecord {
            seeker_number: "13010-00000001".into(),
            name: "山田 太郎".into(),
            name_kana: "ヤマダ タロウ".into(),
            birth_date: NaiveDate::from_ymd_opt(1990, 4, 1).unwrap(),
            email: "taro@example.jp".into(),
            office_code: "13010".into(),
            applied_on: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            registration,
            seeking: SeekingStatus {
                state,
                valid_until: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
                expires_soon: false,
                can_switch_online: false,
            },
            has_mypage: true,
            profile: None,
            published_since: None,
            requests: vec![],
        }
    }

    #[test]
    fn a_referral_takes_a_job_number_as_typed_and_heads_the_list() {
        let mut state = ReferralsState {
            job_number: "13010-1".into(),
            ..ReferralsState::default()
        };
        assert!(state.request().is_err());
        state.job_number = "１３０１０－０００００００２".into();
        assert_eq!(state.request().unwrap().job_number, "13010-00000002");
        state.loaded(Ok(Vec::new()));
        state.sending();
        let referred = MyApplication {
            id: 7,
            job_number: "13010-00000002".into(),
            title: "倉庫内軽作業".into(),
            employer_name: Some("株式会社しごと商事".into()),
            kind: shigoto_shared::ApplicationKind::Referred,
            status: shigoto_shared::ApplicationStatus::InProgress,
            applied_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            decided_on: None,
            result_reason: None,
            documents: Vec::new(),
        };
        state.sent(Ok(referred));
        assert_eq!(state.applications.as_ref().unwrap()[0].id, 7);
        assert!(state.job_number.is_empty() && state.notice.is_some());
    }

    #[test]
    fn the_desk_opens_a_well_formed_number_only() {
        let mut desk = SeekerDeskState {
            number: "１３０１０－０００００００１".into(),
            error: None,
        };
        assert_eq!(desk.open().as_deref(), Some("13010-00000001"));
        desk.number = "13010".into();
        assert_eq!(desk.open(), None);
        assert!(desk.error.as_deref().unwrap().contains("12345-12345678"));
    }

    #[test]
    fn only_a_lapsed_registration_is_reactivated_once() {
        let mut state = SeekerRecordState::default();
        assert!(!state.reactivating(), "nothing loaded");
        state.loaded(Ok(record(
            RegistrationStatus::Registered,
            JobSeekingState::Valid,
        )));
        assert!(!state.reactivating(), "有効");
        state.record = Some(record(
            RegistrationStatus::Provisional,
            JobSeekingState::Invalid,
        ));
        assert!(!state.reactivating(), "仮登録");
        state.record = Some(record(
            RegistrationStatus::Registered,
            JobSeekingState::Invalid,
        ));
        assert!(state.reactivating());
        assert!(!state.reactivating(), "not twice");
        let mut renewed = record(RegistrationStatus::Registered, JobSeekingState::Valid);
        renewed.seeking.valid_until = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        state.reactivated(Ok(renewed));
        assert_eq!(state.notice, NaiveDate::from_ymd_opt(2026, 12, 31));
        assert!(!state.can_reactivate());
        state.reactivated(Err(ApiError::new(
            ErrorCode::Conflict,
            "求職状態はすでに有効です。",
        )));
        assert_eq!(state.error.as_deref(), Some("求職状態はすでに有効です。"));
    }
}
