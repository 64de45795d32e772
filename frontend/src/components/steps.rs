//! The step indicator of the account procedures (MyPage opening, password reset): an ordered
//! list `.steps` of arrow-shaped items, those passed `.is-done`, the current one `.is-current`
//! with `aria-current="step"`; each number is read as 「ステップN：」.

use yew::prelude::*;

use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct StepsProps {
    /// What the list is (its `aria-label`), e.g. 「開設の手順」.
    pub label: AttrValue,
    /// The keys of the steps' names, in order; step N is `labels[N - 1]`.
    pub labels: Vec<&'static str>,
    /// The number of the current step, from 1.
    pub current: usize,
}

#[function_component]
pub fn Steps(props: &StepsProps) -> Html {
    let t = use_texts();
    let current = props.current;
    let items = props.labels.iter().enumerate().map(|(i, label)| {
        let number = i + 1;
        let class = if number == current {
            "step is-current"
        } else if number < current {
            "step is-done"
        } else {
            "step"
        };
        html! {
            <li class={class} key={number}
                aria-current={(number == current).then_some("step")}>
                <span class="step-number" aria-hidden="true">{ number }</span>
                <span class="step-label">
                    <span class="visually-hidden">{ t.t_with("account-steps-number", &[("number", number.into())]) }</span>
                    { t.t(label) }
                </span>
            </li>
        }
    });
    let count = props.labels.len().to_string();
    html! {
        <ol class="steps" aria-label={props.label.clone()} data-count={count}>{ for items }</ol>
    }
}
