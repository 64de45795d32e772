//! 依頼を受けた求人 on 求職活動状況 (`#activity-requests`): the 応募検討依頼 of employers who saw
//! the seeker's published 求職情報, read from the device's synced copy when shown and after
//! every sync pass. Each `li.request-row[data-request-id]` has the posting (opens its 求人票,
//! `.open-requested-job`, where 応募する is), the employer when shown, when it came and its note,
//! and its state (`.request-state`: 回答待ち, 応募, 辞退). An unanswered one has 「辞退する」
//! (`.decline-request`), then 「辞退を確定」 (`.confirm-decline-request`) or 「やめる」. Done:
//! `#requests-notice`; refused: `#requests-error`.

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{ReceivedRequest, RequestAnswer};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::activity_card::{posting_line, ActivityCard, PostingLine};
use crate::components::confirm_box::ConfirmBox;
use crate::components::form_field::click;
use crate::format::jst_datetime;
use crate::forms::mypage::SheetReturn;
use crate::forms::requests::RequestsState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::search::open_job;
use crate::state::lang::use_texts;
use crate::state::mypage::use_mypage;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct RequestsProps {
    pub state: RequestsState,
    pub on_open: Callback<String>,
    pub on_ask: Callback<i64>,
    pub on_cancel: Callback<()>,
    pub on_confirm: Callback<i64>,
}

fn actions(t: &Catalogue, props: &RequestsProps, item: &ReceivedRequest) -> Html {
    let state = &props.state;
    if item.answer.is_some() {
        return html! {};
    }
    let busy = state.decline.busy == Some(item.id);
    if state.decline.confirming == Some(item.id) {
        let id = item.id;
        return html! {
            <ConfirmBox text={t.t("seeker-requests-confirm")}
                confirm_class="confirm-decline-request" confirm_label={t.t(shigoto_i18n::key!("seeker-withdraw-confirm-yes"))}
                busy_label={t.t(shigoto_i18n::key!("seeker-requests-sending"))} cancel_class="cancel-decline-request" busy={busy}
                on_confirm={props.on_confirm.reform(move |()| id)}
                on_cancel={props.on_cancel.clone()} />
        };
    }
    html! {
        <button type="button" class="button button-secondary decline-request"
            onclick={click(&props.on_ask, item.id)}>
            { t.t("seeker-withdraw") }
        </button>
    }
}

/// The catalogue key of a request's state (回答待ち, 応募済み, 辞退済み).
fn answer_key(answer: Option<RequestAnswer>) -> &'static str {
    match answer {
        None => key!("seeker-requests-waiting"),
        Some(RequestAnswer::Applied) => key!("seeker-requests-applied"),
        Some(RequestAnswer::Declined) => key!("seeker-requests-declined-badge"),
    }
}

fn row(t: &Catalogue, props: &RequestsProps, item: &ReceivedRequest) -> Html {
    let state = item.answer.map_or("waiting", RequestAnswer::as_str);
    let badge = t.t(answer_key(item.answer));
    let line = PostingLine {
        badge,
        badge_class: "request-state",
        open_class: "open-requested-job",
        title: &item.title,
        job_number: &item.job_number,
        employer: item.employer_name.as_deref(),
        sent: jst_datetime(t, item.sent_at),
        note: &item.note,
    };
    html! {
        <li class="activity-row request-row" key={item.id}
            data-request-id={item.id.to_string()} data-state={state}>
            { posting_line(t, line, &props.on_open) }
            { actions(t, props, item) }
        </li>
    }
}

#[function_component]
pub fn RequestsView(props: &RequestsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let items = state.items.as_deref().unwrap_or_default();
    let empty = html! {
        <>
            <p class="muted">{ t.t("seeker-requests-empty") }</p>
            <p class="hint">{ t.t("seeker-requests-empty-hint") }</p>
        </>
    };
    html! {
        <ActivityCard id="activity-requests" title={t.t("seeker-requests-heading")}
            count={items.len()} error={state.decline.error.clone()} error_id="requests-error"
            notice={state.decline.notice.clone()} notice_id="requests-notice" empty={empty}
            lead={AttrValue::from(t.t("seeker-requests-lead"))}>
            { for items.iter().map(|item| row(t, props, item)) }
        </ActivityCard>
    }
}

/// The section, read from the device's copy when shown and after every sync pass.
#[function_component]
pub fn RequestsSection() -> Html {
    let t = use_texts();
    let form = use_store::<RequestsState>();
    let api = use_api();
    let navigator = use_navigator();
    let data_version = use_mypage().state().data_version;
    {
        let form = form.clone();
        use_effect_with(data_version, move |_| {
            let form = form.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let items = ipc::received_requests().await;
                form.update_once(move |s| s.loaded(items));
            });
        });
    }
    let on_open =
        Callback::from(move |job: String| open_job(&navigator, job, SheetReturn::Activity));
    let on_ask = {
        let form = form.clone();
        Callback::from(move |id: i64| form.update(move |s| s.decline.ask(id)))
    };
    let on_cancel = {
        let form = form.clone();
        Callback::from(move |()| form.update(|s| s.decline.cancel()))
    };
    let on_confirm = {
        let form = form.clone();
        Callback::from(move |id: i64| {
            if !form.decline.may_go(id) {
                return;
            }
            form.update(move |s| s.decline.going(id));
            let form = form.clone();
            api.run(ipc::decline_request(id), move |result| {
                form.update_once(move |s| s.declined(t, result))
            });
        })
    };
    html! {
        <RequestsView state={(*form).clone()} on_open={on_open} on_ask={on_ask}
            on_cancel={on_cancel} on_confirm={on_confirm} />
    }
}
