//! Event handlers and refusal display shared by the search form's parts: each handler turns a
//! control's event into one [`FormEdit`].

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::forms::search::{FieldError, SearchForm};
use crate::state::search::FormEdit;

/// The error shown at `fields`, if the current error names one of them.
pub fn error_at(error: Option<&FieldError>, fields: &[&str]) -> Html {
    match error {
        Some(FieldError {
            field: Some(field),
            message,
        }) if fields.contains(&field.as_str()) => html! {
            <p class="field-error" id={format!("error-{field}")} role="alert">
                { message.clone() }
            </p>
        },
        _ => html! {},
    }
}

/// True when the current error names one of `fields`.
pub fn is_invalid(error: Option<&FieldError>, fields: &[&str]) -> bool {
    error
        .and_then(|e| e.field.as_deref())
        .is_some_and(|f| fields.contains(&f))
}

/// Handler of a text input: `apply` stores its value.
pub fn on_text(
    edit: &Callback<FormEdit>,
    apply: fn(&mut SearchForm, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(FormEdit::new(move |f| apply(f, value.clone())));
    })
}

/// Handler of a radio button or checkbox whose change always means the same edit.
pub fn on_set(
    edit: &Callback<FormEdit>,
    apply: impl Fn(&mut SearchForm) + 'static,
) -> Callback<Event> {
    let edit = edit.clone();
    let apply = Rc::new(apply);
    Callback::from(move |_: Event| {
        let apply = apply.clone();
        edit.emit(FormEdit::new(move |f| apply(f)));
    })
}

/// Handler of a checkbox: `apply` receives whether it is now checked.
pub fn on_check(edit: &Callback<FormEdit>, apply: fn(&mut SearchForm, bool)) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |event: Event| {
        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
        edit.emit(FormEdit::new(move |f| apply(f, on)));
    })
}

/// Handler of a [`Select`]: `apply` stores the chosen value.
pub fn on_choice(
    edit: &Callback<FormEdit>,
    apply: fn(&mut SearchForm, String),
) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        edit.emit(FormEdit::new(move |f| apply(f, value.clone())));
    })
}
