//! The facets of a search: the counts beside the form's choices and what each chosen
//! condition left out, with the passes that many searches share kept per index generation and
//! day ([`Counting`]).

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::{RemovedBy, SearchFacets};

use crate::executor::Search;
use crate::facet_cache::{facet_cache_key, CountingPass, GenerationCache, HistogramPass};
use crate::facet_key;
use crate::facets::{FacetCollector, Group, Groups, Tally};
use crate::index::{IndexError, JobIndex, SearchHits};
use crate::key_conditions::{KeyCondition, KeyConditions};
use crate::key_histogram::HistogramCollector;
use crate::lru::Weight;
use crate::query::{self, Condition};

/// Whether the facets of a search may take passes that other searches made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Every pass made now (the reference the tests compare with; the cold figures).
    Fresh,
    /// The passes other searches share (a keyword's postings over every prefecture, a
    /// prefecture's under every keyword) taken from those made on the same index generation
    /// and day, and the empty form's segments from those kept (`crate::kept_segments`).
    SharedPasses,
}

impl JobIndex {
    /// [`JobIndex::search_counting`] with the passes other searches share, the facets taken
    /// from the cache when the same conditions were counted on the same index and day.
    pub fn search_with_facets(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        let searcher = self.start_search();
        let generation = searcher.generation().generation_id();
        let key = facet_cache_key(conditions);
        let cached = self
            .facet_cache
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .get(generation, today, &key);
        if let Some(facets) = cached {
            return Ok((self.search_in(&searcher, conditions, today)?, facets));
        }
        let (hits, facets) = self.counted(&searcher, conditions, today, Counting::SharedPasses)?;
        self.facet_cache
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .put(generation, today, key, facets.clone());
        Ok((hits, facets))
    }

    /// [`JobIndex::search`] with the counts beside the form's choices and what each chosen
    /// condition left out, every pass made now.
    pub fn search_with_fresh_facets(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        self.search_counting(conditions, today, Counting::Fresh)
    }

    /// [`JobIndex::search`] with the counts beside the form's choices and what each chosen
    /// condition left out. The page's pass counts every group whose condition is not chosen.
    /// The chosen conditions the packed key decides ([`KeyConditions`]) share one more pass,
    /// over what the other conditions find: it counts the combinations of those conditions'
    /// parts of the key ([`crate::key_histogram`]), from which every posting failing exactly
    /// one of them counts for that one. Each other chosen condition takes one pass without it.
    /// So the work is bounded by the number of conditions, not by their values; and the passes
    /// but the page's are the same for many searches, which `counting` may take from the cache.
    pub fn search_counting(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
        counting: Counting,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        self.counted(&self.start_search(), conditions, today, counting)
    }

    fn counted(
        &self,
        searcher: &Search<'_>,
        conditions: &JobQuery,
        today: NaiveDate,
        counting: Counting,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        let clauses = self.clauses(searcher, conditions, today)?;
        let chosen: Vec<Condition> = form_conditions(&clauses);
        let groups = page_groups(conditions, &chosen);
        let main = FacetCollector::new(groups, today, self.columns.clone());
        let query = query::combine(&clauses, &[]);
        let (page, tally) = if counting == Counting::SharedPasses && query::is_empty_form(&clauses)
        {
            self.kept_top_hits(searcher, &*query, conditions, today, main)?
        } else {
            self.top_hits(searcher, &*query, conditions, main)?
        };
        let total = page.total;
        let mut facets = SearchFacets::default();
        tally.write_into(groups, &mut facets);

        let shared = Shared {
            counting,
            generation: searcher.generation().generation_id(),
            today,
        };
        let decided = KeyConditions::of(conditions);
        let (by_key, by_index): (Vec<Condition>, Vec<Condition>) = chosen
            .iter()
            .partition(|condition| decided.decides(**condition));
        let mut near_misses = Tally::default();
        if !by_key.is_empty() {
            let key_groups = by_key
                .iter()
                .filter_map(|condition| condition.group())
                .filter(|group| *group != Group::Flags)
                .fold(Groups::default(), Groups::with);
            let mut collector = FacetCollector::new(key_groups, today, self.columns.clone());
            collector.filter = Some(decided.clone());
            let others = query::combine(&clauses, &by_key);
            let pass = HistogramPass {
                others: query::without(conditions, &by_key),
                mask: decided.key_mask(),
                received: decided.needs_received(),
            };
            let histogram = shared.pass(&self.histograms, pass, || {
                let combinations = HistogramCollector::new(
                    &decided,
                    today,
                    self.max_combinations,
                    self.columns.clone(),
                );
                Ok(Arc::new(searcher.search(&others, &combinations)?))
            })?;
            near_misses = match histogram.as_ref() {
                Some(histogram) => histogram.tally(&collector),
                // Too many combinations: the postings themselves are counted.
                None => searcher.search(&others, &collector)?,
            };
            near_misses.write_into(key_groups, &mut facets);
        }
        let mut left_out_by_index = Vec::with_capacity(by_index.len());
        for condition in &by_index {
            let mut collector = FacetCollector::new(Groups::default(), today, self.columns.clone());
            match condition.group() {
                // 市区町村 are counted only within chosen prefectures.
                Some(Group::Municipalities) if conditions.prefectures.is_empty() => {}
                Some(group) => collector.groups = collector.groups.with(group),
                None => {}
            }
            let pass = CountingPass {
                others: query::without(conditions, &[*condition]),
                groups: collector.groups,
            };
            let tally = shared.pass(&self.counting_passes, pass, || {
                let others = query::combine(&clauses, &[*condition]);
                Ok(Arc::new(searcher.search(&others, &collector)?))
            })?;
            tally.write_into(collector.groups, &mut facets);
            left_out_by_index.push((*condition, tally.matched.saturating_sub(total)));
        }
        for condition in chosen {
            let left_out = match left_out_by_index.iter().find(|(c, _)| *c == condition) {
                Some((_, count)) => LeftOut::Counted(*count),
                None => LeftOut::NearMisses(&near_misses),
            };
            removed_by(condition, conditions, left_out, &mut facets);
        }
        Ok((self.hits(searcher, &clauses, page)?, facets))
    }
}

/// The groups the page's own pass counts when `chosen` are the form's chosen conditions: those
/// of the conditions not chosen, the flags always (each counts what choosing it too would
/// leave, so over these postings), 市区町村 only within chosen prefectures.
pub(crate) fn page_groups(conditions: &JobQuery, chosen: &[Condition]) -> Groups {
    let mut groups = Groups::ALL;
    for condition in chosen {
        if let Some(group) = condition.group() {
            groups = groups.without(group);
        }
    }
    groups = groups.with(Group::Flags);
    if conditions.prefectures.is_empty() {
        groups = groups.without(Group::Municipalities);
    }
    groups
}

/// Where a search's shared passes come from.
struct Shared {
    counting: Counting,
    generation: u64,
    today: NaiveDate,
}

impl Shared {
    /// The fruit of the pass `key`: from `cache` when it may be shared and was made on this
    /// generation and day, else made now by `run` (and kept when it may be shared).
    fn pass<K: PartialEq, V: Clone + Weight>(
        &self,
        cache: &Mutex<GenerationCache<K, V>>,
        key: K,
        run: impl FnOnce() -> Result<V, IndexError>,
    ) -> Result<V, IndexError> {
        if self.counting == Counting::Fresh {
            return run();
        }
        let kept =
            cache
                .lock()
                .map_err(|_| IndexError::Poisoned)?
                .get(self.generation, self.today, &key);
        if let Some(fruit) = kept {
            return Ok(fruit);
        }
        // Made outside the lock: two searches asking at once may both make it.
        let fruit = run()?;
        cache.lock().map_err(|_| IndexError::Poisoned)?.put(
            self.generation,
            self.today,
            key,
            fruit.clone(),
        );
        Ok(fruit)
    }
}

/// The conditions of the form among `clauses`, each once, in their order.
fn form_conditions(clauses: &[query::Clause]) -> Vec<Condition> {
    let mut chosen = Vec::new();
    for clause in clauses {
        let condition = clause.condition;
        let of_form = !matches!(
            condition,
            Condition::PublishedWindow | Condition::Deadline | Condition::SimilarTo
        );
        if of_form && !chosen.contains(&condition) {
            chosen.push(condition);
        }
    }
    chosen
}

/// How many postings a chosen condition left out: counted by a pass without it, or among the
/// near misses of the pass of the conditions the key decides.
enum LeftOut<'a> {
    Counted(u64),
    NearMisses(&'a Tally),
}

/// Records what `condition` left out.
fn removed_by(
    condition: Condition,
    conditions: &JobQuery,
    left_out: LeftOut<'_>,
    facets: &mut SearchFacets,
) {
    let mut record = |field: &str, value: Option<&str>, count: u64| {
        facets.removed.push(RemovedBy {
            field: field.to_owned(),
            value: value.map(str::to_owned),
            count,
        });
    };
    if condition == Condition::Flags {
        let LeftOut::NearMisses(tally) = left_out else {
            return;
        };
        if conditions.two_days_off_weekly {
            let count = tally.flag_misses(facet_key::TWO_DAYS_OFF_WEEKLY);
            record("two_days_off_weekly", None, count);
        }
        for feature in &conditions.features {
            let count = tally.flag_misses(facet_key::feature_bit(*feature));
            record("features", Some(feature.as_str()), count);
        }
        return;
    }
    let field = match condition {
        Condition::Keyword => "keyword",
        Condition::Exclude => "exclude",
        Condition::JobNumbers => "job_numbers",
        Condition::Prefectures => "prefectures",
        Condition::Municipalities => "municipalities",
        Condition::Occupations => "occupations",
        Condition::Category => "category",
        Condition::WorkStyle => "work_style",
        Condition::EmploymentTypes => "employment_types",
        Condition::Age => "age",
        Condition::Wage if conditions.monthly_wage_min.is_some() => "monthly_wage_min",
        Condition::Wage => "hourly_wage_min",
        Condition::StartAfter => "start_after",
        Condition::EndBefore => "end_before",
        Condition::AnnualHolidays => "annual_holidays_min",
        Condition::PostedWithin => "posting_age_max",
        Condition::HiddenEmployers => "hidden_employers",
        Condition::Flags
        | Condition::PublishedWindow
        | Condition::Deadline
        | Condition::SimilarTo => return,
    };
    let count = match left_out {
        LeftOut::Counted(count) => count,
        LeftOut::NearMisses(tally) => KeyCondition::ALL
            .into_iter()
            .find(|key| key.condition() == condition)
            .map_or(0, |key| tally.misses(key)),
    };
    record(field, None, count);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use shigoto_shared::{EmploymentType, JobFeature, JobSearchParams, PostedWithin};

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn demo_index(max_combinations: usize) -> JobIndex {
        let config = shigoto_demo::DemoConfig {
            seed: 5,
            count: 1_500,
            today: today(),
        };
        let sheets: Vec<_> = shigoto_demo::jobs(&config).map(|job| job.sheet).collect();
        let mut index = JobIndex::in_memory(15_000_000).unwrap();
        index.max_combinations = max_combinations;
        let at = today().and_hms_opt(9, 0, 0).unwrap();
        index.apply(sheets.iter().map(|s| (s, at)), 1).unwrap();
        index
    }

    #[test]
    fn too_many_combinations_count_the_postings_to_the_same_facets() {
        let roomy = demo_index(1 << 16);
        let cramped = demo_index(1);
        let searches = [
            JobSearchParams {
                keyword: "事務".into(),
                prefectures: vec!["13".into(), "27".into()],
                ..Default::default()
            },
            JobSearchParams {
                prefectures: vec!["13".into()],
                employment_types: vec![EmploymentType::Regular],
                features: vec![JobFeature::CarCommute],
                monthly_wage_min: Some(200_000),
                posted_within: Some(PostedWithin::Week),
                ..Default::default()
            },
        ];
        for params in &searches {
            let query = shigoto_domain::search::validate(params, today()).unwrap();
            for counting in [Counting::Fresh, Counting::SharedPasses] {
                let (_, roomy_facets) = roomy.search_counting(&query, today(), counting).unwrap();
                let (_, cramped_facets) =
                    cramped.search_counting(&query, today(), counting).unwrap();
                assert!(!roomy_facets.removed.is_empty());
                assert_eq!(roomy_facets, cramped_facets, "{params:?}");
            }
        }
    }

    #[test]
    fn a_histogram_holds_each_combination_or_gives_up() {
        let index = demo_index(1 << 16);
        let params = JobSearchParams {
            prefectures: vec!["13".into()],
            monthly_wage_min: Some(200_000),
            ..Default::default()
        };
        let query = shigoto_domain::search::validate(&params, today()).unwrap();
        let decided = KeyConditions::of(&query);
        let searcher = index.reader.searcher();
        let all = tantivy::query::AllQuery;
        let collector =
            |max| HistogramCollector::new(&decided, today(), max, index.columns.clone());
        let histogram = searcher.search(&all, &collector(1 << 16)).unwrap().unwrap();
        // Prefecture × wage kind and steps: far fewer than the postings.
        assert!(
            (48..=48 * 64).contains(&histogram.len()),
            "{}",
            histogram.len()
        );
        assert_eq!(searcher.search(&all, &collector(10)).unwrap(), None);
    }
}
