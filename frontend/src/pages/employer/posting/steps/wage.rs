//! Step 4, 賃金・手当: 賃金形態 (radios `#posting-wage-kind-<value>`), 基本給 from
//! `#posting-wage-base-min` to `#posting-wage-base-max`, the 手当 lines (`#posting-wage-allowances`
//! holding `#posting-wage-allowances-<n>-name` and `-amount`, each removed by
//! `#posting-wage-allowances-<n>-remove`; 「手当を追加」 is `#posting-wage-allowances-add`, up to
//! the domain's limit), 固定残業代 (`#posting-wage-fixed-overtime`), 通勤手当
//! (`#posting-wage-commute-allowance`), 締切日 (`#posting-wage-closing-day`), 支払日
//! (`#posting-wage-pay-day`), 昇給 (`#posting-wage-raise`) and 賞与 (`#posting-wage-bonus`).

use std::rc::Rc;

use shigoto_domain::posting::wage::{
    MAX_ALLOWANCES, MAX_ALLOWANCE_NAME_CHARS, MAX_WAGE_TEXT_CHARS,
};
use shigoto_shared::WageKind;
use yew::prelude::*;

use crate::forms::edit::Edit;
use crate::forms::employer::posting::{field_id, PostingEditor};
use crate::pages::employer::posting::fields::{set, Radios, Setter, StepCtx, TextBox};

fn allowance_lines(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let lines = &s.editor.form.wage.allowances;
    let rows = lines.iter().enumerate().map(|(i, line)| {
        let number = i + 1;
        let remove = {
            let edit = s.edit.clone();
            Callback::from(move |_: MouseEvent| {
                edit.emit(Edit::new(move |e: &mut PostingEditor| e.remove_allowance(i)))
            })
        };
        html! {
            <div class="posting-entry" key={i}>
                { s.labelled_box(&t.t_with("posting-wage-allowance-name", &[("number", number.into())]), TextBox::new(
                    format!("wage.allowances.{i}.name"), &line.name,
                    set(move |f, v| if let Some(l) = f.wage.allowances.get_mut(i) { l.name = v }))
                    .max(MAX_ALLOWANCE_NAME_CHARS).class("input-allowance")
                    .placeholder(t.t("posting-wage-allowance-name-placeholder"))) }
                { s.labelled_box(&t.t("posting-wage-allowance-amount"), TextBox::new(
                    format!("wage.allowances.{i}.amount"), &line.amount,
                    set(move |f, v| if let Some(l) = f.wage.allowances.get_mut(i) { l.amount = v }))
                    .number(t.t("posting-unit-yen")).class("input-money")) }
                <button type="button" id={format!("{}-remove", field_id(&format!("wage.allowances.{i}")))}
                    class="button button-secondary line-remove"
                    aria-label={t.t_with("posting-wage-allowance-remove", &[("number", number.into())])}
                    onclick={remove}>
                    { t.t("posting-remove") }
                </button>
            </div>
        }
    });
    let add = {
        let edit = s.edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(Edit::new(|e: &mut PostingEditor| e.add_allowance()))
        })
    };
    let full = lines.len() >= MAX_ALLOWANCES;
    s.group_row(
        &t.t("posting-wage-allowances"),
        false,
        &field_id("wage.allowances"),
        html! {
            <>
                if lines.is_empty() {
                    <p class="hint">{ t.t("posting-wage-allowances-none") }</p>
                }
                { for rows }
                <button type="button" id={format!("{}-add", field_id("wage.allowances"))}
                    class="button button-secondary line-add" disabled={full} onclick={add}>
                    { t.t("posting-wage-allowance-add") }
                </button>
                <p class="hint">{ t.t_with("posting-wage-allowances-hint", &[("max", MAX_ALLOWANCES.into())]) }</p>
                { s.error("wage.allowances") }
            </>
        },
    )
}

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.wage;
    let unit = match step.kind {
        Some(WageKind::Daily) => t.t("posting-unit-yen-daily"),
        Some(WageKind::Hourly) => t.t("posting-unit-yen-hourly"),
        _ => t.t("posting-unit-yen-monthly"),
    };
    let text = |label: String,
                path: &str,
                value: &str,
                setter: Setter,
                placeholder: String,
                hint: Option<String>| {
        let b = TextBox::new(path, value, setter)
            .max(MAX_WAGE_TEXT_CHARS)
            .placeholder(placeholder);
        s.text_row(
            &label,
            true,
            if let Some(hint) = hint {
                b.hint(hint)
            } else {
                b
            },
        )
    };
    let none_hint = || Some(t.t("posting-wage-none-hint"));
    html! {
        <div class="form-table">
            { s.radio_row(&t.t("posting-wage-kind"), true, Radios {
                path: "wage.kind",
                options: WageKind::ALL.iter().map(|k| (k.as_str(), k.label_in(t))).collect(),
                selected: step.kind.map(WageKind::as_str),
                pick: Rc::new(|f, wire| f.wage.kind = WageKind::from_wire(wire)),
                class: "",
            }) }
            <div class="form-row" role="group" id="posting-wage-base-group"
                aria-labelledby="posting-wage-base-label">
                <span class="form-label" id="posting-wage-base-label">
                    { t.t("posting-wage-base") }<span class="required">{ t.t("posting-required") }</span>
                </span>
                <div class="form-field">
                    { s.labelled_box(&t.t("posting-wage-base-min"), TextBox::new("wage.base_min", &step.base_min,
                        set(|f, v| f.wage.base_min = v)).number(unit.clone()).class("input-money")
                        .placeholder(t.t("posting-wage-base-min-placeholder"))) }
                    { s.labelled_box(&t.t("posting-wage-base-max"), TextBox::new("wage.base_max", &step.base_max,
                        set(|f, v| f.wage.base_max = v)).number(unit).class("input-money")
                        .placeholder(t.t("posting-wage-base-max-placeholder"))
                        .hint(t.t("posting-wage-base-max-hint"))) }
                </div>
            </div>
            { allowance_lines(s) }
            { s.text_row(&t.t("posting-wage-fixed-overtime"), false, TextBox::new("wage.fixed_overtime",
                &step.fixed_overtime, set(|f, v| f.wage.fixed_overtime = v))
                .number(t.t("posting-unit-yen-monthly")).class("input-money")
                .hint(t.t("posting-wage-fixed-overtime-hint"))) }
            { text(t.t("posting-wage-commute"), "wage.commute_allowance", &step.commute_allowance,
                set(|f, v| f.wage.commute_allowance = v), t.t("posting-wage-commute-placeholder"),
                none_hint()) }
            { text(t.t("posting-wage-closing-day"), "wage.closing_day", &step.closing_day,
                set(|f, v| f.wage.closing_day = v), t.t("posting-wage-closing-day-placeholder"), None) }
            { text(t.t("posting-wage-pay-day"), "wage.pay_day", &step.pay_day,
                set(|f, v| f.wage.pay_day = v), t.t("posting-wage-pay-day-placeholder"), None) }
            { text(t.t("posting-wage-raise"), "wage.raise", &step.raise,
                set(|f, v| f.wage.raise = v), t.t("posting-wage-raise-placeholder"),
                none_hint()) }
            { text(t.t("posting-wage-bonus"), "wage.bonus", &step.bonus,
                set(|f, v| f.wage.bonus = v), t.t("posting-wage-bonus-placeholder"),
                none_hint()) }
        </div>
    }
}
