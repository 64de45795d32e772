//! Step 5, 労働時間: the 就業時間 lines (`#posting-hours-shifts` holding
//! `#posting-hours-shifts-<n>-start` and `-end`, each removed by
//! `#posting-hours-shifts-<n>-remove`; 「就業時間を追加」 is `#posting-hours-shifts-add`, up to the
//! domain's limit; one line always stays), シフト制 (`#posting-hours-rotating`), 時間外
//! (`#posting-hours-overtime-hours`), 休憩 (`#posting-hours-break-minutes`), 週所定労働日数
//! (`#posting-hours-days-per-week`), 休日等 (`#posting-hours-days-off`), 土日祝休み
//! (`#posting-hours-weekends-off`), 週休二日制 (`#posting-hours-two-days-off`) and 年間休日数
//! (`#posting-hours-annual-holidays`).

use shigoto_domain::posting::hours::{MAX_DAYS_OFF_CHARS, MAX_SHIFTS};
use shigoto_shared::{TwoDaysOff, WorkStyle};
use yew::prelude::*;

use crate::forms::edit::Edit;
use crate::forms::employer::posting::{field_id, PostingEditor};
use crate::pages::employer::posting::fields::{options_of, set, tick, StepCtx, TextBox};

fn shift_lines(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let lines = &s.editor.form.hours.shifts;
    let rows = lines.iter().enumerate().map(|(i, line)| {
        let number = i + 1;
        let remove = {
            let edit = s.edit.clone();
            Callback::from(move |_: MouseEvent| {
                edit.emit(Edit::new(move |e: &mut PostingEditor| e.remove_shift(i)))
            })
        };
        html! {
            <div class="posting-entry" key={i}>
                <span class="line-number" aria-hidden="true">
                    { t.t_with("posting-line-number", &[("number", number.into())]) }
                </span>
                { s.labelled_box(&t.t_with("posting-hours-shift-start", &[("number", number.into())]), TextBox::new(
                    format!("hours.shifts.{i}.start"), &line.start,
                    set(move |f, v| if let Some(l) = f.hours.shifts.get_mut(i) { l.start = v }))
                    .class("input-time").placeholder(t.t("posting-hours-shift-start-placeholder"))) }
                <span class="line-tilde" aria-hidden="true">{ t.t("posting-hours-tilde") }</span>
                { s.labelled_box(&t.t("posting-hours-shift-end"), TextBox::new(
                    format!("hours.shifts.{i}.end"), &line.end,
                    set(move |f, v| if let Some(l) = f.hours.shifts.get_mut(i) { l.end = v }))
                    .class("input-time").placeholder(t.t("posting-hours-shift-end-placeholder"))) }
                if lines.len() > 1 {
                    <button type="button" id={format!("{}-remove", field_id(&format!("hours.shifts.{i}")))}
                        class="button button-secondary line-remove"
                        aria-label={t.t_with("posting-hours-shift-remove", &[("number", number.into())])}
                        onclick={remove}>
                        { t.t("posting-remove") }
                    </button>
                }
            </div>
        }
    });
    let add = {
        let edit = s.edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(Edit::new(|e: &mut PostingEditor| e.add_shift()))
        })
    };
    let full = lines.len() >= MAX_SHIFTS;
    s.group_row(
        &t.t("posting-hours-shifts"),
        true,
        &field_id("hours.shifts"),
        html! {
            <>
                { for rows }
                <button type="button" id={format!("{}-add", field_id("hours.shifts"))}
                    class="button button-secondary line-add" disabled={full} onclick={add}>
                    { t.t("posting-hours-shift-add") }
                </button>
                <p class="hint">
                    { t.t_with("posting-hours-shifts-hint", &[("max", MAX_SHIFTS.into())]) }
                </p>
                { s.error("hours.shifts") }
            </>
        },
    )
}

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.hours;
    let part_time = s.editor.form.category.work_style == Some(WorkStyle::PartTime);
    html! {
        <div class="form-table">
            { shift_lines(s) }
            <div class="form-row" role="group" id="posting-hours-rotating-group"
                aria-labelledby="posting-hours-rotating-label">
                <span class="form-label" id="posting-hours-rotating-label">{ t.t("posting-hours-rotating") }</span>
                <div class="form-field">
                    { s.check_box("hours.rotating", &t.t("posting-hours-rotating-check"), step.rotating,
                        tick(|f, on| f.hours.rotating = on)) }
                </div>
            </div>
            { s.text_row(&t.t("posting-hours-overtime"), true, TextBox::new("hours.overtime_hours",
                &step.overtime_hours, set(|f, v| f.hours.overtime_hours = v))
                .number(t.t("posting-unit-hours")).hint(t.t("posting-hours-overtime-hint"))) }
            { s.text_row(&t.t("posting-hours-break"), true, TextBox::new("hours.break_minutes",
                &step.break_minutes, set(|f, v| f.hours.break_minutes = v)).number(t.t("posting-unit-minutes"))) }
            { s.text_row(&t.t("posting-hours-days-per-week"), part_time, TextBox::new("hours.days_per_week",
                &step.days_per_week, set(|f, v| f.hours.days_per_week = v)).number(t.t("posting-unit-days"))
                .hint(if part_time { t.t("posting-hours-days-per-week-part-time") } else { t.t("posting-hours-days-per-week-full-time") })) }
            { s.text_row(&t.t("posting-hours-days-off"), true, TextBox::new("hours.days_off", &step.days_off,
                set(|f, v| f.hours.days_off = v)).max(MAX_DAYS_OFF_CHARS)
                .placeholder(t.t("posting-hours-days-off-placeholder"))) }
            <div class="form-row" role="group" id="posting-hours-weekends-group"
                aria-labelledby="posting-hours-weekends-label">
                <span class="form-label" id="posting-hours-weekends-label">{ t.t("posting-hours-weekends") }</span>
                <div class="form-field">
                    { s.check_box("hours.weekends_off", &t.t("posting-hours-weekends-check"), step.weekends_off,
                        tick(|f, on| f.hours.weekends_off = on)) }
                </div>
            </div>
            { s.select_row(&t.t("posting-hours-two-days-off"), true, "hours.two_days_off",
                step.two_days_off.map_or("", TwoDaysOff::as_str),
                options_of(t.t("posting-choose"), TwoDaysOff::ALL, TwoDaysOff::as_str, |v| v.label_in(t)),
                set(|f, v| f.hours.two_days_off = TwoDaysOff::from_wire(&v))) }
            { s.text_row(&t.t("posting-hours-annual-holidays"), true, TextBox::new("hours.annual_holidays",
                &step.annual_holidays, set(|f, v| f.hours.annual_holidays = v)).number(t.t("posting-unit-days"))) }
        </div>
    }
}
