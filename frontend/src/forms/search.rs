//! The search form as the person fills it in ([`SearchForm`]), and its conversion into the wire
//! conditions [`JobSearchParams`], checked by the domain's own search rules before asking the
//! service (which checks them again). Both kinds of refusal arrive as [`FieldError`]s and are
//! shown the same way.
//!
//! Pure logic only: unit-tested natively.

use chrono::NaiveDate;
use shigoto_domain::search::{self, SearchError};
use shigoto_shared::{
    ApiError, EmploymentType, JobCategory, JobFeature, JobSearchParams, KeywordMode, WorkStyle,
};

use crate::state::lang::shown_texts;

pub use shigoto_domain::limits::{
    DEFAULT_PAGE_SIZE, MAX_AREAS, MAX_JOB_NUMBERS, MAX_KEYWORD_CHARS, MAX_OCCUPATIONS, PAGE_SIZES,
};

/// One 就業場所 row: a prefecture and optionally one of its municipalities (codes; empty = none).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AreaChoice {
    pub prefecture: String,
    pub municipality: String,
}

/// Everything the search form holds, as typed (text fields stay text until searched).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchForm {
    pub category: Option<JobCategory>,
    pub work_style: Option<WorkStyle>,
    pub areas: [AreaChoice; 3],
    pub occupations: Vec<String>,
    pub employment_types: Vec<EmploymentType>,
    pub keyword: String,
    pub keyword_mode: KeywordMode,
    pub exclude: String,
    pub job_numbers: String,
    pub age: String,
    pub monthly_wage_min: Option<u32>,
    pub hourly_wage_min: Option<u32>,
    pub start_after: String,
    pub end_before: String,
    pub two_days_off_weekly: bool,
    pub annual_holidays_min: Option<u16>,
    /// 新着: the most days before today (see `search_steps::POSTING_AGES`).
    pub posting_age_max: Option<u8>,
    pub features: Vec<JobFeature>,
}

/// A refused condition: `field` names the `JobSearchParams` field at fault, when one is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Option<String>,
    pub message: String,
}

impl FieldError {
    pub fn on(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: Some(field.to_owned()),
            message: message.into(),
        }
    }
}

/// A refusal of the domain's rules, written in the language shown.
impl From<SearchError> for FieldError {
    fn from(err: SearchError) -> Self {
        Self::on(err.field, shown_texts().text(&err.message))
    }
}

/// A refusal of the domain's rules, written in the language shown.
impl From<shigoto_domain::person::PersonError> for FieldError {
    fn from(err: shigoto_domain::person::PersonError) -> Self {
        Self::on(err.field, shown_texts().text(&err.message))
    }
}

impl From<&ApiError> for FieldError {
    fn from(err: &ApiError) -> Self {
        Self {
            field: err.field.clone(),
            message: err.message.clone(),
        }
    }
}

/// The part of the screen where an error about a field is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorPlace {
    Category,
    Area,
    Occupation,
    Employment,
    Keyword,
    JobNumbers,
    /// Inside the collapsible 詳細条件 (it opens to show the error).
    Advanced,
    /// Next to the result list (order, page size, page).
    Results,
    /// Next to the search button.
    General,
}

/// Where the error about `field` belongs.
pub fn error_place(field: Option<&str>) -> ErrorPlace {
    match field.unwrap_or_default() {
        "category" | "work_style" => ErrorPlace::Category,
        "prefectures" | "municipalities" => ErrorPlace::Area,
        "occupations" => ErrorPlace::Occupation,
        "employment_types" => ErrorPlace::Employment,
        "keyword" | "keyword_mode" | "exclude" => ErrorPlace::Keyword,
        "job_numbers" => ErrorPlace::JobNumbers,
        "age"
        | "monthly_wage_min"
        | "hourly_wage_min"
        | "start_after"
        | "end_before"
        | "two_days_off_weekly"
        | "annual_holidays_min"
        | "posted_within"
        | "posting_age_max"
        | "features" => ErrorPlace::Advanced,
        "sort" | "per_page" | "page" => ErrorPlace::Results,
        _ => ErrorPlace::General,
    }
}

/// Full-width digits, hyphens and spaces (as a Japanese IME types them) made half-width.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | 'ー' | '‐' | '―' | '−' => '-',
            '：' => ':',
            '\u{3000}' => ' ',
            other => other,
        })
        .collect()
}

/// The 求人番号 typed into one box, split on commas (half- or full-width), 、 and spaces.
pub fn split_job_numbers(text: &str) -> Vec<String> {
    half_width(text)
        .split(|c: char| c == ',' || c == '、' || c == '，' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

impl SearchForm {
    /// The conditions to send, or the first problem found by the domain's checks (the same
    /// the service makes, with the same words). Sort and paging are left unset; the caller
    /// adds them.
    pub fn to_params(&self, today: NaiveDate) -> Result<JobSearchParams, FieldError> {
        let mut prefectures: Vec<String> = Vec::new();
        let mut municipalities: Vec<String> = Vec::new();
        for area in &self.areas {
            if area.prefecture.is_empty() {
                continue;
            }
            if !prefectures.contains(&area.prefecture) {
                prefectures.push(area.prefecture.clone());
            }
            if !area.municipality.is_empty() && !municipalities.contains(&area.municipality) {
                municipalities.push(area.municipality.clone());
            }
        }
        let params = JobSearchParams {
            keyword: self.keyword.trim().to_owned(),
            keyword_mode: self.keyword_mode,
            exclude: self.exclude.trim().to_owned(),
            job_numbers: split_job_numbers(&self.job_numbers),
            prefectures,
            municipalities,
            occupations: self.occupations.clone(),
            category: self.category,
            work_style: self.work_style,
            employment_types: self.employment_types.clone(),
            age: search::parse_age(&self.age)?,
            monthly_wage_min: self.monthly_wage_min,
            hourly_wage_min: self.hourly_wage_min,
            start_after: self.start_after.trim().to_owned(),
            end_before: self.end_before.trim().to_owned(),
            two_days_off_weekly: self.two_days_off_weekly,
            annual_holidays_min: self.annual_holidays_min,
            posted_within: None,
            posting_age_max: self.posting_age_max,
            features: self.features.clone(),
            sort: None,
            page: None,
            per_page: None,
            similar_to: None,
        };
        search::validate(&params, today)?;
        Ok(params)
    }
}

/// Adds `item` to `list` when missing, removes it when present (checkbox groups).
pub fn toggle<T: PartialEq + Copy>(list: &mut Vec<T>, item: T, on: bool) {
    let present = list.contains(&item);
    if on && !present {
        list.push(item);
    } else if !on && present {
        list.retain(|x| *x != item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).expect("a real date")
    }

    #[test]
    fn empty_form_makes_empty_conditions() {
        let params = SearchForm::default().to_params(today()).unwrap();
        assert_eq!(params, JobSearchParams::default());
    }

    #[test]
    fn keyword_is_trimmed_and_limited() {
        let form = SearchForm {
            keyword: "  事務 経理 ".into(),
            ..Default::default()
        };
        assert_eq!(form.to_params(today()).unwrap().keyword, "事務 経理");
        let form = SearchForm {
            keyword: "あ".repeat(51),
            ..Default::default()
        };
        let err = form.to_params(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("keyword"));
        assert!(err.message.contains("50文字"));
        // Written in the language shown.
        crate::state::lang::show_language(shigoto_i18n::Lang::En);
        let err = form.to_params(today()).unwrap_err();
        crate::state::lang::show_language(shigoto_i18n::Lang::Ja);
        assert_eq!(
            err.message,
            "Enter keywords of at most 50 characters (you entered 51)."
        );
    }

    #[test]
    fn job_numbers_split_and_normalized() {
        assert_eq!(
            split_job_numbers("13010-12345678, 27010-00000001　１３０１０－１１１１１１１１"),
            ["13010-12345678", "27010-00000001", "13010-11111111"]
        );
        assert_eq!(split_job_numbers("a、b，c"), ["a", "b", "c"]);
    }

    #[test]
    fn job_numbers_checked() {
        let form = SearchForm {
            job_numbers: "13010-123".into(),
            ..Default::default()
        };
        let err = form.to_params(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("job_numbers"));
        assert!(err.message.contains("13010-123"));
        let six = (0..6)
            .map(|i| format!("13010-0000000{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let form = SearchForm {
            job_numbers: six,
            ..Default::default()
        };
        assert!(form.to_params(today()).unwrap_err().message.contains("5件"));
    }

    #[test]
    fn areas_become_codes() {
        let mut form = SearchForm::default();
        form.areas[0] = AreaChoice {
            prefecture: "13".into(),
            municipality: "13101".into(),
        };
        form.areas[1] = AreaChoice {
            prefecture: "13".into(),
            municipality: "13102".into(),
        };
        form.areas[2] = AreaChoice {
            prefecture: String::new(),
            municipality: "27100".into(),
        };
        let params = form.to_params(today()).unwrap();
        assert_eq!(params.prefectures, ["13"]);
        assert_eq!(params.municipalities, ["13101", "13102"]);
    }

    #[test]
    fn age_and_hours_checked() {
        let form = SearchForm {
            age: "３０".into(),
            ..Default::default()
        };
        assert_eq!(form.to_params(today()).unwrap().age, Some(30));
        let form = SearchForm {
            age: "12".into(),
            ..Default::default()
        };
        assert_eq!(
            form.to_params(today()).unwrap_err().field.as_deref(),
            Some("age")
        );
        let form = SearchForm {
            start_after: "18:00".into(),
            end_before: "09:00".into(),
            ..Default::default()
        };
        assert_eq!(
            form.to_params(today()).unwrap_err().field.as_deref(),
            Some("end_before")
        );
    }

    #[test]
    fn errors_find_their_place() {
        assert_eq!(error_place(Some("keyword")), ErrorPlace::Keyword);
        assert_eq!(error_place(Some("municipalities")), ErrorPlace::Area);
        assert_eq!(error_place(Some("age")), ErrorPlace::Advanced);
        assert_eq!(error_place(Some("per_page")), ErrorPlace::Results);
        assert_eq!(error_place(Some("something_new")), ErrorPlace::General);
        assert_eq!(error_place(None), ErrorPlace::General);
    }

    #[test]
    fn toggling_checkbox_lists() {
        let mut list = vec![EmploymentType::Regular];
        toggle(&mut list, EmploymentType::PartTime, true);
        toggle(&mut list, EmploymentType::PartTime, true);
        assert_eq!(list, [EmploymentType::Regular, EmploymentType::PartTime]);
        toggle(&mut list, EmploymentType::Regular, false);
        assert_eq!(list, [EmploymentType::PartTime]);
    }
}
