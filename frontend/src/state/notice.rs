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
        self.0.update(move |n| match n {
            Some(notice) if notice.route.is_none() => notice.route = Some(route.clone()),
            Some(notice) if notice.route.as_ref() != Some(&route) => *n = None,
            _ => {}
        });
    }
}

/// The notice context. The provider tree in [`crate::app`] always provides it.
#[yew::hook]
pub fn use_notice() -> NoticeContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    yew::use_context::<NoticeContext>().expect("NoticeContext is provided by the app")
}
