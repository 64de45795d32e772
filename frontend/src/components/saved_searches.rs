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
use shigoto_shared::SavedSearchItem;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::forms::account::Edit;
use crate::forms::mypage::{
    count_of, describe, sync_time, SaveForm, SaveTarget, SearchesState, NAME_LIMIT, SEARCHES_LIMIT,
};

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
    let searches = &props.searches;
    let count = searches.count();
    let open_save = {
        let cb = props.on_open_save.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let list = match searches.items.as_ref() {
        None => {
            html! { <p class="loading" role="status">{ "保存した検索条件を読み込んでいます…" }</p> }
        }
        Some(items) if items.is_empty() => html! {
            <p id="no-saved-searches" class="muted saved-empty">
                { "保存した検索条件はありません。条件を入力して「この条件を保存」を押すと、ここに表示され、次回からワンクリックで検索できます。" }
            </p>
        },
        Some(items) => html! {
            <ul class="saved-list">
                { for items.iter().map(|item| saved_item(props, item)) }
            </ul>
        },
    };
    html! {
        <section id="saved-searches" class="panel saved-panel" aria-labelledby="saved-searches-heading">
            <div class="saved-header">
                <h2 id="saved-searches-heading" class="panel-title">
                    { "保存した検索条件" }
                    <span id="saved-search-count" class="saved-count">{ count_of(count, SEARCHES_LIMIT) }</span>
                </h2>
                if !searches.form.open {
                    <button type="button" id="open-save-search" class="button button-secondary"
                        onclick={open_save}>
                        { "この条件を保存" }
                    </button>
                }
            </div>
            <p class="hint saved-limit">
                { format!("{SEARCHES_LIMIT}件まで保存できます。上の検索条件に名前を付けて保存し、「この条件で検索」でいつでも同じ条件で検索できます。") }
            </p>
            if let Some(notice) = &searches.notice {
                <p id="saved-search-notice" class="notice saved-notice" role="status">{ notice.clone() }</p>
            }
            if let Some(error) = &searches.error {
                <p id="saved-search-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if searches.form.open {
                { save_form(props, searches.items.clone()) }
            }
            { list }
        </section>
    }
}

fn saved_item(props: &SavedSearchesProps, item: &SavedSearchItem) -> Html {
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
                        <span class="badge badge-pending" title="この端末で変更し、まだサービスに送信していません">{ "未同期" }</span>
                    }
                </p>
                <p class="saved-desc">{ describe(&item.params) }</p>
                <label class="saved-alert">
                    <input type="checkbox" class="saved-search-alert" checked={item.notify_new}
                        disabled={any_busy} onchange={alert} />
                    { "新着をお知らせ" }
                    <span class="hint">{ "（新しい求人が公開されると、アプリの通知とメニューの数字でお知らせします）" }</span>
                </label>
                if let Some(at) = item.last_run_at {
                    <p class="saved-last">
                        { format!("前回の検索：{}", sync_time(crate::texts::japanese_until_converted(), at, props.now)) }
                        if let Some(count) = item.new_count.filter(|count| *count > 0) {
                            <span class="badge badge-new saved-new-count"
                                title="前回の検索のあとに公開された求人の数です（数分ごとに確認します）">
                                { format!("新着 {count}件") }
                            </span>
                        }
                    </p>
                }
            </div>
            <div class="saved-actions">
                <button type="button" class="button button-primary run-saved-search"
                    disabled={any_busy} aria-busy={busy.then_some("true")}
                    aria-label={format!("「{}」の条件で検索", item.name)} onclick={run}>
                    { if busy && !confirming { "検索しています…" } else { "この条件で検索" } }
                </button>
                <button type="button" class="button button-secondary delete-saved-search"
                    disabled={any_busy || confirming}
                    aria-label={format!("「{}」を削除", item.name)} onclick={ask}>
                    { "削除" }
                </button>
            </div>
            if confirming {
                <div class="saved-confirm" role="alert">
                    <span>{ format!("検索条件「{}」を削除しますか？", item.name) }</span>
                    <button type="button" class="button button-danger confirm-delete"
                        disabled={any_busy} onclick={delete}>
                        { "削除する" }
                    </button>
                    <button type="button" class="button button-secondary cancel-delete"
                        disabled={any_busy} onclick={cancel}>
                        { "やめる" }
                    </button>
                </div>
            }
        </li>
    }
}

fn save_form(props: &SavedSearchesProps, items: Option<Rc<Vec<SavedSearchItem>>>) -> Html {
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
                { format!("上書き保存：「{}」", item.name) }
            </label>
        }
    });
    let chars = form.name.trim().chars().count();
    html! {
        <form id="save-search-form" class="save-form" onsubmit={on_submit} novalidate=true
            aria-labelledby="save-search-heading">
            <h3 id="save-search-heading" class="save-form-title">{ "この条件を保存" }</h3>
            <p class="hint">{ "いま検索フォームに入力している条件を保存します。" }</p>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="saved-search-name">{ "名前" }</label>
                    <div class="form-field">
                        <input type="text" id="saved-search-name" class="input input-wide"
                            maxlength={NAME_LIMIT.to_string()} value={form.name.clone()}
                            placeholder="例：事務" disabled={form.busy}
                            aria-describedby="saved-search-name-hint"
                            aria-invalid={form.error.is_some().then_some("true")}
                            oninput={on_name} />
                        <p class="hint" id="saved-search-name-hint">
                            { format!("{NAME_LIMIT}文字以内（{chars}／{NAME_LIMIT}文字）") }
                        </p>
                    </div>
                </div>
                <div class="form-row" role="radiogroup" aria-labelledby="save-target-label">
                    <div class="form-label" id="save-target-label">{ "保存方法" }</div>
                    <div class="form-field">
                        <div class="choices choices-vertical">
                            <label class="choice" for="save-target-new">
                                <input type="radio" name="save-target" id="save-target-new"
                                    checked={form.target == SaveTarget::New}
                                    disabled={full || form.busy}
                                    onchange={choose(SaveTarget::New, None)} />
                                { "新規保存" }
                            </label>
                            { for overwrite }
                        </div>
                        if full {
                            <p class="hint">{ format!("保存できるのは{SEARCHES_LIMIT}件までです。上書きする条件を選んでください。") }</p>
                        }
                    </div>
                </div>
            </div>
            if let Some(error) = &form.error {
                <p id="save-search-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            <div class="save-actions">
                <button type="submit" id="save-search-submit" class="button button-primary"
                    disabled={form.busy} aria-busy={form.busy.then_some("true")}>
                    { if form.busy { "保存しています…" } else { "保存する" } }
                </button>
                <button type="button" id="save-search-cancel" class="button button-secondary"
                    disabled={form.busy} onclick={on_cancel}>
                    { "キャンセル" }
                </button>
            </div>
        </form>
    }
}
