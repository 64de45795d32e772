//! [`NoticeOpener`]: opens the screen of an OS notification the person clicked. The app brings
//! its window forward on the click and keeps the notice's screen; this asks for it whenever the
//! window gains the focus, and every [`REREAD_SECONDS`] in case it already had it.

use shigoto_shared::NoticeTarget;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::every::{use_every, REREAD_SECONDS};
use crate::ipc;
use crate::route::Route;

/// The screen a notification opens.
pub fn route_of(target: NoticeTarget) -> Route {
    match target {
        NoticeTarget::Thread { id } => Route::Thread { id },
        NoticeTarget::Messages => Route::Messages,
        NoticeTarget::Activity => Route::Activity,
        NoticeTarget::Search => Route::Search,
        NoticeTarget::SeekerInfo => Route::SeekerInfo,
        NoticeTarget::EmployerPostings => Route::EmployerPostings,
    }
}

#[function_component]
pub fn NoticeOpener() -> Html {
    let navigator = use_navigator();
    let ask = use_callback(navigator, |(), navigator| {
        let navigator = navigator.clone();
        spawn_local(async move {
            if let (Ok(Some(target)), Some(navigator)) =
                (ipc::take_opened_notice().await, navigator)
            {
                navigator.push(&route_of(target));
            }
        });
    });
    {
        let ask = ask.clone();
        use_effect_with((), move |()| {
            let window = web_sys::window();
            let listener = Closure::<dyn Fn(web_sys::FocusEvent)>::new(move |_| ask.emit(()));
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("focus", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "focus",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }
    use_every(REREAD_SECONDS, ask);
    html! {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_notice_opens_its_screen() {
        assert_eq!(
            route_of(NoticeTarget::Thread { id: 7 }),
            Route::Thread { id: 7 }
        );
        assert_eq!(route_of(NoticeTarget::Search), Route::Search);
        assert_eq!(
            route_of(NoticeTarget::EmployerPostings),
            Route::EmployerPostings
        );
    }
}
