//! 保存した検索条件 on the search screen of a signed-in job seeker (`#saved-searches`): the
//! saved conditions (`.saved-item[data-search-id]`, each with 「この条件で検索」
//! `.run-saved-search`, 削除 `.delete-saved-search` confirmed by 「削除する」
//! `.confirm-delete`, 新着をお知らせ `.saved-search-alert` and the count of postings new since
//! the last run `.saved-new-count`), 「3件まで保存できます」, and 「この条件を保存」 (`#open-save-search`)
//! with its form (`#save-search-form`): the name (`#saved-search-name`, at most 20 characters)
//! and 新規保存 (`#save-target-new`) or 上書き保存 onto one of the saved ones
//! (`#save-target-1`…), sent by 「保存する」 (`#save-search-submit`).

use std::rc::Rc;

use chrono::NaiveDateTime;
use shigoto_i18n::Catalogue;
use shigoto_shared::SavedSearchItem;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::forms::account::Edit;
use crate::forms::mypage::{
    count_of, describe, sync_time, SaveForm, SaveTarget, SearchesState, NAME_LIMIT, SEARCHES_LIMIT,
};
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct SavedSearchesProps {
    pub searches: SearchesState,
    /// The current UTC time (for 「前回の検索」).
    pub now: NaiveDateTime,
    pub on_open_save: Callback<()>,
    pub on_edit: Callback<Edit<SaveForm>>,
    pub on_save: Callback<()>,
    pub on_cancel_save: Callback<()>,
    /// 「この条件で検索」 of the saved search with this id.
    pub on_run: Callback<String>,
    /// 削除 pressed (`Some(id)`) or its confirmation cancelled (`None`).
    pub on_ask_delete: Callback<Option<String>>,
    /// 「削除する」: the deletion confirmed.
    pub on_delete: Callback<String>,
    /// 新着をお知らせ of the saved search with this id turned on or off.
    pub on_alert: Callback<(String, bool)>,
}

#[function_component]
pub fn SavedSearches(props: &SavedSearchesProps) -> Html {
    let t = use_texts();
    let searches = &props.searches;
    let count = searches.count();
    let open_save = {
        let cb = props.on_open_save.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let list = match searches.items.as_ref() {
        None => {
            html! { <p class="loading" role="status">{ t.t("seeker-saved-loading") }</p> }
        }
        Some(items) if items.is_empty() => html! {
            <p id="no-saved-searches" class="muted saved-empty">
                { t.t("seeker-saved-empty") }
            </p>
        },
        Some(items) => html! {
            <ul class="saved-list">
                { for items.iter().map(|item| saved_item(t, props, item)) }
            </ul>
        },
    };
    html! {
        <section id="saved-searches" class="panel saved-panel" aria-labelledby="saved-searches-heading">
            <div class="saved-header">
                <h2 id="saved-searches-heading" class="panel-title">
                    { t.t("seeker-saved-heading") }
                    <span id="saved-search-count" class="saved-count">{ count_of(t, count, SEARCHES_LIMIT) }</span>
                </h2>
                if !searches.form.open {
                    <button type="button" id="open-save-search" class="button button-secondary"
                        onclick={open_save}>
                        { t.t("seeker-saved-open") }
                    </button>
                }
            </div>
            <p class="hint saved-limit">
                { t.t_with("seeker-saved-limit", &[("limit", SEARCHES_LIMIT.into())]) }
            </p>
            if let Some(notice) = &searches.notice {
                <p id="saved-search-notice" class="notice saved-notice" role="status">{ notice.text(t) }</p>
            }
            if let Some(error) = &searches.error {
                <p id="saved-search-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if searches.form.open {
                { save_form(t, props, searches.items.clone()) }
            }
            { list }
        </section>
    }
}

fn saved_item(t: &Catalogue, props: &SavedSearchesProps, item: &SavedSearchItem) -> Html {
    let searches = &props.searches;
    let busy = searches.busy.as_deref() == Some(item.id.as_str());
    let any_busy = searches.busy.is_some();
    let confirming = searches.confirm_delete.as_deref() == Some(item.id.as_str());
    let run = {
        let cb = props.on_run.clone();
        let id = item.id.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let ask = {
        let cb = props.on_ask_delete.clone();
        let id = item.id.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Some(id.clone())))
    };
    let cancel = {
        let cb = props.on_ask_delete.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let delete = {
        let cb = props.on_delete.clone();
        let id = item.id.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let alert = {
        let cb = props.on_alert.clone();
        let id = item.id.clone();
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            cb.emit((id.clone(), on));
        })
    };
    let name_id = format!("saved-name-{}", item.id);
    html! {
        <li class="saved-item" key={item.id.clone()} data-search-id={item.id.clone()}
            aria-labelledby={name_id.clone()}>
            <div class="saved-main">
                <p class="saved-title">
                    <span id={name_id} class="saved-name">{ item.name.clone() }</span>
                    if item.pending {
                        <span class="badge badge-pending" title={t.t("seeker-not-synced.title")}>{ t.t("seeker-not-synced") }</span>
                    }
                </p>
                <p class="saved-desc">{ describe(t, &item.params) }</p>
                <label class="saved-alert">
                    <input type="checkbox" class="saved-search-alert" checked={item.notify_new}
                        disabled={any_busy} onchange={alert} />
                    { t.t("seeker-saved-alert") }
                    <span class="hint">{ t.t("seeker-saved-alert-hint") }</span>
                </label>
                if let Some(at) = item.last_run_at {
                    <p class="saved-last">
                        { t.t_with("seeker-saved-last-run", &[("when", sync_time(t, at, props.now).into())]) }
                        if let Some(count) = item.new_count.filter(|count| *count > 0) {
                            <span class="badge badge-new saved-new-count"
                                title={t.t("seeker-saved-new-count.title")}>
                                { t.t_with("seeker-saved-new-count", &[("count", count.into())]) }
                            </span>
                        }
                    </p>
                }
            </div>
            <div class="saved-actions">
                <button type="button" class="button button-primary run-saved-search"
                    disabled={any_busy} aria-busy={busy.then_some("true")}
                    aria-label={t.t_with("seeker-saved-run-named", &[("name", item.name.as_str().into())])} onclick={run}>
                    { if busy && !confirming { t.t("seeker-saved-running") } else { t.t("seeker-saved-run") } }
                </button>
                <button type="button" class="button button-secondary delete-saved-search"
                    disabled={any_busy || confirming}
                    aria-label={t.t_with("seeker-saved-delete-named", &[("name", item.name.as_str().into())])} onclick={ask}>
                    { t.t("seeker-saved-delete") }
                </button>
            </div>
            if confirming {
                <div class="saved-confirm" role="alert">
                    <span>{ t.t_with("seeker-saved-delete-confirm", &[("name", item.name.as_str().into())]) }</span>
                    <button type="button" class="button button-danger confirm-delete"
                        disabled={any_busy} onclick={delete}>
                        { t.t("seeker-saved-delete-yes") }
                    </button>
                    <button type="button" class="button button-secondary cancel-delete"
                        disabled={any_busy} onclick={cancel}>
                        { t.t("seeker-confirm-cancel") }
                    </button>
                </div>
            }
        </li>
    }
}

fn save_form(
    t: &Catalogue,
    props: &SavedSearchesProps,
    items: Option<Rc<Vec<SavedSearchItem>>>,
) -> Html {
    let form = &props.searches.form;
    let items = items.unwrap_or_default();
    let full = items.len() >= SEARCHES_LIMIT;
    let on_submit = {
        let cb = props.on_save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(());
        })
    };
    let on_cancel = {
        let cb = props.on_cancel_save.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_name = {
        let cb = props.on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            cb.emit(Edit::new(move |f: &mut SaveForm| f.name = value.clone()));
        })
    };
    let choose = |target: SaveTarget, name: Option<String>| {
        let cb = props.on_edit.clone();
        Callback::from(move |_: Event| {
            let target = target.clone();
            let name = name.clone();
            cb.emit(Edit::new(move |f: &mut SaveForm| {
                f.target = target.clone();
                // Overwriting keeps the old name unless one was typed.
                if let Some(name) = &name {
                    if f.name.trim().is_empty() {
                        f.name = name.clone();
                    }
                }
            }));
        })
    };
    let overwrite = items.iter().enumerate().map(|(i, item)| {
        let id = format!("save-target-{}", i + 1);
        let checked = form.target == SaveTarget::Overwrite(item.id.clone());
        html! {
            <label class="choice" for={id.clone()} key={item.id.clone()}>
                <input type="radio" name="save-target" id={id} value={item.id.clone()}
                    checked={checked} disabled={form.busy}
                    onchange={choose(SaveTarget::Overwrite(item.id.clone()), Some(item.name.clone()))} />
                { t.t_with("seeker-saved-overwrite-named", &[("name", item.name.as_str().into())]) }
            </label>
        }
    });
    let chars = form.name.trim().chars().count();
    html! {
        <form id="save-search-form" class="save-form" onsubmit={on_submit} novalidate=true
            aria-labelledby="save-search-heading">
            <h3 id="save-search-heading" class="save-form-title">{ t.t("seeker-saved-open") }</h3>
            <p class="hint">{ t.t("seeker-saved-form-lead") }</p>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="saved-search-name">{ t.t("seeker-saved-name") }</label>
                    <div class="form-field">
                        <input type="text" id="saved-search-name" class="input input-wide"
                            maxlength={NAME_LIMIT.to_string()} value={form.name.clone()}
                            placeholder={t.t("seeker-saved-name.placeholder")} disabled={form.busy}
                            aria-describedby="saved-search-name-hint"
                            aria-invalid={form.error.is_some().then_some("true")}
                            oninput={on_name} />
                        <p class="hint" id="saved-search-name-hint">
                            { t.t_with("seeker-saved-name-hint", &[("limit", NAME_LIMIT.into()), ("chars", chars.into())]) }
                        </p>
                    </div>
                </div>
                <div class="form-row" role="radiogroup" aria-labelledby="save-target-label">
                    <div class="form-label" id="save-target-label">{ t.t("seeker-saved-target") }</div>
                    <div class="form-field">
                        <div class="choices choices-vertical">
                            <label class="choice" for="save-target-new">
                                <input type="radio" name="save-target" id="save-target-new"
                                    checked={form.target == SaveTarget::New}
                                    disabled={full || form.busy}
                                    onchange={choose(SaveTarget::New, None)} />
                                { t.t("seeker-saved-target-new") }
                            </label>
                            { for overwrite }
                        </div>
                        if full {
                            <p class="hint">{ t.t_with("seeker-saved-full", &[("limit", SEARCHES_LIMIT.into())]) }</p>
                        }
                    </div>
                </div>
            </div>
            if let Some(error) = &form.error {
                <p id="save-search-error" class="field-error" role="alert">{ error.text(t) }</p>
            }
            <div class="save-actions">
                <button type="submit" id="save-search-submit" class="button button-primary"
                    disabled={form.busy} aria-busy={form.busy.then_some("true")}>
                    { if form.busy { t.t("seeker-saving") } else { t.t("seeker-save") } }
                </button>
                <button type="button" id="save-search-cancel" class="button button-secondary"
                    disabled={form.busy} onclick={on_cancel}>
                    { t.t("seeker-saved-cancel") }
                </button>
            </div>
        </form>
    }
}
