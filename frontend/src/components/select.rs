//! A controlled `<select>`: Yew sets `value` only on inputs and textareas, so this component
//! marks the chosen `<option selected>` and, after every render, makes the element's value
//! match the state (a cleared form or a new option list would otherwise leave the old choice).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One `<option>`: its value and what is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectOption {
    pub value: AttrValue,
    pub label: AttrValue,
}

impl SelectOption {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    /// The chosen value (`""` for the placeholder option).
    pub value: AttrValue,
    pub options: Vec<SelectOption>,
    /// Called with the newly chosen value.
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub class: Classes,
    /// Accessible name when no `<label for>` is given.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// `aria-describedby`: the ids of the hint and the refusal under the box.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

#[function_component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(&value);
                }
            }
        });
    }
    let onchange = {
        let callback = props.onchange.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            callback.emit(select.value());
        })
    };
    html! {
        <select
            ref={node}
            id={props.id.clone()}
            class={classes!("select", props.class.clone())}
            disabled={props.disabled}
            aria-label={props.aria_label.clone()}
            aria-describedby={props.describedby.clone()}
            aria-invalid={props.invalid.then_some("true")}
            {onchange}
        >
            { for props.options.iter().map(|option| html! {
                <option
                    value={option.value.clone()}
                    selected={option.value == props.value}
                >
                    { option.label.clone() }
                </option>
            }) }
        </select>
    }
}
