//! The application root: the router, the app-wide contexts (see [`crate::state`]) and the
//! shell around every screen (header, connection banner, the one-shot notice, footer). The
//! screens themselves are pages chosen by [`crate::route::switch`]; each owns its state.
//!
//! Providers, outermost first: hash router → language → focus → connection → notice → session
//! → search → MyPage. Signing out or an ended session starts the search and MyPage afresh (the session's
//! generation), and leaving a page drops everything it held.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::components::notice_opener::NoticeOpener;
use crate::components::rejections::Rejections;
use crate::components::sync_indicator::SyncIndicator;
use crate::forms::mypage::SheetReturn;
use crate::route::{switch, Route};
use crate::state::connection::{use_connection_store, ConnectionContext};
use crate::state::focus::{use_focus, FocusProvider};
use crate::state::lang::{use_lang_store, use_texts, LangContext};
use crate::state::mypage::{now_utc, use_mypage_store, MyPageContext};
use crate::state::notice::{Notice, NoticeContext};
use crate::state::search::{use_search_store, SearchContext};
use crate::state::session::{use_session_store, SessionContext};
use crate::state::store::use_store;

#[function_component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <LangProvider>
                <FocusProvider>
                    <Providers />
                </FocusProvider>
            </LangProvider>
        </HashRouter>
    }
}

#[derive(Properties, PartialEq)]
struct LangProviderProps {
    children: Html,
}

/// The language shown, around everything (every screen takes its texts from it).
#[function_component]
fn LangProvider(props: &LangProviderProps) -> Html {
    let lang = use_lang_store();
    html! {
        <ContextProvider<LangContext> context={lang}>
            { props.children.clone() }
        </ContextProvider<LangContext>>
    }
}

/// The app-wide contexts around the shell.
#[function_component]
fn Providers() -> Html {
    let connection = use_connection_store();
    let notice = NoticeContext(use_store::<Option<Notice>>());
    let session = use_session_store(notice.clone(), connection.clone());
    let search = use_search_store(connection.clone(), session.state().generation);
    let focus = use_focus();
    let mypage = use_mypage_store(session.account(), connection.clone(), search.clone(), focus);
    html! {
        <ContextProvider<ConnectionContext> context={connection}>
        <ContextProvider<NoticeContext> context={notice}>
        <ContextProvider<SessionContext> context={session}>
        <ContextProvider<SearchContext> context={search}>
        <ContextProvider<MyPageContext> context={mypage}>
            <Shell />
        </ContextProvider<MyPageContext>>
        </ContextProvider<SearchContext>>
        </ContextProvider<SessionContext>>
        </ContextProvider<NoticeContext>>
        </ContextProvider<ConnectionContext>>
    }
}

/// The menu entry marked while `route` is shown: a 求人票 belongs to the list it was opened
/// from.
fn marked_entry(route: &Route, from: Option<SheetReturn>) -> Route {
    match (route, from) {
        (Route::Job { .. }, Some(SheetReturn::Favorites)) => Route::Favorites,
        (Route::Job { .. }, Some(SheetReturn::Activity)) => Route::Activity,
        (Route::Job { .. }, _) => Route::Search,
        (route, _) => route.menu_entry(),
    }
}

#[function_component]
fn Shell() -> Html {
    let connection = crate::state::connection::use_connection();
    let session = crate::state::session::use_session();
    let notice = crate::state::notice::use_notice();
    let mypage = crate::state::mypage::use_mypage();
    let t = use_texts();
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let from = use_location()
        .and_then(|l| l.state::<SheetReturn>())
        .map(|s| *s);
    {
        let notice = notice.clone();
        use_effect_with(route.clone(), move |route| notice.moved_to(route.clone()));
    }
    let recheck = {
        let connection = connection.clone();
        Callback::from(move |()| connection.recheck())
    };
    let banner_recheck = recheck.reform(|_: MouseEvent| ());
    let sign_out = {
        let session = session.clone();
        Callback::from(move |()| session.sign_out())
    };
    let state = session.state();
    let sync = mypage.active.then(|| {
        let mypage = mypage.clone();
        html! {
            <SyncIndicator status={mypage.state().sync.clone()}
                requested={mypage.state().sync_requested} now={now_utc()}
                on_sync_now={Callback::from(move |()| mypage.sync_now())} />
        }
    });
    let app_notice = notice.text_for(&route).filter(|_| route != Route::Login);
    {
        // A notice brought to a screen (after a password or email change) gets the focus.
        let focus = use_focus();
        use_effect_with((route.clone(), app_notice.is_some()), move |(_, shown)| {
            if *shown {
                focus.top("#app-notice");
            }
        });
    }
    html! {
        <>
            <a class="skip-link" href="#main">{ t.t("app-skip-to-main") }</a>
            <Header
                connection={connection.state().connection.clone()}
                on_recheck={recheck}
                session={state.session.clone()}
                marked={marked_entry(&route, from)}
                signing_out={state.signing_out}
                sign_out_error={state.sign_out_error.clone()}
                on_sign_out={sign_out}
            >
                { sync.unwrap_or_default() }
            </Header>
            if connection.state().unreachable {
                <div id="service-unreachable" class="banner banner-error" role="alert">
                    <p class="banner-text">{ t.t("connection-unreachable") }</p>
                    <button type="button" class="button button-secondary"
                        onclick={banner_recheck}>
                        { t.t("connection-recheck-banner") }
                    </button>
                </div>
            }
            <Rejections />
            <NoticeOpener />
            <main id="main" class="app-main">
                if let Some(text) = app_notice {
                    <p id="app-notice" class="notice" role="status" tabindex="-1">{ text }</p>
                }
                <Switch<Route> render={switch} />
            </main>
            <footer class="app-footer">
                <p>{ t.t("app-footer-help") }</p>
            </footer>
        </>
    }
}
