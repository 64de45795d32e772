//! The one-shot notice above a screen (`#app-notice`, or `#login-notice` on the login): set
//! before moving to a screen, shown there, gone once another screen is shown.

use crate::route::Route;
use crate::state::store::{StoreHandle, Update};

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    /// The screen it belongs to; `None`: the next one shown (after going back).
    pub route: Option<Route>,
}

/// The notice context.
#[derive(Clone, PartialEq)]
pub struct NoticeContext(pub StoreHandle<Option<Notice>>);

impl NoticeContext {
    /// Shows `text` on `route`.
    pub fn show_on(&self, route: Route, text: impl Into<String>) {
        let notice = Notice {
            text: text.into(),
            route: Some(route),
        };
        self.0.update(move |n| *n = Some(notice.clone()));
    }

    /// Shows `text` on the next screen shown.
    pub fn show_next(&self, text: impl Into<String>) {
        let notice = Notice {
            text: text.into(),
            route: None,
        };
        self.0.update(move |n| *n = Some(notice.clone()));
    }

    /// The notice's text, when it belongs to `route`.
    pub fn text_for(&self, route: &Route) -> Option<String> {
        (**self.0)
            .as_ref()
            .filter(|n| n.route.as_ref() == Some(route))
            .map(|n| n.text.clone())
    }

    /// The screen shown is now `route`: a notice for the next screen becomes this one's, and a
    /// notice of another screen goes.
    pub fn moved_to(&self, route: Route) {
        self.0.update(move |n| follow(n, &route));
    }
}

/// The notice once `route` is shown.
fn follow(notice: &mut Option<Notice>, route: &Route) {
    match notice {
        Some(n) if n.route.is_none() => n.route = Some(route.clone()),
        Some(n) if n.route.as_ref() != Some(route) => *notice = None,
        _ => {}
    }
}

/// The notice context. The provider tree in [`crate::app`] always provides it.
#[yew::hook]
pub fn use_notice() -> NoticeContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    yew::use_context::<NoticeContext>().expect("NoticeContext is provided by the app")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(route: Option<Route>) -> Option<Notice> {
        Some(Notice {
            text: "パスワードを変更しました。".into(),
            route,
        })
    }

    #[test]
    fn a_notice_shows_on_its_screen_and_goes_with_the_next() {
        let mut shown = notice(None);
        follow(&mut shown, &Route::Counter);
        assert_eq!(
            shown,
            notice(Some(Route::Counter)),
            "the screen gone back to"
        );
        follow(&mut shown, &Route::Counter);
        assert!(shown.is_some());
        follow(&mut shown, &Route::Search);
        assert_eq!(shown, None);

        let mut login = notice(Some(Route::Login));
        follow(&mut login, &Route::Login);
        assert!(login.is_some());
        follow(&mut login, &Route::Opening);
        assert_eq!(login, None);
    }
}
