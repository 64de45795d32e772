//! 連絡先, 学歴, 職歴 and 免許・資格 of the 求職者情報 editor. Each 学歴 and 職歴 line is a
//! fieldset (`.education-line`, `.work-line`) with its boxes and 「この行を削除」; 「学歴を追加」
//! (`#profile-add-education`) and 「職歴を追加」 (`#profile-add-work`) add a line up to the
//! domain's limit. 免許・資格 is one text area (`#profile-licences`), one a line.

use shigoto_domain::employer::{MAX_PHONE_CHARS, MAX_POSTAL_CODE_CHARS};
use shigoto_domain::profile::{
    MAX_ADDRESS_CHARS, MAX_DEPARTMENT_CHARS, MAX_DUTIES_CHARS, MAX_EDUCATION, MAX_EMPLOYER_CHARS,
    MAX_LICENCES, MAX_LICENCE_CHARS, MAX_SCHOOL_CHARS, MAX_WORK_HISTORY,
};
use shigoto_i18n::Catalogue;
use shigoto_refdata::{occupations, OccupationLevel};
use shigoto_shared::{EducationStatus, EmploymentType};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::boxes::{group_row, set, Ctx, TextSpec};
use crate::components::area_picker::prefecture_options;
use crate::components::select::SelectOption;
use crate::forms::edit::Edit;
use crate::forms::profile::{field_id, ProfileEditor};

pub fn contact(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let contact = &ctx.editor.profile.contact;
    html! {
        <fieldset class="profile-section" id="profile-contact">
            <legend class="form-section-title">{ t.t("profile-contact") }</legend>
            <div class="form-table">
                { ctx.text_row(
                    TextSpec::new("contact.phone", &t.t("profile-part-phone"), &contact.phone, MAX_PHONE_CHARS)
                        .class("input-phone").placeholder("03-1234-5678").autocomplete("tel")
                        .hint(&t.t("profile-contact-phone-hint")),
                    set(|p, v| p.contact.phone = v)) }
                { ctx.text_row(
                    TextSpec::new("contact.postal_code", &t.t("profile-contact-postal-code"), &contact.postal_code, MAX_POSTAL_CODE_CHARS)
                        .class("input-postal").placeholder("100-0013").numeric()
                        .autocomplete("postal-code"),
                    set(|p, v| p.contact.postal_code = v)) }
                { group_row(&t.t("profile-part-address"), html! {
                    <>
                        <div class="inline-fields">
                            { ctx.select("contact.prefecture_code", &t.t("profile-contact-prefecture"),
                                &contact.prefecture_code, prefecture_options(t),
                                set(|p, v| p.contact.prefecture_code = v)) }
                            { ctx.text_box(
                                &TextSpec::new("contact.address", &t.t("profile-contact-address"),
                                    &contact.address, MAX_ADDRESS_CHARS)
                                    .placeholder(&t.t("profile-contact-address.placeholder")),
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

fn status_options(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("profile-choose")))
        .chain(
            EducationStatus::ALL
                .iter()
                .map(|s| SelectOption::new(s.as_str(), s.label_in(t))),
        )
        .collect()
}

fn employment_options(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("profile-choose-none")))
        .chain(
            EmploymentType::ALL
                .iter()
                .map(|kind| SelectOption::new(kind.as_str(), kind.label_in(t))),
        )
        .collect()
}

/// 職種 of a 職歴 line: the 中分類 of the 職業分類.
fn occupation_options(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("profile-choose-none")))
        .chain(
            occupations()
                .iter()
                .filter(|o| o.level == OccupationLevel::Middle)
                .map(|o| SelectOption::new(o.code, o.name)),
        )
        .collect()
}

fn remove_button(
    t: &Catalogue,
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
            aria-label={label} {onclick}>{ t.t("profile-remove-line") }</button>
    }
}

fn add_button(
    ctx: Ctx<'_>,
    id: &'static str,
    text: String,
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

pub fn education(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let lines = ctx.editor.profile.education.iter().enumerate().map(|(i, line)| {
        let at = |name: &str| format!("education.{i}.{name}");
        html! {
            <fieldset class="history-line education-line" key={i}>
                <legend>{ t.t_with("profile-education-line", &[("number", (i + 1).into())]) }</legend>
                <div class="form-table">
                    { ctx.text_row(TextSpec::new(at("school"), &t.t("profile-education-school"), &line.school, MAX_SCHOOL_CHARS)
                        .placeholder(&t.t("profile-education-school.placeholder")),
                        set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.school = v })) }
                    { ctx.text_row(TextSpec::new(at("department"), &t.t("profile-education-department"), &line.department, MAX_DEPARTMENT_CHARS)
                        .placeholder(&t.t("profile-education-department.placeholder")),
                        set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.department = v })) }
                    { group_row(&t.t("profile-education-status-when"), html! {
                        <>
                            <div class="inline-fields">
                                { ctx.select(&at("status"), &t.t("profile-education-status"),
                                    line.status.map_or("", |s| s.as_str()), status_options(t),
                                    set(move |p, v| if let Some(l) = p.education.get_mut(i) {
                                        l.status = EducationStatus::from_wire(&v)
                                    })) }
                                { ctx.text_box(&TextSpec::new(at("finished"), &t.t("profile-education-finished"), &line.finished, 10)
                                    .class("input-month").placeholder("2015-03"),
                                    set(move |p, v| if let Some(l) = p.education.get_mut(i) { l.finished = v })) }
                            </div>
                            { ctx.error(&at("status")) }
                            { ctx.error(&at("finished")) }
                        </>
                    }) }
                </div>
                { remove_button(t, ctx, t.t_with("profile-education-remove", &[("number", (i + 1).into())]), ProfileEditor::remove_education, i) }
            </fieldset>
        }
    });
    let full = ctx.editor.profile.education.len() >= MAX_EDUCATION;
    html! {
        <fieldset class="profile-section" id="profile-education">
            <legend class="form-section-title">{ t.t("profile-part-education") }</legend>
            <p class="hint">{ t.t_with("profile-education-hint", &[("max", MAX_EDUCATION.into())]) }</p>
            { for lines }
            { ctx.error("education") }
            { add_button(ctx, "profile-add-education", t.t("profile-education-add"), full, ProfileEditor::add_education) }
        </fieldset>
    }
}

pub fn work(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let lines = ctx.editor.profile.work_history.iter().enumerate().map(|(i, line)| {
        let at = |name: &str| format!("work_history.{i}.{name}");
        html! {
            <fieldset class="history-line work-line" key={i}>
                <legend>{ t.t_with("profile-work-line", &[("number", (i + 1).into())]) }</legend>
                <div class="form-table">
                    { ctx.text_row(TextSpec::new(at("employer"), &t.t("profile-work-employer"), &line.employer, MAX_EMPLOYER_CHARS),
                        set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.employer = v })) }
                    { group_row(&t.t("profile-work-kind"), html! {
                        <>
                            <div class="inline-fields">
                                { ctx.select(&at("occupation_code"), &t.t("profile-work-occupation"), &line.occupation_code,
                                    occupation_options(t),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.occupation_code = v })) }
                                { ctx.select(&at("employment_type"), &t.t("profile-work-employment"),
                                    line.employment_type.map_or("", |kind| kind.as_str()), employment_options(t),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) {
                                        l.employment_type = EmploymentType::from_wire(&v)
                                    })) }
                            </div>
                            { ctx.error(&at("occupation_code")) }
                        </>
                    }) }
                    { group_row(&t.t("profile-work-period"), html! {
                        <>
                            <div class="inline-fields">
                                { ctx.text_box(&TextSpec::new(at("from"), &t.t("profile-work-from"), &line.from, 10)
                                    .class("input-month").placeholder("2019-04"),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.from = v })) }
                                <span>{ t.t("profile-work-from-after") }</span>
                                { ctx.text_box(&TextSpec::new(at("to"), &t.t("profile-work-to"), &line.to, 10)
                                    .class("input-month").placeholder(&t.t("profile-work-to.placeholder")),
                                    set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.to = v })) }
                                <span>{ t.t("profile-work-to-after") }</span>
                            </div>
                            { ctx.error(&at("from")) }
                            { ctx.error(&at("to")) }
                        </>
                    }) }
                    { ctx.text_row(TextSpec::new(at("duties"), &t.t("profile-work-duties"), &line.duties, MAX_DUTIES_CHARS),
                        set(move |p, v| if let Some(l) = p.work_history.get_mut(i) { l.duties = v })) }
                </div>
                { remove_button(t, ctx, t.t_with("profile-work-remove", &[("number", (i + 1).into())]), ProfileEditor::remove_work, i) }
            </fieldset>
        }
    });
    let full = ctx.editor.profile.work_history.len() >= MAX_WORK_HISTORY;
    html! {
        <fieldset class="profile-section" id="profile-work">
            <legend class="form-section-title">{ t.t("profile-part-work") }</legend>
            <p class="hint">{ t.t_with("profile-work-hint", &[("max", MAX_WORK_HISTORY.into())]) }</p>
            { for lines }
            { ctx.error("work_history") }
            { add_button(ctx, "profile-add-work", t.t("profile-work-add"), full, ProfileEditor::add_work) }
        </fieldset>
    }
}

pub fn licences(t: &Catalogue, ctx: Ctx<'_>) -> Html {
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
            <legend class="form-section-title">{ t.t("profile-part-licences") }</legend>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for={id.clone()}>{ t.t("profile-part-licences") }</label>
                    <div class="form-field">
                        <textarea id={id.clone()} class="textarea" rows="4"
                            value={ctx.editor.licences.clone()}
                            aria-invalid={ctx.invalid("licences")}
                            aria-describedby={ctx.described("licences", true)} {oninput} />
                        <p class="hint" id={format!("{id}-hint")}>
                            { t.t_with("profile-licences-hint", &[
                                ("max", MAX_LICENCES.into()),
                                ("chars", MAX_LICENCE_CHARS.into()),
                            ]) }
                        </p>
                        { ctx.error("licences") }
                    </div>
                </div>
            </div>
        </fieldset>
    }
}
