//! [`HiddenEmployers`]: the employers a job seeker hid from their results, as the screens show
//! them: the list of MyPage's 「非表示の事業所」, which posting is being hidden or shown again,
//! a refusal, and the notice with 「元に戻す」 after a hide.

use std::rc::Rc;

use shigoto_shared::{ApiError, HiddenEmployerItem};

use crate::forms::account::error_message;

/// What was just hidden, for the notice 「…の求人を表示しないようにしました。［元に戻す］」.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenNotice {
    /// The posting it was hidden from (what shows it again).
    pub job_number: String,
    /// The employer's name as the list showed it (`None`: 事業所名非公開).
    pub employer_name: Option<String>,
    /// 職種 of that posting, to name an employer without a public name.
    pub title: String,
}

/// The hidden employers on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HiddenEmployers {
    /// The list, once read.
    pub items: Option<Rc<Vec<HiddenEmployerItem>>>,
    /// The posting whose employer is being hidden or shown, waiting for the app's answer.
    pub busy: Option<String>,
    /// The last refusal, shown where it was asked.
    pub error: Option<String>,
    pub notice: Option<HiddenNotice>,
}

impl HiddenEmployers {
    /// Hiding or showing from `job_number` starts; false while another one is under way.
    pub fn started(&mut self, job_number: &str) -> bool {
        if self.busy.is_some() {
            return false;
        }
        self.busy = Some(job_number.to_owned());
        self.error = None;
        true
    }

    /// The app answered a hide (`notice` = what to tell) or a show (`None`).
    pub fn answered(
        &mut self,
        notice: Option<HiddenNotice>,
        result: Result<Vec<HiddenEmployerItem>, ApiError>,
    ) {
        self.busy = None;
        match result {
            Ok(items) => {
                self.items = Some(Rc::new(items));
                self.notice = notice;
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// The list was read.
    pub fn loaded(&mut self, result: Result<Vec<HiddenEmployerItem>, ApiError>) {
        match result {
            Ok(items) => self.items = Some(Rc::new(items)),
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// The notice was closed (or the person searched again).
    pub fn close_notice(&mut self) {
        self.notice = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::ErrorCode;

    fn item(number: &str) -> HiddenEmployerItem {
        HiddenEmployerItem {
            job_number: number.into(),
            employer_name: Some("株式会社しごと商事".into()),
            title: Some("一般事務".into()),
            hidden_at: NaiveDate::from_ymd_opt(2027, 1, 5)
                .and_then(|d| d.and_hms_opt(1, 0, 0))
                .unwrap(),
            pending: false,
        }
    }

    #[test]
    fn one_change_at_a_time_and_its_answer_lands() {
        let mut hidden = HiddenEmployers::default();
        assert!(hidden.started("13010-00000001"));
        assert!(!hidden.started("13010-00000002"), "one at a time");
        let notice = HiddenNotice {
            job_number: "13010-00000001".into(),
            employer_name: Some("株式会社しごと商事".into()),
            title: "一般事務".into(),
        };
        hidden.answered(Some(notice.clone()), Ok(vec![item("13010-00000001")]));
        assert_eq!(hidden.busy, None);
        assert_eq!(hidden.notice, Some(notice));
        assert_eq!(hidden.items.as_ref().map(|i| i.len()), Some(1));

        assert!(hidden.started("13010-00000001"));
        let refused = ApiError::new(
            ErrorCode::LimitExceeded,
            "非表示にできる事業所は100社までです。",
        );
        hidden.answered(None, Err(refused));
        assert_eq!(
            hidden.error.as_deref(),
            Some("非表示にできる事業所は100社までです。")
        );
        assert_eq!(
            hidden.items.as_ref().map(|i| i.len()),
            Some(1),
            "the list stays"
        );
    }
}
