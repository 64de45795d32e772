//! The person-detail rows shared by the counselors' counter registration and the online
//! registration, all with ids under one prefix (`seeker`, `registration`): 氏名
//! `#<prefix>-name`, フリガナ `#<prefix>-kana` (hint `#<prefix>-kana-hint`; hiragana becomes
//! katakana on leaving the box), 生年月日 `#<prefix>-birth-date` (optionally with a hint
//! `#<prefix>-birth-date-hint`), 住所（都道府県） `#<prefix>-prefecture` and, online, 住所（市区町村）
//! `#<prefix>-municipality`, each marked 必須, with
//! refusals under their box (`#<box id>-error`). The rows go inside the form's `.form-table`.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::area_picker::{municipality_options, prefecture_options};
use crate::components::form_field::{described, error_under, invalid, is_at, BoxId};
use crate::components::select::Select;
use crate::forms::account::{to_katakana, Edit, MAX_NAME_CHARS};
use crate::forms::search::FieldError;

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
    /// The hint under the birth date, if any.
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
    let PersonFields {
        prefix,
        box_id,
        error,
        ..
    } = p;
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
                    { "氏名" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <input type="text" id={name_id} class="input input-wide"
                        autocomplete={name_autocomplete} maxlength={max_chars.clone()}
                        value={p.name.to_owned()} placeholder="例：山田 太郎"
                        aria-invalid={invalid(error, "name")}
                        aria-describedby={described(error, "name", None, box_id)}
                        oninput={p.on_name} />
                    { error_under(error, "name", box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={kana_id.clone()}>
                    { "フリガナ" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <input type="text" id={kana_id} class="input input-wide"
                        autocomplete="off" maxlength={max_chars}
                        value={p.kana.to_owned()} placeholder="例：ヤマダ タロウ"
                        aria-invalid={invalid(error, "name_kana")}
                        aria-describedby={described(error, "name_kana", Some(&kana_hint_id), box_id)}
                        oninput={p.on_kana}
                        onblur={p.on_kana_blur} />
                    <p class="hint" id={kana_hint_id.clone()}>
                        { "全角カタカナで入力してください（ひらがなはカタカナに直します）。" }
                    </p>
                    { error_under(error, "name_kana", box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={birth_id.clone()}>
                    { "生年月日" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <input type="date" id={birth_id} class="input input-date"
                        autocomplete={bday_autocomplete} min="1900-01-01" max={today}
                        value={p.birth_date.to_owned()}
                        aria-invalid={invalid(error, "birth_date")}
                        aria-describedby={described(error, "birth_date", birth_hint_id.as_deref(), box_id)}
                        oninput={p.on_birth_date} />
                    if let (Some(id), Some(hint)) = (birth_hint_id.clone(), p.birth_date_hint) {
                        <p class="hint" id={id}>{ hint }</p>
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
    let id = format!("{prefix}-prefecture");
    html! {
        <div class="form-row">
            <label class="form-label" for={id.clone()}>
                { "住所（都道府県）" }<span class="required">{ "必須" }</span>
            </label>
            <div class="form-field">
                <Select id={id} class="select-prefecture"
                    value={AttrValue::from(value.to_owned())}
                    options={prefecture_options(crate::texts::japanese_until_converted())}
                    onchange={onchange}
                    invalid={is_at(error, "prefecture_code")} />
                { error_under(error, "prefecture_code", box_id) }
            </div>
        </div>
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
    let id = format!("{prefix}-municipality");
    let hint_id = format!("{prefix}-municipality-hint");
    html! {
        <div class="form-row">
            <label class="form-label" for={id.clone()}>
                { "住所（市区町村）" }<span class="required">{ "必須" }</span>
            </label>
            <div class="form-field">
                <Select id={id} class="select-prefecture"
                    value={AttrValue::from(value.to_owned())}
                    options={municipality_options(crate::texts::japanese_until_converted(), prefecture)}
                    onchange={onchange}
                    describedby={Some(AttrValue::from(hint_id.clone()))}
                    invalid={is_at(error, "municipality_code")} />
                <p class="hint" id={hint_id}>
                    { "お住まいの市区町村を管轄するハローワークが申込みを受け付けます。" }
                </p>
                { error_under(error, "municipality_code", box_id) }
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
