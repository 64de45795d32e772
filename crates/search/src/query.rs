//! Turning checked search conditions into one tantivy query: keyword words as the terms of
//! their bigrams (the title as written adding to relevance), every other condition as a required filter clause. Each clause
//! keeps the [`Condition`] it comes from, so a query can be made without one of them (facets).

use std::ops::Bound;

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::KeywordMode;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::facets::Group;
use crate::schema::{self, day_number, Fields, TWO_DAYS_WEEKLY};
use crate::tokenizer;

/// Title matches count this much more than body matches.
const TITLE_BOOST: f32 = 2.0;

/// Which condition of the form a clause comes from, so that a facet can count without its own
/// group and the results can say what each chosen condition left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Keyword,
    Exclude,
    JobNumbers,
    Prefectures,
    Municipalities,
    Occupations,
    Category,
    WorkStyle,
    EmploymentTypes,
    Age,
    /// 月額 or 時間額賃金の下限.
    Wage,
    StartAfter,
    EndBefore,
    /// 週休二日制（毎週） and the 求人票's flags.
    Flags,
    AnnualHolidays,
    PostedWithin,
    /// Set by new-posting alerts and digests, never by the form.
    PublishedWindow,
    /// The employers the signed-in job seeker hid (set by the service, never by the form).
    HiddenEmployers,
    /// The near-duplicates of one posting (「ほか n件の類似求人」 opened).
    SimilarTo,
    /// The 紹介期限日: always.
    Deadline,
}

impl Condition {
    /// The facet group the condition narrows, if it has one.
    pub fn group(self) -> Option<Group> {
        Some(match self {
            Condition::Prefectures => Group::Prefectures,
            Condition::Municipalities => Group::Municipalities,
            Condition::Occupations => Group::Occupations,
            Condition::Category => Group::Category,
            Condition::WorkStyle => Group::WorkStyle,
            Condition::EmploymentTypes => Group::EmploymentTypes,
            Condition::Flags => Group::Flags,
            Condition::Wage => Group::Wage,
            Condition::AnnualHolidays => Group::AnnualHolidays,
            Condition::PostedWithin => Group::PostedWithin,
            _ => return None,
        })
    }
}

/// One clause of the query, with the condition it comes from.
pub struct Clause {
    pub condition: Condition,
    occur: Occur,
    query: Box<dyn Query>,
}

/// The clauses of `conditions` on `today`, in the order of the form.
pub fn clauses(fields: &Fields, conditions: &JobQuery, today: NaiveDate) -> Vec<Clause> {
    let mut clauses = Clauses(Vec::new());

    let words: Vec<Box<dyn Query>> = conditions
        .keywords
        .iter()
        .filter_map(|word| word_query(fields, word))
        .collect();
    if !words.is_empty() {
        match conditions.keyword_mode {
            KeywordMode::And => {
                for word in words {
                    clauses.must(Condition::Keyword, word);
                }
            }
            KeywordMode::Or => {
                let any =
                    BooleanQuery::new(words.into_iter().map(|q| (Occur::Should, q)).collect());
                clauses.must(Condition::Keyword, Box::new(any));
            }
        }
    }
    for word in &conditions.excluded {
        if let Some(query) = word_query(fields, word) {
            clauses.0.push(Clause {
                condition: Condition::Exclude,
                occur: Occur::MustNot,
                query,
            });
        }
    }

    if !conditions.hidden_employers.is_empty() {
        // Each employer's few postings of the 公開範囲 its hide reaches, skipped to as the other
        // clauses advance.
        let hidden = conditions
            .hidden_employers
            .iter()
            .map(|hidden| -> (Occur, Box<dyn Query>) {
                let ranges = hidden
                    .publications
                    .iter()
                    .map(|range| term_query(fields.publication, range.as_str()))
                    .collect();
                let postings = BooleanQuery::intersection(vec![
                    term_query(fields.employer, &hidden.office_number),
                    Box::new(BooleanQuery::union(ranges)),
                ]);
                (Occur::Should, Box::new(postings))
            })
            .collect();
        clauses.0.push(Clause {
            condition: Condition::HiddenEmployers,
            occur: Occur::MustNot,
            query: Box::new(BooleanQuery::new(hidden)),
        });
    }

    let numbers = conditions.job_numbers.iter().map(|n| n.as_str().to_owned());
    clauses.any_of(Condition::JobNumbers, fields.job_number, numbers);
    clauses.any_of(
        Condition::Prefectures,
        fields.prefecture,
        conditions.prefectures.iter().cloned(),
    );
    clauses.any_of(
        Condition::Municipalities,
        fields.municipality,
        conditions.municipalities.iter().cloned(),
    );
    clauses.any_of(
        Condition::Occupations,
        fields.occupation,
        conditions.occupations.iter().cloned(),
    );
    clauses.any_of(
        Condition::Category,
        fields.category,
        conditions.category.map(|c| c.as_str().to_owned()),
    );
    clauses.any_of(
        Condition::WorkStyle,
        fields.work_style,
        conditions.work_style.map(|s| s.as_str().to_owned()),
    );
    clauses.any_of(
        Condition::EmploymentTypes,
        fields.employment_type,
        conditions
            .employment_types
            .iter()
            .map(|e| e.as_str().to_owned()),
    );
    if let Some(age) = conditions.age {
        let age = u64::from(age);
        clauses.must(
            Condition::Age,
            u64_range(fields.age_min, Bound::Unbounded, Bound::Included(age)),
        );
        clauses.must(
            Condition::Age,
            u64_range(fields.age_max, Bound::Included(age), Bound::Unbounded),
        );
    }
    for (floor, kind) in [
        (
            conditions.monthly_wage_min,
            shigoto_shared::WageKind::Monthly,
        ),
        (conditions.hourly_wage_min, shigoto_shared::WageKind::Hourly),
    ] {
        if let Some(floor) = floor {
            clauses.term(Condition::Wage, fields.wage_kind, kind.as_str());
            clauses.must(
                Condition::Wage,
                u64_range(
                    fields.wage_max,
                    Bound::Included(u64::from(floor)),
                    Bound::Unbounded,
                ),
            );
        }
    }
    if let Some(start) = conditions.start_after {
        clauses.must(
            Condition::StartAfter,
            u64_range(
                fields.start_minute,
                Bound::Included(u64::from(start)),
                Bound::Unbounded,
            ),
        );
    }
    if let Some(end) = conditions.end_before {
        clauses.must(
            Condition::EndBefore,
            u64_range(
                fields.end_minute,
                Bound::Unbounded,
                Bound::Included(u64::from(end)),
            ),
        );
    }
    if conditions.two_days_off_weekly {
        clauses.term(Condition::Flags, fields.feature, TWO_DAYS_WEEKLY);
    }
    if let Some(days) = conditions.annual_holidays_min {
        clauses.must(
            Condition::AnnualHolidays,
            u64_range(
                fields.annual_holidays,
                Bound::Included(u64::from(days)),
                Bound::Unbounded,
            ),
        );
    }
    if let Some(since) = conditions.received_since {
        clauses.must(
            Condition::PostedWithin,
            i64_range(
                fields.received,
                Bound::Included(day_number(since)),
                Bound::Unbounded,
            ),
        );
    }
    for feature in &conditions.features {
        clauses.term(Condition::Flags, fields.feature, feature.as_str());
    }
    if conditions.published_after.is_some() || conditions.published_before.is_some() {
        let number = |at: Option<chrono::NaiveDateTime>| at.map(schema::instant_number);
        clauses.must(
            Condition::PublishedWindow,
            i64_range(
                fields.published,
                number(conditions.published_after).map_or(Bound::Unbounded, Bound::Excluded),
                number(conditions.published_before).map_or(Bound::Unbounded, Bound::Excluded),
            ),
        );
    }
    clauses.must(
        Condition::Deadline,
        i64_range(
            fields.deadline,
            Bound::Included(day_number(today)),
            Bound::Unbounded,
        ),
    );
    clauses.0
}

/// The clause keeping the postings of near-duplicate group `group` (none when the posting asked
/// about is not listed).
pub fn in_group(fields: &Fields, group: Option<u64>) -> Clause {
    let term = Term::from_field_u64(fields.dup_group, group.unwrap_or(u64::MAX));
    Clause {
        condition: Condition::SimilarTo,
        occur: Occur::Must,
        query: Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
    }
}

/// The query of the postings of any of `groups`.
pub fn in_groups(fields: &Fields, groups: &[u64]) -> Box<dyn Query> {
    let any = groups
        .iter()
        .map(|group| -> (Occur, Box<dyn Query>) {
            let term = Term::from_field_u64(fields.dup_group, *group);
            (
                Occur::Should,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            )
        })
        .collect();
    Box::new(BooleanQuery::new(any))
}

/// The postings with `value` in `field` (no frequencies: filters are not scored).
fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// `conditions` without those of `leave_out`, and without paging and order: the conditions
/// whose clauses are those of `conditions` but the ones of `leave_out` (the key under which a
/// pass over what they find is kept). The one place that knows which fields each condition
/// comes from, beside [`clauses`].
pub fn without(conditions: &JobQuery, leave_out: &[Condition]) -> JobQuery {
    let mut rest = JobQuery {
        page: 1,
        per_page: 0,
        sort: shigoto_shared::SortOrder::ReceivedDesc,
        ..conditions.clone()
    };
    for condition in leave_out {
        match condition {
            Condition::Keyword => {
                rest.keywords.clear();
                rest.keyword_mode = KeywordMode::default();
            }
            Condition::Exclude => rest.excluded.clear(),
            Condition::JobNumbers => rest.job_numbers.clear(),
            Condition::Prefectures => rest.prefectures.clear(),
            Condition::Municipalities => rest.municipalities.clear(),
            Condition::Occupations => rest.occupations.clear(),
            Condition::Category => rest.category = None,
            Condition::WorkStyle => rest.work_style = None,
            Condition::EmploymentTypes => rest.employment_types.clear(),
            Condition::Age => rest.age = None,
            Condition::Wage => {
                rest.monthly_wage_min = None;
                rest.hourly_wage_min = None;
            }
            Condition::StartAfter => rest.start_after = None,
            Condition::EndBefore => rest.end_before = None,
            Condition::Flags => {
                rest.two_days_off_weekly = false;
                rest.features.clear();
            }
            Condition::AnnualHolidays => rest.annual_holidays_min = None,
            Condition::PostedWithin => rest.received_since = None,
            Condition::PublishedWindow => {
                rest.published_after = None;
                rest.published_before = None;
            }
            Condition::HiddenEmployers => rest.hidden_employers.clear(),
            Condition::SimilarTo => rest.similar_to = None,
            // Always there, and decided by the day the passes are kept for.
            Condition::Deadline => {}
        }
    }
    rest
}

/// Whether `clauses` are those of the empty form: nothing chosen, nothing hidden, no alert's
/// window, only the 紹介期限日 every search has.
pub fn is_empty_form(clauses: &[Clause]) -> bool {
    clauses
        .iter()
        .all(|clause| clause.condition == Condition::Deadline)
}

/// The query of `clauses`, leaving out those of the conditions `without`.
pub fn combine(clauses: &[Clause], without: &[Condition]) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        clauses
            .iter()
            .filter(|clause| !without.contains(&clause.condition))
            .map(|clause| (clause.occur, clause.query.box_clone()))
            .collect(),
    ))
}

/// The query for `conditions`, evaluated on `today` (postings past their 紹介期限日 drop out).
pub fn build(fields: &Fields, conditions: &JobQuery, today: NaiveDate) -> Box<dyn Query> {
    combine(&clauses(fields, conditions, today), &[])
}

/// A query that matches everything (for counting the index).
pub fn everything() -> Box<dyn Query> {
    Box::new(AllQuery)
}

/// One keyword word; `None` when it has no searchable characters. A posting matches when all
/// the word's bigrams occur in its text (the body holds the title too, [`schema::document`];
/// it keeps no positions, to keep the index small): one term or an intersection of terms, no
/// union to go through. A word of one or two characters is one bigram, exact. For relevance the
/// title as written (its bigrams in a row) adds to the score; when no score is asked for, that
/// clause is not even read.
fn word_query(fields: &Fields, word: &str) -> Option<Box<dyn Query>> {
    let tokens = tokenizer::tokens(word);
    let term = |field: Field, text: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::WithFreqs,
        ))
    };
    let title: Box<dyn Query> = match tokens.as_slice() {
        [] => return None,
        [only] => term(fields.title, &only.text),
        several => Box::new(PhraseQuery::new_with_offset(
            several
                .iter()
                .map(|t| (t.position, Term::from_field_text(fields.title, &t.text)))
                .collect(),
        )),
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = tokens
        .iter()
        .map(|t| (Occur::Must, term(fields.body, &t.text)))
        .collect();
    clauses.push((Occur::Should, Box::new(BoostQuery::new(title, TITLE_BOOST))));
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// The clauses as they are gathered.
struct Clauses(Vec<Clause>);

impl Clauses {
    fn must(&mut self, condition: Condition, query: Box<dyn Query>) {
        self.0.push(Clause {
            condition,
            occur: Occur::Must,
            query,
        });
    }

    fn term(&mut self, condition: Condition, field: Field, value: &str) {
        self.must(condition, term_query(field, value));
    }

    fn any_of(
        &mut self,
        condition: Condition,
        field: Field,
        values: impl IntoIterator<Item = String>,
    ) {
        // A few terms (the form allows at most five) as a union of their postings: a
        // `TermSetQuery` would build a bitset of the segment each time the query runs.
        let mut terms: Vec<Box<dyn Query>> =
            values.into_iter().map(|v| term_query(field, &v)).collect();
        match terms.len() {
            0 => {}
            1 => self.must(condition, terms.remove(0)),
            _ => self.must(
                condition,
                Box::new(BooleanQuery::new(
                    terms.into_iter().map(|q| (Occur::Should, q)).collect(),
                )),
            ),
        }
    }
}

fn u64_range(field: Field, low: Bound<u64>, high: Bound<u64>) -> Box<dyn Query> {
    let term = |v: u64| Term::from_field_u64(field, v);
    Box::new(RangeQuery::new(low.map(term), high.map(term)))
}

fn i64_range(field: Field, low: Bound<i64>, high: Bound<i64>) -> Box<dyn Query> {
    let term = |v: i64| Term::from_field_i64(field, v);
    Box::new(RangeQuery::new(low.map(term), high.map(term)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use shigoto_domain::JobNumber;
    use shigoto_shared::{EmploymentType, JobCategory, JobFeature, WorkStyle};

    use super::*;

    /// A search with every condition set.
    fn everything_set(today: NaiveDate) -> JobQuery {
        let at = today.and_hms_opt(9, 0, 0).unwrap();
        JobQuery {
            keywords: vec!["事務".into()],
            keyword_mode: KeywordMode::Or,
            excluded: vec!["夜勤".into()],
            job_numbers: vec![JobNumber::parse("13010-12345678").unwrap()],
            prefectures: vec!["13".into()],
            municipalities: vec!["13101".into()],
            occupations: vec!["01".into()],
            category: Some(JobCategory::ALL[0]),
            work_style: Some(WorkStyle::ALL[0]),
            employment_types: vec![EmploymentType::ALL[0]],
            age: Some(30),
            monthly_wage_min: Some(200_000),
            hourly_wage_min: Some(1_000),
            start_after: Some(8 * 60),
            end_before: Some(18 * 60),
            two_days_off_weekly: true,
            annual_holidays_min: Some(120),
            received_since: Some(today),
            published_after: Some(at),
            published_before: Some(at),
            hidden_employers: vec![shigoto_domain::hidden_employers::LeftOut {
                office_number: "1301-123456-7".into(),
                publications: vec![shigoto_shared::PublicationRange::Full],
            }],
            similar_to: Some(JobNumber::parse("13010-87654321").unwrap()),
            features: vec![JobFeature::ALL[0]],
            sort: shigoto_shared::SortOrder::WageDesc,
            page: 3,
            per_page: 20,
        }
    }

    fn conditions_of(fields: &Fields, query: &JobQuery, today: NaiveDate) -> Vec<Condition> {
        let mut found: Vec<Condition> = Vec::new();
        for clause in clauses(fields, query, today) {
            if !found.contains(&clause.condition) {
                found.push(clause.condition);
            }
        }
        found
    }

    #[test]
    fn leaving_a_condition_out_leaves_out_its_clauses_and_only_them() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let (_, fields) = schema::build();
        let full = everything_set(today);
        let all = conditions_of(&fields, &full, today);
        // The group of similar postings is a clause the index adds, not one of `clauses`.
        let expected_everywhere = all.len();
        assert_eq!(
            expected_everywhere, 19,
            "every condition but SimilarTo: {all:?}"
        );
        for condition in all.iter().copied() {
            let rest = without(&full, &[condition]);
            let left: Vec<Condition> = conditions_of(&fields, &rest, today);
            let expected: Vec<Condition> = if condition == Condition::Deadline {
                all.clone()
            } else {
                all.iter().copied().filter(|c| *c != condition).collect()
            };
            assert_eq!(left, expected, "without {condition:?}");
        }
        let rest = without(&full, &[Condition::SimilarTo]);
        assert_eq!(rest.similar_to, None);
        let plain = without(&full, &[]);
        assert_eq!((plain.page, plain.per_page), (1, 0), "paging left out");
        assert_eq!(conditions_of(&fields, &plain, today), all);
    }
}
