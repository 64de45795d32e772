//! 依頼を受けた求人 on 求職活動状況 (`#activity-requests`): the 応募検討依頼 of employers who saw
//! the seeker's published 求職情報, read from the device's synced copy when shown and after
//! every sync pass. Each `li.request-row[data-request-id]` has the posting (opens its 求人票,
//! `.open-requested-job`, where 応募する is), the employer when shown, when it came and its note,
//! and its state (`.request-state`: 回答待ち, 応募, 辞退). An unanswered one has 「辞退する」
//! (`.decline-request`), then 「辞退を確定」 (`.confirm-decline-request`) or 「やめる」. Done:
//! `#requests-notice`; refused: `#requests-error`.

use shigoto_shared::ReceivedRequest;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_field::click;
use crate::format::jst_datetime;
use crate::forms::mypage::SheetReturn;
use crate::forms::requests::RequestsState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::search::open_job;
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

fn actions(props: &RequestsProps, item: &ReceivedRequest) -> Html {
    let state = &props.state;
    if item.answer.is_some() {
        return html! {};
    }
    let busy = state.busy == Some(item.id);
    if state.confirming == Some(item.id) {
        return html! {
            <div class="withdraw-confirm caution" role="group">
                <p>{ "この応募検討依頼を辞退します。求人者には「辞退」と表示されます。よろしいですか。" }</p>
                <button type="button" class="button button-primary confirm-decline-request"
                    disabled={busy} aria-busy={busy.then_some("true")}
                    onclick={click(&props.on_confirm, item.id)}>
                    { if busy { "送っています…" } else { "辞退を確定" } }
                </button>
                <button type="button" class="button button-secondary cancel-decline-request"
                    disabled={busy} onclick={click(&props.on_cancel, ())}>
                    { "やめる" }
                </button>
            </div>
        };
    }
    html! {
        <button type="button" class="button button-secondary decline-request"
            onclick={click(&props.on_ask, item.id)}>
            { "辞退する" }
        </button>
    }
}

fn row(props: &RequestsProps, item: &ReceivedRequest) -> Html {
    let employer = item
        .employer_name
        .clone()
        .unwrap_or_else(|| "事業所名非公開".to_owned());
    let (state, label) = match item.answer {
        None => ("waiting", "回答待ち".to_owned()),
        Some(answer) => (answer.as_str(), format!("{}済み", answer.label())),
    };
    html! {
        <li class="activity-row request-row" key={item.id}
            data-request-id={item.id.to_string()} data-state={state}>
            <div class="activity-row-main">
                <span class="badge request-state">{ label }</span>
                <button type="button" class="open-job open-requested-job"
                    onclick={click(&props.on_open, item.job_number.clone())}>
                    { format!("{}（求人番号 {}）", item.title, item.job_number) }
                </button>
                <span class="activity-employer">{ employer }</span>
                <span class="hint">{ jst_datetime(item.sent_at) }</span>
                if !item.note.is_empty() {
                    <span class="introduction-note">{ item.note.clone() }</span>
                }
            </div>
            { actions(props, item) }
        </li>
    }
}

#[function_component]
pub fn RequestsView(props: &RequestsProps) -> Html {
    let state = &props.state;
    let items = state.items.as_deref().unwrap_or_default();
    html! {
        <div class="activity-grid activity-applications">
        <section id="activity-requests" class="activity-card" aria-labelledby="activity-requests-heading">
            <h3 id="activity-requests-heading" class="activity-title">{ "依頼を受けた求人（応募検討依頼）" }</h3>
            <p class="activity-count">{ format!("{}件", items.len()) }</p>
            if let Some(error) = &state.error {
                <p id="requests-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if let Some(notice) = &state.notice {
                <p id="requests-notice" class="notice" role="status">{ notice.clone() }</p>
            }
            if items.is_empty() {
                <p class="muted">{ "応募検討依頼はありません。" }</p>
                <p class="hint">{ "求職者情報・設定の「求職情報公開」で求職情報を公開すると、求人者から応募検討依頼が届くことがあります。" }</p>
            } else {
                <p class="hint">{ "応募する場合は、求人票を開いて「応募する」を押してください。" }</p>
                <ul class="activity-list">{ for items.iter().map(|item| row(props, item)) }</ul>
            }
        </section>
        </div>
    }
}

/// The section, read from the device's copy when shown and after every sync pass.
#[function_component]
pub fn RequestsSection() -> Html {
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
        Callback::from(move |id: i64| form.update(move |s| s.ask(id)))
    };
    let on_cancel = {
        let form = form.clone();
        Callback::from(move |()| form.update(RequestsState::cancel))
    };
    let on_confirm = {
        let form = form.clone();
        Callback::from(move |id: i64| {
            if !form.may_decline(id) {
                return;
            }
            form.update(move |s| s.declining(id));
            let form = form.clone();
            api.run(ipc::decline_request(id), move |result| {
                form.update_once(move |s| s.declined(result))
            });
        })
    };
    html! {
        <RequestsView state={(*form).clone()} on_open={on_open} on_ask={on_ask}
            on_cancel={on_cancel} on_confirm={on_confirm} />
    }
}
