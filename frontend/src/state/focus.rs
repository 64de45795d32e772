//! Where the keyboard focus goes after a change of screen, an answer or a refusal. A page asks
//! through the [`Focus`] context; the request is carried out once the screen has been drawn, on
//! the first of its selectors that is on the screen (a refusal's box, else the step's heading).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::forms::edit::Edit;
use crate::state::store::{use_store, Store};

#[derive(Debug, Clone, PartialEq, Default)]
struct FocusRequest {
    version: u32,
    selectors: Vec<String>,
    /// Also scroll the window back to the top (a new screen or step).
    to_top: bool,
}

/// Asks for the focus. Cheap to clone; never changes, so holding it draws nothing again.
#[derive(Clone, PartialEq, Default)]
pub struct Focus(Option<UseReducerDispatcher<Store<FocusRequest>>>);

impl Focus {
    fn request(&self, selectors: Vec<String>, to_top: bool) {
        if let Some(dispatcher) = &self.0 {
            dispatcher.dispatch(Edit::new(move |r: &mut FocusRequest| {
                r.version = r.version.wrapping_add(1);
                r.selectors = selectors.clone();
                r.to_top = to_top;
            }));
        }
    }

    /// The element of `selector` (e.g. a box a refusal names).
    pub fn on(&self, selector: impl Into<String>) {
        self.request(vec![selector.into()], false);
    }

    /// The window back to the top, then the element of `selector` (a new step's heading).
    pub fn top(&self, selector: impl Into<String>) {
        self.request(vec![selector.into()], true);
    }

    /// The first of `selectors` that is on the screen.
    pub fn first_of(&self, selectors: &[&str], to_top: bool) {
        self.request(selectors.iter().map(|s| (*s).to_owned()).collect(), to_top);
    }
}

/// The focus handle of the app (one that does nothing outside a [`FocusProvider`]).
#[hook]
pub fn use_focus() -> Focus {
    use_context::<Focus>().unwrap_or_default()
}

/// Focuses the element of `selector`; false when there is none.
pub fn focus_selector(selector: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

pub fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Moves to the top and focuses `selector` when the calling page is first shown.
#[hook]
pub fn use_focus_on_mount(selector: &'static str) {
    let focus = use_focus();
    use_effect_with((), move |()| focus.top(selector));
}

#[derive(Properties, PartialEq)]
pub struct FocusProviderProps {
    pub children: Html,
}

/// Provides [`Focus`] and carries out its requests after each drawing.
#[function_component]
pub fn FocusProvider(props: &FocusProviderProps) -> Html {
    let request = use_store::<FocusRequest>();
    {
        let current = (*request).clone();
        use_effect_with(request.version, move |version| {
            if *version > 0 {
                if current.to_top {
                    scroll_to(0.0);
                }
                for selector in &current.selectors {
                    if selector.is_empty() || focus_selector(selector) {
                        break;
                    }
                }
            }
        });
    }
    html! {
        <ContextProvider<Focus> context={Focus(Some(request.dispatcher()))}>
            { props.children.clone() }
        </ContextProvider<Focus>>
    }
}
