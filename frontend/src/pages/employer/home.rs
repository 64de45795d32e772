//! The employer's home, 求人者マイページ (`#employer-home`): the greeting (`#greeting`), the
//! 事業所登録's status (`#employer-status`, with `data-status` `provisional` / `returned` /
//! `accepted` and the badge 審査中 / 返戻 / 登録済み), the 事業所番号 once accepted
//! (`#employer-office-number`), the reason of a 返戻 (`#employer-return-reason`), and the
//! 事業所情報 as filed (`#employer-profile`). While returned, the form `#employer-refile-form`
//! holds the 事業所情報 to correct (prefix `employer-refile`, see
//! [`crate::components::profile_fields`]) and 「修正して再申請する」 (`#employer-refile-submit`);
//! refusals appear under their box or in `#employer-refile-error`. 「最新の情報に更新」
//! (`#refresh-employer`) reads the registration again; a note after refiling is
//! `#employer-notice`, a failure to read `#employer-load-error`. Once the registration is
//! accepted, `#employer-postings` links to the 求人一覧 (`#employer-postings-link`) and starts a
//! new posting (`#employer-new-posting`), with the count of each status
//! (`#employer-postings-summary`) and a line when some were returned (`#employer-postings-returned`);
//! before that it says postings can be filed after 受理 (`#employer-postings-note`).

use shigoto_i18n::Catalogue;
use shigoto_shared::{EmployerRegistration, EmployerStatus};
use yew::prelude::*;

use crate::components::mail_notifications::MailNotifications;

use crate::hooks::api::{use_submit, FormStatus};
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::session::use_session;
use crate::state::store::{use_store_with, Update};

use crate::components::form_field::{click, submit};
use crate::components::nav_link::NavLink;
use crate::components::profile_fields::{profile_rows, profile_table, ProfileFields};
use crate::forms::account::Edit;
use crate::forms::employer::{
    status_badge, status_name, status_text, EmployerHomeState, ProfileForm, PROFILE_FIELDS,
};
use crate::forms::search::FieldError;
use crate::pages::employer::postings::{use_posting_list, NewPostingButton};
use crate::route::Route;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct EmployerHomeProps {
    pub state: EmployerHomeState,
    /// The greeting's name (the 事業所名 or the email).
    pub name: AttrValue,
    pub on_edit: Callback<Edit<ProfileForm>>,
    pub on_refile: Callback<()>,
    pub on_refresh: Callback<()>,
}

/// The id of the box a refused field of the refiling belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "name" => Some("employer-refile-office-name"),
        "name_kana" => Some("employer-refile-office-kana"),
        "postal_code" => Some("employer-refile-postal-code"),
        "prefecture_code" => Some("employer-refile-office-prefecture"),
        "municipality_code" => Some("employer-refile-office-municipality"),
        "address" => Some("employer-refile-address"),
        "phone" => Some("employer-refile-phone"),
        "representative" => Some("employer-refile-representative"),
        "industry" => Some("employer-refile-industry"),
        "employees" => Some("employer-refile-employees"),
        "business" => Some("employer-refile-business"),
        "homepage" => Some("employer-refile-homepage"),
        _ => None,
    }
}

fn general_error(error: Option<&FieldError>) -> Html {
    match error {
        Some(err)
            if !err
                .field
                .as_deref()
                .is_some_and(|f| PROFILE_FIELDS.contains(&f)) =>
        {
            html! {
                <p id="employer-refile-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
            }
        }
        _ => html! {},
    }
}

#[function_component]
pub fn EmployerHomeView(props: &EmployerHomeProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.registration {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("employer-loading") }</p> }
        }
        None => html! {},
        Some(registration) => html! {
            <>
                { status_panel(t, registration) }
                { postings_links(t, registration) }
                if state.can_refile() {
                    { refile_form(t, props) }
                } else {
                    <h3 class="sheet-section-title">{ t.t("employer-home-profile") }</h3>
                    { profile_table("employer-profile", &registration.profile) }
                }
            </>
        },
    };
    html! {
        <>
            <section id="greeting" class="greeting" tabindex="-1" aria-label={t.t("greeting-label")}>
                <p class="greeting-title">
                    { t.t_with("employer-home-greeting", &[("name", props.name.to_string().into())]) }
                </p>
                <p class="greeting-text">{ t.t("employer-home-greeting-text") }</p>
            </section>
            <section id="employer-home" class="panel" aria-labelledby="employer-home-heading">
                <h2 id="employer-home-heading" class="panel-title" tabindex="-1">{ t.t("employer-home-heading") }</h2>
                <div class="list-toolbar">
                    <p class="panel-lead">{ t.t("employer-home-lead") }</p>
                    <button type="button" id="refresh-employer" class="button button-secondary"
                        disabled={state.loading} aria-busy={state.loading.then_some("true")}
                        onclick={click(&props.on_refresh, ())}>
                        { if state.loading { t.t("employer-refreshing") } else { t.t("employer-refresh") } }
                    </button>
                </div>
                if let Some(notice) = &state.notice {
                    <p id="employer-notice" class="notice" role="status">{ t.t(notice) }</p>
                }
                if let Some(err) = &state.load_error {
                    <p id="employer-load-error" class="field-error form-error" role="alert">{ err.clone() }</p>
                }
                { body }
            </section>
        </>
    }
}

/// 求人の申込み: the 求人一覧 and a new posting once the 事業所登録 is accepted, else a note.
fn postings_links(t: &Catalogue, registration: &EmployerRegistration) -> Html {
    html! {
        <div id="employer-postings" class="posting-links">
            <h3 class="sheet-section-title">{ t.t("employer-home-postings") }</h3>
            if registration.status == EmployerStatus::Accepted {
                <p class="hint">{ t.t("employer-home-postings-hint") }</p>
                <PostingsSummary />
                <div class="posting-link-buttons">
                    <NavLink id="employer-postings-link" to={Route::EmployerPostings}
                        class={classes!("button", "button-secondary")}>
                        { t.t("employer-home-postings-link") }
                    </NavLink>
                    <NewPostingButton id="employer-new-posting" />
                </div>
            } else {
                <p id="employer-postings-note" class="hint">
                    { t.t("employer-home-postings-note") }
                </p>
            }
        </div>
    }
}

/// The employer's postings at a glance, read when the home is shown: the count of each status
/// there is (`#employer-postings-summary`) and, when a counselor sent some back, a line that says
/// so (`#employer-postings-returned`). Nothing while it is read or when it cannot be.
#[function_component]
fn PostingsSummary() -> Html {
    let t = use_texts();
    let (list, _) = use_posting_list();
    let returned = list.returned();
    html! {
        <>
            if let Some(summary) = list.summary(t) {
                <p id="employer-postings-summary" class="posting-summary">
                    <span class="status-label">{ t.t("employer-home-postings-summary") }</span>{ summary }
                </p>
            }
            if returned > 0 {
                <p id="employer-postings-returned" class="caution" role="status">
                    { t.t_with("employer-home-postings-returned", &[("count", returned.into())]) }
                </p>
            }
        </>
    }
}

fn status_panel(t: &Catalogue, registration: &EmployerRegistration) -> Html {
    let status = registration.status;
    let class = match status {
        EmployerStatus::Provisional => "status-provisional",
        EmployerStatus::Returned => "status-returned",
        EmployerStatus::Accepted => "status-accepted",
    };
    html! {
        <div id="employer-status" class={classes!("status-box", class)} data-status={status.as_str()}
            role="status">
            <p class="status-line">
                <span class="status-label">{ t.t("employer-home-status") }</span>
                <span class="status-badge">{ t.t(status_badge(status)) }</span>
                <span class="status-name">{ t.t(status_name(status)) }</span>
            </p>
            <p class="status-text">{ t.t(status_text(registration)) }</p>
            if let Some(number) = &registration.office_number {
                <dl class="status-facts">
                    <dt>{ t.t("employer-office-number") }</dt>
                    <dd id="employer-office-number" class="office-number">{ number.clone() }</dd>
                </dl>
            }
            if let Some(reason) = &registration.return_reason {
                if status == EmployerStatus::Returned {
                    <div class="return-reason">
                        <p class="return-reason-title">{ t.t("employer-return-reason") }</p>
                        <p id="employer-return-reason" class="multiline">{ reason.clone() }</p>
                    </div>
                }
            }
        </div>
    }
}

fn refile_form(t: &Catalogue, props: &EmployerHomeProps) -> Html {
    let state = &props.state;
    let error = state.error.as_ref();
    html! {
        <form id="employer-refile-form" class="step-body" onsubmit={submit(&props.on_refile)} novalidate=true>
            <h3 class="sheet-section-title">{ t.t("employer-home-refile") }</h3>
            <p class="hint section-hint">{ t.t("employer-home-refile-hint") }</p>
            <div class="form-table">
                { profile_rows(ProfileFields {
                    prefix: "employer-refile",
                    box_id,
                    error,
                    form: &state.form,
                    on_edit: props.on_edit.clone(),
                }) }
            </div>
            <div class="form-actions">
                { general_error(error) }
                <button type="submit" id="employer-refile-submit" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("employer-home-refiling") } else { t.t("employer-home-refile-submit") } }
                </button>
            </div>
        </form>
    }
}

impl FormStatus for EmployerHomeState {
    fn busy(&self) -> bool {
        self.busy
    }
    fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }
    fn set_error(&mut self, error: Option<FieldError>) {
        self.error = error;
    }
    fn started(&mut self) {
        self.refiling();
    }
}

/// 求人者マイページ (`/employer`): the 事業所登録, read afresh when shown and on 「最新の情報に
/// 更新」 (starting from what the sign-in said); a returned registration is corrected and filed
/// again here. The header's name follows the registration.
#[function_component]
pub fn EmployerHomePage() -> Html {
    let session = use_session();
    let held = session.account().and_then(|a| a.employer.clone());
    let form = use_store_with(move || EmployerHomeState::of(held.as_ref()));
    let submit = use_submit(&form, box_id, "#employer-home-heading");
    use_focus_on_mount("#employer-home-heading");
    let on_refresh = use_load(
        &form,
        ipc::employer_registration,
        Loader {
            is_loading: |s| s.loading,
            start: EmployerHomeState::loading,
            loaded: EmployerHomeState::loaded,
        },
    );
    // The signed-in account follows the registration read or filed (its name is the 事業所名).
    {
        let session = session.clone();
        use_effect_with(form.registration.clone(), move |registration| {
            if let Some(registration) = registration.clone() {
                session.account_changed(move |account| {
                    account.display_name = registration.profile.name.clone();
                    account.employer = Some(registration.clone());
                });
            }
        });
    }
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<ProfileForm>| form.update(move |s| edit.apply(&mut s.form)))
    };
    let on_refile = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                submit.form().refile_request(),
                |profile| async move { ipc::refile_employer_registration(&profile).await },
                EmployerHomeState::refiled,
                Some("#employer-notice"),
            );
        })
    };
    let name = session
        .account()
        .map(|a| a.display_name.clone())
        .unwrap_or_default();
    let accepted = form
        .registration
        .as_ref()
        .is_some_and(|r| r.status == shigoto_shared::EmployerStatus::Accepted);
    html! {
        <>
            <EmployerHomeView state={(*form).clone()} name={name} on_edit={on_edit}
                on_refile={on_refile} on_refresh={on_refresh} />
            if accepted {
                <MailNotifications />
            }
        </>
    }
}
