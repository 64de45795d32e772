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
                { s.labelled_box(&format!("手当{number}の名称"), TextBox::new(
                    format!("wage.allowances.{i}.name"), &line.name,
                    set(move |f, v| if let Some(l) = f.wage.allowances.get_mut(i) { l.name = v }))
                    .max(MAX_ALLOWANCE_NAME_CHARS).class("input-allowance").placeholder("例：住宅手当")) }
                { s.labelled_box("月額", TextBox::new(
                    format!("wage.allowances.{i}.amount"), &line.amount,
                    set(move |f, v| if let Some(l) = f.wage.allowances.get_mut(i) { l.amount = v }))
                    .number("円").class("input-money")) }
                <button type="button" id={format!("{}-remove", field_id(&format!("wage.allowances.{i}")))}
                    class="button button-secondary line-remove"
                    aria-label={format!("手当{number}を削除")} onclick={remove}>
                    { "削除" }
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
        "定額的に支払われる手当",
        false,
        &field_id("wage.allowances"),
        html! {
            <>
                if lines.is_empty() {
                    <p class="hint">{ "毎月決まって支払う手当がなければ、追加しないでください。" }</p>
                }
                { for rows }
                <button type="button" id={format!("{}-add", field_id("wage.allowances"))}
                    class="button button-secondary line-add" disabled={full} onclick={add}>
                    { "手当を追加" }
                </button>
                <p class="hint">{ format!("手当は{MAX_ALLOWANCES}つまで入力できます。") }</p>
                { s.error("wage.allowances") }
            </>
        },
    )
}

pub fn view(s: &StepCtx<'_>) -> Html {
    let step = &s.editor.form.wage;
    let unit = match step.kind {
        Some(WageKind::Daily) => "円（日額）",
        Some(WageKind::Hourly) => "円（時間額）",
        _ => "円（月額）",
    };
    let text = |label: &str,
                path: &str,
                value: &str,
                setter: Setter,
                placeholder: &str,
                hint: Option<&str>| {
        let b = TextBox::new(path, value, setter)
            .max(MAX_WAGE_TEXT_CHARS)
            .placeholder(placeholder);
        s.text_row(
            label,
            true,
            if let Some(hint) = hint {
                b.hint(hint)
            } else {
                b
            },
        )
    };
    let none_hint = Some("なければ「なし」と入力してください。");
    html! {
        <div class="form-table">
            { s.radio_row("賃金形態", true, Radios {
                path: "wage.kind",
                options: WageKind::ALL.iter().map(|k| (k.as_str(), k.label())).collect(),
                selected: step.kind.map(WageKind::as_str),
                pick: Rc::new(|f, wire| f.wage.kind = WageKind::from_wire(wire)),
                class: "",
            }) }
            <div class="form-row" role="group" id="posting-wage-base-group"
                aria-labelledby="posting-wage-base-label">
                <span class="form-label" id="posting-wage-base-label">
                    { "基本給" }<span class="required">{ "必須" }</span>
                </span>
                <div class="form-field">
                    { s.labelled_box("下限", TextBox::new("wage.base_min", &step.base_min,
                        set(|f, v| f.wage.base_min = v)).number(unit).class("input-money")
                        .placeholder("例：200000")) }
                    { s.labelled_box("上限", TextBox::new("wage.base_max", &step.base_max,
                        set(|f, v| f.wage.base_max = v)).number(unit).class("input-money")
                        .placeholder("例：250000")
                        .hint("幅がなければ上限は空欄にしてください。")) }
                </div>
            </div>
            { allowance_lines(s) }
            { s.text_row("固定残業代", false, TextBox::new("wage.fixed_overtime",
                &step.fixed_overtime, set(|f, v| f.wage.fixed_overtime = v))
                .number("円（月額）").class("input-money").hint("固定残業代がなければ空欄にしてください。")) }
            { text("通勤手当", "wage.commute_allowance", &step.commute_allowance,
                set(|f, v| f.wage.commute_allowance = v), "例：実費支給（上限あり）月額30,000円",
                none_hint) }
            { text("賃金締切日", "wage.closing_day", &step.closing_day,
                set(|f, v| f.wage.closing_day = v), "例：月末", None) }
            { text("賃金支払日", "wage.pay_day", &step.pay_day,
                set(|f, v| f.wage.pay_day = v), "例：翌月25日", None) }
            { text("昇給", "wage.raise", &step.raise,
                set(|f, v| f.wage.raise = v), "例：あり（前年度実績 月額5,000円）",
                none_hint) }
            { text("賞与", "wage.bonus", &step.bonus,
                set(|f, v| f.wage.bonus = v), "例：あり（年2回）",
                none_hint) }
        </div>
    }
}
