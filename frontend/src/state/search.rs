//! The public job search, app-wide so that it survives a visit to a 求人票 and back: the form as
//! typed, the conditions and results shown, where the list was scrolled and which posting was
//! opened. Searches run through [`SearchContext::run`]; only the newest one's answer is shown.
//! The counts beside the form's choices follow the form as it is edited
//! ([`SearchContext::refresh_counts`]).

use std::cell::Cell;
use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_shared::{ApiError, JobSearchParams, JobSearchResults, SearchFacets, SortOrder};
use yew::prelude::*;

use crate::forms::edit::Edit;
use crate::forms::search::{error_place, ErrorPlace, FieldError, SearchForm, DEFAULT_PAGE_SIZE};
use crate::ipc;
use crate::state::connection::ConnectionContext;
use crate::state::store::{use_store, StoreHandle, Update};

/// One change to the form, applied to the current state (so fast typing never loses a key).
pub type FormEdit = Edit<SearchForm>;

/// What started a search, which decides where the focus goes when it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchOrigin {
    /// 検索 button, Enter, a saved search: show the results.
    Form,
    /// Another page: back to the top of the list.
    Paging,
    /// Order or page size changed: stay on the control.
    Reorder,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchState {
    pub form: SearchForm,
    /// Bumped when the form is replaced (条件をクリア, a saved search) so that pickers holding
    /// a half-made choice start afresh.
    pub form_generation: u32,
    pub advanced_open: bool,
    pub searching: bool,
    pending_seq: u32,
    /// Conditions of the results shown.
    pub last_params: Option<JobSearchParams>,
    pub results: Option<Rc<JobSearchResults>>,
    /// A refused condition (shown at its field) or another search failure.
    pub form_error: Option<FieldError>,
    /// A refusal about order or paging, shown above the list.
    pub results_error: Option<String>,
    /// Bumped on every answered search; with `focus_results` it moves the view to the list.
    pub results_version: u32,
    pub focus_results: bool,
    /// Window scroll position of the list when a sheet was opened.
    pub saved_scroll: f64,
    /// The job whose sheet was opened last (its button gets the focus back).
    pub opened_job: Option<String>,
    /// The counts beside the form's choices, for the form as it stands (asked for a moment
    /// after each change, before 検索 is pressed).
    pub counts: Option<FormCounts>,
}

/// What the form as it stands would find, and the counts beside each choice.
#[derive(Debug, Clone, PartialEq)]
pub struct FormCounts {
    /// The conditions counted.
    pub params: JobSearchParams,
    pub total: u64,
    pub facets: Rc<SearchFacets>,
}

impl SearchState {
    pub fn clear_form(&mut self) {
        self.form = SearchForm::default();
        self.form_generation = self.form_generation.wrapping_add(1);
        self.form_error = None;
    }

    /// The form's conditions were refused before asking.
    pub fn form_invalid(&mut self, err: FieldError) {
        if error_place(err.field.as_deref()) == ErrorPlace::Advanced {
            self.advanced_open = true;
        }
        self.form_error = Some(err);
    }

    /// The form shows `form` (a saved search's conditions).
    pub fn show_form(&mut self, form: SearchForm, advanced_open: bool) {
        self.form = form;
        self.form_generation = self.form_generation.wrapping_add(1);
        self.advanced_open = advanced_open;
        self.form_error = None;
    }

    /// The conditions of 検索: the form's, keeping the page size and an order the person
    /// chose where it still applies.
    pub fn submitted_params(&self, today: NaiveDate) -> Result<JobSearchParams, FieldError> {
        let mut params = self.form.to_params(today)?;
        if let Some(last) = &self.last_params {
            params.per_page = last.per_page.filter(|n| *n != DEFAULT_PAGE_SIZE);
            params.sort = last
                .sort
                .filter(|sort| *sort != SortOrder::Relevance || !params.keyword.is_empty());
        }
        Ok(params)
    }

    fn started(&mut self, seq: u32) {
        self.pending_seq = seq;
        self.searching = true;
        self.form_error = None;
        self.results_error = None;
    }

    fn finished(
        &mut self,
        seq: u32,
        origin: SearchOrigin,
        params: JobSearchParams,
        result: Result<JobSearchResults, ApiError>,
    ) {
        if seq != self.pending_seq {
            return;
        }
        self.searching = false;
        match result {
            Ok(results) => {
                self.last_params = Some(params);
                self.results = Some(Rc::new(results));
                self.results_version = self.results_version.wrapping_add(1);
                self.focus_results = origin != SearchOrigin::Reorder;
            }
            Err(err) if ipc::is_unreachable(&err) => {}
            Err(err) => match error_place(err.field.as_deref()) {
                ErrorPlace::Results if self.results.is_some() => {
                    self.results_error = Some(err.message);
                }
                place => {
                    if place == ErrorPlace::Advanced {
                        self.advanced_open = true;
                    }
                    self.form_error = Some(FieldError::from(&err));
                }
            },
        }
    }
}

/// How long the form must rest before its counts are asked for (typing a word asks once).
const COUNTS_DELAY_MS: i32 = 250;

/// The search context.
#[derive(Clone)]
pub struct SearchContext {
    pub store: StoreHandle<SearchState>,
    seq: Rc<Cell<u32>>,
    counts_seq: Rc<Cell<u32>>,
    connection: ConnectionContext,
}

impl PartialEq for SearchContext {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store
    }
}

impl SearchContext {
    pub fn state(&self) -> &SearchState {
        &self.store
    }

    /// Searches with `params`; an older search's answer that arrives later is dropped.
    pub fn run(&self, params: JobSearchParams, origin: SearchOrigin) {
        let seq = self.seq.get().wrapping_add(1);
        self.seq.set(seq);
        self.store.update(move |s| s.started(seq));
        let context = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = ipc::search_jobs(&params).await;
            context.connection.answered(&result);
            context
                .store
                .update_once(move |s| s.finished(seq, origin, params, result));
        });
    }

    /// Asks for the counts of `params` once the form has rested; a later change supersedes it,
    /// and conditions already counted are not asked again.
    pub fn refresh_counts(&self, params: JobSearchParams) {
        if self
            .store
            .counts
            .as_ref()
            .is_some_and(|counts| counts.params == params)
        {
            return;
        }
        let seq = self.counts_seq.get().wrapping_add(1);
        self.counts_seq.set(seq);
        let context = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            crate::clock::sleep_ms(COUNTS_DELAY_MS).await;
            if context.counts_seq.get() != seq {
                return;
            }
            let mut asked = params.clone();
            asked.page = None;
            asked.per_page = crate::forms::search::PAGE_SIZES.first().copied();
            asked.sort = None;
            let Ok(results) = ipc::search_jobs(&asked).await else {
                // A refused or unanswered count leaves the choices as they were.
                return;
            };
            if context.counts_seq.get() == seq {
                context.store.update_once(move |s| {
                    s.counts = Some(FormCounts {
                        params,
                        total: results.total,
                        facets: Rc::new(results.facets),
                    })
                });
            }
        });
    }

    /// Searches again with the conditions shown, changed by `change`.
    pub fn rerun(&self, change: impl FnOnce(&mut JobSearchParams), origin: SearchOrigin) {
        if let Some(mut params) = self.store.last_params.clone() {
            change(&mut params);
            self.run(params, origin);
        }
    }
}

/// The search store; starts afresh for each person (`generation` of the session).
#[hook]
pub fn use_search_store(connection: ConnectionContext, generation: u32) -> SearchContext {
    let store = use_store::<SearchState>();
    let seq = use_memo((), |()| Cell::new(0_u32));
    let counts_seq = use_memo((), |()| Cell::new(0_u32));
    {
        let store = store.clone();
        use_effect_with(generation, move |generation| {
            if *generation > 0 {
                store.update(|s| {
                    *s = SearchState {
                        form_generation: s.form_generation.wrapping_add(1),
                        ..SearchState::default()
                    }
                });
            }
        });
    }
    SearchContext {
        store,
        seq,
        counts_seq,
        connection,
    }
}

/// The search context. The provider tree in [`crate::app`] always provides it.
#[hook]
pub fn use_search() -> SearchContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    use_context::<SearchContext>().expect("SearchContext is provided by the app")
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::ErrorCode;

    fn results(total: u64) -> JobSearchResults {
        JobSearchResults {
            total,
            distinct: total,
            page: 1,
            per_page: 20,
            sort: SortOrder::ReceivedDesc,
            items: Vec::new(),
            facets: Default::default(),
            hidden_employers: 0,
            new_since: None,
        }
    }

    #[test]
    fn only_the_newest_search_is_shown() {
        let mut state = SearchState::default();
        state.started(1);
        state.started(2);
        let params = JobSearchParams::default();
        state.finished(1, SearchOrigin::Form, params.clone(), Ok(results(5)));
        assert!(
            state.searching && state.results.is_none(),
            "an older answer is dropped"
        );
        state.finished(2, SearchOrigin::Form, params, Ok(results(7)));
        assert!(!state.searching);
        assert_eq!(state.results.as_ref().map(|r| r.total), Some(7));
        assert!(state.focus_results);
    }

    #[test]
    fn refusals_go_to_the_form_or_above_the_list() {
        let mut state = SearchState::default();
        state.started(1);
        let refused =
            ApiError::new(ErrorCode::InvalidParameter, "年齢は15〜99で").with_field("age");
        state.finished(
            1,
            SearchOrigin::Form,
            JobSearchParams::default(),
            Err(refused),
        );
        assert!(
            state.advanced_open,
            "the field is among the detailed conditions"
        );
        assert_eq!(
            state.form_error.as_ref().and_then(|e| e.field.as_deref()),
            Some("age")
        );
    }

    #[test]
    fn the_page_size_and_order_chosen_stay_for_the_next_search() {
        let mut state = SearchState {
            last_params: Some(JobSearchParams {
                per_page: Some(50),
                sort: Some(SortOrder::ReceivedDesc),
                ..JobSearchParams::default()
            }),
            ..SearchState::default()
        };
        state.form.keyword = "介護".into();
        let params = state
            .submitted_params(NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date"))
            .expect("a valid form");
        assert_eq!(
            (params.per_page, params.sort),
            (Some(50), Some(SortOrder::ReceivedDesc))
        );
        state.clear_form();
        assert!(state.form.keyword.is_empty());
    }
}
