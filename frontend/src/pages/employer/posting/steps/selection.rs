//! Step 8, 選考方法: 採用人数 (`#posting-selection-openings`), 選考方法 (checkboxes
//! `#posting-selection-methods-<value>`), 結果通知 (`#posting-selection-result-within-days`),
//! 応募書類等 (`#posting-selection-documents`), 選考場所 (`#posting-selection-place`), 担当者
//! (`#posting-selection-contact`), 通知方法 (checkboxes `#posting-selection-notice-by-<value>`),
//! 公開範囲 (radios `#posting-selection-publication-<value>`) and オンライン自主応募
//! (`#posting-selection-online-application`, disabled unless the range allows it).

use std::rc::Rc;

use shigoto_domain::posting::selection::{MAX_CONTACT_CHARS, MAX_DOCUMENTS_CHARS, MAX_PLACE_CHARS};
use shigoto_shared::{PublicationRange, ResultNotice, SelectionMethod};
use yew::prelude::*;

use crate::forms::employer::posting::{online_application_allowed, set_publication, toggle};
use crate::pages::employer::posting::fields::{
    set, tick, Checks, Radios, StepCtx, TextArea, TextBox,
};

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let form = &s.editor.form;
    let step = &form.selection;
    let allowed = online_application_allowed(form);
    html! {
        <div class="form-table">
            { s.text_row(&t.t("posting-selection-openings"), true, TextBox::new("selection.openings", &step.openings,
                set(|f, v| f.selection.openings = v)).number(t.t("posting-unit-people"))) }
            { s.check_set_row(&t.t("posting-selection-methods"), true, Checks {
                path: "selection.methods",
                options: SelectionMethod::ALL.iter().map(|m| (m.as_str(), m.label_in(t))).collect(),
                chosen: step.methods.iter().map(|m| m.as_str()).collect(),
                toggle: Rc::new(|f, wire, on| {
                    if let Some(method) = SelectionMethod::from_wire(wire) {
                        toggle(&mut f.selection.methods, method, on);
                    }
                }),
            }) }
            { s.text_row(&t.t("posting-selection-result"), true, TextBox::new("selection.result_within_days",
                &step.result_within_days, set(|f, v| f.selection.result_within_days = v))
                .number(t.t("posting-unit-within-days")).hint(t.t("posting-selection-result-hint"))) }
            { s.area_row(&t.t("posting-selection-documents"), true, TextArea {
                path: "selection.documents".into(), value: &step.documents,
                max: Some(MAX_DOCUMENTS_CHARS), rows: 2,
                placeholder: t.t("posting-selection-documents-placeholder"),
                hint: t.t_with("posting-max-chars", &[("max", MAX_DOCUMENTS_CHARS.into())]),
                set: set(|f, v| f.selection.documents = v),
            }) }
            { s.text_row(&t.t("posting-selection-place"), false, TextBox::new("selection.place", &step.place,
                set(|f, v| f.selection.place = v)).max(MAX_PLACE_CHARS).class("input-full")
                .placeholder(t.t("posting-selection-place-placeholder"))) }
            { s.text_row(&t.t("posting-selection-contact"), true, TextBox::new("selection.contact", &step.contact,
                set(|f, v| f.selection.contact = v)).max(MAX_CONTACT_CHARS)
                .placeholder(t.t("posting-selection-contact-placeholder"))) }
            { s.check_set_row(&t.t("posting-selection-notice-by"), true, Checks {
                path: "selection.notice_by",
                options: ResultNotice::ALL.iter().map(|n| (n.as_str(), n.label_in(t))).collect(),
                chosen: step.notice_by.iter().map(|n| n.as_str()).collect(),
                toggle: Rc::new(|f, wire, on| {
                    if let Some(notice) = ResultNotice::from_wire(wire) {
                        toggle(&mut f.selection.notice_by, notice, on);
                    }
                }),
            }) }
            { s.radio_row(&t.t("posting-selection-publication"), true, Radios {
                path: "selection.publication",
                options: PublicationRange::ALL.iter().map(|r| (r.as_str(), r.label_in(t))).collect(),
                selected: step.publication.map(PublicationRange::as_str),
                pick: Rc::new(|f, wire| {
                    if let Some(range) = PublicationRange::from_wire(wire) {
                        set_publication(f, range);
                    }
                }),
                class: "choices-column",
            }) }
            <div class="form-row" role="group" id="posting-selection-online-group"
                aria-labelledby="posting-selection-online-label">
                <span class="form-label" id="posting-selection-online-label">{ t.t("posting-selection-online") }</span>
                <div class="form-field">
                    { s.check_box_with("selection.online_application",
                        &t.t("posting-selection-online-check"),
                        step.online_application, !allowed,
                        tick(|f, on| f.selection.online_application = on)) }
                    <p class="hint">{ t.t("posting-selection-online-hint") }</p>
                </div>
            </div>
        </div>
    }
}
