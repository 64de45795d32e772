//! [`FormStatus`]: what a form with a submit button holds besides its fields (an answer is
//! awaited; the refusal shown), which the submit hook drives.

use crate::forms::search::FieldError;

/// What a form with a submit button holds besides its fields.
pub trait FormStatus {
    /// An answer is awaited.
    fn busy(&self) -> bool;
    fn set_busy(&mut self, busy: bool);
    /// The refusal shown (`None` clears it).
    fn set_error(&mut self, error: Option<FieldError>);
    /// The form was sent: busy, and the last refusal gone.
    fn started(&mut self) {
        self.set_busy(true);
        self.set_error(None);
    }
}

/// Implements [`FormStatus`] for forms with `busy: bool` and `error: Option<FieldError>`.
#[macro_export]
macro_rules! form_status {
    ($($form:ty),+ $(,)?) => {$(
        impl $crate::forms::status::FormStatus for $form {
            fn busy(&self) -> bool {
                self.busy
            }
            fn set_busy(&mut self, busy: bool) {
                self.busy = busy;
            }
            fn set_error(&mut self, error: Option<$crate::forms::search::FieldError>) {
                self.error = error;
            }
        }
    )+};
}

impl<F: crate::forms::key_flow::FlowFields> FormStatus for crate::forms::key_flow::KeyFlow<F> {
    fn busy(&self) -> bool {
        self.busy
    }
    fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }
    fn set_error(&mut self, error: Option<FieldError>) {
        self.error = error;
    }
}
