//! The page header: product name, subtitle and the connection indicator
//! (`#connection-status`, class `connection-online` / `connection-offline` /
//! `connection-checking`) fed by the `service_status` command; below it the menu bar with
//! 「求人検索」 (`#nav-search`, always there: the public search needs no account), 「窓口での
//! 求職登録」 (`#nav-counter`) and 「仮登録の本登録」 (`#nav-provisional`), counselors only,
//! 「端末の設定」 (`#nav-settings`, always there), and the account: 「ログイン」 (`#open-login`)
//! when signed out, else the name and role (`#account-name`, `#account-role`), 「パスワード変更」
//! (`#open-password-change`) and 「ログアウト」 (`#sign-out`) on every screen; for job seekers
//! also 「お気に入り」 (`#nav-favorites`) and 「求職活動状況」 (`#nav-activity`) in the menu and
//! the sync indicator (the header's children) beside the connection; for employers
//! 「求人者マイページ」 (`#nav-employer-home`), for counselors 「事業所登録の審査」
//! (`#nav-employer-review`); for every signed-in account its email (`#account-email`) and
//! 「メールアドレス変更」 (`#open-email-change`) beside 「パスワード変更」. The header scrolls away but for the menu bar, which stays at
//! the top of the window.

use shigoto_shared::{Role, ServiceStatus};
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
    EmployerOpening,
    EmployerHome,
    EmployerReview,
    EmailChange,
    Favorites,
    Activity,
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
    /// 「メールアドレス変更」 (`#open-email-change`, any signed-in account).
    #[prop_or_default]
    pub on_email_change: Callback<()>,
    /// 「求人者マイページ」 (`#nav-employer-home`, employers).
    #[prop_or_default]
    pub on_employer_home: Callback<()>,
    /// 「事業所登録の審査」 (`#nav-employer-review`, counselors).
    #[prop_or_default]
    pub on_employer_review: Callback<()>,
    /// 「お気に入り」 (`#nav-favorites`, job seekers).
    #[prop_or_default]
    pub on_favorites: Callback<()>,
    /// 「求職活動状況」 (`#nav-activity`, job seekers).
    #[prop_or_default]
    pub on_activity: Callback<()>,
    /// Shown beside the connection indicator (a job seeker's sync indicator).
    #[prop_or_default]
    pub children: Html,
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
                    .or(current(Place::Registration, props.place))
                    .or(current(Place::EmployerOpening, props.place))}
                onclick={click(&props.on_login)}>
                { "ログイン" }
            </button>
        },
        Session::SignedIn(account) => html! {
            <>
                <span class="account-who">
                    <span id="account-name" class="account-name">{ format!("{} {}", account.display_name, crate::account::honorific(account.role)) }</span>
                    <span id="account-role" class="role-badge">{ account.role.label() }</span>
                    <span id="account-email" class="account-email" title="ログイン中のメールアドレス">
                        { account.email.clone() }
                    </span>
                </span>
                <span class="account-links">
                    <button type="button" id="open-password-change" class="text-button account-link"
                        aria-current={current(Place::PasswordChange, props.place)}
                        onclick={click(&props.on_password_change)}>
                        { "パスワード変更" }
                    </button>
                    <button type="button" id="open-email-change" class="text-button account-link"
                        aria-current={current(Place::EmailChange, props.place)}
                        onclick={click(&props.on_email_change)}>
                        { "メールアドレス変更" }
                    </button>
                </span>
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
                    { props.children.clone() }
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
                        if props.session.is_employer() {
                            <li>
                                <button type="button" id="nav-employer-home" class="nav-item"
                                    aria-current={current(Place::EmployerHome, props.place)}
                                    onclick={click(&props.on_employer_home)}>
                                    { "求人者マイページ" }
                                </button>
                            </li>
                        }
                        if props.session.account().is_some_and(|a| a.role == Role::Seeker) {
                            <li>
                                <button type="button" id="nav-favorites" class="nav-item"
                                    aria-current={current(Place::Favorites, props.place)}
                                    onclick={click(&props.on_favorites)}>
                                    { "お気に入り" }
                                </button>
                            </li>
                            <li>
                                <button type="button" id="nav-activity" class="nav-item"
                                    aria-current={current(Place::Activity, props.place)}
                                    onclick={click(&props.on_activity)}>
                                    { "求職活動状況" }
                                </button>
                            </li>
                        }
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
                            <li>
                                <button type="button" id="nav-employer-review" class="nav-item"
                                    aria-current={current(Place::EmployerReview, props.place)}
                                    onclick={click(&props.on_employer_review)}>
                                    { "事業所登録の審査" }
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
