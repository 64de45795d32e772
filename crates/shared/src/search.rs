//! The public job search: its conditions as sent over the wire, and the page of results.
//!
//! Lists travel as comma-separated strings (`prefectures=13,27`), so one struct is both the
//! JSON that the front end hands to the Tauri command and the query string of
//! `GET /api/v1/jobs`. Limits and formats are checked by `shigoto-domain`, not here.

use serde::{Deserialize, Serialize};

use crate::job::{EmploymentType, JobCategory, JobFeature, JobSummary, WorkStyle};

/// How several keywords combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeywordMode {
    /// Every keyword must match (いずれも含む).
    #[default]
    And,
    /// Any keyword may match (いずれかを含む).
    Or,
}

/// 新着: how recently the posting was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PostedWithin {
    /// 当日・前日.
    TodayOrYesterday,
    /// 1週間以内.
    Week,
}

impl PostedWithin {
    /// Every choice, newest first.
    pub const ALL: &'static [PostedWithin] = &[PostedWithin::TodayOrYesterday, PostedWithin::Week];

    /// The value as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            PostedWithin::TodayOrYesterday => "today_or_yesterday",
            PostedWithin::Week => "week",
        }
    }
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// Best match first (keyword searches only; the default there).
    Relevance,
    /// 受付年月日の新しい順 (the default without a keyword).
    ReceivedDesc,
    /// 紹介期限日の近い順.
    DeadlineAsc,
    /// 賃金の高い順（月額換算）: the upper wage as a monthly amount
    /// (`shigoto_domain::monthly_wage`).
    WageDesc,
}

impl SortOrder {
    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Relevance => "関連度順",
            SortOrder::ReceivedDesc => "受付年月日の新しい順",
            SortOrder::DeadlineAsc => "紹介期限日の近い順",
            SortOrder::WageDesc => "賃金の高い順（月額換算）",
        }
    }
}

/// Every condition of the public search. Empty strings and empty lists mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(default)]
pub struct JobSearchParams {
    /// フリーワード, at most 50 characters; words separated by spaces.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub keyword: String,
    /// How the words of `keyword` combine.
    #[serde(skip_serializing_if = "is_default")]
    pub keyword_mode: KeywordMode,
    /// 除外するキーワード: postings containing any of these words are left out.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub exclude: String,
    /// 求人番号 (`NNNNN-NNNNNNNN`), at most 5, comma-separated.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub job_numbers: Vec<String>,
    /// 都道府県コード (2 digits), at most 3.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub prefectures: Vec<String>,
    /// 市区町村コード (5 digits), at most 3.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub municipalities: Vec<String>,
    /// 職業分類 codes (大分類 letter, 中分類 2 digits or 小分類 3 digits), at most 3.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub occupations: Vec<String>,
    /// 求人区分.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<JobCategory>,
    /// フルタイム / パート; none means both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_style: Option<WorkStyle>,
    /// 雇用形態, any of these.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub employment_types: Vec<EmploymentType>,
    /// The applicant's age: postings whose age limit excludes it are left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// 月額賃金の下限 (yen): monthly-paid postings whose upper wage reaches it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly_wage_min: Option<u32>,
    /// 時間額賃金の下限 (yen): hourly-paid postings whose upper wage reaches it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hourly_wage_min: Option<u32>,
    /// 就業時間: work starts at or after this time (`HH:MM`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub start_after: String,
    /// 就業時間: work ends at or before this time (`HH:MM`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub end_before: String,
    /// 週休二日制（毎週）only.
    #[serde(skip_serializing_if = "is_default")]
    pub two_days_off_weekly: bool,
    /// 年間休日数の下限.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_holidays_min: Option<u16>,
    /// 新着, as saved searches made before `posting_age_max` name it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posted_within: Option<PostedWithin>,
    /// 新着: postings received at most this many days before today (0: today only), 0–100.
    /// Takes the place of `posted_within` when both are given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posting_age_max: Option<u8>,
    /// Conditions every result must offer.
    #[serde(with = "crate::comma_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", param(value_type = String), schema(value_type = String))]
    pub features: Vec<JobFeature>,
    /// Result order; the default depends on whether there is a keyword.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    /// 1-based page number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 10, 30 (default) or 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
    /// 求人番号 of a result whose similar postings (its near-duplicates, 「ほか n件の類似求人」)
    /// are asked for, under the same conditions, each listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similar_to: Option<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobSearchResults {
    /// Postings matching the conditions, on all pages.
    pub total: u64,
    /// Distinct jobs among them: near-duplicates of one employer count once, and the pages
    /// list one posting of each (all postings when `similar_to` was asked).
    #[serde(default)]
    pub distinct: u64,
    /// The page served, 1-based.
    pub page: u32,
    pub per_page: u32,
    /// The order actually used.
    pub sort: SortOrder,
    pub items: Vec<JobSummary>,
    /// How many postings each choice of the form finds under the other conditions.
    #[serde(default)]
    pub facets: SearchFacets,
    /// How many employers the signed-in job seeker hides from their results (0 for anyone
    /// else); what they left out of this search is in `facets.removed` as `hidden_employers`.
    #[serde(default)]
    pub hidden_employers: u32,
    /// Set by the app, never by the service: for a signed-in job seeker, the end of their last
    /// visit; postings published after it are marked 「前回以降の新着」.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub new_since: Option<chrono::NaiveDateTime>,
}

/// How many postings one choice finds: `value` is what the matching field of
/// [`JobSearchParams`] takes (`13`, `car_commute`, `200000`, `week`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// How many postings a chosen condition leaves out: the total without it, less the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RemovedBy {
    /// The field of [`JobSearchParams`] (`keyword`, `prefectures`, `features`…).
    pub field: String,
    /// For `features`, which one; each chosen feature is told apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub count: u64,
}

/// The counts beside the search form's choices. Each group counts under every condition but
/// its own (choosing another prefecture adds to the prefectures chosen; a flag narrows what is
/// found, so its count is what choosing it too would leave). The closed lists (区分, 形態, flags,
/// steps) list every value, zeros included; prefectures, municipalities and occupations list
/// only the values that have postings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SearchFacets {
    /// 都道府県コード.
    pub prefectures: Vec<FacetCount>,
    /// 市区町村コード of the chosen prefectures (none when no prefecture is chosen).
    pub municipalities: Vec<FacetCount>,
    /// 職業分類 大分類 and 中分類 codes.
    pub occupations: Vec<FacetCount>,
    pub category: Vec<FacetCount>,
    pub work_style: Vec<FacetCount>,
    pub employment_types: Vec<FacetCount>,
    pub features: Vec<FacetCount>,
    /// Postings with 週休二日制（毎週）.
    pub two_days_off_weekly: u64,
    /// Monthly-paid postings reaching each step of the form (yen).
    pub monthly_wage_min: Vec<FacetCount>,
    /// Hourly-paid postings reaching each step of the form (yen).
    pub hourly_wage_min: Vec<FacetCount>,
    /// Postings with at least each step's annual holidays.
    pub annual_holidays_min: Vec<FacetCount>,
    /// Postings received within each of the form's 新着 steps (days before today).
    pub posting_age_max: Vec<FacetCount>,
    /// What each chosen condition leaves out, in the order of the form.
    pub removed: Vec<RemovedBy>,
}

/// `GET /healthz` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
    /// Postings in the search index.
    pub indexed_jobs: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_travel_as_comma_separated_query_values() {
        let params = JobSearchParams {
            keyword: "事務 経理".into(),
            prefectures: vec!["13".into(), "14".into()],
            employment_types: vec![EmploymentType::Regular, EmploymentType::PartTime],
            features: vec![JobFeature::CarCommute],
            per_page: Some(50),
            ..Default::default()
        };
        let query = serde_urlencoded::to_string(&params).unwrap();
        assert!(query.contains("prefectures=13%2C14"), "{query}");
        assert!(
            query.contains("employment_types=regular%2Cpart_time"),
            "{query}"
        );
        let back: JobSearchParams = serde_urlencoded::from_str(&query).unwrap();
        assert_eq!(back, params);
    }

    #[test]
    fn empty_conditions_make_an_empty_query() {
        assert_eq!(
            serde_urlencoded::to_string(JobSearchParams::default()).unwrap(),
            ""
        );
        let back: JobSearchParams = serde_urlencoded::from_str("").unwrap();
        assert_eq!(back, JobSearchParams::default());
    }

    #[test]
    fn json_round_trip_for_ipc() {
        let params = JobSearchParams {
            occupations: vec!["251".into()],
            category: Some(JobCategory::General),
            ..Default::default()
        };
        let json = serde_json::to_string(&params).unwrap();
        let back: JobSearchParams = serde_json::from_str(&json).unwrap();
        assert_eq!(back, params);
    }

    #[test]
    fn unknown_list_value_is_an_error() {
        let err = serde_urlencoded::from_str::<JobSearchParams>("features=flying").unwrap_err();
        assert!(err.to_string().contains("flying"), "{err}");
    }
}
