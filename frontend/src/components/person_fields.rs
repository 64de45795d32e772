//! The person-detail rows shared by the counselors' counter registration and the online
//! registration, all with ids under one prefix (`seeker`, `registration`): 氏名
//! `#<prefix>-name`, フリガナ `#<prefix>-kana` (hint `#<prefix>-kana-hint`; hiragana becomes
//! katakana on leaving the box), 生年月日 `#<prefix>-birth-date` (optionally with a hint
//! `#<prefix>-birth-date-hint`), 住所（都道府県） `#<prefix>-prefecture` and, online, 住所（市区町村）
//! `#<prefix>-municipality`, each marked 必須, with
//! refusals under their box (`#<box id>-error`). The rows go inside the form's `.form-table`;
//! each is a component, so it speaks the language shown whoever calls it.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::area_picker::{municipality_options, prefecture_options};
use crate::components::form_field::{described, error_under, invalid, is_at, BoxId};
use crate::components::select::Select;
use crate::forms::account::{to_katakana, Edit, MAX_NAME_CHARS};
use crate::forms::search::FieldError;
use crate::state::lang::use_texts;

/// What the rows show and where their typing goes.
pub struct PersonFields<'a> {
    /// Prefix of the element ids (`seeker`, `registration`).
    pub prefix: &'static str,
    /// The form's map from refused fields to box ids.
    pub box_id: BoxId,
    pub error: Option<&'a FieldError>,
    pub today: NaiveDate,
    pub name: &'a str,
    pub kana: &'a str,
    pub birth_date: &'a str,
    /// `autocomplete` of the name and the birth date: the person's own (`name`, `bday`) or
    /// `off` at the counter, where a counselor types someone else's.
    pub autocomplete: PersonAutocomplete,
    /// The catalogue key of the hint under the birth date, if any.
    pub birth_date_hint: Option<&'static str>,
    pub on_name: Callback<InputEvent>,
    pub on_kana: Callback<InputEvent>,
    pub on_kana_blur: Callback<FocusEvent>,
    pub on_birth_date: Callback<InputEvent>,
}

/// Whose details are typed, for the browser's autofill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonAutocomplete {
    /// The person types their own: `name`, `bday`.
    Own,
    /// A counselor types someone else's: `off`.
    Off,
}

impl PersonAutocomplete {
    /// `autocomplete` of the name box and of the birth date box.
    pub fn values(self) -> (&'static str, &'static str) {
        match self {
            Self::Own => ("name", "bday"),
            Self::Off => ("off", "off"),
        }
    }
}

/// Leaving フリガナ: hiragana typed into it becomes katakana.
pub fn kana_blur<S: 'static>(
    edit: &Callback<Edit<S>>,
    kana: fn(&mut S) -> &mut String,
) -> Callback<FocusEvent> {
    let edit = edit.clone();
    Callback::from(move |_: FocusEvent| {
        edit.emit(Edit::new(move |s: &mut S| {
            let field = kana(s);
            *field = to_katakana(field);
        }));
    })
}

/// Choosing in a select: `apply` the chosen value.
pub fn on_select<S: 'static>(
    edit: &Callback<Edit<S>>,
    apply: fn(&mut S, String),
) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |value: String| {
        edit.emit(Edit::new(move |s: &mut S| apply(s, value.clone())))
    })
}

/// The 氏名, フリガナ and 生年月日 rows.
pub fn name_and_birth_rows(p: PersonFields<'_>) -> Html {
    html! {
        <NameAndBirthRows prefix={p.prefix} box_id={p.box_id} error={p.error.cloned()}
            today={p.today} name={p.name.to_owned()} kana={p.kana.to_owned()}
            birth_date={p.birth_date.to_owned()} autocomplete={p.autocomplete}
            birth_date_hint={p.birth_date_hint} on_name={p.on_name} on_kana={p.on_kana}
            on_kana_blur={p.on_kana_blur} on_birth_date={p.on_birth_date} />
    }
}

/// [`PersonFields`] as a component's properties (owned, so the rows can take the language).
#[derive(Properties)]
pub struct NameAndBirthProps {
    pub prefix: &'static str,
    pub box_id: BoxId,
    pub error: Option<FieldError>,
    pub today: NaiveDate,
    pub name: String,
    pub kana: String,
    pub birth_date: String,
    pub autocomplete: PersonAutocomplete,
    pub birth_date_hint: Option<&'static str>,
    pub on_name: Callback<InputEvent>,
    pub on_kana: Callback<InputEvent>,
    pub on_kana_blur: Callback<FocusEvent>,
    pub on_birth_date: Callback<InputEvent>,
}

impl PartialEq for NameAndBirthProps {
    /// Everything but the map from fields to boxes, which a form never changes.
    fn eq(&self, other: &Self) -> bool {
        self.prefix == other.prefix
            && self.error == other.error
            && self.today == other.today
            && self.name == other.name
            && self.kana == other.kana
            && self.birth_date == other.birth_date
            && self.autocomplete == other.autocomplete
            && self.birth_date_hint == other.birth_date_hint
            && self.on_name == other.on_name
            && self.on_kana == other.on_kana
            && self.on_kana_blur == other.on_kana_blur
            && self.on_birth_date == other.on_birth_date
    }
}

/// The 氏名, フリガナ and 生年月日 rows in the language shown.
#[function_component]
pub fn NameAndBirthRows(p: &NameAndBirthProps) -> Html {
    let t = use_texts();
    let prefix = p.prefix;
    let box_id = p.box_id;
    let error = p.error.as_ref();
    let (name_autocomplete, bday_autocomplete) = p.autocomplete.values();
    let max_chars = MAX_NAME_CHARS.to_string();
    let today = p.today.format("%Y-%m-%d").to_string();
    let name_id = format!("{prefix}-name");
    let kana_id = format!("{prefix}-kana");
    let kana_hint_id = format!("{prefix}-kana-hint");
    let birth_id = format!("{prefix}-birth-date");
    let birth_hint_id = p
        .birth_date_hint
        .map(|_| format!("{prefix}-birth-date-hint"));
    html! {
        <>
            <div class="form-row">
                <label class="form-label" for={name_id.clone()}>
                    { t.t("profile-person-name") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <input type="text" id={name_id} class="input input-wide"
                        autocomplete={name_autocomplete} maxlength={max_chars.clone()}
                        value={p.name.clone()} placeholder={t.t("profile-person-name.placeholder")}
                        aria-invalid={invalid(error, "name")}
                        aria-describedby={described(error, "name", None, box_id)}
                        oninput={p.on_name.clone()} />
                    { error_under(error, "name", box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={kana_id.clone()}>
                    { t.t("profile-person-kana") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <input type="text" id={kana_id} class="input input-wide"
                        autocomplete="off" maxlength={max_chars}
                        value={p.kana.clone()} placeholder={t.t("profile-person-kana.placeholder")}
                        aria-invalid={invalid(error, "name_kana")}
                        aria-describedby={described(error, "name_kana", Some(&kana_hint_id), box_id)}
                        oninput={p.on_kana.clone()}
                        onblur={p.on_kana_blur.clone()} />
                    <p class="hint" id={kana_hint_id.clone()}>
                        { t.t("profile-kana-hint") }
                    </p>
                    { error_under(error, "name_kana", box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={birth_id.clone()}>
                    { t.t("profile-person-birth-date") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <input type="date" id={birth_id} class="input input-date"
                        autocomplete={bday_autocomplete} min="1900-01-01" max={today}
                        value={p.birth_date.clone()}
                        aria-invalid={invalid(error, "birth_date")}
                        aria-describedby={described(error, "birth_date", birth_hint_id.as_deref(), box_id)}
                        oninput={p.on_birth_date.clone()} />
                    if let (Some(id), Some(hint)) = (birth_hint_id.clone(), p.birth_date_hint) {
                        <p class="hint" id={id}>{ t.t(hint) }</p>
                    }
                    { error_under(error, "birth_date", box_id) }
                </div>
            </div>
        </>
    }
}

/// The 住所（都道府県） row (`#<prefix>-prefecture`).
pub fn prefecture_row(
    prefix: &str,
    box_id: BoxId,
    error: Option<&FieldError>,
    value: &str,
    onchange: Callback<String>,
) -> Html {
    html! {
        <PlaceRow id={format!("{prefix}-prefecture")} {box_id} error={error.cloned()}
            prefecture={String::new()} value={value.to_owned()} {onchange} />
    }
}

/// The 住所（市区町村） row (`#<prefix>-municipality`): the municipalities of the chosen
/// prefecture.
pub fn municipality_row(
    prefix: &str,
    box_id: BoxId,
    error: Option<&FieldError>,
    prefecture: &str,
    value: &str,
    onchange: Callback<String>,
) -> Html {
    html! {
        <PlaceRow id={format!("{prefix}-municipality")} {box_id} error={error.cloned()}
            prefecture={prefecture.to_owned()} value={value.to_owned()} municipality=true
            {onchange} />
    }
}

#[derive(Properties)]
pub struct PlaceRowProps {
    pub id: String,
    pub box_id: BoxId,
    pub error: Option<FieldError>,
    /// The prefecture whose municipalities are offered (for the municipality row).
    pub prefecture: String,
    pub value: String,
    /// The municipality row (else the prefecture row).
    #[prop_or_default]
    pub municipality: bool,
    pub onchange: Callback<String>,
}

impl PartialEq for PlaceRowProps {
    /// Everything but the map from fields to boxes, which a form never changes.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.error == other.error
            && self.prefecture == other.prefecture
            && self.value == other.value
            && self.municipality == other.municipality
            && self.onchange == other.onchange
    }
}

/// The 住所（都道府県） or 住所（市区町村） row in the language shown.
#[function_component]
pub fn PlaceRow(p: &PlaceRowProps) -> Html {
    let t = use_texts();
    let error = p.error.as_ref();
    if !p.municipality {
        return html! {
            <div class="form-row">
                <label class="form-label" for={p.id.clone()}>
                    { t.t("profile-person-prefecture") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <Select id={p.id.clone()} class="select-prefecture"
                        value={AttrValue::from(p.value.clone())}
                        options={prefecture_options(t)}
                        onchange={p.onchange.clone()}
                        invalid={is_at(error, "prefecture_code")} />
                    { error_under(error, "prefecture_code", p.box_id) }
                </div>
            </div>
        };
    }
    let hint_id = format!("{}-hint", p.id);
    html! {
        <div class="form-row">
            <label class="form-label" for={p.id.clone()}>
                { t.t("profile-person-municipality") }<span class="required">{ t.t("profile-required") }</span>
            </label>
            <div class="form-field">
                <Select id={p.id.clone()} class="select-prefecture"
                    value={AttrValue::from(p.value.clone())}
                    options={municipality_options(t, &p.prefecture)}
                    onchange={p.onchange.clone()}
                    describedby={Some(AttrValue::from(hint_id.clone()))}
                    invalid={is_at(error, "municipality_code")} />
                <p class="hint" id={hint_id}>
                    { t.t("profile-person-municipality-hint") }
                </p>
                { error_under(error, "municipality_code", p.box_id) }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autocomplete_is_off_only_at_the_counter() {
        assert_eq!(PersonAutocomplete::Own.values(), ("name", "bday"));
        assert_eq!(PersonAutocomplete::Off.values(), ("off", "off"));
    }
}
