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
//! refusal under it (`#<box id>-error`). They go inside the form's `.form-table`.

use shigoto_domain::employer::{
    MAX_ADDRESS_CHARS, MAX_BUSINESS_CHARS, MAX_HOMEPAGE_CHARS, MAX_NAME_CHARS, MAX_PHONE_CHARS,
    MAX_POSTAL_CODE_CHARS, MAX_SHORT_CHARS,
};
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

/// The 大分類 of the 日本標準産業分類, offered as suggestions for 業種.
pub const INDUSTRIES: [&str; 20] = [
    "農業，林業",
    "漁業",
    "鉱業，採石業，砂利採取業",
    "建設業",
    "製造業",
    "電気・ガス・熱供給・水道業",
    "情報通信業",
    "運輸業，郵便業",
    "卸売業，小売業",
    "金融業，保険業",
    "不動産業，物品賃貸業",
    "学術研究，専門・技術サービス業",
    "宿泊業，飲食サービス業",
    "生活関連サービス業，娯楽業",
    "教育，学習支援業",
    "医療，福祉",
    "複合サービス事業",
    "サービス業（他に分類されないもの）",
    "公務（他に分類されるものを除く）",
    "分類不能の産業",
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
fn seat_prefectures() -> Vec<SelectOption> {
    prefecture_options(crate::texts::japanese_until_converted())
        .into_iter()
        .filter(|o| o.value.as_str() <= "47")
        .collect()
}

/// One labelled text box.
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

fn text_row(p: &ProfileFields<'_>, row: TextRow<'_>) -> Html {
    let Some(id) = (p.box_id)(row.field) else {
        return html! {};
    };
    let hint_id = row.hint.map(|_| format!("{id}-hint"));
    html! {
        <div class="form-row">
            <label class="form-label" for={id}>
                { row.label }
                if row.required {
                    <span class="required">{ "必須" }</span>
                } else {
                    <span class="optional">{ "任意" }</span>
                }
            </label>
            <div class="form-field">
                <input type="text" id={id} class={classes!("input", row.class)}
                    autocomplete={row.autocomplete} inputmode={row.inputmode}
                    maxlength={row.max.to_string()} list={row.list}
                    value={row.value.to_owned()} placeholder={row.placeholder}
                    aria-invalid={invalid(p.error, row.field)}
                    aria-describedby={described(p.error, row.field, hint_id.as_deref(), p.box_id)}
                    oninput={row.oninput} onblur={row.onblur} />
                if let (Some(hint_id), Some(hint)) = (hint_id.clone(), row.hint) {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                { error_under(p.error, row.field, p.box_id) }
            </div>
        </div>
    }
}

/// The twelve rows of the 事業所情報.
pub fn profile_rows(p: ProfileFields<'_>) -> Html {
    let edit = &p.on_edit;
    let form = p.form;
    let prefix = p.prefix;
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
            { text_row(&p, TextRow {
                field: "name", label: "事業所名", required: true, value: &form.name,
                max: MAX_NAME_CHARS, class: "input-wide", placeholder: "例：株式会社ひので商事",
                hint: None, autocomplete: "organization", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.name = v), onblur: None,
            }) }
            { text_row(&p, TextRow {
                field: "name_kana", label: "事業所名（フリガナ）", required: true, value: &form.name_kana,
                max: MAX_NAME_CHARS, class: "input-wide", placeholder: "例：カブシキガイシャヒノデショウジ",
                hint: Some("全角カタカナで入力してください（ひらがなはカタカナに直します）。"),
                autocomplete: "off", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.name_kana = v), onblur: Some(kana_blur),
            }) }
            { text_row(&p, TextRow {
                field: "postal_code", label: "郵便番号", required: true, value: &form.postal_code,
                max: MAX_POSTAL_CODE_CHARS, class: "input-postal", placeholder: "例：100-0013",
                hint: None, autocomplete: "postal-code", inputmode: Some("numeric"), list: None,
                oninput: on_text(edit, |f, v| f.postal_code = v), onblur: None,
            }) }
            <div class="form-row">
                <label class="form-label" for={prefecture_id}>
                    { "所在地（都道府県）" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <Select id={prefecture_id} class="select-prefecture"
                        value={AttrValue::from(form.prefecture.clone())}
                        options={seat_prefectures()}
                        onchange={on_select(edit, |f, v| {
                            if f.prefecture != v {
                                f.municipality.clear();
                            }
                            f.prefecture = v;
                        })}
                        invalid={is_at(p.error, "prefecture_code")} />
                    { error_under(p.error, "prefecture_code", p.box_id) }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={municipality_id}>
                    { "所在地（市区町村）" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <Select id={municipality_id} class="select-prefecture"
                        value={AttrValue::from(form.municipality.clone())}
                        options={municipality_options(crate::texts::japanese_until_converted(), &form.prefecture)}
                        onchange={on_select(edit, |f, v| f.municipality = v)}
                        describedby={Some(AttrValue::from(municipality_hint.clone()))}
                        invalid={is_at(p.error, "municipality_code")} />
                    <p class="hint" id={municipality_hint}>
                        { "所在地を管轄するハローワークが事業所登録を受け付けます。" }
                    </p>
                    { error_under(p.error, "municipality_code", p.box_id) }
                </div>
            </div>
            { text_row(&p, TextRow {
                field: "address", label: "所在地（番地・建物）", required: true, value: &form.address,
                max: MAX_ADDRESS_CHARS, class: "input-full", placeholder: "例：霞が関1-2-2 ひのでビル3階",
                hint: None, autocomplete: "address-line1", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.address = v), onblur: None,
            }) }
            { text_row(&p, TextRow {
                field: "phone", label: "電話番号", required: true, value: &form.phone,
                max: MAX_PHONE_CHARS, class: "input-phone", placeholder: "例：03-1234-5678",
                hint: None, autocomplete: "tel", inputmode: Some("tel"), list: None,
                oninput: on_text(edit, |f, v| f.phone = v), onblur: None,
            }) }
            { text_row(&p, TextRow {
                field: "representative", label: "代表者名", required: true, value: &form.representative,
                max: MAX_SHORT_CHARS, class: "input-wide", placeholder: "例：代表取締役 日野出 太郎",
                hint: None, autocomplete: "off", inputmode: None, list: None,
                oninput: on_text(edit, |f, v| f.representative = v), onblur: None,
            }) }
            { text_row(&p, TextRow {
                field: "industry", label: "業種", required: true, value: &form.industry,
                max: MAX_SHORT_CHARS, class: "input-wide", placeholder: "例：卸売業，小売業",
                hint: Some("一覧から選ぶか、直接入力してください。"),
                autocomplete: "off", inputmode: None, list: Some(industries_id.clone()),
                oninput: on_text(edit, |f, v| f.industry = v), onblur: None,
            }) }
            <datalist id={industries_id}>
                { for INDUSTRIES.iter().map(|name| html! { <option value={*name} /> }) }
            </datalist>
            { text_row(&p, TextRow {
                field: "employees", label: "従業員数（企業全体）", required: true, value: &form.employees,
                max: 9, class: "input-count", placeholder: "例：42",
                hint: Some("人数を数字で入力してください。"),
                autocomplete: "off", inputmode: Some("numeric"), list: None,
                oninput: on_text(edit, |f, v| f.employees = v), onblur: None,
            }) }
            <div class="form-row">
                <label class="form-label" for={business_id}>
                    { "事業内容" }<span class="required">{ "必須" }</span>
                </label>
                <div class="form-field">
                    <textarea id={business_id} class="input textarea" rows="4"
                        maxlength={MAX_BUSINESS_CHARS.to_string()}
                        value={form.business.clone()}
                        placeholder="例：文房具・事務用品の卸売、オフィス向け通信販売"
                        aria-invalid={invalid(p.error, "business")}
                        aria-describedby={described(p.error, "business", Some(&business_hint), p.box_id)}
                        oninput={on_text_area(edit, |f, v| f.business = v)} />
                    <p class="hint" id={business_hint.clone()}>
                        { format!("{MAX_BUSINESS_CHARS}文字以内で入力してください。") }
                    </p>
                    { error_under(p.error, "business", p.box_id) }
                </div>
            </div>
            { text_row(&p, TextRow {
                field: "homepage", label: "ホームページ", required: false, value: &form.homepage,
                max: MAX_HOMEPAGE_CHARS, class: "input-full", placeholder: "例：https://www.hinode.example.jp",
                hint: None, autocomplete: "url", inputmode: Some("url"), list: None,
                oninput: on_text(edit, |f, v| f.homepage = v), onblur: None,
            }) }
        </>
    }
}

/// The 事業所情報 as a read-only table (`table.profile-table`, with `id`).
pub fn profile_table(id: &str, profile: &EmployerProfile) -> Html {
    let row = |label: &'static str, value: Html| {
        html! {
            <tr>
                <th scope="row">{ label }</th>
                <td>{ value }</td>
            </tr>
        }
    };
    let text = |value: &str| html! { { value.to_owned() } };
    html! {
        <table id={id.to_owned()} class="sheet-table profile-table">
            <tbody>
                { row("事業所名", html! {
                    <>
                        <span class="profile-name">{ profile.name.clone() }</span>
                        <span class="kana">{ profile.name_kana.clone() }</span>
                    </>
                }) }
                { row("所在地", html! {
                    <>
                        { format!("〒{}", profile.postal_code) }<br />
                        { shigoto_domain::employer::full_address(profile) }
                    </>
                }) }
                { row("電話番号", text(&profile.phone)) }
                { row("代表者名", text(&profile.representative)) }
                { row("業種", text(&profile.industry)) }
                { row("従業員数（企業全体）", text(&format!("{}人", profile.employees))) }
                { row("事業内容", html! { <span class="multiline">{ profile.business.clone() }</span> }) }
                { row("ホームページ", text(profile.homepage.as_deref().unwrap_or("なし"))) }
            </tbody>
        </table>
    }
}
