//! 求人検索 (`/`): the greeting of a signed-in account, the search form, a job seeker's saved
//! searches, and the result list. The search lives in the app-wide search context, so coming
//! back from a 求人票 shows the list as it was, scrolled where it was, with the focus on the
//! posting that was opened.

mod advanced;
pub mod form;
mod greeting;
mod inputs;
pub mod results;

use shigoto_shared::SortOrder;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::saved_searches::SavedSearches;
use crate::forms::mypage::SheetReturn;
use crate::pages::go;
use crate::route::Route;
use crate::state::focus::{focus_selector, scroll_to, scroll_y};
use crate::state::mypage::{now_utc, use_mypage, MyPageContext};
use crate::state::search::{use_search, FormEdit, SearchOrigin};
use crate::state::session::use_session;
use crate::state::store::Update;
use form::SearchFormView;
use results::ResultsView;

pub use crate::clock::today;

/// Opens the 求人票 of a posting, remembering where the list was (and which list it was).
pub fn open_job(navigator: &Option<Navigator>, job_number: String, from: SheetReturn) {
    if let Some(navigator) = navigator {
        navigator.push_with_state(&Route::Job { job_number }, from);
    }
}

#[function_component]
pub fn SearchPage() -> Html {
    let search = use_search();
    let session = use_session();
    let mypage = use_mypage();
    let navigator = use_navigator();
    let state = search.state();

    // Back from a 求人票: the list as it was; else a new screen from the top.
    {
        let opened = state.opened_job.clone();
        let saved = state.saved_scroll;
        use_effect_with((), move |()| match opened {
            Some(job) => {
                focus_selector(&format!("[data-job-number=\"{job}\"] .open-job"));
                scroll_to(saved);
            }
            None => scroll_to(0.0),
        });
    }
    // After a search, the view moves to the results.
    {
        let focus = state.focus_results;
        use_effect_with(state.results_version, move |version| {
            if *version > 0 && focus {
                if let Some(heading) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("results-heading"))
                {
                    heading.scroll_into_view();
                }
                focus_selector("#results-heading");
            }
        });
    }

    // The counts beside the choices follow the form (a moment after each change).
    {
        let search = search.clone();
        use_effect_with(state.form.clone(), move |form| {
            if let Ok(params) = form.to_params(today()) {
                search.refresh_counts(params);
            }
        });
    }

    let on_edit = {
        let store = search.store.clone();
        Callback::from(move |edit: FormEdit| store.update(move |s| edit.apply(&mut s.form)))
    };
    let on_toggle_advanced = {
        let store = search.store.clone();
        Callback::from(move |()| store.update(|s| s.advanced_open = !s.advanced_open))
    };
    let on_clear = {
        let store = search.store.clone();
        Callback::from(move |()| store.update(|s| s.clear_form()))
    };
    let on_submit = {
        let search = search.clone();
        Callback::from(move |()| match search.state().submitted_params(today()) {
            Err(err) => search.store.update_once(move |s| s.form_invalid(err)),
            Ok(params) => search.run(params, SearchOrigin::Form),
        })
    };
    let on_page = {
        let search = search.clone();
        Callback::from(move |page: u32| search.rerun(|p| p.page = Some(page), SearchOrigin::Paging))
    };
    let on_per_page = {
        let search = search.clone();
        Callback::from(move |per_page: u32| {
            search.rerun(
                |p| {
                    p.per_page = Some(per_page);
                    p.page = None;
                },
                SearchOrigin::Reorder,
            )
        })
    };
    let on_sort = {
        let search = search.clone();
        Callback::from(move |sort: SortOrder| {
            search.rerun(
                |p| {
                    p.sort = Some(sort);
                    p.page = None;
                },
                SearchOrigin::Reorder,
            )
        })
    };
    let on_open = {
        let store = search.store.clone();
        let navigator = navigator.clone();
        Callback::from(move |job_number: String| {
            let opened = job_number.clone();
            let scroll = scroll_y();
            store.update(move |s| {
                s.saved_scroll = scroll;
                s.opened_job = Some(opened.clone());
            });
            open_job(&navigator, job_number, SheetReturn::Results);
        })
    };
    let on_favorite = mypage.callback(MyPageContext::toggle_favorite);
    let saved_searches = mypage.active.then(|| {
        html! {
            <SavedSearches searches={mypage.state().searches.clone()} now={now_utc()}
                on_open_save={mypage.callback(|m, ()| m.open_save())}
                on_edit={mypage.callback(MyPageContext::edit_save)}
                on_save={mypage.callback(|m, ()| m.save())}
                on_cancel_save={mypage.callback(|m, ()| m.close_save())}
                on_run={mypage.callback(MyPageContext::run_saved)}
                on_ask_delete={mypage.callback(MyPageContext::ask_delete)}
                on_delete={mypage.callback(MyPageContext::delete)}
                on_alert={mypage.callback(|m, (id, on)| m.set_alert(id, on))} />
        }
    });
    html! {
        <>
            if let Some(account) = session.account() {
                <greeting::Welcome account={account.clone()} />
            }
            <SearchFormView
                form={state.form.clone()}
                generation={state.form_generation}
                advanced_open={state.advanced_open}
                error={state.form_error.clone()}
                searching={state.searching}
                on_edit={on_edit}
                on_toggle_advanced={on_toggle_advanced}
                on_submit={on_submit}
                on_clear={on_clear}
                counts={state.counts.clone()}
            />
            { saved_searches.unwrap_or_default() }
            <ResultsView
                results={state.results.clone()}
                params={state.last_params.clone()}
                searching={state.searching}
                error={state.results_error.clone()}
                today={today()}
                on_sort={on_sort}
                on_per_page={on_per_page}
                on_page={on_page}
                on_open={on_open}
                favorites={mypage.active.then(|| mypage.state().marks.clone())}
                on_favorite={on_favorite}
                hidden={mypage.active.then(|| mypage.state().hidden.clone())}
                on_hide={mypage.callback(MyPageContext::hide_employer)}
                on_show={mypage.callback(MyPageContext::show_employer)}
                on_close_notice={mypage.callback(MyPageContext::close_hidden_notice)}
                on_hidden_list={go(&navigator, Route::HiddenEmployers)}
            />
        </>
    }
}
