//! The boxes of the 求人申込み editor's steps: labelled rows of text boxes, text areas, selects,
//! checkboxes and sets of choices, each with the id of its form path
//! ([`crate::forms::employer::posting::field_id`]), its hint (`<id>-hint`) and the problem on it
//! (`<id>-error`, `role="alert"`, with `aria-invalid` and `aria-describedby` on the box).
//! Typing emits one edit of the editor that writes the value into the form and clears the
//! problem shown on that field.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use shigoto_shared::{EmployerRegistration, PostingForm};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::select::{Select, SelectOption};
use crate::forms::edit::Edit;
use crate::forms::employer::posting::{choice_id, error_id, field_id, hint_id, PostingEditor};

/// Writes what was typed into the form.
pub type Setter = Rc<dyn Fn(&mut PostingForm, String)>;
/// Writes whether a checkbox is ticked.
pub type Ticker = Rc<dyn Fn(&mut PostingForm, bool)>;
/// Writes the choice picked (its wire value) of a set of radio buttons.
pub type Picker = Rc<dyn Fn(&mut PostingForm, &str)>;
/// Ticks or unticks one choice (its wire value) of a set of checkboxes.
pub type Toggler = Rc<dyn Fn(&mut PostingForm, &str, bool)>;

pub fn set(apply: impl Fn(&mut PostingForm, String) + 'static) -> Setter {
    Rc::new(apply)
}

pub fn tick(apply: impl Fn(&mut PostingForm, bool) + 'static) -> Ticker {
    Rc::new(apply)
}

/// What a step's view draws from, and where its typing goes.
pub struct StepCtx<'a> {
    /// The texts of the language shown.
    pub t: &'static Catalogue,
    pub editor: &'a PostingEditor,
    pub edit: &'a Callback<Edit<PostingEditor>>,
    pub today: NaiveDate,
    pub registration: Option<&'a EmployerRegistration>,
}

/// One text box.
pub struct TextBox<'a> {
    pub path: String,
    pub value: &'a str,
    /// `maxlength`, from the domain's limit.
    pub max: Option<usize>,
    /// Its width (`input-wide`, `input-count`…).
    pub class: &'static str,
    pub placeholder: String,
    /// Numbers: the numeric keyboard, and the unit after the box (円, 人…).
    pub numeric: bool,
    pub unit: Option<String>,
    pub hint: Option<String>,
    pub set: Setter,
}

impl<'a> TextBox<'a> {
    /// A text box of `path` holding `value`.
    pub fn new(path: impl Into<String>, value: &'a str, set: Setter) -> Self {
        Self {
            path: path.into(),
            value,
            max: None,
            class: "input-wide",
            placeholder: String::new(),
            numeric: false,
            unit: None,
            hint: None,
            set,
        }
    }

    pub fn max(mut self, max: usize) -> Self {
        self.max = Some(max);
        self
    }

    pub fn class(mut self, class: &'static str) -> Self {
        self.class = class;
        self
    }

    pub fn placeholder(mut self, placeholder: impl Into<String>) -> Self {
        self.placeholder = placeholder.into();
        self
    }

    /// A number, with its unit after the box.
    pub fn number(mut self, unit: impl Into<String>) -> Self {
        self.numeric = true;
        self.unit = Some(unit.into());
        self.class = "input-count";
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// 必須 or 任意 after a label.
pub fn need(t: &Catalogue, required: bool) -> Html {
    if required {
        html! { <span class="required">{ t.t("posting-required") }</span> }
    } else {
        html! { <span class="optional">{ t.t("posting-optional") }</span> }
    }
}

impl StepCtx<'_> {
    pub fn problem(&self, path: &str) -> Option<&str> {
        self.editor.problem(path)
    }

    pub fn invalid(&self, path: &str) -> Option<&'static str> {
        self.problem(path).map(|_| "true")
    }

    /// `aria-describedby` of the box of `path`: its hint, then the problem under it.
    pub fn described(&self, path: &str, hint: bool) -> Option<String> {
        let ids: Vec<String> = hint
            .then(|| hint_id(path))
            .into_iter()
            .chain(self.problem(path).map(|_| error_id(path)))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The problem under the box of `path`.
    pub fn error(&self, path: &str) -> Html {
        match self.problem(path) {
            Some(message) => html! {
                <p class="field-error" id={error_id(path)} role="alert">{ message.to_owned() }</p>
            },
            None => html! {},
        }
    }

    /// Typing in the text box of `path`.
    pub fn on_input(&self, path: &str, set: Setter) -> Callback<InputEvent> {
        let (edit, path) = (self.edit.clone(), path.to_owned());
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let (set, path) = (set.clone(), path.clone());
            edit.emit(Edit::new(move |s: &mut PostingEditor| {
                set(&mut s.form, value.clone());
                s.edited(&path);
            }));
        })
    }

    fn on_area(&self, path: &str, set: Setter) -> Callback<InputEvent> {
        let (edit, path) = (self.edit.clone(), path.to_owned());
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            let (set, path) = (set.clone(), path.clone());
            edit.emit(Edit::new(move |s: &mut PostingEditor| {
                set(&mut s.form, value.clone());
                s.edited(&path);
            }));
        })
    }

    /// Choosing in the select of `path`.
    pub fn on_select(&self, path: &str, set: Setter) -> Callback<String> {
        let (edit, path) = (self.edit.clone(), path.to_owned());
        Callback::from(move |value: String| {
            let (set, path) = (set.clone(), path.clone());
            edit.emit(Edit::new(move |s: &mut PostingEditor| {
                set(&mut s.form, value.clone());
                s.edited(&path);
            }));
        })
    }

    fn on_tick(&self, path: &str, tick: Ticker) -> Callback<Event> {
        let (edit, path) = (self.edit.clone(), path.to_owned());
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            let (tick, path) = (tick.clone(), path.clone());
            edit.emit(Edit::new(move |s: &mut PostingEditor| {
                tick(&mut s.form, on);
                s.edited(&path);
            }));
        })
    }

    /// A text box with its unit, hint and problem (no label: the row or a sub-label gives it).
    pub fn text_box(&self, b: TextBox<'_>) -> Html {
        let id = field_id(&b.path);
        html! {
            <>
                <span class="inline-fields">
                    <input type="text" id={id} class={classes!("input", b.class)}
                        inputmode={b.numeric.then_some("numeric")} autocomplete="off"
                        maxlength={b.max.map(|m| m.to_string())}
                        value={b.value.to_owned()} placeholder={b.placeholder.clone()}
                        aria-invalid={self.invalid(&b.path)}
                        aria-describedby={self.described(&b.path, b.hint.is_some())}
                        oninput={self.on_input(&b.path, b.set.clone())} />
                    if let Some(unit) = &b.unit {
                        <span class="unit">{ unit.clone() }</span>
                    }
                </span>
                if let Some(hint) = &b.hint {
                    <p class="hint" id={hint_id(&b.path)}>{ hint.clone() }</p>
                }
                { self.error(&b.path) }
            </>
        }
    }

    /// A row of one labelled text box.
    pub fn text_row(&self, label: &str, required: bool, b: TextBox<'_>) -> Html {
        let id = field_id(&b.path);
        html! {
            <div class="form-row">
                <label class="form-label" for={id}>{ label.to_owned() }{ need(self.t, required) }</label>
                <div class="form-field">{ self.text_box(b) }</div>
            </div>
        }
    }

    /// A box of `path` inside a row of several, with its own small label before it.
    pub fn labelled_box(&self, label: &str, b: TextBox<'_>) -> Html {
        let id = field_id(&b.path);
        html! {
            <div class="posting-sub-field">
                <label class="sub-label" for={id}>{ label.to_owned() }</label>
                { self.text_box(b) }
            </div>
        }
    }

    /// A row of one labelled text area.
    pub fn area_row(&self, label: &str, required: bool, a: TextArea<'_>) -> Html {
        let id = field_id(&a.path);
        html! {
            <div class="form-row">
                <label class="form-label" for={id.clone()}>{ label.to_owned() }{ need(self.t, required) }</label>
                <div class="form-field">
                    <textarea id={id} class="input textarea" rows={a.rows.to_string()}
                        maxlength={a.max.map(|m| m.to_string())} value={a.value.to_owned()}
                        placeholder={a.placeholder.clone()}
                        aria-invalid={self.invalid(&a.path)}
                        aria-describedby={self.described(&a.path, true)}
                        oninput={self.on_area(&a.path, a.set.clone())} />
                    <p class="hint" id={hint_id(&a.path)}>{ a.hint.clone() }</p>
                    { self.error(&a.path) }
                </div>
            </div>
        }
    }

    /// A select of `path` (no label: the row gives it).
    pub fn select(&self, path: &str, value: &str, options: Vec<SelectOption>, set: Setter) -> Html {
        html! {
            <>
                <Select id={field_id(path)} value={AttrValue::from(value.to_owned())}
                    options={options} invalid={self.problem(path).is_some()}
                    describedby={self.described(path, false).map(AttrValue::from)}
                    onchange={self.on_select(path, set)} />
                { self.error(path) }
            </>
        }
    }

    /// A row of one labelled select.
    pub fn select_row(
        &self,
        label: &str,
        required: bool,
        path: &str,
        value: &str,
        options: Vec<SelectOption>,
        set: Setter,
    ) -> Html {
        html! {
            <div class="form-row">
                <label class="form-label" for={field_id(path)}>{ label.to_owned() }{ need(self.t, required) }</label>
                <div class="form-field">{ self.select(path, value, options, set) }</div>
            </div>
        }
    }

    /// A checkbox of `path` with its label, and the problem on it.
    pub fn check_box(&self, path: &str, label: &str, checked: bool, t: Ticker) -> Html {
        self.check_box_with(path, label, checked, false, t)
    }

    /// A checkbox that may be disabled.
    pub fn check_box_with(
        &self,
        path: &str,
        label: &str,
        checked: bool,
        disabled: bool,
        t: Ticker,
    ) -> Html {
        let id = field_id(path);
        html! {
            <>
                <label class="choice" for={id.clone()}>
                    <input type="checkbox" id={id} checked={checked} disabled={disabled}
                        aria-invalid={self.invalid(path)}
                        aria-describedby={self.described(path, false)}
                        onchange={self.on_tick(path, t)} />
                    { label.to_owned() }
                </label>
                { self.error(path) }
            </>
        }
    }

    /// A row of choices (radio buttons) of `path`: `options` are `(wire value, label)`; the
    /// row itself carries the field's id, so a problem on it focuses its first choice.
    pub fn radio_row(&self, label: &str, required: bool, r: Radios<'_>) -> Html {
        let path = r.path;
        let items = r.options.iter().map(|(wire, text)| {
            let id = choice_id(path, wire);
            let pick = r.pick.clone();
            let wire_value = (*wire).to_owned();
            let edit = self.edit.clone();
            let field = path.to_owned();
            let onchange = Callback::from(move |_: Event| {
                let (pick, wire_value, field) = (pick.clone(), wire_value.clone(), field.clone());
                edit.emit(Edit::new(move |s: &mut PostingEditor| {
                    pick(&mut s.form, &wire_value);
                    s.edited(&field);
                }));
            });
            html! {
                <label class="choice" for={id.clone()} key={id.clone()}>
                    <input type="radio" id={id} name={field_id(path)} value={*wire}
                        checked={r.selected == Some(*wire)}
                        aria-invalid={self.invalid(path)}
                        aria-describedby={self.described(path, false)}
                        onchange={onchange} />
                    { text.clone() }
                </label>
            }
        });
        self.group_row(
            label,
            required,
            &field_id(path),
            html! {
                <>
                    <div class={classes!("choices", r.class)}>{ for items }</div>
                    { self.error(path) }
                </>
            },
        )
    }

    /// A set of checkboxes of `path` (a list in the form): `options` are `(wire value, label)`.
    pub fn check_set_row(&self, label: &str, required: bool, c: Checks<'_>) -> Html {
        let path = c.path;
        let items = c.options.iter().map(|(wire, text)| {
            let id = choice_id(path, wire);
            let toggle = c.toggle.clone();
            let wire_value = (*wire).to_owned();
            let edit = self.edit.clone();
            let field = path.to_owned();
            let onchange = Callback::from(move |event: Event| {
                let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                let (toggle, wire_value, field) =
                    (toggle.clone(), wire_value.clone(), field.clone());
                edit.emit(Edit::new(move |s: &mut PostingEditor| {
                    toggle(&mut s.form, &wire_value, on);
                    s.edited(&field);
                }));
            });
            html! {
                <label class="choice" for={id.clone()} key={id.clone()}>
                    <input type="checkbox" id={id} value={*wire}
                        checked={c.chosen.contains(wire)}
                        aria-invalid={self.invalid(path)}
                        aria-describedby={self.described(path, false)}
                        onchange={onchange} />
                    { text.clone() }
                </label>
            }
        });
        self.group_row(
            label,
            required,
            &field_id(path),
            html! {
                <>
                    <div class="choices">{ for items }</div>
                    { self.error(path) }
                </>
            },
        )
    }

    /// A row holding several controls: a group named by its label, with the element id `id`
    /// (a field's, so that a problem on it focuses the first control inside).
    pub fn group_row(&self, label: &str, required: bool, id: &str, body: Html) -> Html {
        let label_id = format!("{id}-label");
        html! {
            <div class="form-row" role="group" id={id.to_owned()} tabindex="-1" aria-labelledby={label_id.clone()}>
                <span class="form-label" id={label_id}>{ label.to_owned() }{ need(self.t, required) }</span>
                <div class="form-field">{ body }</div>
            </div>
        }
    }
}

/// One text area.
pub struct TextArea<'a> {
    pub path: String,
    pub value: &'a str,
    /// `maxlength`, from the domain's limit (none for a text of lines).
    pub max: Option<usize>,
    pub rows: u8,
    pub placeholder: String,
    pub hint: String,
    pub set: Setter,
}

/// A set of radio buttons.
pub struct Radios<'a> {
    pub path: &'a str,
    /// `(wire value, label)`.
    pub options: Vec<(&'static str, String)>,
    pub selected: Option<&'a str>,
    pub pick: Picker,
    /// Laid out in a grid (`choices-grid`) or in a line (empty).
    pub class: &'static str,
}

/// A set of checkboxes.
pub struct Checks<'a> {
    pub path: &'a str,
    /// `(wire value, label)`.
    pub options: Vec<(&'static str, String)>,
    /// The wire values ticked.
    pub chosen: Vec<&'static str>,
    pub toggle: Toggler,
}

/// The options of a select of labelled values, after a placeholder.
pub fn options_of<T: Copy>(
    placeholder: String,
    all: &[T],
    wire: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", placeholder))
        .chain(all.iter().map(|v| SelectOption::new(wire(*v), label(*v))))
        .collect()
}
