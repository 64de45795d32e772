//! 仮登録の本登録 (counselors): the list of provisional applications, each row's 本登録 and its
//! answer, and how many days are left.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use shigoto_shared::{ApiError, ProvisionalSeeker, RegisteredSeeker};

use crate::forms::account::fields::error_message;

/// One provisional application in the counselor's list, and what was done with it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionalRow {
    pub seeker: ProvisionalSeeker,
    /// 「本登録する」 was pressed and the answer has not come yet.
    pub busy: bool,
    /// 本登録 done (the row stays, so marked, until the list is read again).
    pub confirmed: Option<Rc<RegisteredSeeker>>,
    /// Why the 本登録 was refused (e.g. the 14 days have passed).
    pub error: Option<String>,
}

/// The counselor's list of provisional applications.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionalState {
    /// `None` until `list_provisional_seekers` answered.
    pub rows: Option<Vec<ProvisionalRow>>,
    pub loading: bool,
    /// Why the list could not be read.
    pub error: Option<String>,
}

impl ProvisionalState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    /// The list as read: a fresh list drops the rows marked 本登録しました.
    pub fn loaded(&mut self, result: Result<Vec<ProvisionalSeeker>, ApiError>) {
        self.loading = false;
        match result {
            Ok(list) => {
                self.rows = Some(
                    list.into_iter()
                        .map(|seeker| ProvisionalRow {
                            seeker,
                            busy: false,
                            confirmed: None,
                            error: None,
                        })
                        .collect(),
                );
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    fn row_mut(&mut self, seeker_number: &str) -> Option<&mut ProvisionalRow> {
        self.rows
            .as_mut()?
            .iter_mut()
            .find(|r| r.seeker.seeker_number == seeker_number)
    }

    /// 「本登録する」 pressed: false when the row is gone, already done or waiting.
    pub fn confirming(&mut self, seeker_number: &str) -> bool {
        match self.row_mut(seeker_number) {
            Some(row) if !row.busy && row.confirmed.is_none() => {
                row.busy = true;
                row.error = None;
                true
            }
            _ => false,
        }
    }

    pub fn confirmed(&mut self, seeker_number: &str, result: Result<RegisteredSeeker, ApiError>) {
        if let Some(row) = self.row_mut(seeker_number) {
            if !row.busy {
                return;
            }
            row.busy = false;
            match result {
                Ok(seeker) => row.confirmed = Some(Rc::new(seeker)),
                Err(err) => row.error = Some(error_message(&err)),
            }
        }
    }
}

/// Days from `today` to the `deadline` of a provisional application, said for the list:
/// 「あと3日」, 「本日まで」, 「期限切れ」.
pub fn days_left(t: &Catalogue, deadline: NaiveDate, today: NaiveDate) -> (i64, String) {
    let days = (deadline - today).num_days();
    let text = match days {
        d if d < 0 => t.t("counselor-provisional-expired"),
        0 => t.t("counselor-provisional-today"),
        d => t.t_with("counselor-provisional-days-left", &[("days", d.into())]),
    };
    (days, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;
    use shigoto_shared::ErrorCode;

    fn provisional_seeker(number: &str) -> ProvisionalSeeker {
        ProvisionalSeeker {
            seeker_number: number.into(),
            name: "鈴木 花子".into(),
            name_kana: "スズキ ハナコ".into(),
            birth_date: day(1992, 7, 14),
            email: "hanako@example.jp".into(),
            prefecture_code: "13".into(),
            applied_on: day(2026, 11, 25),
            deadline: day(2026, 12, 9),
        }
    }

    #[test]
    fn the_provisional_list_marks_confirmed_rows_until_read_again() {
        let mut list = ProvisionalState::default();
        list.loading();
        list.loaded(Ok(vec![
            provisional_seeker("13010-00000101"),
            provisional_seeker("13010-00000102"),
        ]));
        assert!(!list.loading);
        assert!(list.confirming("13010-00000101"));
        assert!(!list.confirming("13010-00000101"));
        assert!(!list.confirming("13010-99999999"));
        list.confirmed(
            "13010-00000101",
            Ok(RegisteredSeeker {
                seeker_number: "13010-00000101".into(),
                name: "鈴木 花子".into(),
                email: "hanako@example.jp".into(),
                valid_until: day(2027, 1, 31),
            }),
        );
        assert!(list.confirming("13010-00000102"));
        list.confirmed(
            "13010-00000102",
            Err(ApiError::new(ErrorCode::Conflict, "14日が過ぎました")),
        );
        let rows = list.rows.clone().unwrap();
        assert!(rows[0].confirmed.is_some() && !rows[0].busy);
        assert_eq!(rows[1].error.as_deref(), Some("14日が過ぎました"));
        assert!(!list.confirming("13010-00000101"));

        list.loading();
        list.loaded(Ok(vec![provisional_seeker("13010-00000102")]));
        let rows = list.rows.clone().unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].error.is_none());

        list.loading();
        list.loaded(Err(ApiError::new(ErrorCode::Internal, "読めません")));
        assert_eq!(list.error.as_deref(), Some("読めません"));
        assert_eq!(list.rows.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn days_left_reads_naturally() {
        let today = day(2026, 11, 25);
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let days_left = |deadline, today| days_left(ja, deadline, today);
        assert_eq!(
            days_left(day(2026, 12, 9), today),
            (14, "あと14日".to_owned())
        );
        assert_eq!(days_left(today, today), (0, "本日まで".to_owned()));
        assert_eq!(
            days_left(day(2026, 11, 24), today),
            (-1, "期限切れ".to_owned())
        );
    }
}
