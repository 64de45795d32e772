//! The page header: product name, subtitle and the connection indicator
//! (`#connection-status`, class `connection-online` / `connection-offline` /
//! `connection-checking`) fed by the connection context; below it the menu bar with
//! 「求人検索」 (`#nav-search`, always there: the public search needs no account), 「窓口での
//! 求職登録」 (`#nav-counter`) and 「仮登録の本登録」 (`#nav-provisional`), counselors only,
//! 「端末の設定」 (`#nav-settings`, always there), and the account: 「ログイン」 (`#open-login`)
//! when signed out, else the name and role (`#account-name`, `#account-role`), 「パスワード変更」
//! (`#open-password-change`) and 「ログアウト」 (`#sign-out`) on every screen; for job seekers
//! also 「お気に入り」 (`#nav-favorites`) and 「求職活動状況」 (`#nav-activity`) in the menu and
//! the sync indicator (the header's children) beside the connection; for employers
//! 「求人者マイページ」 (`#nav-employer-home`) and 「求人一覧」 (`#nav-employer-postings`), for
//! counselors 「事業所登録の審査」 (`#nav-employer-review`) and 「求人受理」
//! (`#nav-posting-queue`); for every signed-in account its email (`#account-email`) and
//! 「メールアドレス変更」 (`#open-email-change`) beside 「パスワード変更」; ヘルプ (`#nav-help`) at the
//! right of the top bar, for everyone. The header scrolls away but for the menu bar, which stays at
//! the top of the window. Menu entries are links to routes ([`NavLink`]).

use shigoto_shared::Role;
use yew::prelude::*;

use crate::components::counted_nav::{Counted, CountedNav};
use crate::components::nav_link::NavLink;
use crate::forms::account::Session;
use crate::route::Route;
use crate::state::connection::Connection;
use crate::state::lang::use_texts;
use crate::texts::{account_name, role_label};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub connection: Connection,
    /// Asks for `service_status` again.
    pub on_recheck: Callback<()>,
    pub session: Session,
    /// The menu entry of the screen shown (marked `aria-current="page"`).
    pub marked: Route,
    pub signing_out: bool,
    /// Why the last sign-out failed.
    #[prop_or_default]
    pub sign_out_error: Option<String>,
    pub on_sign_out: Callback<()>,
    /// Shown beside the connection indicator (a job seeker's sync indicator).
    #[prop_or_default]
    pub children: Html,
}

/// One entry of the menu bar.
fn nav_item(id: &'static str, to: Route, marked: &Route, label: String) -> Html {
    let current = *marked == to;
    html! {
        <li>
            <NavLink id={id} to={to} class={classes!("nav-item")} current={current}>
                { label }
            </NavLink>
        </li>
    }
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_texts();
    let (class, text, detail, title) = match &props.connection {
        Connection::Checking => (
            "connection-checking",
            t.t("connection-checking"),
            None,
            String::new(),
        ),
        Connection::Online(status) => (
            "connection-online",
            t.t("connection-online"),
            status
                .indexed_jobs
                .map(|n| t.t_with("connection-indexed-jobs", &[("count", n.into())])),
            status.base_url.clone(),
        ),
        Connection::Offline(status) => (
            "connection-offline",
            t.t("connection-offline"),
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
    let sign_out = {
        let cb = props.on_sign_out.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let marked = &props.marked;
    let account = match &props.session {
        Session::Checking => html! {},
        Session::SignedOut => html! {
            <NavLink id="open-login" to={Route::Login} class={classes!("button", "button-nav")}
                current={matches!(props.marked, Route::Login | Route::Opening | Route::PasswordReset
                    | Route::Registration | Route::EmployerOpening)}>
                { t.t("account-sign-in") }
            </NavLink>
        },
        Session::SignedIn(account) => html! {
            <>
                <span class="account-who">
                    <span id="account-name" class="account-name">{ account_name(t, account) }</span>
                    <span id="account-role" class="role-badge">{ role_label(t, account.role) }</span>
                    <span id="account-email" class="account-email" title={t.t("account-email-title")}>
                        { account.email.clone() }
                    </span>
                </span>
                <span class="account-links">
                    <NavLink id="open-password-change" to={Route::PasswordChange}
                        class={classes!("text-button", "account-link")}
                        current={props.marked == Route::PasswordChange}>
                        { t.t("account-password-change") }
                    </NavLink>
                    <NavLink id="open-email-change" to={Route::EmailChange}
                        class={classes!("text-button", "account-link")}
                        current={props.marked == Route::EmailChange}>
                        { t.t("account-email-change") }
                    </NavLink>
                </span>
                <button type="button" id="sign-out" class="button button-nav"
                    disabled={props.signing_out}
                    aria-busy={props.signing_out.then_some("true")}
                    onclick={sign_out}>
                    { if props.signing_out { t.t("account-signing-out") } else { t.t("account-sign-out") } }
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
                            { t.t("app-product-name") }
                        </h1>
                        <p class="subtitle">{ t.t("app-subtitle") }</p>
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
                                { t.t("connection-recheck") }
                            </button>
                        }
                    </div>
                    { props.children.clone() }
                    // In the top bar rather than the menu, which stays one line for every role.
                    <NavLink id="nav-help" to={Route::Help} class={classes!("header-link")}
                        current={*marked == Route::Help}>
                        { t.t("nav-help") }
                    </NavLink>
                </div>
            </div>
            <nav class="app-nav" aria-label={t.t("nav-menu")}>
                <div class="nav-inner">
                    <ul class="nav-list">
                        if props.session.account().is_some_and(|a| a.role == Role::Seeker) {
                            <CountedNav counted={Counted::NewPostings} marked={marked.clone()} />
                        } else {
                            { nav_item("nav-search", Route::Search, marked, t.t("nav-search")) }
                        }
                        if props.session.is_employer() {
                            { nav_item("nav-employer-home", Route::EmployerHome, marked, t.t("nav-employer-home")) }
                            { nav_item("nav-employer-postings", Route::EmployerPostings, marked, t.t("nav-employer-postings")) }
                            { nav_item("nav-employer-seekers", Route::SeekerSearch, marked, t.t("nav-employer-seekers")) }
                            <CountedNav counted={Counted::UnreadMessages} marked={marked.clone()} />
                        }
                        if props.session.account().is_some_and(|a| a.role == Role::Seeker) {
                            { nav_item("nav-favorites", Route::Favorites, marked, t.t("nav-favorites")) }
                            <CountedNav counted={Counted::ActivityNews} marked={marked.clone()} />
                            <CountedNav counted={Counted::UnreadMessages} marked={marked.clone()} />
                            { nav_item("nav-seeker-info", Route::SeekerInfo, marked, t.t("nav-seeker-info")) }
                        }
                        if props.session.is_counselor() {
                            { nav_item("nav-counter", Route::Counter, marked, t.t("nav-counter")) }
                            { nav_item("nav-provisional", Route::Provisional, marked, t.t("nav-provisional")) }
                            { nav_item("nav-seeker-desk", Route::SeekerDesk, marked, t.t("nav-seeker-desk")) }
                            { nav_item("nav-employer-review", Route::EmployerReview, marked, t.t("nav-employer-review")) }
                            { nav_item("nav-posting-queue", Route::PostingQueue, marked, t.t("nav-posting-queue")) }
                            { nav_item("nav-counselor-actions", Route::CounselorActions, marked, t.t("nav-counselor-actions")) }
                        }
                        { nav_item("nav-settings", Route::Settings, marked, t.t("nav-settings")) }
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
