//! The screens, one page per [`crate::route::Route`], by area: the public search and the
//! 求人票 ([`search`], [`job`]); sign-in and the account procedures ([`account`]: login, MyPage
//! opening and online registration, password reset and change, email change, 端末の設定); a job
//! seeker's MyPage ([`seeker`]); the 求人者マイページ ([`employer`]); the counselors' work
//! ([`counselor`]); the help ([`help`]). A page owns its state (`use_store`), reads what it shows on mount, and
//! reaches the rest of the app only through the contexts of [`crate::state`]. [`guard`] keeps
//! each page to the accounts it is for.

pub mod account;
pub mod counselor;
pub mod employer;
pub mod guard;
pub mod help;
pub mod job;
pub mod messages;
pub mod not_found;
pub mod offices;
pub mod search;
pub mod seeker;

use yew::Callback;
use yew_router::prelude::Navigator;

use crate::route::Route;

/// A callback that shows `route`, as a new entry of the history.
pub fn go(navigator: &Option<Navigator>, route: Route) -> Callback<()> {
    let navigator = navigator.clone();
    Callback::from(move |()| {
        if let Some(navigator) = &navigator {
            navigator.push(&route);
        }
    })
}

/// A callback that goes back to the screen before (「キャンセル」, 「戻る」).
pub fn back(navigator: &Option<Navigator>) -> Callback<()> {
    let navigator = navigator.clone();
    Callback::from(move |()| {
        if let Some(navigator) = &navigator {
            navigator.back();
        }
    })
}
