//! The page header: product name, subtitle and the connection indicator
//! (`#connection-status`, class `connection-online` / `connection-offline` /
//! `connection-checking`) fed by the `service_status` command; below it the menu bar with
//! 「求人検索」 (`#nav-search`, always there: the public search needs no account), 「窓口での
//! 求職登録」 (`#nav-counter`) and 「仮登録の本登録」 (`#nav-provisional`), counselors only,
//! 「端末の設定」 (`#nav-settings`, always there), and the account: 「ログイン」 (`#open-login`)
//! when signed out, else the name and role (`#account-name`, `#account-role`), 「パスワード変更」
//! (`#open-password-change`) and 「ログアウト」 (`#sign-out`) on every screen. The header scrolls away but for the menu bar, which stays at
//! the top of the window.

use shigoto_shared::ServiceStatus;
use yew::prelude::*;

use crate::account::Session;
use crate::format::thousands;

/// The menu entry of the screen shown (marked `aria-current="page"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Search,
    Login,
    Opening,
    PasswordReset,
    Registration,
    Counter,
    Provisional,
    PasswordChange,
    Settings,
}

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
    pub session: Session,
    pub place: Place,
    pub signing_out: bool,
    /// Why the last sign-out failed.
    #[prop_or_default]
    pub sign_out_error: Option<String>,
    pub on_search: Callback<()>,
    pub on_login: Callback<()>,
    pub on_counter: Callback<()>,
    pub on_provisional: Callback<()>,
    pub on_password_change: Callback<()>,
    pub on_settings: Callback<()>,
    pub on_sign_out: Callback<()>,
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(()))
}

fn current(place: Place, shown: Place) -> Option<&'static str> {
    (place == shown).then_some("page")
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
    let on_click = click(&props.on_recheck);
    let account = match &props.session {
        Session::Checking => html! {},
        Session::SignedOut => html! {
            <button type="button" id="open-login" class="button button-nav"
                aria-current={current(Place::Login, props.place)
                    .or(current(Place::Opening, props.place))
                    .or(current(Place::PasswordReset, props.place))
                    .or(current(Place::Registration, props.place))}
                onclick={click(&props.on_login)}>
                { "ログイン" }
            </button>
        },
        Session::SignedIn(account) => html! {
            <>
                <span class="account-who">
                    <span id="account-name" class="account-name">{ format!("{} さん", account.display_name) }</span>
                    <span id="account-role" class="role-badge">{ account.role.label() }</span>
                </span>
                <button type="button" id="open-password-change" class="button button-nav"
                    aria-current={current(Place::PasswordChange, props.place)}
                    onclick={click(&props.on_password_change)}>
                    { "パスワード変更" }
                </button>
                <button type="button" id="sign-out" class="button button-nav"
                    disabled={props.signing_out}
                    aria-busy={props.signing_out.then_some("true")}
                    onclick={click(&props.on_sign_out)}>
                    { if props.signing_out { "ログアウト中…" } else { "ログアウト" } }
                </button>
            </>
        },
    };
    html! {
        <header class="app-header">
            <div class="header-top">
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
            </div>
            <nav class="app-nav" aria-label="メニュー">
                <div class="nav-inner">
                    <ul class="nav-list">
                        <li>
                            <button type="button" id="nav-search" class="nav-item"
                                aria-current={current(Place::Search, props.place)}
                                onclick={click(&props.on_search)}>
                                { "求人検索" }
                            </button>
                        </li>
                        if props.session.is_counselor() {
                            <li>
                                <button type="button" id="nav-counter" class="nav-item"
                                    aria-current={current(Place::Counter, props.place)}
                                    onclick={click(&props.on_counter)}>
                                    { "窓口での求職登録" }
                                </button>
                            </li>
                            <li>
                                <button type="button" id="nav-provisional" class="nav-item"
                                    aria-current={current(Place::Provisional, props.place)}
                                    onclick={click(&props.on_provisional)}>
                                    { "仮登録の本登録" }
                                </button>
                            </li>
                        }
                        <li>
                            <button type="button" id="nav-settings" class="nav-item"
                                aria-current={current(Place::Settings, props.place)}
                                onclick={click(&props.on_settings)}>
                                { "端末の設定" }
                            </button>
                        </li>
                    </ul>
                    <div class="account-box">{ account }</div>
                </div>
                if let Some(err) = &props.sign_out_error {
                    <p id="sign-out-error" class="nav-error" role="alert">{ err.clone() }</p>
                }
            </nav>
        </header>
    }
}
