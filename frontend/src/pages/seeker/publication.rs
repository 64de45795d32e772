//! 求職情報公開 (`#publication`, `/mypage/info/publication`): the job seeker publishes an
//! anonymous profile employers can search, after seeing exactly what they will see.
//!
//! Published: 「公開中」 with when the seeker agreed (`#publication-state`), the published view
//! (`#publication-current`) and 「公開をやめる」 (`#publication-stop`). Not published (or the
//! 求職者情報 changed since): the preview (`#publication-preview`), what is never shown, the
//! consent box (`#publication-agree`) and 「この内容で公開する」 (`#publication-publish`, usable
//! once ticked). Why publishing is not possible is `#publication-refused`; a registration no
//! longer 有効 is `#publication-suspended`; what the last action did is `#publication-done`; a
//! refusal of the service is `#publication-error`.

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::PublicationStatus;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::anonymous_profile::AnonymousProfileTable;
use crate::components::nav_link::NavLink;
use crate::format::jst_datetime;
use crate::forms::publication::PublicationState;
use crate::hooks::api::use_api;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

fn consent(
    t: &Catalogue,
    state: &PublicationState,
    status: &PublicationStatus,
    on_agree: Callback<Event>,
    on_publish: Callback<MouseEvent>,
) -> Html {
    if let Some(refused) = &status.refused {
        return html! {
            <p id="publication-refused" class="field-error form-error" role="alert">{ refused.clone() }</p>
        };
    }
    html! {
        <div class="publication-consent">
            <label class="choice" for="publication-agree">
                <input type="checkbox" id="publication-agree" checked={state.agreed}
                    onchange={on_agree} />
                { t.t("seeker-publication-agree") }
            </label>
            <div class="form-actions">
                <button type="button" id="publication-publish" class="button button-primary"
                    disabled={!state.can_publish()} onclick={on_publish}>
                    { t.t("seeker-publication-publish") }
                </button>
            </div>
        </div>
    }
}

fn body(
    t: &Catalogue,
    state: &PublicationState,
    status: &PublicationStatus,
    on_agree: Callback<Event>,
    on_publish: Callback<MouseEvent>,
    on_stop: Callback<MouseEvent>,
) -> Html {
    let preview = html! {
        <>
            <h3 class="form-section-title">{ t.t("seeker-publication-preview") }</h3>
            <AnonymousProfileTable id="publication-preview" view={status.preview.clone()} />
            <p class="hint">
                { t.t("seeker-publication-hidden") }
            </p>
            { consent(t, state, status, on_agree, on_publish) }
        </>
    };
    match &status.published {
        Some(published) => html! {
            <>
                <p id="publication-state" class="status-line" data-state="published">
                    <span class="status-badge">{ t.t("seeker-publication-published") }</span>
                    { t.t_with("seeker-publication-agreed", &[("when", jst_datetime(t, published.agreed_at).into())]) }
                </p>
                <AnonymousProfileTable id="publication-current" view={published.view.clone()} />
                <div class="form-actions">
                    <button type="button" id="publication-stop" class="button button-secondary"
                        disabled={state.busy} onclick={on_stop}>{ t.t("seeker-publication-stop") }</button>
                </div>
                if state.preview_differs() {
                    <p id="publication-differs" class="notice">
                        { t.t("seeker-publication-differs") }
                    </p>
                    { preview }
                }
            </>
        },
        None => html! {
            <>
                <p id="publication-state" class="status-line" data-state="not_published">
                    { t.t("seeker-publication-not-published") }
                </p>
                if let Some(why) = &status.suspended {
                    <p id="publication-suspended" class="notice">{ why.clone() }</p>
                }
                { preview }
            </>
        },
    }
}

#[function_component]
pub fn PublicationPage() -> Html {
    let t = use_texts();
    let form = use_store::<PublicationState>();
    let api = use_api();
    let focus = use_focus();
    use_focus_on_mount("#publication-heading");
    use_load(
        &form,
        ipc::publication,
        Loader {
            is_loading: |s| s.loading,
            start: PublicationState::loading,
            loaded: PublicationState::loaded,
        },
    );
    let on_agree = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            form.update_once(move |s| s.agreed = on);
        })
    };
    let on_publish = {
        let (form, api, focus) = (form.clone(), api.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(view) = form.status.as_ref().map(|s| s.preview.clone()) else {
                return;
            };
            if !form.can_publish() {
                return;
            }
            form.update(|s| s.busy = true);
            let (form, focus) = (form.clone(), focus.clone());
            api.run(ipc::publish_profile(view, true), move |answer| {
                form.update_once(move |s| {
                    s.answered(answer, key!("seeker-publication-done-published"))
                });
                focus.first_of(&["#publication-done", "#publication-error"], false);
            });
        })
    };
    let on_stop = {
        let (form, api, focus) = (form.clone(), api.clone(), focus.clone());
        Callback::from(move |_: MouseEvent| {
            if form.busy {
                return;
            }
            form.update(|s| s.busy = true);
            let (form, focus) = (form.clone(), focus.clone());
            api.run(ipc::stop_publishing(), move |answer| {
                form.update_once(move |s| {
                    s.answered(answer, key!("seeker-publication-done-stopped"))
                });
                focus.first_of(&["#publication-done", "#publication-error"], false);
            });
        })
    };
    let state = &*form;
    html! {
        <section id="publication" class="panel" aria-labelledby="publication-heading">
            <h2 id="publication-heading" class="panel-title" tabindex="-1">{ t.t("seeker-info-open-publication") }</h2>
            <p class="panel-lead">
                { t.t("seeker-publication-lead") }
            </p>
            if let Some(done) = state.done {
                <p id="publication-done" class="notice" role="status" tabindex="-1">{ t.t(done) }</p>
            }
            if let Some(error) = &state.error {
                <p id="publication-error" class="field-error form-error" role="alert" tabindex="-1">{ error.clone() }</p>
            }
            if let Some(status) = &state.status {
                { body(t, state, status, on_agree, on_publish, on_stop) }
            } else if state.loading {
                <p class="hint" role="status">{ t.t("seeker-loading") }</p>
            }
            <div class="form-actions">
                <NavLink id="publication-back" to={Route::SeekerInfo}
                    class={classes!("button", "button-secondary")}>
                    { t.t("seeker-back-to-info") }
                </NavLink>
            </div>
        </section>
    }
}
