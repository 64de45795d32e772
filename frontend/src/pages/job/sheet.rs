//! 求人票: one posting in full (`#job-sheet`), laid out like the printed sheet as label/value
//! tables: a header (求人番号 in `#job-number`, dates, 受理安定所, 求人区分, 公開範囲, オンライン
//! 自主応募), then 求人事業所, 仕事内容 (`#job-description`), 賃金・手当, 労働時間, その他の労働
//! 条件等, 会社の情報, 選考等 and 特記事項・備考. 「検索結果に戻る」 (`#back-to-results`) or Escape
//! returns to the list (or to お気に入り求人 or 求職活動状況 when opened there). A signed-in job
//! seeker finds the お気に入り toggle (`#sheet-favorite`) beside it.
//!
//! Employer details hidden by the publication range read 「非公開」 (事業所名: 「事業所名非公開」).

use shigoto_i18n::Catalogue;
use shigoto_refdata::occupation_path;
use shigoto_shared::{JobSheet, JobStatus, RemoteWork};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::format::{
    age_limit, capital_man_yen, contract_period, date, hidden_or, insurances, join_or, opt_or,
    or_blank, shift, yen, yen_range, yes_no,
};
use crate::forms::mypage::SheetReturn;
use crate::ipc;
use crate::state::lang::use_texts;

/// The 求人票 being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetState {
    Loading,
    Loaded(std::rc::Rc<JobSheet>),
    Failed(shigoto_shared::ApiError),
}

#[derive(Properties, PartialEq)]
pub struct JobSheetProps {
    pub job_number: String,
    pub sheet: SheetState,
    pub on_back: Callback<()>,
    /// Where 「戻る」 leads (its text).
    #[prop_or_default]
    pub back: SheetReturn,
    /// A signed-in job seeker's actions: the お気に入り toggle and 「応募する」.
    #[prop_or_default]
    pub actions: Html,
}

#[function_component]
pub fn JobSheetView(props: &JobSheetProps) -> Html {
    let t = use_texts();
    // Escape anywhere on the sheet returns to the list.
    {
        let on_back = props.on_back.clone();
        use_effect_with((), move |()| {
            let document = web_sys::window().and_then(|w| w.document());
            let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
                if event.key() == "Escape" && !event.default_prevented() {
                    event.prevent_default();
                    on_back.emit(());
                }
            });
            if let Some(document) = &document {
                let _ = document
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(document) = &document {
                    let _ = document.remove_event_listener_with_callback(
                        "keydown",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }
    let back = {
        let cb = props.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let back_button = |id: Option<&'static str>| {
        html! {
            <button type="button" id={id} class="button button-secondary back-button"
                onclick={back.clone()}>
                { props.back.back_label(t) }
            </button>
        }
    };

    let (title, content) = match &props.sheet {
        SheetState::Loading => (
            String::new(),
            html! { <p class="loading" role="status">{ t.t("sheet-loading") }</p> },
        ),
        SheetState::Failed(err) => (
            String::new(),
            html! {
                <div id="job-sheet-error" class="field-error sheet-error" role="alert">
                    <p>{ if ipc::is_unreachable(err) { t.t("connection-unreachable") } else { err.message.clone() } }</p>
                    <p class="muted">{ t.t_with("sheet-job-number-value", &[("number", props.job_number.as_str().into())]) }</p>
                </div>
            },
        ),
        SheetState::Loaded(sheet) => (sheet.work.title.clone(), sheet_body(t, sheet)),
    };

    html! {
        <section id="job-sheet" class="panel sheet" aria-labelledby="job-sheet-heading"
            data-job-number={props.job_number.clone()}>
            <div class="sheet-toolbar">
                { back_button(Some("back-to-results")) }
                <span class="hint">{ props.back.escape_hint(t) }</span>
                { props.actions.clone() }
            </div>
            <h2 id="job-sheet-heading" class="sheet-title" tabindex="-1">
                <span class="sheet-kind">{ t.t("sheet-kind") }</span>
                if !title.is_empty() {
                    <span class="sheet-job-title">{ title }</span>
                }
            </h2>
            { content }
            <div class="sheet-toolbar sheet-toolbar-bottom">
                { back_button(None) }
            </div>
        </section>
    }
}

/// One label/value row.
fn row(label: String, value: Html) -> Html {
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td>{ value }</td>
        </tr>
    }
}

fn text_row(label: String, value: impl Into<String>) -> Html {
    row(label, html! { value.into() })
}

fn section(id: &str, number: u8, title: String, rows: Html) -> Html {
    let heading = format!("{id}-heading");
    html! {
        <section id={id.to_owned()} class="sheet-section" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="sheet-section-title">
                <span class="section-number">{ number }</span>{ title }
            </h3>
            <table class="sheet-table"><tbody>{ rows }</tbody></table>
        </section>
    }
}

fn multiline(text: &str, fallback: String) -> Html {
    html! { <span class="multiline">{ or_blank(text, fallback) }</span> }
}

fn sheet_body(t: &Catalogue, sheet: &JobSheet) -> Html {
    let hidden = sheet.employer_hidden;
    let employer = &sheet.employer;
    let work = &sheet.work;
    let place = &work.place;
    let wage = &sheet.wage;
    let hours = &sheet.hours;
    let conditions = &sheet.conditions;
    let selection = &sheet.selection;
    let none = || t.t("sheet-none");
    let not_given = || t.t("sheet-not-given");
    let any = || t.t("sheet-any");
    let label = |key: &str| t.t(key);

    let closed = if sheet.status == JobStatus::Closed {
        html! {
            <div id="job-closed" class="banner banner-closed" role="status">
                { t.t("sheet-closed") }
            </div>
        }
    } else {
        html! {}
    };

    let header = html! {
        <dl class="sheet-header">
            <div class="sheet-header-item sheet-header-number">
                <dt>{ t.t("sheet-job-number") }</dt>
                <dd id="job-number">{ sheet.job_number.clone() }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ t.t("sheet-received-on") }</dt><dd id="received-on">{ date(t, sheet.received_on) }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ t.t("sheet-referral-deadline") }</dt><dd id="referral-deadline">{ date(t, sheet.referral_deadline) }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ t.t("sheet-receiving-office") }</dt><dd>{ sheet.receiving_office.clone() }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ t.t("sheet-category") }</dt>
                <dd>{ t.t_with("sheet-category-value", &[
                    ("category", sheet.category.label_in(t).into()),
                    ("style", sheet.work_style.label_in(t).into()),
                ]) }</dd>
            </div>
            <div class="sheet-header-item sheet-header-wide">
                <dt>{ t.t("sheet-publication") }</dt><dd>{ sheet.publication.label_in(t) }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ t.t("sheet-online") }</dt>
                <dd id="online-application">
                    if sheet.online_application {
                        <span class="badge badge-online">{ t.t("sheet-online-yes") }</span>
                    } else {
                        { t.t("sheet-online-no") }
                    }
                </dd>
            </div>
        </dl>
    };

    // 1 求人事業所.
    let employer_name = match employer.name.as_deref() {
        Some(name) if !name.trim().is_empty() => html! {
            <>
                if let Some(kana) = employer.name_kana.as_deref().filter(|k| !k.trim().is_empty()) {
                    <span class="kana">{ kana.to_owned() }</span>
                }
                <span class="employer-name">{ name.to_owned() }</span>
            </>
        },
        _ => html! { <span class="muted">{ t.t("sheet-employer-hidden") }</span> },
    };
    let address = match (employer.postal_code.as_deref(), employer.address.as_deref()) {
        (_, None) if hidden => t.t("sheet-hidden"),
        (Some(postal), Some(address)) => t.t_with(
            "sheet-address-value",
            &[("postal", postal.into()), ("address", address.into())],
        ),
        (None, Some(address)) => address.to_owned(),
        (_, None) => not_given(),
    };
    let employer_rows = html! {
        <>
            { text_row(label("sheet-office-number"), hidden_or(t, employer.office_number.as_deref(), hidden, not_given())) }
            { row(label("sheet-employer-name"), employer_name) }
            { text_row(label("sheet-address"), address) }
            { text_row(label("sheet-phone"), hidden_or(t, employer.phone.as_deref(), hidden, not_given())) }
            { text_row(label("sheet-homepage"), hidden_or(t, employer.homepage.as_deref(), hidden, none())) }
        </>
    };

    // 2 仕事内容.
    let occupation = {
        let path = occupation_path(&work.occupation_code);
        if path.is_empty() {
            work.occupation_code.clone()
        } else {
            let names: Vec<&str> = path.iter().map(|o| o.name).collect();
            t.t_with(
                "sheet-occupation-value",
                &[
                    ("path", names.join(" › ").into()),
                    ("code", work.occupation_code.as_str().into()),
                ],
            )
        }
    };
    let work_place = {
        let mut text = place.locality.clone();
        match place.address_line.as_deref() {
            Some(line) if !line.trim().is_empty() => text.push_str(line),
            _ if hidden => text.push_str(&t.t("sheet-place-hidden")),
            _ => {}
        }
        text
    };
    let station = match (place.nearest_station.as_deref(), place.station_minutes) {
        (Some(station), Some(minutes)) => t.t_with(
            "sheet-station-walk",
            &[("station", station.into()), ("minutes", minutes.into())],
        ),
        (Some(station), None) => station.to_owned(),
        (None, _) => not_given(),
    };
    let age = match work.age.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(reason) => t.t_with(
            "sheet-age-reason",
            &[
                ("limit", age_limit(t, &work.age).into()),
                ("reason", reason.into()),
            ],
        ),
        None => age_limit(t, &work.age),
    };
    let remote = if work.remote_work == RemoteWork::None {
        none()
    } else {
        work.remote_work.label_in(t)
    };
    let work_rows = html! {
        <>
            { row(label("sheet-title"), html! { <strong class="job-title">{ work.title.clone() }</strong> }) }
            { row(label("sheet-description"), html! {
                <div id="job-description" class="multiline description">{ work.description.clone() }</div>
            }) }
            { text_row(label("sheet-occupation"), occupation) }
            { text_row(label("sheet-employment"), work.employment_type.label_in(t)) }
            { text_row(label("sheet-contract"), contract_period(t, work.contract_months, work.contract_renewable)) }
            { text_row(label("sheet-place"), work_place) }
            { text_row(label("sheet-station"), station) }
            { text_row(label("sheet-car"), t.t_with("sheet-car-value", &[
                ("car", yes_no(t, place.car_commute).into()),
                ("parking", yes_no(t, place.parking).into()),
            ])) }
            { text_row(label("sheet-transfer"), yes_no(t, work.transfer)) }
            { text_row(label("sheet-remote"), remote) }
            { text_row(label("sheet-uij"), yes_no(t, work.uij_turn)) }
            { text_row(label("sheet-age"), age) }
            { text_row(label("sheet-education"), opt_or(work.education.as_deref(), any())) }
            { text_row(label("sheet-experience"), opt_or(work.experience.as_deref(), any())) }
            { text_row(label("sheet-licenses"), join_or(t, &work.licenses, any())) }
            { text_row(label("sheet-trial"), work.trial_months.map_or_else(none, |m| t.t_with("sheet-trial-months", &[("months", m.into())]))) }
        </>
    };

    // 3 賃金・手当.
    let allowances = if wage.allowances.is_empty() {
        html! { none() }
    } else {
        html! {
            <ul class="plain-list">
                { for wage.allowances.iter().map(|a| html! {
                    <li>{ t.t_with("sheet-allowance", &[
                        ("name", a.name.as_str().into()),
                        ("amount", yen(t, a.amount).into()),
                    ]) }</li>
                }) }
            </ul>
        }
    };
    let wage_rows = html! {
        <>
            { row(label("sheet-wage-kind"), html! { <strong>{ wage.kind.label_in(t) }</strong> }) }
            { row(label("sheet-base"), html! { <strong class="wage">{ yen_range(t, wage.base_min, wage.base_max) }</strong> }) }
            { row(label("sheet-allowances"), allowances) }
            { text_row(label("sheet-fixed-overtime"), wage.fixed_overtime.map_or_else(none, |v| yen(t, v))) }
            { text_row(label("sheet-commute"), or_blank(&wage.commute_allowance, none())) }
            { text_row(label("sheet-closing-day"), or_blank(&wage.closing_day, not_given())) }
            { text_row(label("sheet-pay-day"), or_blank(&wage.pay_day, not_given())) }
            { text_row(label("sheet-raise"), or_blank(&wage.raise, none())) }
            { text_row(label("sheet-bonus"), or_blank(&wage.bonus, none())) }
        </>
    };

    // 4 労働時間.
    let shifts = if hours.shifts.is_empty() {
        html! { not_given() }
    } else {
        html! {
            <ul class="plain-list">
                { for hours.shifts.iter().enumerate().map(|(i, s)| html! {
                    <li>{ shift(t, i + 1, s) }</li>
                }) }
            </ul>
        }
    };
    let overtime = if hours.overtime_hours == 0 {
        none()
    } else {
        t.t_with(
            "sheet-overtime-hours",
            &[("hours", hours.overtime_hours.into())],
        )
    };
    let hours_rows = html! {
        <>
            { row(label("sheet-shifts"), shifts) }
            { text_row(label("sheet-rotating"), yes_no(t, hours.rotating)) }
            { text_row(label("sheet-overtime"), overtime) }
            { text_row(label("sheet-break"), t.t_with("sheet-break-minutes", &[("minutes", hours.break_minutes.into())])) }
            { text_row(label("sheet-days-per-week"), hours.days_per_week.map_or_else(not_given, |d| t.t_with("sheet-days-per-week-value", &[("days", d.into())]))) }
            { text_row(label("sheet-days-off"), or_blank(&hours.days_off, not_given())) }
            { text_row(label("sheet-two-days-off"), hours.two_days_off.label_in(t)) }
            { text_row(label("sheet-weekends-off"), yes_no(t, hours.weekends_off)) }
            { text_row(label("sheet-annual-holidays"), t.t_with("sheet-annual-holidays-value", &[("days", hours.annual_holidays.into())])) }
        </>
    };

    // 5 その他の労働条件等.
    let condition_rows = html! {
        <>
            { text_row(label("sheet-insurance"), insurances(t, conditions)) }
            { text_row(label("sheet-retirement-allowance"), yes_no(t, conditions.retirement_allowance)) }
            { text_row(label("sheet-retirement-age"), conditions.retirement_age.map_or_else(none, |age| t.t_with("sheet-retirement-age-value", &[("age", age.into())]))) }
            { text_row(label("sheet-rehiring"), yes_no(t, conditions.rehiring)) }
            { text_row(label("sheet-housing"), yes_no(t, conditions.housing)) }
            { text_row(label("sheet-childcare"), yes_no(t, conditions.childcare)) }
        </>
    };

    // 6 会社の情報.
    let company_rows = html! {
        <>
            { text_row(label("sheet-employees"), t.t_with("sheet-employees-value", &[
                ("total", employer.employees_total.into()),
                ("site", employer.employees_site.into()),
            ])) }
            { text_row(label("sheet-founded"), employer.founded_year.map_or_else(not_given, |y| t.t_with("sheet-founded-value", &[("year", y.to_string().into())]))) }
            { text_row(label("sheet-capital"), employer.capital_man_yen.map_or_else(not_given, |man| capital_man_yen(t, man))) }
            { row(label("sheet-business"), multiline(&employer.business, not_given())) }
            { row(label("sheet-features"), multiline(&employer.features, not_given())) }
            { text_row(label("sheet-representative"), hidden_or(t, employer.representative.as_deref(), hidden, not_given())) }
            { text_row(label("sheet-corporate-number"), hidden_or(t, employer.corporate_number.as_deref(), hidden, not_given())) }
        </>
    };

    // 7 選考等.
    let selection_rows = html! {
        <>
            { text_row(label("sheet-openings"), t.t_with("sheet-openings-value", &[("count", selection.openings.into())])) }
            { text_row(label("sheet-methods"), join_or(t, &selection.methods, not_given())) }
            { text_row(label("sheet-result-notice"), t.t_with("sheet-result-notice-value", &[("days", selection.result_within_days.into())])) }
            { row(label("sheet-documents"), multiline(&selection.documents, not_given())) }
            { text_row(label("sheet-selection-place"), hidden_or(t, selection.place.as_deref(), hidden, not_given())) }
            { text_row(label("sheet-contact"), hidden_or(t, selection.contact.as_deref(), hidden, not_given())) }
        </>
    };

    // 8 特記事項・備考.
    let notes_rows = html! {
        <>
            { row(label("sheet-special"), multiline(&sheet.notes.special, none())) }
            { row(label("sheet-remarks"), multiline(&sheet.notes.remarks, none())) }
        </>
    };

    html! {
        <>
            { closed }
            { header }
            { section("sheet-employer", 1, label("sheet-section-employer"), employer_rows) }
            { section("sheet-work", 2, label("sheet-section-work"), work_rows) }
            { section("sheet-wage", 3, label("sheet-section-wage"), wage_rows) }
            { section("sheet-hours", 4, label("sheet-section-hours"), hours_rows) }
            { section("sheet-conditions", 5, label("sheet-section-conditions"), condition_rows) }
            { section("sheet-company", 6, label("sheet-section-company"), company_rows) }
            { section("sheet-selection", 7, label("sheet-section-selection"), selection_rows) }
            { section("sheet-notes", 8, label("sheet-section-notes"), notes_rows) }
        </>
    }
}
