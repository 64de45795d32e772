//! 操作の記録 (`/counselor/actions`, `#counselor-actions`): what the counselors of this office
//! did, newest first: when, who, what (`.action-row[data-kind]`) and to what (a 求職番号, a
//! 求人番号, an 事業所). 「さらに古い記録」 (`#older-actions`) reads the next page; a page that
//! could not be read says so in `#actions-error`.

use shigoto_shared::CounselorActionEntry;
use yew::prelude::*;

use crate::forms::account::error_message;
use crate::forms::employer::jst_datetime;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::focus::use_focus_on_mount;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct ActionsState {
    entries: Vec<CounselorActionEntry>,
    next_before: Option<i64>,
    loaded: bool,
    busy: bool,
    error: Option<String>,
}

#[function_component]
pub fn CounselorActionsPage() -> Html {
    let state = use_state(ActionsState::default);
    let api = use_api();
    use_focus_on_mount("#counselor-actions-heading");
    let read = {
        let state = state.clone();
        Callback::from(move |before: Option<i64>| {
            if state.busy {
                return;
            }
            state.set(ActionsState {
                busy: true,
                error: None,
                ..(*state).clone()
            });
            let state = state.clone();
            api.run(
                async move { ipc::counselor_actions(before).await },
                move |result| {
                    let mut next = ActionsState {
                        busy: false,
                        loaded: true,
                        ..(*state).clone()
                    };
                    match result {
                        Ok(page) => {
                            if before.is_none() {
                                next.entries.clear();
                            }
                            next.entries.extend(page.entries);
                            next.next_before = page.next_before;
                        }
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                },
            );
        })
    };
    {
        let read = read.clone();
        use_effect_with((), move |()| read.emit(None));
    }
    let older = state.next_before.map(|before| {
        let read = read.clone();
        Callback::from(move |_: MouseEvent| read.emit(Some(before)))
    });
    html! {
        <section id="counselor-actions" class="panel" aria-labelledby="counselor-actions-heading">
            <h2 id="counselor-actions-heading" class="panel-title" tabindex="-1">{ "操作の記録" }</h2>
            <p class="panel-lead">
                { "この安定所の職員が行った操作（窓口での求職登録、本登録、求職有効、職業相談、紹介、求人の紹介、メッセージ、事業所登録と求人の受理・返戻）の記録です。新しい順に表示します。" }
            </p>
            if let Some(error) = &state.error {
                <p id="actions-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if state.loaded && state.entries.is_empty() && state.error.is_none() {
                <p id="no-actions" class="empty-note">{ "まだ記録はありません。" }</p>
            }
            if !state.entries.is_empty() {
                <table class="provisional-table actions-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "日時" }</th>
                            <th scope="col">{ "職員" }</th>
                            <th scope="col">{ "操作" }</th>
                            <th scope="col">{ "対象" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for state.entries.iter().map(row) }
                    </tbody>
                </table>
            }
            if let Some(older) = older {
                <button type="button" id="older-actions" class="button button-secondary"
                    disabled={state.busy} onclick={older}>
                    { "さらに古い記録" }
                </button>
            }
        </section>
    }
}

fn row(entry: &CounselorActionEntry) -> Html {
    html! {
        <tr class="action-row" data-kind={entry.kind.as_str()} key={entry.id}>
            <td>{ jst_datetime(entry.at) }</td>
            <td>{ entry.counselor_name.clone() }</td>
            <td class="action-kind">{ entry.kind.label() }</td>
            <td class="action-subject">{ entry.subject.clone() }</td>
        </tr>
    }
}
