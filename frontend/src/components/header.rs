//! The page header: product name, subtitle and the connection indicator
//! (`#connection-status`, class `connection-online` / `connection-offline` /
//! `connection-checking`) fed by the `service_status` command.

use shigoto_shared::ServiceStatus;
use yew::prelude::*;

use crate::format::thousands;

/// What is known about the connection to the hosted service.
#[derive(Debug, Clone, PartialEq)]
pub enum Connection {
    Checking,
    Online(ServiceStatus),
    /// Not reachable; the status is kept when it was known, for the service address.
    Offline(Option<ServiceStatus>),
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub connection: Connection,
    /// Asks for `service_status` again.
    pub on_recheck: Callback<()>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let (class, text, detail, title) = match &props.connection {
        Connection::Checking => (
            "connection-checking",
            "接続を確認中…".to_owned(),
            None,
            String::new(),
        ),
        Connection::Online(status) => (
            "connection-online",
            "求人サービスに接続中".to_owned(),
            status
                .indexed_jobs
                .map(|n| format!("公開求人 {}件", thousands(n))),
            status.base_url.clone(),
        ),
        Connection::Offline(status) => (
            "connection-offline",
            "求人サービスに接続できません".to_owned(),
            None,
            status
                .as_ref()
                .map(|s| s.base_url.clone())
                .unwrap_or_default(),
        ),
    };
    let on_click = {
        let cb = props.on_recheck.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <header class="app-header">
            <div class="header-inner">
                <div class="brand">
                    <h1 class="product-name">
                        <span class="product-mark" aria-hidden="true">{ "仕" }</span>
                        { "Shigoto 求人検索" }
                    </h1>
                    <p class="subtitle">{ "ハローワークの求人情報を検索できます" }</p>
                </div>
                <div id="connection-status" class={classes!("connection", class)}
                    role="status" title={title}>
                    <span class="connection-dot" aria-hidden="true"></span>
                    <span class="connection-text">{ text }</span>
                    if let Some(detail) = detail {
                        <span class="connection-detail">{ detail }</span>
                    }
                    if matches!(props.connection, Connection::Offline(_)) {
                        <button type="button" id="connection-recheck" class="link-button"
                            onclick={on_click}>
                            { "再確認" }
                        </button>
                    }
                </div>
            </div>
        </header>
    }
}
