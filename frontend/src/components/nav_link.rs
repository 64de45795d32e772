//! [`NavLink`]: a link to a [`Route`] for the header and the pages: an `<a href="#/…">` that
//! moves through the router (so "back" is the history), with the element id the end-to-end
//! tests use and `aria-current="page"` on the entry of the screen shown. yew-router's own
//! `Link` takes neither an id nor ARIA attributes.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub id: AttrValue,
    pub to: Route,
    #[prop_or_default]
    pub class: Classes,
    /// The screen shown is this entry's.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    pub children: Html,
}

#[function_component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a id={props.id.clone()} class={props.class.clone()} href={format!("#{}", props.to.to_path())}
            title={props.title.clone()}
            aria-current={props.current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}
