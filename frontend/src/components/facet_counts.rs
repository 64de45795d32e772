//! The counts beside the search form's choices: how many postings each would find under the
//! rest of the form as it stands, and whether to grey it out (it would find nothing and is not
//! chosen). A greyed-out choice can still be chosen: a saved search's alert may wait for the
//! first posting of a place that has none today. Before the first counts arrive, choices show
//! no number and none is greyed out.

use shigoto_i18n::Catalogue;
use shigoto_shared::{FacetCount, SearchFacets};
use yew::prelude::*;

use crate::components::select::SelectOption;
use crate::state::search::FormCounts;

/// The counts of one group of choices.
#[derive(Clone, Copy)]
pub struct GroupCounts<'a> {
    values: Option<&'a [FacetCount]>,
}

impl<'a> GroupCounts<'a> {
    /// The group `pick` chooses from the counts, if there are counts.
    pub fn of(counts: Option<&'a FormCounts>, pick: fn(&SearchFacets) -> &Vec<FacetCount>) -> Self {
        Self {
            values: counts.map(|counts| pick(&counts.facets).as_slice()),
        }
    }

    /// How many postings `value` finds: `None` before counts arrive; 0 for a value the counts
    /// do not list.
    pub fn count(self, value: &str) -> Option<u64> {
        self.values.map(|values| {
            values
                .iter()
                .find(|facet| facet.value == value)
                .map_or(0, |facet| facet.count)
        })
    }
}

/// The class of a choice's label: greyed out when it would find nothing and is not chosen.
pub fn choice_class(count: Option<u64>, chosen: bool) -> Classes {
    if count == Some(0) && !chosen {
        classes!("choice", "choice-empty")
    } else {
        classes!("choice")
    }
}

/// The count as written beside a choice (「（1,234件）」), or nothing.
pub fn count_text(t: &Catalogue, count: Option<u64>) -> String {
    count.map_or_else(String::new, |count| {
        t.t_with("search-facet-count", &[("count", count.into())])
    })
}

/// The count beside a checkbox or radio button's label.
pub fn count_badge(t: &Catalogue, count: Option<u64>) -> Html {
    match count {
        Some(_) => html! { <span class="facet-count">{ count_text(t, count) }</span> },
        None => html! {},
    }
}

/// A `<select>` option's label with its count.
pub fn with_count(t: &Catalogue, label: String, count: Option<u64>) -> String {
    match count {
        Some(_) => format!("{label} {}", count_text(t, count)),
        None => label,
    }
}

/// `options` with the counts of `group` in their labels; the placeholder (empty value) stays as
/// it is.
pub fn counted_options(
    t: &Catalogue,
    options: Vec<SelectOption>,
    group: GroupCounts<'_>,
) -> Vec<SelectOption> {
    options
        .into_iter()
        .map(|option| {
            if option.value.is_empty() {
                return option;
            }
            let count = group.count(&option.value);
            let label = with_count(t, option.label.to_string(), count);
            SelectOption::new(option.value, label)
        })
        .collect()
}
