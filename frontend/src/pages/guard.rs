//! [`Guarded`]: draws a page only for those its route is for ([`crate::route::Access`]). A
//! signed-out person who asks for a signed-in screen is sent to the login and comes back after
//! signing in; an account of another role sees the search instead.

use yew::prelude::*;
use yew_router::prelude::*;

use shigoto_shared::Role;

use crate::forms::account::Session;
use crate::route::{Access, Route};
use crate::state::lang::use_texts;
use crate::state::session::use_session;

#[derive(Properties, PartialEq)]
pub struct GuardedProps {
    pub route: Route,
    pub children: Html,
}

#[function_component]
pub fn Guarded(props: &GuardedProps) -> Html {
    let t = use_texts();
    let session = use_session();
    let access = props.route.access();
    let allowed = match (access, session.session()) {
        (Access::Everyone, _) => Some(true),
        (_, Session::Checking) => None,
        (_, Session::SignedOut) => Some(false),
        (Access::SignedIn, Session::SignedIn(_)) => Some(true),
        (Access::Role(role), Session::SignedIn(account)) => Some(account.role == role),
        (Access::SeekerOrEmployer, Session::SignedIn(account)) => {
            Some(matches!(account.role, Role::Seeker | Role::Employer))
        }
    };
    let signed_out = matches!(session.session(), Session::SignedOut);
    {
        let session = session.clone();
        let route = props.route.clone();
        use_effect_with((allowed, signed_out), move |(allowed, signed_out)| {
            if *allowed == Some(false) && *signed_out {
                session.ask_to_sign_in(route);
            }
        });
    }
    match allowed {
        Some(true) => props.children.clone(),
        Some(false) if !signed_out => html! { <Redirect<Route> to={Route::Search} /> },
        _ => html! {
            <p class="page-loading" role="status">{ t.t("page-loading") }</p>
        },
    }
}
