//! The header's sync indicator for a signed-in job seeker (`#sync-status`, class
//! `sync-up-to-date` / `sync-syncing` / `sync-offline` / `sync-error`): the state in words
//! (`#sync-state`: 最新, 同期中, オフライン, 同期エラー), 「最終同期 HH:MM」 in Japan time
//! (`#sync-last`), 「未送信 n件」 while edits wait to be sent (`#sync-pending`) and the
//! 「今すぐ同期」 button (`#sync-now`).

use chrono::NaiveDateTime;
use shigoto_shared::SyncStatus;
use yew::prelude::*;

use crate::forms::mypage::sync_view;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct SyncIndicatorProps {
    /// The last `sync_status` answer (none before the first).
    pub status: Option<SyncStatus>,
    /// 今すぐ同期 was pressed and no pass has been seen since.
    pub requested: bool,
    /// The current UTC time.
    pub now: NaiveDateTime,
    pub on_sync_now: Callback<()>,
}

#[function_component]
pub fn SyncIndicator(props: &SyncIndicatorProps) -> Html {
    let t = use_texts();
    let onclick = {
        let cb = props.on_sync_now.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let Some(status) = &props.status else {
        return html! {
            <div id="sync-status" class="sync sync-checking" role="status">
                <span class="sync-icon" aria-hidden="true">{ "…" }</span>
                <span id="sync-state" class="sync-state">{ t.t("sync-checking") }</span>
            </div>
        };
    };
    let view = sync_view(t, status, props.requested, props.now);
    let icon = match view.class {
        "sync-up-to-date" => "✓",
        "sync-syncing" => "↻",
        "sync-offline" => "⏸",
        _ => "!",
    };
    let busy = view.class == "sync-syncing";
    html! {
        <div id="sync-status" class={classes!("sync", view.class)} role="status"
            title={view.message.clone()} aria-label={t.t("sync-what")}>
            <span class="sync-icon" aria-hidden="true">{ icon }</span>
            <span class="sync-text">
                <span class="sync-caption">{ t.t("sync-caption") }</span>
                <span id="sync-state" class="sync-state">{ view.label }</span>
                if let Some(last) = view.last {
                    <span id="sync-last" class="sync-detail">{ last }</span>
                }
                if let Some(pending) = view.pending {
                    <span id="sync-pending" class="sync-pending">{ pending }</span>
                }
                if let Some(message) = view.message.filter(|_| view.class == "sync-error") {
                    <span class="visually-hidden">{ message }</span>
                }
            </span>
            <button type="button" id="sync-now" class="link-button sync-now"
                disabled={busy} onclick={onclick}>
                { t.t("sync-now") }
            </button>
        </div>
    }
}
