use yew::prelude::*;
#[function_component]
fn App() -> Html {
    html! { <p>{"x"}</p> }
}
fn main() {
    yew::Renderer::<App>::new().render();
}
