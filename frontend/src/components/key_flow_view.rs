//! The parts every 認証キー flow's screen is drawn with (see [`crate::flows::key_flow`]): the
//! frame (heading, lead, step indicator, step heading, the way back to the login), the buttons
//! of the request step (「‹ 戻る」 `#<prefix>-back`, 「認証キーを送信」 `#<prefix>-send-key`) and
//! of the key step (「‹ 認証キーを再送信する」 `#<prefix>-restart`, the completing button
//! `#<prefix>-complete`), and the last step (`#<prefix>-done`, `#<prefix>-done-message`, 「ログイン
//! 画面へ」). A flow's screen adds only its own boxes.

use yew::prelude::*;

use crate::components::steps::Steps;

/// The frame of a flow's screen.
pub struct FlowFrame {
    /// The section's id (`#opening`, `#password-reset`…); its heading is `#<id>-heading`.
    pub section_id: &'static str,
    /// The prefix of the step heading (`#<prefix>-step-heading`) and the cancel button.
    pub prefix: &'static str,
    /// The panel's style (`opening-panel`, `reset-panel`).
    pub panel_class: &'static str,
    pub title: &'static str,
    pub lead: String,
    /// The step indicator's name for screen readers.
    pub steps_label: &'static str,
    pub labels: Vec<&'static str>,
    /// The step shown, 1-based.
    pub number: usize,
    pub step_title: &'static str,
    pub body: Html,
    /// The cancel button's words (`#<prefix>-cancel`), or `None` where it is not shown.
    pub cancel: Option<&'static str>,
    pub on_cancel: Callback<MouseEvent>,
}

pub fn flow_frame(frame: FlowFrame) -> Html {
    let FlowFrame {
        section_id,
        prefix,
        panel_class,
        title,
        lead,
        steps_label,
        labels,
        number,
        step_title,
        body,
        cancel,
        on_cancel,
    } = frame;
    html! {
        <section id={section_id} class={classes!("panel", panel_class)}
            aria-labelledby={format!("{section_id}-heading")} data-step={number.to_string()}>
            <h2 id={format!("{section_id}-heading")} class="panel-title">{ title }</h2>
            <p class="panel-lead">{ lead }</p>
            <Steps label={steps_label} labels={labels} current={number} />
            <h3 id={format!("{prefix}-step-heading")} class="step-title" tabindex="-1">
                <span class="step-title-number">{ format!("ステップ{number}") }</span>
                { step_title }
            </h3>
            { body }
            if let Some(words) = cancel {
                <p class="opening-cancel">
                    <button type="button" id={format!("{prefix}-cancel")} class="text-button"
                        onclick={on_cancel}>
                        { words }
                    </button>
                </p>
            }
        </section>
    }
}

/// The request step's buttons: 「‹ 戻る」 to the terms (when the flow has them) and
/// 「認証キーを送信」, after the refusal that names no box.
pub fn send_key_actions(
    prefix: &str,
    busy: bool,
    general_error: Html,
    on_back: Option<Callback<MouseEvent>>,
) -> Html {
    html! {
        <div class="form-actions">
            { general_error }
            if let Some(on_back) = on_back {
                <button type="button" id={format!("{prefix}-back")} class="button button-secondary"
                    onclick={on_back}>
                    { "‹ 戻る" }
                </button>
            }
            <button type="submit" id={format!("{prefix}-send-key")}
                class="button button-primary button-large"
                disabled={busy} aria-busy={busy.then_some("true")}>
                { if busy { "送信中…" } else { "認証キーを送信" } }
            </button>
        </div>
    }
}

/// The key step's buttons: 「‹ 認証キーを再送信する」 and the completing button, whose words
/// are `(while busy, otherwise)`.
pub fn complete_actions(
    prefix: &str,
    busy: bool,
    general_error: Html,
    on_restart: Callback<MouseEvent>,
    words: (&'static str, &'static str),
) -> Html {
    html! {
        <div class="form-actions">
            { general_error }
            <button type="button" id={format!("{prefix}-restart")} class="button button-secondary"
                onclick={on_restart}>
                { "‹ 認証キーを再送信する" }
            </button>
            <button type="submit" id={format!("{prefix}-complete")}
                class="button button-primary button-large"
                disabled={busy} aria-busy={busy.then_some("true")}>
                { if busy { words.0 } else { words.1 } }
            </button>
        </div>
    }
}

/// The last step of a flow.
pub struct DoneStep {
    pub prefix: &'static str,
    /// The 「ログイン画面へ」 button's id.
    pub login_id: &'static str,
    pub title: &'static str,
    /// The service's message, else `fallback`.
    pub message: Option<String>,
    pub fallback: &'static str,
    /// What to do next, under the message.
    pub note: Option<Html>,
    pub on_login: Callback<MouseEvent>,
}

pub fn done_step(done: DoneStep) -> Html {
    let DoneStep {
        prefix,
        login_id,
        title,
        message,
        fallback,
        note,
        on_login,
    } = done;
    html! {
        <div id={format!("{prefix}-done")} class="step-body done">
            <p class="done-title">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { title }
            </p>
            <p id={format!("{prefix}-done-message")}>
                { message.unwrap_or_else(|| fallback.to_owned()) }
            </p>
            if let Some(note) = note {
                <p class="notice">{ note }</p>
            }
            <div class="form-actions">
                <button type="button" id={login_id} class="button button-primary button-large"
                    onclick={on_login}>
                    { "ログイン画面へ" }
                </button>
            </div>
        </div>
    }
}
