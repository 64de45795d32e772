//! 仮登録の本登録 (counselors, `#provisional-list`): the online applications waiting for 本登録,
//! in a table (求職番号, 氏名・フリガナ, 生年月日, メールアドレス, 都道府県, 申込日, 期限 with the days
//! left). Each row is `tr.provisional-row[data-seeker-number]` with 「本登録する」
//! (`.confirm-seeker`); once done the row says 「本登録しました」 (`.confirmed-mark`) until the list
//! is read again (「最新の情報に更新」 `#refresh-provisional`), which no longer has it. A refusal
//! (e.g. the 14 days have passed) is shown in the row (`.row-error`); an empty list shows
//! `#no-provisional`, a list that could not be read `#provisional-error`.

use chrono::NaiveDate;
use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::hooks::api::use_api;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::pages::search::today;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

use crate::format::date;
use crate::forms::account::{days_left, ProvisionalRow, ProvisionalState};

#[derive(Properties, PartialEq)]
pub struct ProvisionalProps {
    pub state: ProvisionalState,
    pub today: NaiveDate,
    pub on_refresh: Callback<()>,
    /// 「本登録する」, with the row's 求職番号.
    pub on_confirm: Callback<String>,
}

#[function_component]
pub fn ProvisionalView(props: &ProvisionalProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let refresh = {
        let cb = props.on_refresh.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let body = match &state.rows {
        None if state.loading => html! {
            <p class="hint" role="status">{ t.t("page-loading") }</p>
        },
        None => html! {},
        Some(rows) if rows.is_empty() => html! {
            <p id="no-provisional" class="empty-note">
                { t.t("counselor-provisional-none") }
            </p>
        },
        Some(rows) => html! {
            <div class="table-scroll">
                <table class="provisional-table">
                    <caption class="visually-hidden">{ t.t("counselor-provisional-caption") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.t("counselor-seeker-number") }</th>
                            <th scope="col">{ t.t("counselor-name-kana") }</th>
                            <th scope="col">{ t.t("counselor-birth-date") }</th>
                            <th scope="col">{ t.t("counselor-email") }</th>
                            <th scope="col">{ t.t("counselor-prefecture") }</th>
                            <th scope="col">{ t.t("counselor-provisional-applied-on") }</th>
                            <th scope="col">{ t.t("counselor-provisional-deadline") }</th>
                            <th scope="col"><span class="visually-hidden">{ t.t("counselor-actions-column") }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| table_row(t, row, props.today, &props.on_confirm)) }
                    </tbody>
                </table>
            </div>
        },
    };
    html! {
        <section id="provisional-list" class="panel counter-panel" aria-labelledby="provisional-heading">
            <h2 id="provisional-heading" class="panel-title" tabindex="-1">{ t.t("counselor-provisional-heading") }</h2>
            <p class="panel-lead">
                { t.t_with("counselor-provisional-lead", &[("days", PROVISIONAL_REGISTRATION_DAYS.into())]) }
            </p>
            <div class="list-toolbar">
                if let Some(rows) = &state.rows {
                    <p id="provisional-count" class="list-count">{ t.t_with("counselor-provisional-count", &[("count", rows.len().into())]) }</p>
                }
                <button type="button" id="refresh-provisional" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={refresh}>
                    { if state.loading { t.t("counselor-refreshing") } else { t.t("counselor-refresh") } }
                </button>
            </div>
            if let Some(err) = &state.error {
                <p id="provisional-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

fn table_row(
    t: &Catalogue,
    row: &ProvisionalRow,
    today: NaiveDate,
    on_confirm: &Callback<String>,
) -> Html {
    let seeker = &row.seeker;
    let number = seeker.seeker_number.clone();
    let (days, left) = days_left(t, seeker.deadline, today);
    let prefecture = shigoto_refdata::prefecture(&seeker.prefecture_code)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| seeker.prefecture_code.clone());
    let confirm = {
        let cb = on_confirm.clone();
        let number = number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let class = classes!(
        "provisional-row",
        row.confirmed.is_some().then_some("is-confirmed"),
        (days <= 2).then_some("is-urgent"),
    );
    let action = if row.confirmed.is_some() {
        html! {
            <span class="confirmed-mark" role="status">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { t.t("counselor-provisional-confirmed") }
            </span>
        }
    } else {
        html! {
            <button type="button" class="button button-primary confirm-seeker"
                disabled={row.busy} aria-busy={row.busy.then_some("true")}
                aria-label={t.t_with("counselor-provisional-confirm-named", &[("name", seeker.name.as_str().into()), ("number", number.as_str().into())])}
                onclick={confirm}>
                { if row.busy { t.t("counselor-provisional-confirming") } else { t.t("counselor-provisional-confirm") } }
            </button>
        }
    };
    html! {
        <tr class={class} key={number.clone()} data-seeker-number={number.clone()}>
            <td class="provisional-number">{ number }</td>
            <td>
                <span class="person-name">{ seeker.name.clone() }</span>
                <span class="person-kana">{ seeker.name_kana.clone() }</span>
            </td>
            <td>{ date(t, seeker.birth_date) }</td>
            <td class="email-cell">{ seeker.email.clone() }</td>
            <td>{ prefecture }</td>
            <td>{ date(t, seeker.applied_on) }</td>
            <td>
                { date(t, seeker.deadline) }
                <span class="days-left">{ t.t_with("counselor-provisional-left", &[("left", left.into())]) }</span>
            </td>
            <td class="action-cell">
                { action }
                if let Some(err) = &row.error {
                    <p class="field-error row-error" role="alert">{ err.clone() }</p>
                }
            </td>
        </tr>
    }
}

/// 仮登録の本登録 (`/counselor/provisional`): the list is read every time it is shown, and on
/// 「最新の情報に更新」.
#[function_component]
pub fn ProvisionalPage() -> Html {
    let form = use_store::<ProvisionalState>();
    let api = use_api();
    use_focus_on_mount("#provisional-heading");
    let on_refresh = use_load(
        &form,
        ipc::list_provisional_seekers,
        Loader {
            is_loading: |s| s.loading,
            start: ProvisionalState::loading,
            loaded: ProvisionalState::loaded,
        },
    );
    let on_confirm = {
        let form = form.clone();
        Callback::from(move |seeker_number: String| {
            let free = form.rows.as_ref().is_some_and(|rows| {
                rows.iter().any(|r| {
                    r.seeker.seeker_number == seeker_number && !r.busy && r.confirmed.is_none()
                })
            });
            if !free {
                return;
            }
            let number = seeker_number.clone();
            form.update(move |s| {
                s.confirming(&number);
            });
            let form = form.clone();
            let number = seeker_number.clone();
            api.run(
                async move { ipc::confirm_seeker(&seeker_number).await },
                move |result| form.update_once(move |s| s.confirmed(&number, result)),
            );
        })
    };
    html! {
        <ProvisionalView state={(*form).clone()} today={today()} on_refresh={on_refresh}
            on_confirm={on_confirm} />
    }
}
