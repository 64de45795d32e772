//! 操作の記録 (`/counselor/actions`, `#counselor-actions`): what the counselors of this office
//! did, newest first: when, who, what (`.action-row[data-kind]`) and to what (a 求職番号, a
//! 求人番号, an 事業所). 「さらに古い記録」 (`#older-actions`) reads the next page; a page that
//! could not be read says so in `#actions-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::{CounselorActionEntry, CounselorActionKind};
use yew::prelude::*;

use crate::format::jst_datetime;
use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct ActionsState {
    entries: Vec<CounselorActionEntry>,
    next_before: Option<i64>,
    loaded: bool,
    busy: bool,
    error: Option<String>,
}

#[function_component]
pub fn CounselorActionsPage() -> Html {
    let t = use_texts();
    let state = use_state(ActionsState::default);
    let api = use_api();
    use_focus_on_mount("#counselor-actions-heading");
    let read = {
        let state = state.clone();
        Callback::from(move |before: Option<i64>| {
            if state.busy {
                return;
            }
            state.set(ActionsState {
                busy: true,
                error: None,
                ..(*state).clone()
            });
            let state = state.clone();
            api.run(
                async move { ipc::counselor_actions(before).await },
                move |result| {
                    let mut next = ActionsState {
                        busy: false,
                        loaded: true,
                        ..(*state).clone()
                    };
                    match result {
                        Ok(page) => {
                            if before.is_none() {
                                next.entries.clear();
                            }
                            next.entries.extend(page.entries);
                            next.next_before = page.next_before;
                        }
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                },
            );
        })
    };
    {
        let read = read.clone();
        use_effect_with((), move |()| read.emit(None));
    }
    let older = state.next_before.map(|before| {
        let read = read.clone();
        Callback::from(move |_: MouseEvent| read.emit(Some(before)))
    });
    html! {
        <section id="counselor-actions" class="panel" aria-labelledby="counselor-actions-heading">
            <h2 id="counselor-actions-heading" class="panel-title" tabindex="-1">{ t.t("counselor-actions-heading") }</h2>
            <p class="panel-lead">
                { t.t("counselor-actions-lead") }
            </p>
            if let Some(error) = &state.error {
                <p id="actions-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if state.loaded && state.entries.is_empty() && state.error.is_none() {
                <p id="no-actions" class="empty-note">{ t.t("counselor-actions-none") }</p>
            }
            if !state.entries.is_empty() {
                <table class="provisional-table actions-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.t("counselor-actions-at") }</th>
                            <th scope="col">{ t.t("counselor-actions-counselor") }</th>
                            <th scope="col">{ t.t("counselor-actions-kind") }</th>
                            <th scope="col">{ t.t("counselor-actions-subject") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for state.entries.iter().map(|entry| row(t, entry)) }
                    </tbody>
                </table>
            }
            if let Some(older) = older {
                <button type="button" id="older-actions" class="button button-secondary"
                    disabled={state.busy} onclick={older}>
                    { t.t("counselor-actions-older") }
                </button>
            }
        </section>
    }
}

/// The key of an action's name (the shared enum's own label is Japanese).
fn kind_key(kind: CounselorActionKind) -> &'static str {
    match kind {
        CounselorActionKind::RegisterSeeker => {
            shigoto_i18n::key!("counselor-action-register-seeker")
        }
        CounselorActionKind::ConfirmSeeker => shigoto_i18n::key!("counselor-action-confirm-seeker"),
        CounselorActionKind::Reactivate => shigoto_i18n::key!("counselor-action-reactivate"),
        CounselorActionKind::Counselling => shigoto_i18n::key!("counselor-action-counselling"),
        CounselorActionKind::Referral => shigoto_i18n::key!("counselor-action-referral"),
        CounselorActionKind::Introduction => shigoto_i18n::key!("counselor-action-introduction"),
        CounselorActionKind::Message => shigoto_i18n::key!("counselor-action-message"),
        CounselorActionKind::AcceptEmployer => {
            shigoto_i18n::key!("counselor-action-accept-employer")
        }
        CounselorActionKind::ReturnEmployer => {
            shigoto_i18n::key!("counselor-action-return-employer")
        }
        CounselorActionKind::AcceptPosting => shigoto_i18n::key!("counselor-action-accept-posting"),
        CounselorActionKind::ReturnPosting => shigoto_i18n::key!("counselor-action-return-posting"),
    }
}

fn row(t: &Catalogue, entry: &CounselorActionEntry) -> Html {
    html! {
        <tr class="action-row" data-kind={entry.kind.as_str()} key={entry.id}>
            <td>{ jst_datetime(t, entry.at) }</td>
            <td>{ entry.counselor_name.clone() }</td>
            <td class="action-kind">{ t.t(kind_key(entry.kind)) }</td>
            <td class="action-subject">{ entry.subject.clone() }</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_named_as_the_shared_label_says() {
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        for wire in [
            "register_seeker",
            "confirm_seeker",
            "reactivate",
            "counselling",
            "referral",
            "introduction",
            "message",
            "accept_employer",
            "return_employer",
            "accept_posting",
            "return_posting",
        ] {
            let kind = CounselorActionKind::from_wire(wire).unwrap_or(CounselorActionKind::Message);
            assert_eq!(kind.as_str(), wire);
            assert_eq!(ja.t(kind_key(kind)), kind.label());
        }
    }
}
