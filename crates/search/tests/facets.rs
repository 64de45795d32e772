//! Facet counts checked against the index's own searches: every count beside a choice must be
//! the total of the search that makes that choice, and every "removed" the total without that
//! condition less the total, for a set of searches over 3,000 demo postings and for random ones,
//! counted afresh, with the passes earlier searches shared, and from the cache.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::sync::OnceLock;

use chrono::NaiveDate;
use proptest::prelude::*;
use shigoto_domain::search::validate;
use shigoto_domain::search_steps::{ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES, POSTING_AGES};
use shigoto_search::{Counting, JobIndex};
use shigoto_shared::{
    EmploymentType, FacetCount, JobCategory, JobFeature, JobSearchParams, PostedWithin,
    SearchFacets, WorkStyle,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

fn index() -> &'static JobIndex {
    static INDEX: OnceLock<JobIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let config = shigoto_demo::DemoConfig {
            seed: 20_261_205,
            count: 3_000,
            today: today(),
        };
        let sheets: Vec<_> = shigoto_demo::jobs(&config).map(|job| job.sheet).collect();
        let index = JobIndex::in_memory(50_000_000).unwrap();
        index
            .apply(
                sheets
                    .iter()
                    .map(|sheet| (sheet, sheet.received_on.and_hms_opt(9, 0, 0).unwrap())),
                1,
            )
            .unwrap();
        index
    })
}

/// How many postings the search `params` finds.
fn total(params: &JobSearchParams) -> u64 {
    let query = validate(params, today()).expect("a valid search");
    index().search(&query, today()).unwrap().total
}

fn facets(params: &JobSearchParams) -> (u64, SearchFacets) {
    let query = validate(params, today()).expect("a valid search");
    let (hits, facets) = index().search_with_fresh_facets(&query, today()).unwrap();
    assert_eq!(hits.total, total(params), "the same total with facets");
    // With the passes earlier searches shared (the same keyword in other prefectures, ...).
    let (shared_hits, shared) = index()
        .search_counting(&query, today(), Counting::SharedPasses)
        .unwrap();
    assert_eq!((shared_hits.total, &shared), (hits.total, &facets));
    // Asked twice, the second answer comes from the cache and is the same.
    for _ in 0..2 {
        let (cached_hits, cached) = index().search_with_facets(&query, today()).unwrap();
        assert_eq!((cached_hits.total, &cached), (hits.total, &facets));
    }
    (hits.total, facets)
}

/// Each listed value's count is the total of `choose(value)`.
fn check_values(
    what: &str,
    counts: &[FacetCount],
    params: &JobSearchParams,
    choose: impl Fn(&mut JobSearchParams, &str),
) {
    for FacetCount { value, count } in counts {
        let mut chosen = params.clone();
        choose(&mut chosen, value);
        assert_eq!(*count, total(&chosen), "{what} {value} of {params:?}");
    }
}

fn wire<T: serde::de::DeserializeOwned>(value: &str) -> T {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).unwrap()
}

/// Checks every group and every "removed" of the facets of `params`.
fn check(params: &JobSearchParams) {
    let (found, facets) = facets(params);

    check_values("prefecture", &facets.prefectures, params, |p, v| {
        p.prefectures = vec![v.to_owned()];
    });
    let mut without = params.clone();
    without.prefectures.clear();
    let listed: u64 = facets.prefectures.iter().map(|f| f.count).sum();
    assert_eq!(
        listed,
        total(&without),
        "prefectures cover all of {params:?}"
    );

    if params.prefectures.is_empty() {
        assert!(facets.municipalities.is_empty());
    } else {
        assert!(!facets.municipalities.is_empty() || found == 0);
        check_values("municipality", &facets.municipalities, params, |p, v| {
            p.municipalities = vec![v.to_owned()];
        });
        for municipality in &facets.municipalities {
            assert!(
                params
                    .prefectures
                    .iter()
                    .any(|code| municipality.value.starts_with(code.as_str())),
                "{municipality:?} outside {:?}",
                params.prefectures
            );
        }
    }
    check_values("occupation", &facets.occupations, params, |p, v| {
        p.occupations = vec![v.to_owned()];
    });
    assert_eq!(facets.category.len(), JobCategory::ALL.len());
    check_values("category", &facets.category, params, |p, v| {
        p.category = Some(wire(v));
    });
    assert_eq!(facets.work_style.len(), WorkStyle::ALL.len());
    check_values("work style", &facets.work_style, params, |p, v| {
        p.work_style = Some(wire(v));
    });
    assert_eq!(facets.employment_types.len(), EmploymentType::ALL.len());
    check_values(
        "employment type",
        &facets.employment_types,
        params,
        |p, v| {
            p.employment_types = vec![wire(v)];
        },
    );
    assert_eq!(facets.features.len(), JobFeature::ALL.len());
    check_values("feature", &facets.features, params, |p, v| {
        let feature: JobFeature = wire(v);
        if !p.features.contains(&feature) {
            p.features.push(feature);
        }
    });
    let mut two_days = params.clone();
    two_days.two_days_off_weekly = true;
    assert_eq!(facets.two_days_off_weekly, total(&two_days), "週休二日");
    assert_eq!(facets.monthly_wage_min.len(), MONTHLY_WAGES.len());
    check_values("monthly wage", &facets.monthly_wage_min, params, |p, v| {
        p.monthly_wage_min = Some(v.parse().unwrap());
        p.hourly_wage_min = None;
    });
    assert_eq!(facets.hourly_wage_min.len(), HOURLY_WAGES.len());
    check_values("hourly wage", &facets.hourly_wage_min, params, |p, v| {
        p.hourly_wage_min = Some(v.parse().unwrap());
        p.monthly_wage_min = None;
    });
    assert_eq!(facets.annual_holidays_min.len(), ANNUAL_HOLIDAYS.len());
    check_values("holidays", &facets.annual_holidays_min, params, |p, v| {
        p.annual_holidays_min = Some(v.parse().unwrap());
    });
    assert_eq!(facets.posting_age_max.len(), POSTING_AGES.len());
    check_values("posted", &facets.posting_age_max, params, |p, v| {
        p.posting_age_max = Some(v.parse().unwrap());
        p.posted_within = None;
    });

    let mut expected_removed = Vec::new();
    let mut removed = |field: &str, value: Option<String>, unset: &dyn Fn(&mut JobSearchParams)| {
        let mut without = params.clone();
        unset(&mut without);
        expected_removed.push((field.to_owned(), value, total(&without) - found));
    };
    if !params.keyword.is_empty() {
        removed("keyword", None, &|p| p.keyword.clear());
    }
    if !params.exclude.is_empty() {
        removed("exclude", None, &|p| p.exclude.clear());
    }
    if !params.prefectures.is_empty() {
        removed("prefectures", None, &|p| p.prefectures.clear());
    }
    if !params.municipalities.is_empty() {
        removed("municipalities", None, &|p| p.municipalities.clear());
    }
    if !params.occupations.is_empty() {
        removed("occupations", None, &|p| p.occupations.clear());
    }
    if params.category.is_some() {
        removed("category", None, &|p| p.category = None);
    }
    if params.work_style.is_some() {
        removed("work_style", None, &|p| p.work_style = None);
    }
    if !params.employment_types.is_empty() {
        removed("employment_types", None, &|p| p.employment_types.clear());
    }
    if params.age.is_some() {
        removed("age", None, &|p| p.age = None);
    }
    if params.monthly_wage_min.is_some() {
        removed("monthly_wage_min", None, &|p| p.monthly_wage_min = None);
    }
    if params.hourly_wage_min.is_some() {
        removed("hourly_wage_min", None, &|p| p.hourly_wage_min = None);
    }
    if params.two_days_off_weekly {
        removed("two_days_off_weekly", None, &|p| {
            p.two_days_off_weekly = false
        });
    }
    if params.annual_holidays_min.is_some() {
        removed("annual_holidays_min", None, &|p| {
            p.annual_holidays_min = None
        });
    }
    if params.posted_within.is_some() || params.posting_age_max.is_some() {
        removed("posting_age_max", None, &|p| {
            p.posted_within = None;
            p.posting_age_max = None;
        });
    }
    for feature in &params.features {
        let feature = *feature;
        removed("features", Some(feature.as_str().to_owned()), &move |p| {
            p.features.retain(|f| *f != feature);
        });
    }
    let mut actual: Vec<_> = facets
        .removed
        .iter()
        .map(|r| (r.field.clone(), r.value.clone(), r.count))
        .collect();
    actual.sort();
    expected_removed.sort();
    assert_eq!(actual, expected_removed, "removed of {params:?}");
}

#[test]
fn a_search_without_conditions_counts_every_choice() {
    let (found, facets) = facets(&JobSearchParams::default());
    assert_eq!(found, index().listed_count());
    assert!(facets.removed.is_empty());
    assert!(facets.prefectures.len() > 10, "{:?}", facets.prefectures);
    // The 大分類 count their 中分類.
    assert!(facets.occupations.iter().any(|o| o.value.len() == 1));
    assert!(facets.occupations.iter().any(|o| o.value.len() == 2));
    check(&JobSearchParams::default());
}

#[test]
fn each_group_counts_under_the_other_conditions() {
    let searches = [
        JobSearchParams {
            prefectures: vec!["13".into()],
            ..Default::default()
        },
        JobSearchParams {
            keyword: "事務".into(),
            prefectures: vec!["13".into(), "27".into()],
            features: vec![JobFeature::CarCommute],
            ..Default::default()
        },
        JobSearchParams {
            prefectures: vec!["13".into()],
            municipalities: vec!["13101".into(), "13104".into()],
            work_style: Some(WorkStyle::FullTime),
            monthly_wage_min: Some(200_000),
            two_days_off_weekly: true,
            ..Default::default()
        },
        JobSearchParams {
            occupations: vec!["B".into()],
            employment_types: vec![EmploymentType::Regular, EmploymentType::PartTime],
            annual_holidays_min: Some(105),
            posted_within: Some(PostedWithin::Week),
            features: vec![JobFeature::NoEducationRequired, JobFeature::NoTransfer],
            ..Default::default()
        },
        JobSearchParams {
            keyword: "介護 看護".into(),
            keyword_mode: shigoto_shared::KeywordMode::Or,
            exclude: "夜勤".into(),
            category: Some(JobCategory::General),
            hourly_wage_min: Some(1_100),
            age: Some(45),
            ..Default::default()
        },
        JobSearchParams {
            posting_age_max: Some(2),
            work_style: Some(WorkStyle::PartTime),
            ..Default::default()
        },
        // Floors between the form's steps are left to the index.
        JobSearchParams {
            prefectures: vec!["13".into(), "14".into()],
            monthly_wage_min: Some(210_000),
            annual_holidays_min: Some(107),
            features: vec![JobFeature::WeekendsOff],
            ..Default::default()
        },
    ];
    for params in &searches {
        check(params);
    }
}

fn arbitrary_search() -> impl Strategy<Value = JobSearchParams> {
    let prefectures = prop::sample::subsequence(vec!["01", "13", "14", "23", "27", "40"], 0..=2);
    let features = prop::sample::subsequence(JobFeature::ALL.to_vec(), 0..=2);
    (
        prop::sample::select(vec!["", "事務", "営業", "介護", "スタッフ"]),
        prefectures,
        features,
        prop::option::of(prop::sample::select(MONTHLY_WAGES.to_vec())),
        prop::option::of(prop::sample::select(ANNUAL_HOLIDAYS.to_vec())),
        prop::option::of(prop::sample::select(JobCategory::ALL.to_vec())),
        any::<bool>(),
    )
        .prop_map(
            |(keyword, prefectures, features, wage, holidays, category, two_days)| {
                JobSearchParams {
                    keyword: keyword.to_owned(),
                    prefectures: prefectures.into_iter().map(str::to_owned).collect(),
                    features,
                    monthly_wage_min: wage,
                    annual_holidays_min: holidays,
                    category,
                    two_days_off_weekly: two_days,
                    ..Default::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn facets_of_any_search_match_its_searches(params in arbitrary_search()) {
        check(&params);
    }
}

#[test]
fn cached_facets_follow_the_index() {
    let config = shigoto_demo::DemoConfig {
        seed: 11,
        count: 200,
        today: today(),
    };
    let mut sheets: Vec<_> = shigoto_demo::jobs(&config).map(|job| job.sheet).collect();
    let index = JobIndex::in_memory(15_000_000).unwrap();
    let at = today().and_hms_opt(9, 0, 0).unwrap();
    index
        .apply(sheets.iter().map(|sheet| (sheet, at)), 1)
        .unwrap();
    let query = validate(&JobSearchParams::default(), today()).unwrap();
    let (_, before) = index.search_with_facets(&query, today()).unwrap();
    let prefecture = |facets: &SearchFacets, code: &str| {
        facets
            .prefectures
            .iter()
            .find(|f| f.value == code)
            .map_or(0, |f| f.count)
    };

    // One more posting in 沖縄県: the cached counts of the empty search are not served again.
    let mut more = sheets.pop().unwrap();
    more.job_number = "47010-99999999".into();
    more.work.place.prefecture_code = "47".into();
    more.work.place.municipality_code = "47201".into();
    more.status = shigoto_shared::JobStatus::Open;
    more.publication = shigoto_shared::PublicationRange::Full;
    more.referral_deadline = today() + chrono::Days::new(30);
    index.apply([(&more, at)], 2).unwrap();
    let (_, after) = index.search_with_facets(&query, today()).unwrap();
    assert_eq!(prefecture(&after, "47"), prefecture(&before, "47") + 1);
    // The next day counts afresh too (and postings past their deadline drop out).
    let tomorrow = today() + chrono::Days::new(1);
    let (_, next_day) = index.search_with_facets(&query, tomorrow).unwrap();
    let (_, fresh) = index.search_with_fresh_facets(&query, tomorrow).unwrap();
    assert_eq!(next_day, fresh);
}
