//! 求人票: one posting in full (`#job-sheet`), laid out like the printed sheet as label/value
//! tables: a header (求人番号 in `#job-number`, dates, 受理安定所, 求人区分, 公開範囲, オンライン
//! 自主応募), then 求人事業所, 仕事内容 (`#job-description`), 賃金・手当, 労働時間, その他の労働
//! 条件等, 会社の情報, 選考等 and 特記事項・備考. 「検索結果に戻る」 (`#back-to-results`) or Escape
//! returns to the list (or to お気に入り求人 or 求職活動状況 when opened there). A signed-in job
//! seeker finds the お気に入り toggle (`#sheet-favorite`) beside it.
//!
//! Employer details hidden by the publication range read 「非公開」 (事業所名: 「事業所名非公開」).

use shigoto_refdata::occupation_path;
use shigoto_shared::{JobSheet, JobStatus, RemoteWork};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::format::{
    age_limit, capital_man_yen, contract_period, date_ja, hidden_or, insurances, join_or, opt_or,
    or_blank, people, shift, thousands, yen, yen_range, yes_no,
};
use crate::forms::mypage::SheetReturn;
use crate::ipc;

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
                { props.back.back_label() }
            </button>
        }
    };

    let (title, content) = match &props.sheet {
        SheetState::Loading => (
            String::new(),
            html! { <p class="loading" role="status">{ "求人票を読み込んでいます…" }</p> },
        ),
        SheetState::Failed(err) => (
            String::new(),
            html! {
                <div id="job-sheet-error" class="field-error sheet-error" role="alert">
                    <p>{ if ipc::is_unreachable(err) { ipc::UNREACHABLE_MESSAGE.to_owned() } else { err.message.clone() } }</p>
                    <p class="muted">{ format!("求人番号：{}", props.job_number) }</p>
                </div>
            },
        ),
        SheetState::Loaded(sheet) => (sheet.work.title.clone(), sheet_body(sheet)),
    };

    html! {
        <section id="job-sheet" class="panel sheet" aria-labelledby="job-sheet-heading"
            data-job-number={props.job_number.clone()}>
            <div class="sheet-toolbar">
                { back_button(Some("back-to-results")) }
                <span class="hint">{ props.back.escape_hint() }</span>
                { props.actions.clone() }
            </div>
            <h2 id="job-sheet-heading" class="sheet-title" tabindex="-1">
                <span class="sheet-kind">{ "求人票" }</span>
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
fn row(label: &str, value: Html) -> Html {
    html! {
        <tr>
            <th scope="row">{ label.to_owned() }</th>
            <td>{ value }</td>
        </tr>
    }
}

fn text_row(label: &str, value: impl Into<String>) -> Html {
    row(label, html! { value.into() })
}

fn section(id: &str, number: u8, title: &str, rows: Html) -> Html {
    let heading = format!("{id}-heading");
    html! {
        <section id={id.to_owned()} class="sheet-section" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="sheet-section-title">
                <span class="section-number">{ number }</span>{ title.to_owned() }
            </h3>
            <table class="sheet-table"><tbody>{ rows }</tbody></table>
        </section>
    }
}

fn multiline(text: &str, fallback: &str) -> Html {
    html! { <span class="multiline">{ or_blank(text, fallback).to_owned() }</span> }
}

fn sheet_body(sheet: &JobSheet) -> Html {
    let hidden = sheet.employer_hidden;
    let employer = &sheet.employer;
    let work = &sheet.work;
    let place = &work.place;
    let wage = &sheet.wage;
    let hours = &sheet.hours;
    let conditions = &sheet.conditions;
    let selection = &sheet.selection;

    let closed = if sheet.status == JobStatus::Closed {
        html! {
            <div id="job-closed" class="banner banner-closed" role="status">
                { "この求人の募集は終了しました" }
            </div>
        }
    } else {
        html! {}
    };

    let header = html! {
        <dl class="sheet-header">
            <div class="sheet-header-item sheet-header-number">
                <dt>{ "求人番号" }</dt>
                <dd id="job-number">{ sheet.job_number.clone() }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ "受付年月日" }</dt><dd id="received-on">{ date_ja(sheet.received_on) }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ "紹介期限日" }</dt><dd id="referral-deadline">{ date_ja(sheet.referral_deadline) }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ "受理安定所" }</dt><dd>{ sheet.receiving_office.clone() }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ "求人区分" }</dt>
                <dd>{ format!("{}（{}）", sheet.category.label(), sheet.work_style.label()) }</dd>
            </div>
            <div class="sheet-header-item sheet-header-wide">
                <dt>{ "公開範囲" }</dt><dd>{ sheet.publication.label() }</dd>
            </div>
            <div class="sheet-header-item">
                <dt>{ "オンライン自主応募" }</dt>
                <dd id="online-application">
                    if sheet.online_application {
                        <span class="badge badge-online">{ "受け付ける" }</span>
                    } else {
                        { "受け付けない" }
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
        _ => html! { <span class="muted">{ "事業所名非公開" }</span> },
    };
    let address = match (employer.postal_code.as_deref(), employer.address.as_deref()) {
        (_, None) if hidden => "非公開".to_owned(),
        (Some(postal), Some(address)) => format!("〒{postal}　{address}"),
        (None, Some(address)) => address.to_owned(),
        (_, None) => "記載なし".to_owned(),
    };
    let employer_rows = html! {
        <>
            { text_row("事業所番号", hidden_or(employer.office_number.as_deref(), hidden, "記載なし")) }
            { row("事業所名", employer_name) }
            { text_row("所在地", address) }
            { text_row("電話番号", hidden_or(employer.phone.as_deref(), hidden, "記載なし")) }
            { text_row("ホームページ", hidden_or(employer.homepage.as_deref(), hidden, "なし")) }
        </>
    };

    // 2 仕事内容.
    let occupation = {
        let path = occupation_path(&work.occupation_code);
        if path.is_empty() {
            work.occupation_code.clone()
        } else {
            let names: Vec<&str> = path.iter().map(|o| o.name).collect();
            format!("{}（{}）", names.join(" › "), work.occupation_code)
        }
    };
    let work_place = {
        let mut text = place.locality.clone();
        match place.address_line.as_deref() {
            Some(line) if !line.trim().is_empty() => text.push_str(line),
            _ if hidden => text.push_str("（番地等は非公開）"),
            _ => {}
        }
        text
    };
    let station = match (place.nearest_station.as_deref(), place.station_minutes) {
        (Some(station), Some(minutes)) => format!("{station}から徒歩{minutes}分"),
        (Some(station), None) => station.to_owned(),
        (None, _) => "記載なし".to_owned(),
    };
    let age = match work.age.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(reason) => format!("{}（{reason}）", age_limit(&work.age)),
        None => age_limit(&work.age),
    };
    let work_rows = html! {
        <>
            { row("職種", html! { <strong class="job-title">{ work.title.clone() }</strong> }) }
            { row("仕事内容", html! {
                <div id="job-description" class="multiline description">{ work.description.clone() }</div>
            }) }
            { text_row("職業分類", occupation) }
            { text_row("雇用形態", work.employment_type.label()) }
            { text_row("雇用期間", contract_period(work.contract_months, work.contract_renewable)) }
            { text_row("就業場所", work_place) }
            { text_row("最寄り駅", station) }
            { text_row("マイカー通勤", format!("{}（駐車場{}）", yes_no(place.car_commute), yes_no(place.parking))) }
            { text_row("転勤の可能性", yes_no(work.transfer)) }
            { text_row("テレワーク", if work.remote_work == RemoteWork::None { "なし" } else { work.remote_work.label() }) }
            { text_row("UIJターン歓迎", yes_no(work.uij_turn)) }
            { text_row("年齢", age) }
            { text_row("学歴", opt_or(work.education.as_deref(), "不問")) }
            { text_row("必要な経験等", opt_or(work.experience.as_deref(), "不問")) }
            { text_row("必要な免許・資格", join_or(&work.licenses, "不問")) }
            { text_row("試用期間", work.trial_months.map_or("なし".to_owned(), |m| format!("あり（{m}か月）"))) }
        </>
    };

    // 3 賃金・手当.
    let allowances = if wage.allowances.is_empty() {
        html! { "なし" }
    } else {
        html! {
            <ul class="plain-list">
                { for wage.allowances.iter().map(|a| html! {
                    <li>{ format!("{}　{}", a.name, yen(a.amount)) }</li>
                }) }
            </ul>
        }
    };
    let wage_rows = html! {
        <>
            { row("賃金形態", html! { <strong>{ wage.kind.label() }</strong> }) }
            { row("基本給", html! { <strong class="wage">{ yen_range(wage.base_min, wage.base_max) }</strong> }) }
            { row("定額的に支払われる手当", allowances) }
            { text_row("固定残業代", wage.fixed_overtime.map_or("なし".to_owned(), yen)) }
            { text_row("通勤手当", or_blank(&wage.commute_allowance, "なし")) }
            { text_row("賃金締切日", or_blank(&wage.closing_day, "記載なし")) }
            { text_row("賃金支払日", or_blank(&wage.pay_day, "記載なし")) }
            { text_row("昇給", or_blank(&wage.raise, "なし")) }
            { text_row("賞与", or_blank(&wage.bonus, "なし")) }
        </>
    };

    // 4 労働時間.
    let shifts = if hours.shifts.is_empty() {
        html! { "記載なし" }
    } else {
        html! {
            <ul class="plain-list">
                { for hours.shifts.iter().enumerate().map(|(i, s)| html! {
                    <li>{ format!("（{}）{}", i + 1, shift(s)) }</li>
                }) }
            </ul>
        }
    };
    let hours_rows = html! {
        <>
            { row("就業時間", shifts) }
            { text_row("交替制（シフト制）", yes_no(hours.rotating)) }
            { text_row("時間外労働時間", if hours.overtime_hours == 0 { "なし".to_owned() } else { format!("月平均{}時間", hours.overtime_hours) }) }
            { text_row("休憩時間", format!("{}分", hours.break_minutes)) }
            { text_row("週所定労働日数", hours.days_per_week.map_or("記載なし".to_owned(), |d| format!("週{d}日"))) }
            { text_row("休日等", or_blank(&hours.days_off, "記載なし")) }
            { text_row("週休二日制", hours.two_days_off.label()) }
            { text_row("土日祝休み", yes_no(hours.weekends_off)) }
            { text_row("年間休日数", format!("{}日", hours.annual_holidays)) }
        </>
    };

    // 5 その他の労働条件等.
    let condition_rows = html! {
        <>
            { text_row("加入保険等", insurances(conditions)) }
            { text_row("退職金制度", yes_no(conditions.retirement_allowance)) }
            { text_row("定年制", conditions.retirement_age.map_or("なし".to_owned(), |age| format!("あり（一律{age}歳）"))) }
            { text_row("再雇用制度", yes_no(conditions.rehiring)) }
            { text_row("入居可能住宅", yes_no(conditions.housing)) }
            { text_row("利用可能託児施設", yes_no(conditions.childcare)) }
        </>
    };

    // 6 会社の情報.
    let company_rows = html! {
        <>
            { text_row("従業員数", format!("企業全体 {}　うち就業場所 {}", people(employer.employees_total), people(employer.employees_site))) }
            { text_row("設立年", employer.founded_year.map_or("記載なし".to_owned(), |y| format!("{y}年"))) }
            { text_row("資本金", employer.capital_man_yen.map_or("記載なし".to_owned(), capital_man_yen)) }
            { row("事業内容", multiline(&employer.business, "記載なし")) }
            { row("会社の特長", multiline(&employer.features, "記載なし")) }
            { text_row("代表者", hidden_or(employer.representative.as_deref(), hidden, "記載なし")) }
            { text_row("法人番号", hidden_or(employer.corporate_number.as_deref(), hidden, "記載なし")) }
        </>
    };

    // 7 選考等.
    let selection_rows = html! {
        <>
            { text_row("採用人数", format!("{}人", thousands(u64::from(selection.openings)))) }
            { text_row("選考方法", join_or(&selection.methods, "記載なし")) }
            { text_row("選考結果通知", format!("面接後{}日以内", selection.result_within_days)) }
            { row("応募書類等", multiline(&selection.documents, "記載なし")) }
            { text_row("選考場所", hidden_or(selection.place.as_deref(), hidden, "記載なし")) }
            { text_row("担当者", hidden_or(selection.contact.as_deref(), hidden, "記載なし")) }
        </>
    };

    // 8 特記事項・備考.
    let notes_rows = html! {
        <>
            { row("求人に関する特記事項", multiline(&sheet.notes.special, "なし")) }
            { row("備考", multiline(&sheet.notes.remarks, "なし")) }
        </>
    };

    html! {
        <>
            { closed }
            { header }
            { section("sheet-employer", 1, "求人事業所", employer_rows) }
            { section("sheet-work", 2, "仕事内容", work_rows) }
            { section("sheet-wage", 3, "賃金・手当", wage_rows) }
            { section("sheet-hours", 4, "労働時間", hours_rows) }
            { section("sheet-conditions", 5, "その他の労働条件等", condition_rows) }
            { section("sheet-company", 6, "会社の情報", company_rows) }
            { section("sheet-selection", 7, "選考等", selection_rows) }
            { section("sheet-notes", 8, "求人に関する特記事項・備考", notes_rows) }
        </>
    }
}
