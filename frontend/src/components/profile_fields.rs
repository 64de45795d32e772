//! The 事業所情報 of an employer: the form rows shared by the 求人者マイページ's opening and the
//! refiling after a 返戻, and the read-only table shown on the employer's home and in the
//! counselors' review.
//!
//! The rows' ids are under one prefix (`employer-opening`, `employer-refile`): 事業所名
//! `#<prefix>-office-name`, フリガナ `#<prefix>-office-kana`, 郵便番号 `#<prefix>-postal-code`,
//! 所在地の都道府県 `#<prefix>-office-prefecture`, 市区町村 `#<prefix>-office-municipality` (its
//! office reviews the registration), 番地・建物 `#<prefix>-address`, 電話番号
//! `#<prefix>-phone`, 代表者名 `#<prefix>-representative`, 業種 `#<prefix>-industry` (with the
//! 大分類 of the 日本標準産業分類 as suggestions), 従業員数 `#<prefix>-employees`, 事業内容
//! `#<prefix>-business` (a text area) and ホームページ `#<prefix>-homepage` (任意), each with its
//! refusal under it (`#<box id>-error`). They go inside the form's `.form-table`. The rows and
//! the table are components, so they speak the language shown whoever calls them.

use shigoto_domain::employer::{
    MAX_ADDRESS_CHARS, MAX_BUSINESS_CHARS, MAX_HOMEPAGE_CHARS, MAX_NAME_CHARS, MAX_PHONE_CHARS,
    MAX_POSTAL_CODE_CHARS, MAX_SHORT_CHARS,
};
use shigoto_i18n::{catalogue, key, Catalogue, Lang};
use shigoto_shared::EmployerProfile;
use yew::prelude::*;

use crate::components::area_picker::{municipality_options, prefecture_options};
use crate::components::form_field::{
    described, error_under, invalid, is_at, on_text, on_text_area, BoxId,
};
use crate::components::person_fields::on_select;
use crate::components::select::{Select, SelectOption};
use crate::forms::account::{to_katakana, Edit};
use crate::forms::employer::ProfileForm;
use crate::forms::search::FieldError;
use crate::state::lang::use_texts;

/// The 大分類 of the 日本標準産業分類, offered as suggestions for 業種 (their Japanese names are
/// the values; the language shown labels them).
pub const INDUSTRIES: [&str; 20] = [
    key!("profile-industry-a"),
    key!("profile-industry-b"),
    key!("profile-industry-c"),
    key!("profile-industry-d"),
    key!("profile-industry-e"),
    key!("profile-industry-f"),
    key!("profile-industry-g"),
    key!("profile-industry-h"),
    key!("profile-industry-i"),
    key!("profile-industry-j"),
    key!("profile-industry-k"),
    key!("profile-industry-l"),
    key!("profile-industry-m"),
    key!("profile-industry-n"),
    key!("profile-industry-o"),
    key!("profile-industry-p"),
    key!("profile-industry-q"),
    key!("profile-industry-r"),
    key!("profile-industry-s"),
    key!("profile-industry-t"),
];

/// What the rows show and where their typing goes.
pub struct ProfileFields<'a> {
    /// Prefix of the element ids (`employer-opening`, `employer-refile`).
    pub prefix: &'static str,
    /// The form's map from refused fields (`phone`, …) to box ids.
    pub box_id: BoxId,
    pub error: Option<&'a FieldError>,
    pub form: &'a ProfileForm,
    pub on_edit: Callback<Edit<ProfileForm>>,
}

/// The 47 prefectures (a company's seat is in Japan).
fn seat_prefectures(t: &Catalogue) -> Vec<SelectOption> {
    prefecture_options(t)
        .into_iter()
        .filter(|o| o.value.as_str() <= "47")
        .collect()
}

/// One labelled text box (its texts by catalogue key).
struct TextRow<'a> {
    field: &'static str,
    label: &'static str,
    required: bool,
    value: &'a str,
    max: usize,
    class: &'static str,
    placeholder: &'static str,
    hint: Option<&'static str>,
    autocomplete: &'static str,
    inputmode: Option<&'static str>,
    list: Option<String>,
    oninput: Callback<InputEvent>,
    onblur: Option<Callback<FocusEvent>>,
}

fn text_row(t: &Catalogue, p: &ProfileRowsProps, row: TextRow<'_>) -> Html {
    let Some(id) = (p.box_id)(row.field) else {
        return html! {};
    };
    let error = p.error.as_ref();
    let hint_id = row.hint.map(|_| format!("{id}-hint"));
    html! {
        <div class="form-row">
            <label class="form-label" for={id}>
                { t.t(row.label) }
                if row.required {
                    <span class="required">{ t.t("profile-required") }</span>
                } else {
                    <span class="optional">{ t.t("profile-optional") }</span>
                }
            </label>
            <div class="form-field">
                <input type="text" id={id} class={classes!("input", row.class)}
                    autocomplete={row.autocomplete} inputmode={row.inputmode}
                    maxlength={row.max.to_string()} list={row.list}
                    value={row.value.to_owned()} placeholder={t.t(row.placeholder)}
                    aria-invalid={invalid(error, row.field)}
                    aria-describedby={described(error, row.field, hint_id.as_deref(), p.box_id)}
                    oninput={row.oninput} onblur={row.onblur} />
                if let (Some(hint_id), Some(hint)) = (hint_id.clone(), row.hint) {
                    <p class="hint" id={hint_id}>{ t.t(hint) }</p>
                }
                { error_under(error, row.field, p.box_id) }
            </div>
        </div>
    }
}

/// The twelve rows of the 事業所情報.
pub fn profile_rows(p: ProfileFields<'_>) -> Html {
    html! {
        <ProfileRows prefix={p.prefix} box_id={p.box_id} error={p.error.cloned()}
            form={p.form.clone()} on_edit={p.on_edit} />
    }
}

/// [`ProfileFields`] as a component's properties (owned, so the rows can take the language).
#[derive(Properties)]
pub struct ProfileRowsProps {
    pub prefix: &'static str,
    pub box_id: BoxId,
    pub error: Option<FieldError>,
    pub form: ProfileForm,
    pub on_edit: Callback<Edit<ProfileForm>>,
}

impl PartialEq for ProfileRowsProps {
    /// Everything but the map from fields to boxes, which a form never changes.
    fn eq(&self, other: &Self) -> bool {
        self.prefix == other.prefix
            && self.error == other.error
            && self.form == other.form
            && self.on_edit == other.on_edit
    }
}

/// The twelve rows of the 事業所情報 in the language shown.
#[function_component]
pub fn ProfileRows(p: &ProfileRowsProps) -> Html {
    let t = use_texts();
    let japanese = catalogue(Lang::Ja);
    let edit = &p.on_edit;
    let form = &p.form;
    let prefix = p.prefix;
    let error = p.error.as_ref();
    let kana_blur = {
        let edit = edit.clone();
        Callback::from(move |_: FocusEvent| {
            edit.emit(Edit::new(|f: &mut ProfileForm| {
                f.name_kana = to_katakana(&f.name_kana);
            }))
        })
    };
    let industries_id = format!("{prefix}-industries");
    let prefecture_id = (p.box_id)("prefecture_code").unwrap_or_default();
    let municipality_id = (p.box_id)("municipality_code").unwrap_or_default();
    let municipality_hint = format!("{municipality_id}-hint");
    let business_id = (p.box_id)("business").unwrap_or_default();
    let business_hint = format!("{business_id}-hint");
    html! {
        <>
            { text_row(t, p, TextRow {
                field: "name", label: key!("profile-employer-name"), required: true, value: &form.name,
                max: MAX_NAME_CHARS, class: "input-wide", placeholder: key!("profile-employer-name.placeholder"),
                hint: None, autocomplete: "organization", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.name = v), onblur: None,
            }) }
            { text_row(t, p, TextRow {
                field: "name_kana", label: key!("profile-employer-kana"), required: true, value: &form.name_kana,
                max: MAX_NAME_CHARS, class: "input-wide", placeholder: key!("profile-employer-kana.placeholder"),
                hint: Some(key!("profile-kana-hint")),
                autocomplete: "off", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.name_kana = v), onblur: Some(kana_blur),
            }) }
            { text_row(t, p, TextRow {
                field: "postal_code", label: key!("profile-employer-postal-code"), required: true, value: &form.postal_code,
                max: MAX_POSTAL_CODE_CHARS, class: "input-postal", placeholder: key!("profile-employer-postal-code.placeholder"),
                hint: None, autocomplete: "postal-code", inputmode: Some("numeric"), list: None,
                oninput: on_text(edit, |f, v| f.postal_code = v), onblur: None,
            }) }
            <div class="form-row">
                <label class="form-label" for={prefecture_id}>
                    { t.t("profile-employer-prefecture") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <Select id={prefecture_id} class="select-prefecture"
                        value={AttrValue::from(form.prefecture.clone())}
                        options={seat_prefectures(t)}
                        onchange={on_select(edit, |f, v| {
                            if f.prefecture != v {
                                f.municipality.clear();
                            }
                            f.prefecture = v;
                        })}
                        invalid={is_at(error, "prefecture_code")} />
                    { error_under(error, "prefecture_code", p.box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={municipality_id}>
                    { t.t("profile-employer-municipality") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <Select id={municipality_id} class="select-prefecture"
                        value={AttrValue::from(form.municipality.clone())}
                        options={municipality_options(t, &form.prefecture)}
                        onchange={on_select(edit, |f, v| f.municipality = v)}
                        describedby={Some(AttrValue::from(municipality_hint.clone()))}
                        invalid={is_at(error, "municipality_code")} />
                    <p class="hint" id={municipality_hint}>
                        { t.t("profile-employer-municipality-hint") }
                    </p>
                    { error_under(error, "municipality_code", p.box_id) }
                </div>
            </div>
            { text_row(t, p, TextRow {
                field: "address", label: key!("profile-employer-street"), required: true, value: &form.address,
                max: MAX_ADDRESS_CHARS, class: "input-full", placeholder: key!("profile-employer-street.placeholder"),
                hint: None, autocomplete: "address-line1", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.address = v), onblur: None,
            }) }
            { text_row(t, p, TextRow {
                field: "phone", label: key!("profile-employer-phone"), required: true, value: &form.phone,
                max: MAX_PHONE_CHARS, class: "input-phone", placeholder: key!("profile-employer-phone.placeholder"),
                hint: None, autocomplete: "tel", inputmode: Some("tel"), list: None,
                oninput: on_text(edit, |f, v| f.phone = v), onblur: None,
            }) }
            { text_row(t, p, TextRow {
                field: "representative", label: key!("profile-employer-representative"), required: true, value: &form.representative,
                max: MAX_SHORT_CHARS, class: "input-wide", placeholder: key!("profile-employer-representative.placeholder"),
                hint: None, autocomplete: "off", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.representative = v), onblur: None,
            }) }
            { text_row(t, p, TextRow {
                field: "industry", label: key!("profile-employer-industry"), required: true, value: &form.industry,
                max: MAX_SHORT_CHARS, class: "input-wide", placeholder: key!("profile-employer-industry.placeholder"),
                hint: Some(key!("profile-employer-industry.hint")),
                autocomplete: "off", inputmode: None, list: Some(industries_id.clone()),
                oninput: on_text(edit, |f, v| f.industry = v), onblur: None,
            }) }
            <datalist id={industries_id}>
                { for INDUSTRIES.iter().map(|key| html! {
                    <option value={japanese.t(key)} label={t.t(key)} />
                }) }
            </datalist>
            { text_row(t, p, TextRow {
                field: "employees", label: key!("profile-employer-employees"), required: true, value: &form.employees,
                max: 9, class: "input-count", placeholder: key!("profile-employer-employees.placeholder"),
                hint: Some(key!("profile-employer-employees.hint")),
                autocomplete: "off", inputmode: Some("numeric"), list: None,
                oninput: on_text(edit, |f, v| f.employees = v), onblur: None,
            }) }
            <div class="form-row">
                <label class="form-label" for={business_id}>
                    { t.t("profile-employer-business") }<span class="required">{ t.t("profile-required") }</span>
                </label>
                <div class="form-field">
                    <textarea id={business_id} class="input textarea" rows="4"
                        maxlength={MAX_BUSINESS_CHARS.to_string()}
                        value={form.business.clone()}
                        placeholder={t.t("profile-employer-business.placeholder")}
                        aria-invalid={invalid(error, "business")}
                        aria-describedby={described(error, "business", Some(&business_hint), p.box_id)}
                        oninput={on_text_area(edit, |f, v| f.business = v)} />
                    <p class="hint" id={business_hint.clone()}>
                        { t.t_with("profile-employer-business-hint", &[("max", MAX_BUSINESS_CHARS.into())]) }
                    </p>
                    { error_under(error, "business", p.box_id) }
                </div>
            </div>
            { text_row(t, p, TextRow {
                field: "homepage", label: key!("profile-employer-homepage"), required: false, value: &form.homepage,
                max: MAX_HOMEPAGE_CHARS, class: "input-full", placeholder: key!("profile-employer-homepage.placeholder"),
                hint: None, autocomplete: "url", inputmode: Some("url"), list: None,
                oninput: on_text(edit, |f, v| f.homepage = v), onblur: None,
            }) }
        </>
    }
}

/// The 事業所情報 as a read-only table (`table.profile-table`, with `id`).
pub fn profile_table(id: &str, profile: &EmployerProfile) -> Html {
    html! { <ProfileTable id={id.to_owned()} profile={profile.clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct ProfileTableProps {
    pub id: String,
    pub profile: EmployerProfile,
}

/// [`profile_table`] in the language shown.
#[function_component]
pub fn ProfileTable(props: &ProfileTableProps) -> Html {
    let t = use_texts();
    let profile = &props.profile;
    let row = |label: &'static str, value: Html| {
        html! {
            <tr>
                <th scope="row">{ t.t(label) }</th>
                <td>{ value }</td>
            </tr>
        }
    };
    let text = |value: &str| html! { { value.to_owned() } };
    html! {
        <table id={props.id.clone()} class="sheet-table profile-table">
            <tbody>
                { row(key!("profile-employer-name"), html! {
                    <>
                        <span class="profile-name">{ profile.name.clone() }</span>
                        <span class="kana">{ profile.name_kana.clone() }</span>
                    </>
                }) }
                { row(key!("profile-employer-address"), html! {
                    <>
                        { t.t_with("profile-employer-postal", &[("code", profile.postal_code.as_str().into())]) }<br />
                        { shigoto_domain::employer::full_address(profile) }
                    </>
                }) }
                { row(key!("profile-employer-phone"), text(&profile.phone)) }
                { row(key!("profile-employer-representative"), text(&profile.representative)) }
                { row(key!("profile-employer-industry"), text(&profile.industry)) }
                { row(key!("profile-employer-employees"), text(&t.t_with(
                    "profile-employer-employees-value",
                    &[("count", profile.employees.to_string().into())],
                ))) }
                { row(key!("profile-employer-business"), html! { <span class="multiline">{ profile.business.clone() }</span> }) }
                { row(key!("profile-employer-homepage"), text(&profile.homepage.clone().unwrap_or_else(|| t.t("profile-employer-no-homepage")))) }
            </tbody>
        </table>
    }
}
