//! The step that asks before something that cannot be undone (辞退, 応募 from an introduction,
//! declining a 応募検討依頼): what will happen, the confirming button (its class names it for
//! the tests, its label says what is under way while busy) and 「やめる」.

use yew::prelude::*;

use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct ConfirmBoxProps {
    /// What will happen.
    pub text: AttrValue,
    /// The confirming button's class and labels (idle, busy).
    pub confirm_class: &'static str,
    pub confirm_label: AttrValue,
    pub busy_label: AttrValue,
    /// The class of 「やめる」.
    pub cancel_class: &'static str,
    pub busy: bool,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn ConfirmBox(props: &ConfirmBoxProps) -> Html {
    let t = use_texts();
    let busy = props.busy;
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <div class="withdraw-confirm caution" role="group">
            <p>{ props.text.clone() }</p>
            <button type="button" class={classes!("button", "button-primary", props.confirm_class)}
                disabled={busy} aria-busy={busy.then_some("true")} onclick={confirm}>
                { if busy { props.busy_label.clone() } else { props.confirm_label.clone() } }
            </button>
            <button type="button" class={classes!("button", "button-secondary", props.cancel_class)}
                disabled={busy} onclick={cancel}>
                { t.t("account-confirm-cancel") }
            </button>
        </div>
    }
}
