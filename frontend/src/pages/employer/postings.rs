//! 求人一覧 (`/employer/postings`, section `#postings-panel`, heading `#postings-heading`): how
//! many postings there are of each status (`#posting-counts`, one `#postings-count-<status>` a
//! status), then the list `#postings`, one line `#posting-<id>` a posting (`data-status` the wire
//! value): its status badge (`.status-badge[data-status]`), 職種 (or 「（職種未入力）」), 求人番号,
//! 受付年月日 and 紹介期限日, the reason of a 返戻 (`.posting-return-reason`), a change under way
//! (`.posting-change-status`, opened by `#posting-<id>-change`), and the buttons that fit its
//! status: 「編集」 (`#posting-<id>-edit`), 「開く」 (`#posting-<id>-open`), 「複製して新規作成」
//! (`#posting-<id>-copy`) and for a draft 「削除」 (`#posting-<id>-delete`, confirmed in the line by
//! `#posting-<id>-delete-confirm` or cancelled by `#posting-<id>-delete-cancel`).
//! 「新しい求人を申し込む」 is `#new-posting` (refused in `#new-posting-error`); before the
//! 事業所登録 is accepted `#postings-not-accepted` says postings can be filed after 受理.
//! Above the list, the postings whose 紹介期限日 is near, with 延長
//! ([`PostingReminders`]). 「最新の情報に更新」 is `#refresh-postings`; an empty list shows `#no-postings`, what was done
//! `#postings-notice`, a refused action `#postings-error`, a list not read `#postings-load-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::{EmployerStatus, NewPosting, PostingItem, PostingStatus};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_field::click;
use crate::components::posting_reminders::PostingReminders;
use crate::format::date;
use crate::format::jst_datetime;
use crate::forms::employer::postings::{
    line_actions, title_of, title_text, LineAction, ListAction, PostingListState,
};
use crate::hooks::api::use_api;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::notice::use_notice;
use crate::state::session::use_session;
use crate::state::store::{use_store, StoreHandle, Update};

#[derive(Properties, PartialEq)]
pub struct NewPostingButtonProps {
    /// The button's id (its refusal is `<id>-error`).
    pub id: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
}

/// 「新しい求人を申し込む」: asks for an empty draft and opens it in the editor.
#[function_component]
pub fn NewPostingButton(props: &NewPostingButtonProps) -> Html {
    let t = use_texts();
    let busy = use_state(|| false);
    let error = use_state(|| None::<String>);
    let api = use_api();
    let focus = use_focus();
    let navigator = use_navigator();
    let error_id = format!("{}-error", props.id);
    let onclick = {
        let (busy, error, error_id) = (busy.clone(), error.clone(), error_id.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            error.set(None);
            let (busy, error, focus, navigator, error_id) = (
                busy.clone(),
                error.clone(),
                focus.clone(),
                navigator.clone(),
                error_id.clone(),
            );
            api.run(
                async move { ipc::new_employer_posting(&NewPosting::default()).await },
                move |result| match result {
                    Ok(draft) => {
                        if let Some(navigator) = &navigator {
                            navigator.push(&Route::EmployerPosting { id: draft.item.id });
                        }
                    }
                    Err(err) => {
                        busy.set(false);
                        error.set(Some(crate::forms::account::error_message(&err)));
                        focus.on(format!("#{error_id}"));
                    }
                },
            );
        })
    };
    html! {
        <span class="new-posting">
            <button type="button" id={props.id.clone()} class="button button-primary"
                disabled={props.disabled || *busy} aria-busy={busy.then_some("true")}
                {onclick}>
                { if *busy { t.t("employer-postings-creating") } else { t.t("employer-postings-new") } }
            </button>
            if let Some(err) = &*error {
                <p id={error_id} class="field-error" role="alert" tabindex="-1">{ err.clone() }</p>
            }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct PostingListProps {
    pub state: PostingListState,
    /// The 事業所登録 is accepted (or not known to be otherwise).
    pub can_file: bool,
    pub on_refresh: Callback<()>,
    /// A line's button: the posting's id and what was pressed.
    pub on_action: Callback<(i64, LineAction)>,
    /// Opens the change under way of a published posting (the change's id).
    pub on_open: Callback<i64>,
    pub on_delete_confirm: Callback<i64>,
    pub on_delete_cancel: Callback<i64>,
}

fn counts(t: &Catalogue, state: &PostingListState) -> Html {
    html! {
        <dl id="posting-counts" class="posting-counts" aria-label={t.t("employer-postings-counts")}>
            { for state.counts().into_iter().map(|(status, count)| html! {
                <div class="posting-count" data-status={status.as_str()} key={status.as_str()}>
                    <dt>{ status.label_in(t) }</dt>
                    <dd id={format!("postings-count-{}", status.as_str())}>
                        { t.t_with("employer-postings-count", &[("count", count.into())]) }
                    </dd>
                </div>
            }) }
        </dl>
    }
}

fn line(t: &Catalogue, item: &PostingItem, props: &PostingListProps) -> Html {
    let id = item.id;
    let line_id = format!("posting-{id}");
    let title = title_of(t, item);
    let busy = props.state.busy.is_some();
    let confirming = props.state.confirm_delete == Some(id);
    let buttons = line_actions(item).into_iter().map(|action| {
        let class = match action {
            LineAction::Edit | LineAction::Open => "button button-primary",
            LineAction::Copy | LineAction::Delete => "button button-secondary",
        };
        let waiting = matches!(
            (props.state.busy, action),
            (Some(ListAction::Copy(at)), LineAction::Copy) | (Some(ListAction::Delete(at)), LineAction::Delete) if at == id
        );
        html! {
            <button type="button" id={format!("{line_id}-{}", action.suffix())} class={class}
                key={action.suffix()}
                disabled={busy && matches!(action, LineAction::Copy | LineAction::Delete)}
                aria-busy={waiting.then_some("true")}
                aria-label={t.t_with("employer-postings-action-named", &[
                    ("title", title.clone().into()),
                    ("action", t.t(action.key()).into()),
                ])}
                onclick={click(&props.on_action, (id, action))}>
                { t.t(action.key()) }
            </button>
        }
    });
    let number = match (&item.job_number, item.is_change) {
        (Some(number), true) => t.t_with(
            "employer-postings-changes",
            &[("number", number.as_str().into())],
        ),
        (Some(number), false) => t.t_with(
            "employer-postings-job-number",
            &[("number", number.as_str().into())],
        ),
        (None, _) => t.t("employer-postings-job-number-later"),
    };
    html! {
        <li id={line_id.clone()} class="posting-line" data-status={item.status.as_str()} key={id}>
            <div class="posting-line-head">
                <span class={classes!("status-badge", "posting-badge", format!("posting-badge-{}", item.status.as_str()))}
                    data-status={item.status.as_str()}>
                    { item.status.label_in(t) }
                </span>
                if item.is_change {
                    <span class="badge badge-kind">{ t.t("employer-postings-change-badge") }</span>
                }
                <h3 class="posting-title">{ title.clone() }</h3>
            </div>
            <p class="posting-line-facts">
                <span class="posting-number">{ number }</span>
                if let Some(received) = item.received_on {
                    <span>{ t.t_with("employer-postings-received-on", &[("date", date(t, received).into())]) }</span>
                }
                if let Some(deadline) = item.referral_deadline {
                    <span class="posting-deadline">
                        { t.t_with("employer-postings-deadline", &[("date", date(t, deadline).into())]) }
                        if item.extended {
                            { t.t("employer-postings-extended") }
                        }
                    </span>
                }
                <span class="muted">
                    { t.t_with("employer-postings-updated", &[("time", jst_datetime(t, item.updated_at).into())]) }
                </span>
            </p>
            if item.status == PostingStatus::Returned {
                <p class="posting-return-reason">
                    <span class="return-reason-title">{ t.t("employer-postings-return-reason") }</span>
                    { item.return_reason.clone().unwrap_or_default() }
                </p>
            }
            if let Some(change) = &item.change {
                <p class="posting-change-status" data-status={change.status.as_str()}>
                    { t.t_with("employer-postings-change-status", &[("status", change.status.label_in(t).into())]) }
                    <button type="button" id={format!("{line_id}-change")} class="link-button"
                        onclick={click(&props.on_open, change.id)}>
                        { t.t("employer-postings-change-open") }
                    </button>
                </p>
            }
            <div class="posting-line-actions">{ for buttons }</div>
            if confirming {
                <div class="caution posting-delete-confirm" role="group"
                    aria-labelledby={format!("{line_id}-delete-question")}>
                    <p id={format!("{line_id}-delete-question")}>
                        { t.t_with("employer-postings-delete-question", &[("title", title.clone().into())]) }
                    </p>
                    <button type="button" id={format!("{line_id}-delete-confirm")} class="button button-primary"
                        disabled={busy} onclick={click(&props.on_delete_confirm, id)}>
                        { t.t("employer-postings-delete-confirm") }
                    </button>
                    <button type="button" id={format!("{line_id}-delete-cancel")} class="button button-secondary"
                        disabled={busy} onclick={click(&props.on_delete_cancel, id)}>
                        { t.t("employer-postings-delete-cancel") }
                    </button>
                </div>
            }
        </li>
    }
}

#[function_component]
pub fn PostingListView(props: &PostingListProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.items {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("employer-loading") }</p> }
        }
        None => html! {},
        Some(items) => html! {
            <>
                if items.is_empty() {
                    <p id="no-postings" class="empty-note">{ t.t("employer-postings-none") }</p>
                }
                <ul id="postings" class="posting-list">
                    { for items.iter().map(|item| line(t, item, props)) }
                </ul>
            </>
        },
    };
    html! {
        <section id="postings-panel" class="panel" aria-labelledby="postings-heading">
            <h2 id="postings-heading" class="panel-title" tabindex="-1">{ t.t("employer-postings-heading") }</h2>
            <p class="panel-lead">{ t.t("employer-postings-lead") }</p>
            if !props.can_file {
                <p id="postings-not-accepted" class="caution">{ t.t("employer-postings-not-accepted") }</p>
            }
            <div class="list-toolbar">
                <NewPostingButton id="new-posting" disabled={!props.can_file} />
                <button type="button" id="refresh-postings" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={click(&props.on_refresh, ())}>
                    { if state.loading { t.t("employer-refreshing") } else { t.t("employer-refresh") } }
                </button>
            </div>
            if state.items.is_some() {
                { counts(t, state) }
            }
            if let Some(title) = &state.deleted {
                <p id="postings-notice" class="notice" role="status" tabindex="-1">
                    { t.t_with("employer-postings-deleted", &[("title", title_text(t, title).into())]) }
                </p>
            }
            if let Some(err) = &state.error {
                <p id="postings-error" class="field-error form-error" role="alert" tabindex="-1">{ err.clone() }</p>
            }
            if let Some(err) = &state.load_error {
                <p id="postings-load-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

/// The employer's postings, read now and whenever the returned callback is called (the
/// 求人一覧 and the home's summary).
#[hook]
pub fn use_posting_list() -> (StoreHandle<PostingListState>, Callback<()>) {
    let list = use_store::<PostingListState>();
    let reload = use_load(
        &list,
        ipc::employer_postings,
        Loader {
            is_loading: |s| s.loading,
            start: PostingListState::loading,
            loaded: PostingListState::loaded,
        },
    );
    (list, reload)
}

/// 求人一覧 (`/employer/postings`): read whenever it is shown, on 「最新の情報に更新」 and after a
/// draft is deleted.
#[function_component]
pub fn PostingListPage() -> Html {
    let t = use_texts();
    let (list, reload) = use_posting_list();
    let api = use_api();
    let focus = use_focus();
    let notice = use_notice();
    let navigator = use_navigator();
    let session = use_session();
    use_focus_on_mount("#postings-heading");
    let can_file = session
        .account()
        .and_then(|a| a.employer.as_ref())
        .is_none_or(|r| r.status == EmployerStatus::Accepted);
    let open = {
        let navigator = navigator.clone();
        move |id: i64| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::EmployerPosting { id });
            }
        }
    };
    let on_action = {
        let (list, focus, open, api) = (list.clone(), focus.clone(), open.clone(), api.clone());
        Callback::from(move |(id, action): (i64, LineAction)| match action {
            LineAction::Edit | LineAction::Open => open(id),
            LineAction::Delete => {
                list.update(move |s| s.ask_delete(id));
                focus.on(format!("#posting-{id}-delete-confirm"));
            }
            LineAction::Copy => {
                if list.busy.is_some() {
                    return;
                }
                list.update(move |s| {
                    s.start(ListAction::Copy(id));
                });
                let (list, focus, notice, open) =
                    (list.clone(), focus.clone(), notice.clone(), open.clone());
                let request = NewPosting {
                    copy_from: Some(id),
                };
                api.run(
                    async move { ipc::new_employer_posting(&request).await },
                    move |result| match result {
                        Ok(draft) => {
                            notice.show_on(
                                Route::EmployerPosting { id: draft.item.id },
                                t.t("employer-postings-copied"),
                            );
                            open(draft.item.id);
                        }
                        Err(err) => {
                            list.update_once(move |s| s.failed(&err));
                            focus.on("#postings-error");
                        }
                    },
                );
            }
        })
    };
    let on_delete_confirm = {
        let (list, focus, api, reload) = (list.clone(), focus.clone(), api.clone(), reload.clone());
        Callback::from(move |id: i64| {
            if list.busy.is_some() {
                return;
            }
            list.update(move |s| {
                s.start(ListAction::Delete(id));
            });
            let (list, focus, reload) = (list.clone(), focus.clone(), reload.clone());
            api.run(ipc::delete_employer_posting(id), move |result| {
                let ok = result.is_ok();
                list.update_once(move |s| s.deleted(id, result));
                focus.on(if ok {
                    "#postings-notice"
                } else {
                    "#postings-error"
                });
                if ok {
                    reload.emit(());
                }
            });
        })
    };
    let on_delete_cancel = {
        let (list, focus) = (list.clone(), focus.clone());
        Callback::from(move |id: i64| {
            list.update(PostingListState::cancel_delete);
            focus.on(format!("#posting-{id}-delete"));
        })
    };
    let on_open = Callback::from(move |id: i64| open(id));
    html! {
        <>
            <PostingReminders on_extended={reload.clone()} />
            <PostingListView state={(*list).clone()} can_file={can_file} on_refresh={reload}
                on_action={on_action} on_open={on_open} on_delete_confirm={on_delete_confirm}
                on_delete_cancel={on_delete_cancel} />
        </>
    }
}
