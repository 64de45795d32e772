//! Turning checked search conditions into one tantivy query: keyword words as term or phrase
//! queries over title and body, every other condition as a required filter clause.

use std::ops::Bound;

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::KeywordMode;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::schema::{self, day_number, Fields, TWO_DAYS_WEEKLY};
use crate::tokenizer;

/// Title matches count this much more than body matches.
const TITLE_BOOST: f32 = 2.0;

/// The query for `conditions`, evaluated on `today` (postings past their 紹介期限日 drop out).
pub fn build(fields: &Fields, conditions: &JobQuery, today: NaiveDate) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();

    let words: Vec<Box<dyn Query>> = conditions
        .keywords
        .iter()
        .filter_map(|word| word_query(fields, word))
        .collect();
    if !words.is_empty() {
        match conditions.keyword_mode {
            KeywordMode::And => clauses.extend(words.into_iter().map(|q| (Occur::Must, q))),
            KeywordMode::Or => {
                let any =
                    BooleanQuery::new(words.into_iter().map(|q| (Occur::Should, q)).collect());
                clauses.push((Occur::Must, Box::new(any)));
            }
        }
    }
    for word in &conditions.excluded {
        if let Some(query) = word_query(fields, word) {
            clauses.push((Occur::MustNot, query));
        }
    }

    let numbers = conditions.job_numbers.iter().map(|n| n.as_str().to_owned());
    push_any_of(&mut clauses, fields.job_number, numbers);
    push_any_of(
        &mut clauses,
        fields.prefecture,
        conditions.prefectures.iter().cloned(),
    );
    push_any_of(
        &mut clauses,
        fields.municipality,
        conditions.municipalities.iter().cloned(),
    );
    push_any_of(
        &mut clauses,
        fields.occupation,
        conditions.occupations.iter().cloned(),
    );
    push_any_of(
        &mut clauses,
        fields.category,
        conditions.category.map(|c| c.as_str().to_owned()),
    );
    push_any_of(
        &mut clauses,
        fields.work_style,
        conditions.work_style.map(|s| s.as_str().to_owned()),
    );
    push_any_of(
        &mut clauses,
        fields.employment_type,
        conditions
            .employment_types
            .iter()
            .map(|e| e.as_str().to_owned()),
    );
    for feature in &conditions.features {
        push_term(&mut clauses, fields.feature, feature.as_str());
    }
    if conditions.two_days_off_weekly {
        push_term(&mut clauses, fields.feature, TWO_DAYS_WEEKLY);
    }
    if let Some(age) = conditions.age {
        let age = u64::from(age);
        clauses.push((
            Occur::Must,
            u64_range(fields.age_min, Bound::Unbounded, Bound::Included(age)),
        ));
        clauses.push((
            Occur::Must,
            u64_range(fields.age_max, Bound::Included(age), Bound::Unbounded),
        ));
    }
    for (floor, kind) in [
        (
            conditions.monthly_wage_min,
            shigoto_shared::WageKind::Monthly,
        ),
        (conditions.hourly_wage_min, shigoto_shared::WageKind::Hourly),
    ] {
        if let Some(floor) = floor {
            push_term(&mut clauses, fields.wage_kind, kind.as_str());
            clauses.push((
                Occur::Must,
                u64_range(
                    fields.wage_max,
                    Bound::Included(u64::from(floor)),
                    Bound::Unbounded,
                ),
            ));
        }
    }
    if let Some(start) = conditions.start_after {
        let start = u64::from(start);
        clauses.push((
            Occur::Must,
            u64_range(
                fields.start_minute,
                Bound::Included(start),
                Bound::Unbounded,
            ),
        ));
    }
    if let Some(end) = conditions.end_before {
        let end = u64::from(end);
        clauses.push((
            Occur::Must,
            u64_range(fields.end_minute, Bound::Unbounded, Bound::Included(end)),
        ));
    }
    if let Some(days) = conditions.annual_holidays_min {
        clauses.push((
            Occur::Must,
            u64_range(
                fields.annual_holidays,
                Bound::Included(u64::from(days)),
                Bound::Unbounded,
            ),
        ));
    }
    if conditions.published_after.is_some() || conditions.published_before.is_some() {
        let number = |at: Option<chrono::NaiveDateTime>| at.map(schema::instant_number);
        clauses.push((
            Occur::Must,
            i64_range(
                fields.published,
                number(conditions.published_after).map_or(Bound::Unbounded, Bound::Excluded),
                number(conditions.published_before).map_or(Bound::Unbounded, Bound::Excluded),
            ),
        ));
    }
    if let Some(since) = conditions.received_since {
        clauses.push((
            Occur::Must,
            i64_range(
                fields.received,
                Bound::Included(day_number(since)),
                Bound::Unbounded,
            ),
        ));
    }
    clauses.push((
        Occur::Must,
        i64_range(
            fields.deadline,
            Bound::Included(day_number(today)),
            Bound::Unbounded,
        ),
    ));

    Box::new(BooleanQuery::new(clauses))
}

/// A query that matches everything (for counting the index).
pub fn everything() -> Box<dyn Query> {
    Box::new(AllQuery)
}

/// One keyword word over title (boosted) and body; `None` when it has no searchable characters.
fn word_query(fields: &Fields, word: &str) -> Option<Box<dyn Query>> {
    let tokens = tokenizer::tokens(word);
    if tokens.is_empty() {
        return None;
    }
    let in_field = |field: Field| -> Box<dyn Query> {
        if let [only] = tokens.as_slice() {
            Box::new(TermQuery::new(
                Term::from_field_text(field, &only.text),
                IndexRecordOption::WithFreqs,
            ))
        } else {
            let terms = tokens
                .iter()
                .map(|t| (t.position, Term::from_field_text(field, &t.text)))
                .collect();
            Box::new(PhraseQuery::new_with_offset(terms))
        }
    };
    let title: Box<dyn Query> = Box::new(BoostQuery::new(in_field(fields.title), TITLE_BOOST));
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Should, title),
        (Occur::Should, in_field(fields.body)),
    ])))
}

fn push_term(clauses: &mut Vec<(Occur, Box<dyn Query>)>, field: Field, value: &str) {
    clauses.push((
        Occur::Must,
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        )),
    ));
}

fn push_any_of(
    clauses: &mut Vec<(Occur, Box<dyn Query>)>,
    field: Field,
    values: impl IntoIterator<Item = String>,
) {
    let terms: Vec<Term> = values
        .into_iter()
        .map(|v| Term::from_field_text(field, &v))
        .collect();
    if !terms.is_empty() {
        clauses.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
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
