//! Helpers shared by the account forms (opening, password reset, registration, counter): where
//! a refusal is shown (`aria-invalid`, `aria-describedby`, the `#<box id>-error` line under its
//! box) and the event callbacks that turn typing, ticking and submitting into edits. Each form
//! passes its own `box_id`, which maps a refused field to the id of its box.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::forms::account::Edit;
use crate::forms::search::FieldError;

/// Maps a refused field (`"key"`, `"password"`, …) to the id of its box on one form.
pub type BoxId = fn(&str) -> Option<&'static str>;

/// Whether the current error names `field`.
pub fn is_at(error: Option<&FieldError>, field: &str) -> bool {
    error
        .and_then(|e| e.field.as_deref())
        .is_some_and(|f| f == field)
}

/// `aria-invalid` of the box of `field`.
pub fn invalid(error: Option<&FieldError>, field: &str) -> Option<&'static str> {
    is_at(error, field).then_some("true")
}

/// The boxes of one form: their element ids, and where a refusal naming none of them goes.
#[derive(Clone, Copy)]
pub struct Boxes {
    pub box_id: BoxId,
    /// The element id of a refusal that names no box on the screen (`opening-error`).
    pub general_id: &'static str,
}

impl Boxes {
    /// The refusal shown under the box of `field`, if the current error names it.
    pub fn error_under(&self, error: Option<&FieldError>, field: &str) -> Html {
        error_under(error, field, self.box_id)
    }

    /// `aria-describedby` of the box of `field`.
    pub fn described(
        &self,
        error: Option<&FieldError>,
        field: &str,
        hint: Option<&str>,
    ) -> Option<String> {
        described(error, field, hint, self.box_id)
    }

    /// A refusal that names no box `shown` on the screen, by the form's buttons.
    pub fn general(&self, error: Option<&FieldError>, shown: impl Fn(&str) -> bool) -> Html {
        match error {
            Some(err) if !err.field.as_deref().is_some_and(shown) => html! {
                <p id={self.general_id} class="field-error form-error" role="alert">
                    { err.message.clone() }
                </p>
            },
            _ => html! {},
        }
    }
}

/// The refusal shown under the box of `field`, if the current error names it.
pub fn error_under(error: Option<&FieldError>, field: &str, box_id: BoxId) -> Html {
    match (error, box_id(field)) {
        (Some(err), Some(id)) if is_at(Some(err), field) => html! {
            <p class="field-error" id={format!("{id}-error")} role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

/// `aria-describedby` of the box of `field`: its hint, then the refusal under it if any.
pub fn described(
    error: Option<&FieldError>,
    field: &str,
    hint: Option<&str>,
    box_id: BoxId,
) -> Option<String> {
    let error_id = box_id(field)
        .filter(|_| is_at(error, field))
        .map(|id| format!("{id}-error"));
    let ids: Vec<String> = hint
        .map(str::to_owned)
        .into_iter()
        .chain(error_id)
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Typing in a box: `apply` the box's value to the form's state.
pub fn on_text<S: 'static>(
    edit: &Callback<Edit<S>>,
    apply: fn(&mut S, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut S| apply(s, value.clone())));
    })
}

/// Choosing a date in a date box (its value, YYYY-MM-DD, once chosen).
pub fn on_date<S: 'static>(edit: &Callback<Edit<S>>, apply: fn(&mut S, String)) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut S| apply(s, value.clone())));
    })
}

/// Ticking a checkbox: `apply` whether it is ticked.
/// Typing in a text area.
pub fn on_text_area<S: 'static>(
    edit: &Callback<Edit<S>>,
    apply: fn(&mut S, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event
            .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value();
        edit.emit(Edit::new(move |s: &mut S| apply(s, value.clone())));
    })
}

pub fn on_check<S: 'static>(edit: &Callback<Edit<S>>, apply: fn(&mut S, bool)) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |event: Event| {
        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
        edit.emit(Edit::new(move |s: &mut S| apply(s, on)));
    })
}

/// Submitting a form without leaving the page.
pub fn submit(cb: &Callback<()>) -> Callback<SubmitEvent> {
    let cb = cb.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        cb.emit(());
    })
}

/// A click that just emits `value`.
pub fn click<T: Clone + 'static>(cb: &Callback<T>, value: T) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(value.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(field: &str) -> Option<&'static str> {
        match field {
            "key" => Some("x-key"),
            _ => None,
        }
    }

    #[test]
    fn described_lists_the_hint_then_the_error_under_the_box() {
        let err = FieldError::on("key", "違います。");
        assert_eq!(
            described(Some(&err), "key", Some("x-key-hint"), ids).as_deref(),
            Some("x-key-hint x-key-error")
        );
        assert_eq!(
            described(None, "key", Some("x-key-hint"), ids).as_deref(),
            Some("x-key-hint")
        );
        assert_eq!(described(Some(&err), "password", None, ids), None);
        // A field without a box has no error line to point at.
        let elsewhere = FieldError::on("email", "違います。");
        assert_eq!(described(Some(&elsewhere), "email", None, ids), None);
    }

    #[test]
    fn invalid_only_for_the_named_field() {
        let err = FieldError::on("key", "違います。");
        assert_eq!(invalid(Some(&err), "key"), Some("true"));
        assert_eq!(invalid(Some(&err), "password"), None);
        assert_eq!(invalid(None, "key"), None);
        assert!(!is_at(
            Some(&FieldError {
                field: None,
                message: String::new()
            }),
            "key"
        ));
    }
}
