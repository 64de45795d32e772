//! Saved search conditions in words (「フリーワード「事務」・東京都」), back into the search form,
//! and the name suggested when saving them.

use shigoto_domain::search_steps::posting_age_of;
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{JobSearchParams, KeywordMode};

use crate::forms::mypage::NAME_LIMIT;
use crate::forms::search::{AreaChoice, SearchForm};

/// A one-line summary of saved conditions, e.g. 「東京都千代田区 / フリーワード「事務」」.
pub fn describe(t: &Catalogue, params: &JobSearchParams) -> String {
    let joiner = t.t("seeker-conditions-joiner");
    let mut parts: Vec<String> = Vec::new();
    match (params.category, params.work_style) {
        (Some(category), Some(style)) => parts.push(t.t_with(
            "seeker-conditions-kind",
            &[
                ("category", category.label_in(t).into()),
                ("style", style.label_in(t).into()),
            ],
        )),
        (Some(category), None) => parts.push(category.label_in(t)),
        (None, Some(style)) => parts.push(style.label_in(t)),
        (None, None) => {}
    }
    let mut places: Vec<String> = params
        .municipalities
        .iter()
        .map(|code| shigoto_refdata::locality(code).unwrap_or_else(|| code.clone()))
        .collect();
    for prefecture in &params.prefectures {
        if !params
            .municipalities
            .iter()
            .any(|m| m.starts_with(prefecture.as_str()))
        {
            places
                .push(shigoto_refdata::locality(prefecture).unwrap_or_else(|| prefecture.clone()));
        }
    }
    if !places.is_empty() {
        parts.push(places.join(&joiner));
    }
    if !params.occupations.is_empty() {
        let names: Vec<&str> = params
            .occupations
            .iter()
            .map(|code| shigoto_refdata::occupation(code).map_or(code.as_str(), |o| o.name))
            .collect();
        parts.push(names.join(&joiner));
    }
    if !params.employment_types.is_empty() {
        let names: Vec<String> = params
            .employment_types
            .iter()
            .map(|kind| kind.label_in(t))
            .collect();
        parts.push(names.join(&joiner));
    }
    if !params.keyword.trim().is_empty() {
        let key = if params.keyword_mode == KeywordMode::Or && params.keyword.contains(' ') {
            key!("seeker-conditions-keyword-any")
        } else {
            key!("seeker-conditions-keyword")
        };
        parts.push(t.t_with(key, &[("keyword", params.keyword.trim().into())]));
    }
    if !params.exclude.trim().is_empty() {
        parts.push(t.t_with(
            "seeker-conditions-exclude",
            &[("words", params.exclude.trim().into())],
        ));
    }
    if !params.job_numbers.is_empty() {
        parts.push(
            t.t_with(
                "seeker-conditions-job-numbers",
                &[(
                    "numbers",
                    params
                        .job_numbers
                        .join(&t.t("seeker-list-separator"))
                        .into(),
                )],
            ),
        );
    }
    let advanced = [
        params.age.is_some(),
        params.monthly_wage_min.is_some(),
        params.hourly_wage_min.is_some(),
        !params.start_after.is_empty() || !params.end_before.is_empty(),
        params.two_days_off_weekly,
        params.annual_holidays_min.is_some(),
        params.posted_within.is_some() || params.posting_age_max.is_some(),
    ]
    .into_iter()
    .filter(|set| *set)
    .count()
        + params.features.len();
    if advanced > 0 {
        parts.push(t.t_with("seeker-conditions-advanced", &[("count", advanced.into())]));
    }
    if parts.is_empty() {
        t.t("seeker-conditions-none")
    } else {
        parts.join(" / ")
    }
}

/// The search form filled in with saved conditions (the reverse of `SearchForm::to_params`).
pub fn form_from_params(params: &JobSearchParams) -> SearchForm {
    let mut rows: Vec<AreaChoice> = params
        .municipalities
        .iter()
        .filter_map(|code| {
            Some(AreaChoice {
                prefecture: code.get(..2)?.to_owned(),
                municipality: code.clone(),
            })
        })
        .collect();
    for prefecture in &params.prefectures {
        if !rows.iter().any(|row| &row.prefecture == prefecture) {
            rows.push(AreaChoice {
                prefecture: prefecture.clone(),
                municipality: String::new(),
            });
        }
    }
    let mut areas: [AreaChoice; 3] = Default::default();
    for (slot, row) in areas.iter_mut().zip(rows) {
        *slot = row;
    }
    SearchForm {
        category: params.category,
        work_style: params.work_style,
        areas,
        occupations: params.occupations.clone(),
        employment_types: params.employment_types.clone(),
        keyword: params.keyword.clone(),
        keyword_mode: params.keyword_mode,
        exclude: params.exclude.clone(),
        job_numbers: params.job_numbers.join(", "),
        age: params.age.map(|age| age.to_string()).unwrap_or_default(),
        monthly_wage_min: params.monthly_wage_min,
        hourly_wage_min: params.hourly_wage_min,
        start_after: params.start_after.clone(),
        end_before: params.end_before.clone(),
        two_days_off_weekly: params.two_days_off_weekly,
        annual_holidays_min: params.annual_holidays_min,
        posting_age_max: params
            .posting_age_max
            .or(params.posted_within.map(posting_age_of)),
        features: params.features.clone(),
    }
}

/// Whether any of the conditions behind 「詳細条件」 is set (the section opens to show them).
pub fn has_advanced(form: &SearchForm) -> bool {
    !form.age.is_empty()
        || form.monthly_wage_min.is_some()
        || form.hourly_wage_min.is_some()
        || !form.start_after.is_empty()
        || !form.end_before.is_empty()
        || form.two_days_off_weekly
        || form.annual_holidays_min.is_some()
        || form.posting_age_max.is_some()
        || !form.features.is_empty()
}

/// The name 「この条件を保存」 suggests: the keyword, else the first place.
pub fn suggested_name(params: &JobSearchParams) -> String {
    let keyword = params.keyword.trim();
    let name = if !keyword.is_empty() {
        keyword.to_owned()
    } else if let Some(code) = params.municipalities.first().or(params.prefectures.first()) {
        shigoto_refdata::locality(code).unwrap_or_default()
    } else {
        String::new()
    };
    name.chars().take(NAME_LIMIT).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::{EmploymentType, JobCategory, JobFeature, WorkStyle};

    #[test]
    fn saved_conditions_are_described_and_fill_the_form_again() {
        let params = JobSearchParams {
            keyword: "事務".into(),
            prefectures: vec!["13".into(), "14".into()],
            municipalities: vec!["13101".into()],
            category: Some(JobCategory::General),
            work_style: Some(WorkStyle::FullTime),
            employment_types: vec![EmploymentType::Regular],
            job_numbers: vec!["13010-12345678".into()],
            two_days_off_weekly: true,
            features: vec![JobFeature::CarCommute],
            ..JobSearchParams::default()
        };
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let text = describe(ja, &params);
        assert!(text.contains("東京都千代田区・神奈川県"), "{text}");
        assert!(text.contains("フリーワード「事務」"), "{text}");
        assert!(text.contains("詳細条件 2件"), "{text}");
        assert_eq!(
            describe(ja, &JobSearchParams::default()),
            "条件の指定なし（すべての求人）"
        );

        let form = form_from_params(&params);
        assert_eq!(form.areas[0].municipality, "13101");
        assert_eq!(form.areas[1].prefecture, "14");
        assert!(form.areas[2].prefecture.is_empty());
        assert!(has_advanced(&form));
        let again = form
            .to_params(chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date"))
            .unwrap();
        assert_eq!(again.prefectures, params.prefectures);
        assert_eq!(again.municipalities, params.municipalities);
        assert_eq!(again.keyword, params.keyword);
        assert_eq!(again.job_numbers, params.job_numbers);
        assert_eq!(again.features, params.features);

        assert_eq!(suggested_name(&params), "事務");
        let place = JobSearchParams {
            prefectures: vec!["13".into()],
            ..JobSearchParams::default()
        };
        assert_eq!(suggested_name(&place), "東京都");
    }
}
