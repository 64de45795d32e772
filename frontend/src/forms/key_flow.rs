//! The state machine of every 認証キー procedure (MyPage opening, online registration, password
//! reset, 求人者マイページ opening, メールアドレス変更), as the service's `auth/keys.rs` runs them:
//! optionally agree to the terms, ask for a key, complete with the mailed key, done. What
//! differs between flows is their boxes ([`FlowFields`]): which step shows which, which are
//! secret, and which refused box is emptied.
//!
//! Rules every flow keeps: a step is left with its error and busy flag dropped; the 認証キー and
//! passwords are never kept away from the key step; a refusal about the agreement or the terms'
//! version goes back to the terms; any other refusal is placed at its box when that box is on
//! the step shown, else shown for the whole step; a refused secret is emptied, everything else
//! typed stays.

use shigoto_shared::{ApiError, KeySent};

use crate::forms::account::fields::KeyAndPassword;
use crate::forms::account::{general, placed};
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

/// Where a flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyStep {
    /// 利用規約・プライバシーポリシーへの同意.
    #[default]
    Terms,
    /// The address (and what else proves who asks) → the key is mailed.
    Request,
    /// The mailed key (and the new password, the application…).
    Key,
    /// 完了.
    Done,
}

/// One step as the step indicator and the heading say it: the catalogue keys of its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepText {
    pub step: KeyStep,
    /// Its name in the step indicator.
    pub label: &'static str,
    /// The heading of the step.
    pub title: &'static str,
}

/// The boxes of one flow.
pub trait FlowFields: Clone + PartialEq + Default + 'static {
    /// The flow's steps in order; the first is where it starts.
    const STEPS: &'static [StepText];
    /// Refusals naming one of these are placed at their box at the request step.
    const REQUEST_FIELDS: &'static [&'static str];
    /// The key and the new password of the key step, in flows that set a password.
    fn secrets(&mut self) -> Option<&mut KeyAndPassword> {
        None
    }
    /// Whether a refusal of `field` is placed at its box at the key step.
    fn on_key_step(field: &str) -> bool {
        KeyAndPassword::FIELDS.contains(&field)
    }
    /// Empties what must not be kept at `step` (the key and passwords away from the key step).
    fn forget_for(&mut self, step: KeyStep) {
        if step != KeyStep::Key {
            if let Some(secrets) = self.secrets() {
                secrets.forget();
            }
        }
    }
    /// Empties a secret box the service refused (the key, a current password).
    fn clear_refused(&mut self, field: &str) {
        if let Some(secrets) = self.secrets() {
            secrets.clear_refused(field);
        }
    }
    /// The service's name of a field, as the form names it.
    fn own_field(err: &ApiError) -> ApiError {
        err.clone()
    }
}

/// A flow as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFlow<F> {
    pub step: KeyStep,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    pub fields: F,
    /// The service's answer to the request, shown at the key step.
    pub key_sent: Option<String>,
    /// The service's answer to the completion, shown when done.
    pub done: Option<String>,
    pub error: Option<FieldError>,
    pub busy: bool,
}

impl<F: FlowFields> Default for KeyFlow<F> {
    fn default() -> Self {
        Self {
            step: F::STEPS.first().map_or(KeyStep::Request, |s| s.step),
            agreed_terms: false,
            agreed_privacy: false,
            fields: F::default(),
            key_sent: None,
            done: None,
            error: None,
            busy: false,
        }
    }
}

impl<F: FlowFields> KeyFlow<F> {
    fn has_terms() -> bool {
        F::STEPS.iter().any(|s| s.step == KeyStep::Terms)
    }

    /// 「次へ」 of the terms is enabled only with both boxes ticked.
    pub fn agreed(&self) -> bool {
        self.agreed_terms && self.agreed_privacy
    }

    /// The agreement a key request needs (none for flows without terms).
    pub fn check_agreement(&self) -> Result<(), FieldError> {
        if Self::has_terms() && !self.agreed() {
            return Err(FieldError::on(
                "agreement",
                shown_texts().t("account-agreement-missing"),
            ));
        }
        Ok(())
    }

    /// Moves to `step` (not past the terms without the agreement), dropping any error.
    pub fn go_to(&mut self, step: KeyStep) {
        self.step = if step == KeyStep::Request && self.check_agreement().is_err() {
            KeyStep::Terms
        } else {
            step
        };
        self.error = None;
        self.busy = false;
        if self.step != KeyStep::Key {
            self.key_sent = None;
        }
        if self.step != KeyStep::Done {
            self.done = None;
        }
        self.fields.forget_for(self.step);
    }

    /// The key was (or was said to be) mailed: on to the key step.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.go_to(KeyStep::Key);
        self.key_sent = Some(sent.message);
    }

    /// The service completed the flow.
    pub fn completed(&mut self, done: KeySent) {
        self.go_to(KeyStep::Done);
        self.done = Some(done.message);
    }

    pub fn is_done(&self) -> bool {
        self.step == KeyStep::Done
    }

    /// The service refused the request or the completion.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        let err = F::own_field(err);
        let field = err.field.as_deref();
        if Self::has_terms() && matches!(field, Some("agreement" | "terms_version")) {
            self.agreed_terms = false;
            self.agreed_privacy = false;
            self.go_to(KeyStep::Terms);
            self.error = Some(general(&err));
            return;
        }
        if let Some(field) = field {
            self.fields.clear_refused(field);
        }
        self.error = Some(match self.step {
            KeyStep::Request => placed(&err, F::REQUEST_FIELDS),
            _ => match field {
                Some(field) if F::on_key_step(field) => placed(&err, &[field]),
                _ => general(&err),
            },
        });
    }

    /// Whether the box of `field` is on the step shown (a refusal naming it is shown there;
    /// any other is shown for the whole step).
    pub fn shows_box(&self, field: &str) -> bool {
        match self.step {
            KeyStep::Request => F::REQUEST_FIELDS.contains(&field),
            KeyStep::Key => F::on_key_step(field),
            KeyStep::Terms | KeyStep::Done => false,
        }
    }

    /// The step's number as the indicator counts (1-based).
    pub fn number(&self) -> usize {
        F::STEPS
            .iter()
            .position(|s| s.step == self.step)
            .map_or(1, |i| i + 1)
    }

    /// The indicator's labels (their keys).
    pub fn labels() -> Vec<&'static str> {
        F::STEPS.iter().map(|s| s.label).collect()
    }

    /// The heading of the step shown (its key).
    pub fn title(&self) -> &'static str {
        F::STEPS
            .iter()
            .find(|s| s.step == self.step)
            .map_or("", |s| s.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::ErrorCode;

    /// A flow with terms, one request box and a secret key box.
    #[derive(Debug, Clone, PartialEq, Default)]
    struct Boxes {
        address: String,
        key: String,
    }

    impl FlowFields for Boxes {
        const STEPS: &'static [StepText] = &[
            StepText {
                step: KeyStep::Terms,
                label: "規約",
                title: "規約の確認",
            },
            StepText {
                step: KeyStep::Request,
                label: "アドレス",
                title: "アドレスの入力",
            },
            StepText {
                step: KeyStep::Key,
                label: "キー",
                title: "キーの入力",
            },
            StepText {
                step: KeyStep::Done,
                label: "完了",
                title: "完了しました",
            },
        ];
        const REQUEST_FIELDS: &'static [&'static str] = &["address"];

        fn on_key_step(field: &str) -> bool {
            field == "key"
        }
        fn forget_for(&mut self, step: KeyStep) {
            if step != KeyStep::Key {
                self.key.clear();
            }
        }
        fn clear_refused(&mut self, field: &str) {
            if field == "key" {
                self.key.clear();
            }
        }
    }

    fn refused(field: Option<&str>) -> ApiError {
        let err = ApiError::new(ErrorCode::InvalidParameter, "だめです");
        match field {
            Some(field) => err.with_field(field),
            None => err,
        }
    }

    fn at_key_step() -> KeyFlow<Boxes> {
        let mut flow = KeyFlow::<Boxes> {
            agreed_terms: true,
            agreed_privacy: true,
            ..Default::default()
        };
        flow.go_to(KeyStep::Request);
        flow.fields.address = "a@example.jp".into();
        flow.key_sent(KeySent {
            message: "送りました".into(),
        });
        flow.fields.key = "12345678".into();
        flow
    }

    #[test]
    fn the_terms_come_first_and_must_be_agreed() {
        let mut flow = KeyFlow::<Boxes>::default();
        assert_eq!(
            (flow.step, flow.number(), flow.title()),
            (KeyStep::Terms, 1, "規約の確認")
        );
        assert_eq!(
            flow.check_agreement().map_err(|e| e.field),
            Err(Some("agreement".into()))
        );
        flow.go_to(KeyStep::Request);
        assert_eq!(
            flow.step,
            KeyStep::Terms,
            "not past the terms without agreeing"
        );
        flow.agreed_terms = true;
        flow.agreed_privacy = true;
        flow.go_to(KeyStep::Request);
        assert_eq!((flow.step, flow.number()), (KeyStep::Request, 2));
        assert_eq!(
            KeyFlow::<Boxes>::labels(),
            ["規約", "アドレス", "キー", "完了"]
        );
    }

    #[test]
    fn refusals_are_placed_on_the_step_shown_and_empty_only_secrets() {
        let mut flow = at_key_step();
        assert_eq!(flow.key_sent.as_deref(), Some("送りました"));
        flow.busy = true;
        flow.failed(&refused(Some("key")));
        assert!(!flow.busy && flow.fields.key.is_empty());
        assert_eq!(flow.fields.address, "a@example.jp");
        assert_eq!(
            flow.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("key")
        );
        // A box not on the key step is shown for the whole step.
        flow.failed(&refused(Some("address")));
        assert_eq!(flow.error.as_ref().and_then(|e| e.field.clone()), None);
        // The terms changed: back to them, unticked.
        flow.failed(&refused(Some("terms_version")));
        assert_eq!(flow.step, KeyStep::Terms);
        assert!(!flow.agreed() && flow.key_sent.is_none());
    }

    #[test]
    fn leaving_the_key_step_forgets_the_key_and_done_is_the_end() {
        let mut flow = at_key_step();
        flow.go_to(KeyStep::Request);
        assert!(flow.fields.key.is_empty() && flow.key_sent.is_none());
        let mut flow = at_key_step();
        flow.completed(KeySent {
            message: "完了".into(),
        });
        assert!(flow.is_done() && flow.fields.key.is_empty());
        assert_eq!(flow.done.as_deref(), Some("完了"));
    }
}
