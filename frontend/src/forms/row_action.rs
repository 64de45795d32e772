//! An action on one row of a list that is confirmed before it goes (応募 from an introduction,
//! declining a 応募検討依頼): which row waits to be confirmed, which row's answer is awaited
//! (one at a time), and what the last one said.

/// The confirm-then-act state of a list's rows (by row id).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowAction {
    /// The row whose action waits to be confirmed.
    pub confirming: Option<i64>,
    /// The row whose answer is awaited.
    pub busy: Option<i64>,
    pub error: Option<String>,
    pub notice: Option<String>,
}

impl RowAction {
    /// The row's button was pressed: ask to confirm (what the last one said goes).
    pub fn ask(&mut self, id: i64) {
        self.confirming = Some(id);
        self.error = None;
        self.notice = None;
    }

    pub fn cancel(&mut self) {
        self.confirming = None;
    }

    /// Whether the confirmation of `id` may go now.
    pub fn may_go(&self, id: i64) -> bool {
        self.confirming == Some(id) && self.busy.is_none()
    }

    pub fn going(&mut self, id: i64) {
        self.busy = Some(id);
    }

    /// The answer came: `Ok` says what was done, `Err` why not.
    pub fn answered(&mut self, outcome: Result<String, String>) {
        self.busy = None;
        self.confirming = None;
        match outcome {
            Ok(notice) => self.notice = Some(notice),
            Err(error) => self.error = Some(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_at_a_time_and_only_once_confirmed() {
        let mut action = RowAction::default();
        assert!(!action.may_go(1));
        action.ask(1);
        assert!(action.may_go(1));
        assert!(!action.may_go(2));
        action.going(1);
        assert!(!action.may_go(1));
        action.answered(Err("だめでした。".into()));
        assert_eq!(action.error.as_deref(), Some("だめでした。"));
        assert_eq!((action.confirming, action.busy), (None, None));
        action.ask(2);
        assert_eq!(action.error, None, "a new try clears the last refusal");
    }
}
