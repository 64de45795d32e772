//! The boxes of the 求職者情報 editor: labelled rows of text boxes and selects, each with the id
//! of its path in the profile ([`field_id`]), its hint (`<id>-hint`) and the problem on it
//! (`<id>-error`, `role="alert"`, with `aria-invalid` and `aria-describedby` on the box). Typing
//! writes the value into the profile and clears the problem shown on that box.

use std::rc::Rc;

use shigoto_shared::SeekerProfile;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::select::{Select, SelectOption};
use crate::forms::edit::Edit;
use crate::forms::profile::{error_id, field_id, ProfileEditor};

/// Writes what was typed or chosen into the profile.
pub type Setter = Rc<dyn Fn(&mut SeekerProfile, String)>;

pub fn set(apply: impl Fn(&mut SeekerProfile, String) + 'static) -> Setter {
    Rc::new(apply)
}

/// What the sections draw from, and where typing goes.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub editor: &'a ProfileEditor,
    pub edit: &'a Callback<Edit<ProfileEditor>>,
}

/// One labelled box.
pub struct TextSpec<'a> {
    pub path: String,
    pub label: &'a str,
    pub value: &'a str,
    pub max: usize,
    pub class: &'static str,
    pub placeholder: &'a str,
    pub hint: Option<&'a str>,
    pub inputmode: Option<&'static str>,
    pub autocomplete: &'static str,
}

impl<'a> TextSpec<'a> {
    pub fn new(path: impl Into<String>, label: &'a str, value: &'a str, max: usize) -> Self {
        Self {
            path: path.into(),
            label,
            value,
            max,
            class: "input-wide",
            placeholder: "",
            hint: None,
            inputmode: None,
            autocomplete: "off",
        }
    }

    pub fn class(mut self, class: &'static str) -> Self {
        self.class = class;
        self
    }

    pub fn placeholder(mut self, placeholder: &'a str) -> Self {
        self.placeholder = placeholder;
        self
    }

    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn numeric(mut self) -> Self {
        self.inputmode = Some("numeric");
        self
    }

    pub fn autocomplete(mut self, autocomplete: &'static str) -> Self {
        self.autocomplete = autocomplete;
        self
    }
}

impl Ctx<'_> {
    pub fn invalid(&self, path: &str) -> Option<&'static str> {
        self.editor.problem(path).map(|_| "true")
    }

    /// `aria-describedby` of the box of `path`: its hint, then the problem under it.
    pub fn described(&self, path: &str, hint: bool) -> Option<String> {
        let ids: Vec<String> = hint
            .then(|| format!("{}-hint", field_id(path)))
            .into_iter()
            .chain(self.editor.problem(path).map(|_| error_id(path)))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The problem under the box of `path`.
    pub fn error(&self, path: &str) -> Html {
        match self.editor.problem(path) {
            Some(message) => html! {
                <p class="field-error" id={error_id(path)} role="alert">{ message.to_owned() }</p>
            },
            None => html! {},
        }
    }

    fn on_input(&self, path: &str, apply: Setter) -> Callback<InputEvent> {
        let (edit, path) = (self.edit.clone(), path.to_owned());
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let (apply, path) = (apply.clone(), path.clone());
            edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
                apply(&mut editor.profile, value.clone());
                editor.edited(&path);
            }));
        })
    }

    /// The text box alone (for rows holding several).
    pub fn text_box(&self, spec: &TextSpec<'_>, apply: Setter) -> Html {
        let id = field_id(&spec.path);
        html! {
            <input type="text" id={id} class={classes!("input", spec.class)}
                maxlength={spec.max.to_string()} value={spec.value.to_owned()}
                placeholder={spec.placeholder.to_owned()} inputmode={spec.inputmode}
                autocomplete={spec.autocomplete}
                aria-label={spec.label.to_owned()}
                aria-invalid={self.invalid(&spec.path)}
                aria-describedby={self.described(&spec.path, spec.hint.is_some())}
                oninput={self.on_input(&spec.path, apply)} />
        }
    }

    /// A labelled row with one text box, its hint and its problem.
    pub fn text_row(&self, spec: TextSpec<'_>, apply: Setter) -> Html {
        let id = field_id(&spec.path);
        html! {
            <div class="form-row">
                <label class="form-label" for={id.clone()}>
                    { spec.label.to_owned() }
                </label>
                <div class="form-field">
                    { self.text_box(&spec, apply) }
                    if let Some(hint) = spec.hint {
                        <p class="hint" id={format!("{id}-hint")}>{ hint.to_owned() }</p>
                    }
                    { self.error(&spec.path) }
                </div>
            </div>
        }
    }

    /// A select at `path` (no label of its own: `aria_label` names it).
    pub fn select(
        &self,
        path: &str,
        aria_label: &str,
        value: &str,
        options: Vec<SelectOption>,
        apply: Setter,
    ) -> Html {
        let (edit, owned) = (self.edit.clone(), path.to_owned());
        let onchange = Callback::from(move |value: String| {
            let (apply, path) = (apply.clone(), owned.clone());
            edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
                apply(&mut editor.profile, value.clone());
                editor.edited(&path);
            }));
        });
        html! {
            <Select id={field_id(path)} value={value.to_owned()} options={options}
                onchange={onchange} invalid={self.editor.problem(path).is_some()}
                aria_label={aria_label.to_owned()}
                describedby={self.described(path, false)} />
        }
    }
}

/// A row's label that names no single box (a group of boxes).
pub fn group_row(label: &str, body: Html) -> Html {
    html! {
        <div class="form-row" role="group" aria-label={label.to_owned()}>
            <div class="form-label">{ label.to_owned() }</div>
            <div class="form-field">{ body }</div>
        </div>
    }
}
