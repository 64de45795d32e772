//! 連絡先, 学歴, 職歴 and 免許・資格 of the 求職者情報 editor. Each 学歴 and 職歴 line is a
//! fieldset (`.education-line`, `.work-line`) with its boxes and 「この行を削除」; 「学歴を追加」
//! (`#profile-add-education`) and 「職歴を追加」 (`#profile-add-work`) add a line up to the
//! domain's limit. 免許・資格 is one text area (`#profile-licences`), one a line.

use shigoto_domain::employer::{MAX_PHONE_CHARS, MAX_POSTAL_CODE_CHARS};
use shigoto_domain::profile::{
    MAX_ADDRESS_CHARS, MAX_DEPARTMENT_CHARS, MAX_DUTIES_CHARS, MAX_EDUCATION, MAX_EMPLOYER_CHARS,
    MAX_LICENCES, MAX_LICENCE_CHARS, MAX_SCHOOL_CHARS, MAX_WORK_HISTORY,
};
use shigoto_refdata::{occupations, OccupationLevel};
use shigoto_shared::{EducationStatus, EmploymentType};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::boxes::{group_row, set, Ctx, TextSpec};
use crate::components::area_picker::prefecture_options;
use crate::components::select::SelectOption;
use crate::forms::edit::Edit;
use crate::forms::profile::{field_id, ProfileEditor};

pub fn contact(ctx: Ctx<'_>) -> Html {
    let contact = &ctx.editor.profile.contact;
    html! {
        <fieldset class="profile-section" id="profile-contact">
            <legend class="form-section-title">{ "連絡先" }</legend>
            <div class="form-table">
                { ctx.text_row(
                    TextSpec::new("contact.phone", "電話番号", &contact.phone, MAX_PHONE_CHARS)
                        .class("input-phone").placeholder("03-1234-5678").autocomplete("tel")
                        .hint("ハイフンはあってもなくてもかまいません。"),
                    set(|p, v| p.contact.phone = v)) }
                { ctx.text_row(
                    TextSpec::new("contact.postal_code", "郵便番号", &contact.postal_code, MAX_POSTAL_CODE_CHARS)
                        .class("input-postal").placeholder("100-0013").numeric()
                        .autocomplete("postal-code"),
                    set(|p, v| p.contact.postal_code = v)) }
                { group_row("住所", html! {
                    <>
                        <div class="inline-fields">
                            { ctx.select("contact.prefecture_code", "住所の都道府県",
                                &contact.prefecture_code, prefecture_options(crate::texts::japanese_until_converted()),
                                set(|p, v| p.contact.prefecture_code = v)) }
                            { ctx.text_box(
                                &TextSpec::new("contact.address", "市区町村・番地・建物",
                                    &contact.address, MAX_ADDRESS_CHARS)
                                    .placeholder("千代田区霞が関1-2-2"),
                                set(|p, v| p.contact.address = v)) }
                        </div>
                        { ctx.error("contact.prefecture_code") }
                        { ctx.error("contact.address") }
                    </>
                }) }
            </div>
        </fieldset>
    }
}

fn status_options() -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", "選択してください"))
        .chain(
            EducationStatus::ALL
                .iter()
                .map(|s| SelectOption::new(s.as_str(), s.label())),
        )
        .collect()
}

fn employment_options() -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", "（選択しない）"))
        .chain(
            EmploymentType::ALL
                .iter()
                .map(|t| SelectOption::new(t.as_str(), t.label())),
        )
        .collect()
}

/// 職種 of a 職歴 line: the 中分類 of the 職業分類.
fn occupation_options() -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", "（選択しない）"))
        .chain(
            occupations()
                .iter()
                .filter(|o| o.level == OccupationLevel::Middle)
                .map(|o| SelectOption::new(o.code, o.name)),
        )
        .collect()
}

fn remove_button(
    ctx: Ctx<'_>,
    label: String,
    remove: fn(&mut ProfileEditor, usize),
    i: usize,
) -> Html {
    let edit = ctx.edit.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
            remove(editor, i)
        }))
    });
    html! {
        <button type="button" class="button button-secondary button-small line-remove"
            aria-label={label} {onclick}>{ "この行を削除" }</button>
    }
}

fn add_button(
    ctx: Ctx<'_>,
    id: &'static str,
    text: &'static str,
    full: bool,
    add: fn(&mut ProfileEditor),
) -> Html {
    let edit = ctx.edit.clone();
    let onclick = Callback::from(move |_: MouseEvent| edit.emit(Edit::new(add)));
    html! {
        <button type="button" {id} class="button button-secondary" disabled={full} {onclick}>
            { text }
        </button>
    }
}

pub fn education(ctx: Ctx<'_>) -> Html {
    let lines = ctx.editor.profile.education.iter().enumerate().map(|(i, line)| {
        let at = |name: &str| format!("education.{i}.{name}");
        html! {
            <fieldset class="history-line education-line" key={i}>
                <legend>{ format!("学歴 {}", i + 1) }</legend>
                <div class="form-table">
                    { ctx.text_row(TextSpec::new(at("school"), "学校名", &line.school, MAX_SCHOOL_CHARS)
                        .placeholder("東京都立大学"),
                        set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.school = v })) }
                    { ctx.text_row(TextSpec::new(at("department"), "学部・学科", &line.department, MAX_DEPARTMENT_CHARS)
                        .placeholder("経済学部"),
                        set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.department = v })) }
                    { group_row("卒業・中退の別と年月", html! {
                        <>
                            <div class="inline-fields">
                                { ctx.select(&at("status"), "卒業・中退の別",
                                    line.status.map_or("", |s| s.as_str()), status_options(),
                                    set(move |p, v| if let Some(l) = p.education.get_mut(i) {
                                        l.status = EducationStatus::from_wire(&v)
                                    })) }
                                { ctx.text_box(&TextSpec::new(at("finished"), "年月", &line.finished, 10)
                                    .class("input-month").placeholder("2015-03"),
                                    set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.finished = v })) }
                            </div>
                            { ctx.error(&at("status")) }
                            { ctx.error(&at("finished")) }
                        </>
                    }) }
                </div>
                { remove_button(ctx, format!("学歴 {} を削除", i + 1), ProfileEditor::remove_education, i) }
            </fieldset>
        }
    });
    let full = ctx.editor.profile.education.len() >= MAX_EDUCATION;
    html! {
        <fieldset class="profile-section" id="profile-education">
            <legend class="form-section-title">{ "学歴" }</legend>
            <p class="hint">{ format!("最終学歴から{MAX_EDUCATION}件まで。年月は「2015-03」や「2015年3月」のように入力します。") }</p>
            { for lines }
            { ctx.error("education") }
            { add_button(ctx, "profile-add-education", "学歴を追加", full, ProfileEditor::add_education) }
        </fieldset>
    }
}

pub fn work(ctx: Ctx<'_>) -> Html {
    let lines = ctx.editor.profile.work_history.iter().enumerate().map(|(i, line)| {
        let at = |name: &str| format!("work_history.{i}.{name}");
        html! {
            <fieldset class="history-line work-line" key={i}>
                <legend>{ format!("職歴 {}", i + 1) }</legend>
                <div class="form-table">
                    { ctx.text_row(TextSpec::new(at("employer"), "事業所名", &line.employer, MAX_EMPLOYER_CHARS),
                        set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.employer = v })) }
                    { group_row("職種と雇用形態", html! {
                        <>
                            <div class="inline-fields">
                                { ctx.select(&at("occupation_code"), "職種", &line.occupation_code,
                                    occupation_options(),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.occupation_code = v })) }
                                { ctx.select(&at("employment_type"), "雇用形態",
                                    line.employment_type.map_or("", |t| t.as_str()), employment_options(),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) {
                                        l.employment_type = EmploymentType::from_wire(&v)
                                    })) }
                            </div>
                            { ctx.error(&at("occupation_code")) }
                        </>
                    }) }
                    { group_row("期間", html! {
                        <>
                            <div class="inline-fields">
                                { ctx.text_box(&TextSpec::new(at("from"), "入職の年月", &line.from, 10)
                                    .class("input-month").placeholder("2019-04"),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.from = v })) }
                                <span>{ "から" }</span>
                                { ctx.text_box(&TextSpec::new(at("to"), "離職の年月", &line.to, 10)
                                    .class("input-month").placeholder("在職中は空欄"),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.to = v })) }
                                <span>{ "まで" }</span>
                            </div>
                            { ctx.error(&at("from")) }
                            { ctx.error(&at("to")) }
                        </>
                    }) }
                    { ctx.text_row(TextSpec::new(at("duties"), "仕事の内容", &line.duties, MAX_DUTIES_CHARS),
                        set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.duties = v })) }
                </div>
                { remove_button(ctx, format!("職歴 {} を削除", i + 1), ProfileEditor::remove_work, i) }
            </fieldset>
        }
    });
    let full = ctx.editor.profile.work_history.len() >= MAX_WORK_HISTORY;
    html! {
        <fieldset class="profile-section" id="profile-work">
            <legend class="form-section-title">{ "職歴" }</legend>
            <p class="hint">{ format!("最近のものから{MAX_WORK_HISTORY}件まで。") }</p>
            { for lines }
            { ctx.error("work_history") }
            { add_button(ctx, "profile-add-work", "職歴を追加", full, ProfileEditor::add_work) }
        </fieldset>
    }
}

pub fn licences(ctx: Ctx<'_>) -> Html {
    let edit = ctx.edit.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
        edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
            editor.licences = value.clone();
            editor.edited("licences");
        }));
    });
    let id = field_id("licences");
    html! {
        <fieldset class="profile-section">
            <legend class="form-section-title">{ "免許・資格" }</legend>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for={id.clone()}>{ "免許・資格" }</label>
                    <div class="form-field">
                        <textarea id={id.clone()} class="textarea" rows="4"
                            value={ctx.editor.licences.clone()}
                            aria-invalid={ctx.invalid("licences")}
                            aria-describedby={ctx.described("licences", true)} {oninput} />
                        <p class="hint" id={format!("{id}-hint")}>
                            { format!("1行に1つ、{MAX_LICENCES}件まで（1つ{MAX_LICENCE_CHARS}文字以内）。例: 普通自動車第一種運転免許") }
                        </p>
                        { ctx.error("licences") }
                    </div>
                </div>
            </div>
        </fieldset>
    }
}
