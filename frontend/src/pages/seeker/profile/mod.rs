//! 求職者情報の変更 (`#seeker-profile`, `/mypage/info/profile`): the job seeker's 連絡先, 学歴,
//! 職歴, 免許・資格 and 希望する仕事, read from this device and saved there (「保存する」,
//! `#profile-save`), then synced like the rest of the MyPage, so it works offline. The domain's
//! rules are checked before the save: every problem is shown at its box and the first box is
//! focused. `#profile-state` (at the top) and `#profile-status` (by 「保存する」, focused after a
//! save) say whether the save is on the service yet; a refusal naming no
//! box is `#profile-error`.

mod boxes;
mod desired;
mod history;

use shigoto_domain::japan_time::japan_date;
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::clock::now_utc;
use crate::components::nav_link::NavLink;
use crate::format::jst_datetime;
use crate::forms::profile::{field_id, ProfileEditor};
use crate::hooks::api::use_api;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{edits, use_store, Update};

use boxes::Ctx;

/// Where the profile stands (`id`: the top line, or the one by the save button).
fn status(t: &Catalogue, editor: &ProfileEditor, id: &'static str) -> Html {
    let text = if editor.pending {
        t.t("profile-editor-pending")
    } else if let Some(at) = editor.confirmed_at {
        t.t_with(
            "profile-editor-confirmed",
            &[("when", jst_datetime(t, at).into())],
        )
    } else {
        t.t("profile-editor-empty")
    };
    html! {
        <p {id} class={classes!("hint", editor.saved.then_some("notice"))} role="status" tabindex="-1">
            if editor.saved { { t.t("profile-editor-saved") } }
            { text }
        </p>
    }
}

#[function_component]
pub fn SeekerProfilePage() -> Html {
    let t = use_texts();
    let form = use_store::<ProfileEditor>();
    let api = use_api();
    let focus = use_focus();
    use_focus_on_mount("#seeker-profile-heading");
    use_load(
        &form,
        ipc::seeker_profile,
        Loader {
            is_loading: |s| s.loading,
            start: ProfileEditor::loading,
            loaded: ProfileEditor::loaded,
        },
    );
    let edit = edits(&form);
    let on_save = {
        let (form, api, focus) = (form.clone(), api.clone(), focus.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if form.busy {
                return;
            }
            let mut next = (*form).clone();
            let Some(checked) = next.check(t, japan_date(now_utc())) else {
                let first = next
                    .problems
                    .first()
                    .map(|p| format!("#{}", field_id(&p.field)));
                form.update_once(move |f| *f = next);
                if let Some(selector) = first {
                    focus.first_of(&[&selector, "#seeker-profile-heading"], false);
                }
                return;
            };
            form.update(|f| f.busy = true);
            let (form, focus) = (form.clone(), focus.clone());
            api.run(ipc::save_seeker_profile(checked), move |answer| {
                form.update_once(move |f| f.answered(answer));
                focus.first_of(&["#profile-status"], false);
            });
        })
    };
    let editor = &*form;
    let ctx = Ctx {
        editor,
        edit: &edit,
    };
    html! {
        <section id="seeker-profile" class="panel" aria-labelledby="seeker-profile-heading">
            <h2 id="seeker-profile-heading" class="panel-title" tabindex="-1">{ t.t("profile-editor-heading") }</h2>
            <p class="panel-lead">
                { t.t("profile-editor-lead") }
            </p>
            { status(t, editor, "profile-state") }
            if let Some(error) = &editor.error {
                <p id="profile-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            if editor.loaded {
                <form class="profile-form" onsubmit={on_save} novalidate=true>
                    { history::contact(t, ctx) }
                    { history::education(t, ctx) }
                    { history::work(t, ctx) }
                    { history::licences(t, ctx) }
                    { desired::desired(t, ctx) }
                    if !editor.problems.is_empty() {
                        <p id="profile-problems" class="field-error form-error" role="alert">
                            { t.t_with("profile-editor-problems", &[("count", editor.problems.len().into())]) }
                        </p>
                    }
                    { status(t, editor, "profile-status") }
                    <div class="form-actions">
                        <button type="submit" id="profile-save" class="button button-primary"
                            disabled={editor.busy}>{ t.t("seeker-save") }</button>
                        <NavLink id="profile-back" to={Route::SeekerInfo}
                            class={classes!("button", "button-secondary")}>
                            { t.t("seeker-back-to-info") }
                        </NavLink>
                    </div>
                </form>
            }
        </section>
    }
}
