//! Checking the public search conditions (`JobSearchParams`) against the service's rules and
//! turning them into a [`JobQuery`] that the search index runs. Every refusal names the field
//! and says what to change (a [`Text`] of the `rules` catalogue area).

use chrono::NaiveDate;
use shigoto_shared::{
    EmploymentType, JobCategory, JobFeature, JobSearchParams, KeywordMode, SortOrder, WorkStyle,
};

use shigoto_i18n::{key, Text};

use crate::job_number::JobNumber;
use crate::{keyword, limits};

/// A refused search condition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("search condition refused: {field} ({})", message.key())]
pub struct SearchError {
    /// The parameter at fault, as named on the wire.
    pub field: &'static str,
    /// What is wrong.
    pub message: Text,
}

fn refuse(field: &'static str, message: Text) -> SearchError {
    SearchError { field, message }
}

/// Search conditions that passed every check, normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobQuery {
    /// Normalized keyword words (see [`keyword::words`]).
    pub keywords: Vec<String>,
    pub keyword_mode: KeywordMode,
    /// Normalized words that exclude a posting.
    pub excluded: Vec<String>,
    pub job_numbers: Vec<JobNumber>,
    pub prefectures: Vec<String>,
    pub municipalities: Vec<String>,
    pub occupations: Vec<String>,
    pub category: Option<JobCategory>,
    pub work_style: Option<WorkStyle>,
    pub employment_types: Vec<EmploymentType>,
    pub age: Option<u8>,
    pub monthly_wage_min: Option<u32>,
    pub hourly_wage_min: Option<u32>,
    /// Minutes after midnight.
    pub start_after: Option<u16>,
    /// Minutes after midnight.
    pub end_before: Option<u16>,
    pub two_days_off_weekly: bool,
    pub annual_holidays_min: Option<u16>,
    /// Received on or after this date.
    pub received_since: Option<NaiveDate>,
    /// Published here after this instant (UTC); new-job alerts set it, never a search form.
    pub published_after: Option<chrono::NaiveDateTime>,
    /// Published here before this instant (UTC); the digest's window sets it.
    pub published_before: Option<chrono::NaiveDateTime>,
    /// The employers the signed-in job seeker hid, each with the 公開範囲 of its postings left
    /// out; the service sets it from their MyPage, never a search form.
    pub hidden_employers: Vec<crate::hidden_employers::LeftOut>,
    /// The near-duplicates of this posting are asked for (each listed, none collapsed).
    pub similar_to: Option<JobNumber>,
    pub features: Vec<JobFeature>,
    pub sort: SortOrder,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
}

impl JobQuery {
    /// Results to skip before this page.
    pub fn offset(&self) -> usize {
        (self.page.saturating_sub(1) as usize) * self.per_page as usize
    }
}

/// The ages a search can name.
pub const AGES: std::ops::RangeInclusive<u8> = 15..=99;

fn age_refusal() -> SearchError {
    refuse(
        "age",
        Text::new("rules-search-age")
            .with("min", *AGES.start())
            .with("max", *AGES.end()),
    )
}

/// The age as a form takes it (half- or full-width digits, blank for none), checked.
pub fn parse_age(text: &str) -> Result<Option<u8>, SearchError> {
    let digits: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            other => other,
        })
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    match digits.parse::<u8>() {
        Ok(age) if AGES.contains(&age) => Ok(Some(age)),
        _ => Err(age_refusal()),
    }
}

/// Checks `params` and builds the query; `today` anchors 新着.
pub fn validate(params: &JobSearchParams, today: NaiveDate) -> Result<JobQuery, SearchError> {
    for (field, label, items) in [
        (
            "job_numbers",
            key!("rules-search-job-numbers"),
            params.job_numbers.len(),
        ),
        (
            "prefectures",
            key!("rules-search-prefectures"),
            params.prefectures.len(),
        ),
        (
            "municipalities",
            key!("rules-search-municipalities"),
            params.municipalities.len(),
        ),
        (
            "occupations",
            key!("rules-search-occupations"),
            params.occupations.len(),
        ),
        (
            "employment_types",
            key!("rules-search-employment-types"),
            params.employment_types.len(),
        ),
        (
            "features",
            key!("rules-search-features"),
            params.features.len(),
        ),
    ] {
        if items > limits::MAX_LIST_ITEMS {
            // Written as it came (no grouping): a request may name thousands.
            return Err(refuse(
                field,
                Text::new("rules-search-too-many")
                    .with_key("label", label)
                    .with("count", items.to_string()),
            ));
        }
    }
    let keyword_chars = params.keyword.chars().count();
    if keyword_chars > limits::MAX_KEYWORD_CHARS {
        return Err(refuse(
            "keyword",
            Text::new("rules-search-keyword-too-long")
                .with("max", limits::MAX_KEYWORD_CHARS)
                .with("count", keyword_chars.to_string()),
        ));
    }
    if params.exclude.chars().count() > limits::MAX_KEYWORD_CHARS {
        return Err(refuse(
            "exclude",
            Text::new("rules-search-exclude-too-long").with("max", limits::MAX_KEYWORD_CHARS),
        ));
    }
    let keywords = keyword::words(&params.keyword);
    let excluded = keyword::words(&params.exclude);

    if params.job_numbers.len() > limits::MAX_JOB_NUMBERS {
        return Err(refuse(
            "job_numbers",
            Text::new("rules-search-job-numbers-max").with("max", limits::MAX_JOB_NUMBERS),
        ));
    }
    let job_numbers = params
        .job_numbers
        .iter()
        .map(|n| JobNumber::parse(n).map_err(|err| refuse("job_numbers", err.text())))
        .collect::<Result<Vec<_>, _>>()?;

    let similar_to = params
        .similar_to
        .as_deref()
        .map(|n| JobNumber::parse(n).map_err(|err| refuse("similar_to", err.text())))
        .transpose()?;

    let prefectures = checked_codes(
        &params.prefectures,
        "prefectures",
        key!("rules-search-prefectures"),
        |code| shigoto_refdata::prefecture(code).is_some(),
    )?;
    let municipalities = checked_codes(
        &params.municipalities,
        "municipalities",
        key!("rules-search-municipalities"),
        |code| shigoto_refdata::municipality(code).is_some(),
    )?;
    if let Some(stray) = municipalities
        .iter()
        .find(|m| !prefectures.is_empty() && !prefectures.iter().any(|p| m.starts_with(p.as_str())))
    {
        return Err(refuse(
            "municipalities",
            Text::new("rules-search-municipality-elsewhere").with("code", stray.as_str()),
        ));
    }
    let occupations = checked_codes(
        &params.occupations,
        "occupations",
        key!("rules-search-occupations"),
        |code| shigoto_refdata::occupation(code).is_some(),
    )?;

    if let Some(age) = params.age {
        if !AGES.contains(&age) {
            return Err(age_refusal());
        }
    }
    let start_after = parse_time("start_after", &params.start_after)?;
    let end_before = parse_time("end_before", &params.end_before)?;
    if let (Some(start), Some(end)) = (start_after, end_before) {
        if start >= end {
            return Err(refuse(
                "end_before",
                Text::new("rules-search-end-before-start"),
            ));
        }
    }
    if params.annual_holidays_min.is_some_and(|days| days > 366) {
        return Err(refuse(
            "annual_holidays_min",
            Text::new("rules-search-annual-holidays"),
        ));
    }

    let age = params.posting_age_max.or(params
        .posted_within
        .map(crate::search_steps::posting_age_of));
    if age.is_some_and(|age| age > crate::search_steps::MAX_POSTING_AGE) {
        return Err(refuse(
            "posting_age_max",
            Text::new("rules-search-posting-age").with("max", crate::search_steps::MAX_POSTING_AGE),
        ));
    }
    let received_since = age.map(|age| crate::search_steps::received_since(age, today));

    let sort = match params.sort {
        Some(SortOrder::Relevance) if keywords.is_empty() => {
            return Err(refuse("sort", Text::new("rules-search-relevance")));
        }
        Some(sort) => sort,
        None if keywords.is_empty() => SortOrder::ReceivedDesc,
        None => SortOrder::Relevance,
    };
    let per_page = params.per_page.unwrap_or(limits::DEFAULT_PAGE_SIZE);
    if !limits::PAGE_SIZES.contains(&per_page) {
        return Err(refuse("per_page", Text::new("rules-search-per-page")));
    }
    let page = params.page.unwrap_or(1);
    if page == 0 || page > limits::MAX_PAGE {
        return Err(refuse(
            "page",
            Text::new("rules-search-page").with("max", limits::MAX_PAGE),
        ));
    }

    Ok(JobQuery {
        keywords,
        keyword_mode: params.keyword_mode,
        excluded,
        job_numbers,
        prefectures,
        municipalities,
        occupations,
        category: params.category,
        work_style: params.work_style,
        employment_types: dedup(&params.employment_types),
        age: params.age,
        monthly_wage_min: params.monthly_wage_min,
        hourly_wage_min: params.hourly_wage_min,
        start_after,
        end_before,
        two_days_off_weekly: params.two_days_off_weekly,
        annual_holidays_min: params.annual_holidays_min,
        received_since,
        published_after: None,
        published_before: None,
        hidden_employers: Vec::new(),
        similar_to,
        features: dedup(&params.features),
        sort,
        page,
        per_page,
    })
}

fn dedup<T: Copy + PartialEq>(items: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(*item);
        }
    }
    out
}

fn checked_codes(
    codes: &[String],
    field: &'static str,
    label: &'static str,
    known: impl Fn(&str) -> bool,
) -> Result<Vec<String>, SearchError> {
    let codes = dedup_strings(codes);
    if codes.len() > limits::MAX_AREAS {
        return Err(refuse(
            field,
            Text::new("rules-search-codes-max")
                .with_key("label", label)
                .with("max", limits::MAX_AREAS),
        ));
    }
    if let Some(unknown) = codes.iter().find(|code| !known(code)) {
        return Err(refuse(
            field,
            Text::new("rules-search-unknown-code")
                .with_key("label", label)
                .with("code", unknown.as_str()),
        ));
    }
    Ok(codes)
}

fn dedup_strings(codes: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for code in codes {
        let code = code.trim();
        if !code.is_empty() && !out.iter().any(|c| c == code) {
            out.push(code.to_owned());
        }
    }
    out
}

/// Parses `HH:MM` (24-hour) into minutes after midnight; empty means no condition.
pub fn parse_time(field: &'static str, text: &str) -> Result<Option<u16>, SearchError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let parsed = text.split_once(':').and_then(|(h, m)| {
        let hours: u16 = h.parse().ok()?;
        let minutes: u16 = m.parse().ok()?;
        (hours <= 24 && minutes < 60 && m.len() == 2 && hours * 60 + minutes <= 24 * 60)
            .then_some(hours * 60 + minutes)
    });
    parsed
        .map(Some)
        .ok_or_else(|| refuse(field, Text::new("rules-search-time").with("text", text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use shigoto_i18n::{catalogue, Lang};
    use shigoto_shared::PostedWithin;

    fn ja(text: &Text) -> String {
        catalogue(Lang::Ja).text(text)
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn check(params: JobSearchParams) -> Result<JobQuery, SearchError> {
        validate(&params, today())
    }

    #[test]
    fn empty_conditions_list_newest_first() {
        let query = check(JobSearchParams::default()).unwrap();
        assert_eq!(query.sort, SortOrder::ReceivedDesc);
        assert_eq!((query.page, query.per_page, query.offset()), (1, 30, 0));
    }

    #[test]
    fn keyword_defaults_to_relevance_and_is_normalized() {
        let query = check(JobSearchParams {
            keyword: "事務　ＥＸＣＥＬ".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(query.keywords, ["事務", "excel"]);
        assert_eq!(query.sort, SortOrder::Relevance);
    }

    #[test]
    fn keyword_over_fifty_characters_is_refused() {
        let err = check(JobSearchParams {
            keyword: "あ".repeat(51),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.field, "keyword");
        assert_eq!(
            ja(&err.message),
            "フリーワードは50文字以内で入力してください（現在51文字）。"
        );
        assert_eq!(
            catalogue(Lang::En).text(&err.message),
            "Enter keywords of at most 50 characters (you entered 51)."
        );
        assert!(check(JobSearchParams {
            keyword: "あ".repeat(50),
            ..Default::default()
        })
        .is_ok());
    }

    #[test]
    fn at_most_three_prefectures_and_known_codes_only() {
        let four = ["13", "14", "11", "12"].map(String::from).to_vec();
        assert_eq!(
            check(JobSearchParams {
                prefectures: four,
                ..Default::default()
            })
            .unwrap_err()
            .field,
            "prefectures"
        );
        let unknown = vec!["48".to_owned()];
        let err = check(JobSearchParams {
            prefectures: unknown,
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(ja(&err.message), "都道府県のコード「48」は存在しません。");
    }

    #[test]
    fn municipality_must_lie_in_a_chosen_prefecture() {
        let params = JobSearchParams {
            prefectures: vec!["13".into()],
            municipalities: vec!["14101".into()],
            ..Default::default()
        };
        assert_eq!(check(params).unwrap_err().field, "municipalities");
    }

    #[test]
    fn job_numbers_are_checked() {
        let six = (0..6).map(|i| format!("13010-0000000{i}")).collect();
        assert_eq!(
            check(JobSearchParams {
                job_numbers: six,
                ..Default::default()
            })
            .unwrap_err()
            .field,
            "job_numbers"
        );
        let bad = vec!["13010-123".to_owned()];
        assert!(check(JobSearchParams {
            job_numbers: bad,
            ..Default::default()
        })
        .is_err());
    }

    #[test]
    fn paging_is_bounded() {
        for per_page in [0, 20, 100] {
            let params = JobSearchParams {
                per_page: Some(per_page),
                ..Default::default()
            };
            assert_eq!(check(params).unwrap_err().field, "per_page");
        }
        let params = JobSearchParams {
            page: Some(0),
            ..Default::default()
        };
        assert_eq!(check(params).unwrap_err().field, "page");
        let params = JobSearchParams {
            page: Some(3),
            per_page: Some(50),
            ..Default::default()
        };
        assert_eq!(check(params).unwrap().offset(), 100);
    }

    #[test]
    fn relevance_needs_a_keyword() {
        let params = JobSearchParams {
            sort: Some(SortOrder::Relevance),
            ..Default::default()
        };
        assert_eq!(check(params).unwrap_err().field, "sort");
    }

    #[test]
    fn posting_age_goes_back_at_most_a_hundred_days_and_wins_over_the_old_choice() {
        let day = |age: u8| {
            check(JobSearchParams {
                posting_age_max: Some(age),
                posted_within: Some(PostedWithin::Week),
                ..Default::default()
            })
        };
        assert_eq!(
            day(0).unwrap().received_since,
            NaiveDate::from_ymd_opt(2026, 11, 25)
        );
        assert_eq!(
            day(100).unwrap().received_since,
            NaiveDate::from_ymd_opt(2026, 8, 17)
        );
        let refused = day(101).unwrap_err();
        assert_eq!(refused.field, "posting_age_max");
        assert_eq!(
            catalogue(Lang::Ja).text(&refused.message),
            "新着は100日前までで指定してください。"
        );
    }

    #[test]
    fn new_postings_window() {
        let params = JobSearchParams {
            posted_within: Some(PostedWithin::TodayOrYesterday),
            ..Default::default()
        };
        assert_eq!(
            check(params).unwrap().received_since,
            NaiveDate::from_ymd_opt(2026, 11, 24)
        );
    }

    #[test]
    fn working_hours_parse_and_must_be_ordered() {
        assert_eq!(parse_time("start_after", "08:30").unwrap(), Some(510));
        assert!(parse_time("start_after", "8:3").is_err());
        assert!(parse_time("start_after", "25:00").is_err());
        let params = JobSearchParams {
            start_after: "18:00".into(),
            end_before: "09:00".into(),
            ..Default::default()
        };
        assert_eq!(check(params).unwrap_err().field, "end_before");
    }

    #[test]
    fn overlong_lists_are_refused_before_they_are_looked_at() {
        let params = JobSearchParams {
            prefectures: vec!["13".into(); limits::MAX_LIST_ITEMS + 1],
            ..JobSearchParams::default()
        };
        let err = check(params).unwrap_err();
        assert_eq!(err.field, "prefectures");
        assert_eq!(
            ja(&err.message),
            "都道府県の指定が多すぎます（21件）。条件を選び直してください。"
        );
        let repeated = JobSearchParams {
            prefectures: vec!["13".into(); limits::MAX_LIST_ITEMS],
            ..JobSearchParams::default()
        };
        assert_eq!(check(repeated).unwrap().prefectures, vec!["13".to_owned()]);
    }

    #[test]
    fn counts_are_written_as_they_came() {
        let err = check(JobSearchParams {
            keyword: "あ".repeat(1200),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(
            ja(&err.message),
            "フリーワードは50文字以内で入力してください（現在1200文字）。"
        );
        let err = parse_time("start_after", "9時").unwrap_err();
        assert_eq!(
            ja(&err.message),
            "時刻は「09:00」の形式で入力してください（9時）。"
        );
        assert_eq!(
            ja(&parse_age("100").unwrap_err().message),
            "年齢は15〜99の数字で入力してください。"
        );
    }

    proptest! {
        #[test]
        fn validation_never_panics(keyword in ".{0,60}", exclude in ".{0,10}", page in 0u32..300, age in 0u8..=255) {
            let params = JobSearchParams { keyword, exclude, page: Some(page), age: Some(age), ..Default::default() };
            let _ = check(params);
        }

        #[test]
        fn accepted_keywords_are_at_most_fifty_characters(keyword in "[a-zあ-ん事務 ]{0,60}") {
            let chars = keyword.chars().count();
            let accepted = check(JobSearchParams { keyword, ..Default::default() }).is_ok();
            prop_assert_eq!(accepted, chars <= 50);
        }
    }
}
