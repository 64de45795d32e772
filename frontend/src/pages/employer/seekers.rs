//! 求職者を探す (`#seeker-search`, `/employer/seekers`): an employer searches the 求職情報 job
//! seekers published (希望職種 `#seeker-search-occupation`, 希望勤務地 `#seeker-search-prefecture`,
//! 経験 `#seeker-search-experience`, 免許・資格 `#seeker-search-licence`, 「検索」
//! `#seeker-search-submit`) and sends 応募検討依頼 for one of their published postings
//! (`#request-job`, ひとこと `#request-note`). Each result is `.published-profile[data-public-id]`
//! with what the seeker agreed to show and 「応募検討依頼を送る」 (`.send-request`); what became
//! of it is `.request-sent` or `.request-refused`. The total is `#seeker-search-total`; a refused
//! search is `#seeker-search-error`; more pages: `#seeker-search-more`.

use shigoto_domain::direct_request::{MAX_NOTE_CHARS, MAX_REQUESTS_PER_POSTING, PROFILES_PER_PAGE};
use shigoto_i18n::Catalogue;
use shigoto_refdata::{occupations, OccupationLevel};
use shigoto_shared::PublishedProfile;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::anonymous_profile::AnonymousProfileTable;
use crate::components::area_picker::prefecture_options;
use crate::components::form_field::click;
use crate::components::select::{Select, SelectOption};
use crate::forms::employer::seeker_search::{SeekerSearchState, Sent};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, StoreHandle, Update};

fn groups(level: OccupationLevel, placeholder: String) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", placeholder))
        .chain(
            occupations()
                .iter()
                .filter(|o| o.level == level)
                .map(|o| SelectOption::new(o.code, o.name)),
        )
        .collect()
}

fn on_select(
    form: &StoreHandle<SeekerSearchState>,
    apply: fn(&mut SeekerSearchState, String),
) -> Callback<String> {
    let form = form.clone();
    Callback::from(move |value: String| form.update_once(move |s| apply(s, value)))
}

fn result_row(
    t: &Catalogue,
    state: &SeekerSearchState,
    item: &PublishedProfile,
    on_send: &Callback<String>,
) -> Html {
    let id = item.public_id.clone();
    let busy = state.sending.as_deref() == Some(id.as_str());
    let outcome = match state.outcome(&id) {
        Some(Sent::Done) => html! {
            <p class="notice request-sent" role="status">{ t.t("employer-seekers-sent") }</p>
        },
        Some(Sent::Refused(why)) => html! {
            <p class="field-error request-refused" role="alert">{ why.clone() }</p>
        },
        None => html! {},
    };
    html! {
        <li class="published-profile" key={id.clone()} data-public-id={id.clone()}>
            <AnonymousProfileTable id={format!("profile-{id}")} view={item.view.clone()} />
            <div class="form-actions">
                <button type="button" class="button button-primary send-request"
                    disabled={busy || state.outcome(&id) == Some(&Sent::Done)}
                    aria-busy={busy.then_some("true")} onclick={click(on_send, id.clone())}>
                    { if busy { t.t("employer-seekers-sending") } else { t.t("employer-seekers-send") } }
                </button>
            </div>
            { outcome }
        </li>
    }
}

#[function_component]
pub fn SeekerSearchPage() -> Html {
    let t = use_texts();
    let form = use_store::<SeekerSearchState>();
    let api = use_api();
    use_focus_on_mount("#seeker-search-heading");
    {
        let (form, api) = (form.clone(), api.clone());
        use_effect_with((), move |_| {
            api.run(ipc::employer_postings(), move |answer| {
                form.update_once(move |s| s.postings_loaded(answer))
            });
        });
    }
    let run = {
        let (form, api) = (form.clone(), api.clone());
        Callback::from(move |page: u32| {
            if form.searching {
                return;
            }
            let search = form.search(page);
            form.update(move |s| s.started(page));
            let form = form.clone();
            api.run(ipc::search_published_profiles(search), move |answer| {
                form.update_once(move |s| s.found(answer))
            });
        })
    };
    let on_submit = {
        let run = run.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            run.emit(1);
        })
    };
    let on_send = {
        let (form, api) = (form.clone(), api.clone());
        Callback::from(move |public_id: String| {
            if form.sending.is_some() {
                return;
            }
            let request = match form.request(t, &public_id) {
                Ok(request) => request,
                Err(why) => {
                    form.update_once(move |s| s.record(public_id, Sent::Refused(why)));
                    return;
                }
            };
            let sending = public_id.clone();
            form.update_once(move |s| s.sending = Some(sending));
            let form = form.clone();
            api.run(ipc::send_direct_request(request), move |answer| {
                let outcome = match answer {
                    Ok(_) => Sent::Done,
                    Err(err) => Sent::Refused(err.message),
                };
                form.update_once(move |s| s.record(public_id, outcome));
            });
        })
    };
    let on_licence = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            form.update_once(move |s| s.licence = value);
        })
    };
    let on_note = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            form.update_once(move |s| s.note = value);
        })
    };
    let state = &*form;
    let postings: Vec<SelectOption> = state
        .postings
        .iter()
        .map(|(number, title)| {
            SelectOption::new(
                number.clone(),
                t.t_with(
                    "employer-seekers-posting-option",
                    &[
                        ("number", number.as_str().into()),
                        ("title", title.as_str().into()),
                    ],
                ),
            )
        })
        .collect();
    let results = state.results.as_ref().map(|found| {
        let shown = (found.page as usize - 1) * PROFILES_PER_PAGE + found.items.len();
        html! {
            <>
                <p id="seeker-search-total" class="result-count" role="status">
                    { t.t_with("employer-seekers-total", &[("count", found.total.into())]) }
                </p>
                <ul class="published-profiles">
                    { for found.items.iter().map(|item| result_row(t, state, item, &on_send)) }
                </ul>
                if (shown as u64) < found.total {
                    <button type="button" id="seeker-search-more" class="button button-secondary"
                        onclick={click(&run, found.page + 1)}>{ t.t("employer-seekers-more") }</button>
                }
            </>
        }
    });
    html! {
        <section id="seeker-search" class="panel" aria-labelledby="seeker-search-heading">
            <h2 id="seeker-search-heading" class="panel-title" tabindex="-1">{ t.t("employer-seekers-heading") }</h2>
            <p class="panel-lead">
                { t.t_with("employer-seekers-lead", &[("max", MAX_REQUESTS_PER_POSTING.into())]) }
            </p>
            <form class="form-table" onsubmit={on_submit} novalidate=true>
                <div class="form-row">
                    <label class="form-label" for="seeker-search-occupation">{ t.t("employer-seekers-occupation") }</label>
                    <div class="form-field">
                        <Select id="seeker-search-occupation" value={state.occupation.clone()}
                            options={groups(OccupationLevel::Middle, t.t("employer-seekers-any"))}
                            onchange={on_select(&form, |s, v| s.occupation = v)} />
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-search-prefecture">{ t.t("employer-seekers-prefecture") }</label>
                    <div class="form-field">
                        <Select id="seeker-search-prefecture" value={state.prefecture.clone()}
                            options={prefecture_options(t)}
                            onchange={on_select(&form, |s, v| s.prefecture = v)} />
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-search-experience">{ t.t("employer-seekers-experience") }</label>
                    <div class="form-field">
                        <Select id="seeker-search-experience" value={state.experience.clone()}
                            options={groups(OccupationLevel::Middle, t.t("employer-seekers-any"))}
                            onchange={on_select(&form, |s, v| s.experience = v)} />
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="seeker-search-licence">{ t.t("employer-seekers-licence") }</label>
                    <div class="form-field">
                        <input type="text" id="seeker-search-licence" class="input input-wide"
                            placeholder={t.t("employer-seekers-licence-placeholder")} value={state.licence.clone()} oninput={on_licence} />
                    </div>
                </div>
                <div class="form-row">
                    <div class="form-label">{ t.t("employer-seekers-search") }</div>
                    <div class="form-field">
                        <button type="submit" id="seeker-search-submit" class="button button-primary"
                            disabled={state.searching}>{ t.t("employer-seekers-search") }</button>
                    </div>
                </div>
            </form>
            if let Some(error) = &state.error {
                <p id="seeker-search-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            <div class="form-table request-settings">
                <div class="form-row">
                    <label class="form-label" for="request-job">{ t.t("employer-seekers-request-job") }</label>
                    <div class="form-field">
                        if postings.is_empty() {
                            <p class="hint">{ t.t("employer-seekers-no-posting") }</p>
                        } else {
                            <Select id="request-job" value={state.job_number.clone()} options={postings}
                                onchange={on_select(&form, SeekerSearchState::choose_posting)} />
                        }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="request-note">{ t.t("employer-seekers-note") }</label>
                    <div class="form-field">
                        <textarea id="request-note" class="textarea" rows="3"
                            maxlength={MAX_NOTE_CHARS.to_string()} value={state.note.clone()}
                            oninput={on_note} />
                        <p class="hint">
                            { t.t_with("employer-seekers-note-hint", &[("max", MAX_NOTE_CHARS.into())]) }
                        </p>
                    </div>
                </div>
            </div>
            { results.unwrap_or_default() }
        </section>
    }
}
