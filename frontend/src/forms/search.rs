//! The search form as the person fills it in ([`SearchForm`]), and its conversion into the wire
//! conditions [`JobSearchParams`], with the quick checks that can be made before asking the
//! service (lengths, counts, 求人番号 format). The service checks everything again and its
//! refusals arrive as [`FieldError`]s too, so both kinds are shown the same way.
//!
//! Pure logic only: unit-tested natively.

use shigoto_shared::{
    ApiError, EmploymentType, JobCategory, JobFeature, JobSearchParams, KeywordMode, PostedWithin,
    WorkStyle,
};

/// Characters allowed in the free-word fields.
pub const MAX_KEYWORD_CHARS: usize = 50;
/// 求人番号 looked up at once.
pub const MAX_JOB_NUMBERS: usize = 5;
/// Occupations chosen at once.
pub const MAX_OCCUPATIONS: usize = 3;
/// Result page sizes offered, and the default.
pub const PAGE_SIZES: [u32; 3] = [10, 30, 50];
pub const DEFAULT_PAGE_SIZE: u32 = 30;

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
    pub posted_within: Option<PostedWithin>,
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

/// True for `NNNNN-NNNNNNNN` (already half-width).
pub fn is_job_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 14
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 5 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

impl SearchForm {
    /// The conditions to send, or the first problem found. Sort and paging are left unset;
    /// the caller adds them.
    pub fn to_params(&self) -> Result<JobSearchParams, FieldError> {
        let keyword = self.keyword.trim().to_owned();
        let keyword_chars = keyword.chars().count();
        if keyword_chars > MAX_KEYWORD_CHARS {
            return Err(FieldError::on(
                "keyword",
                format!(
                    "フリーワードは{MAX_KEYWORD_CHARS}文字以内で入力してください（現在{keyword_chars}文字）。"
                ),
            ));
        }
        let exclude = self.exclude.trim().to_owned();
        if exclude.chars().count() > MAX_KEYWORD_CHARS {
            return Err(FieldError::on(
                "exclude",
                format!("除外するキーワードは{MAX_KEYWORD_CHARS}文字以内で入力してください。"),
            ));
        }

        let job_numbers = split_job_numbers(&self.job_numbers);
        if job_numbers.len() > MAX_JOB_NUMBERS {
            return Err(FieldError::on(
                "job_numbers",
                format!("求人番号は{MAX_JOB_NUMBERS}件まで指定できます。"),
            ));
        }
        if let Some(bad) = job_numbers.iter().find(|n| !is_job_number(n)) {
            return Err(FieldError::on(
                "job_numbers",
                format!(
                    "求人番号は「13010-12345678」のように、5桁-8桁の半角数字で入力してください（{bad}）。"
                ),
            ));
        }

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

        let age = half_width(&self.age).trim().to_owned();
        let age = if age.is_empty() {
            None
        } else {
            match age.parse::<u8>() {
                Ok(age) if (15..=99).contains(&age) => Some(age),
                _ => {
                    return Err(FieldError::on(
                        "age",
                        "年齢は15〜99の数字で入力してください。",
                    ))
                }
            }
        };

        let start_after = self.start_after.trim().to_owned();
        let end_before = self.end_before.trim().to_owned();
        if !start_after.is_empty() && !end_before.is_empty() && start_after >= end_before {
            return Err(FieldError::on(
                "end_before",
                "就業時間の終了は開始より後の時刻にしてください。",
            ));
        }

        Ok(JobSearchParams {
            keyword,
            keyword_mode: self.keyword_mode,
            exclude,
            job_numbers,
            prefectures,
            municipalities,
            occupations: self.occupations.clone(),
            category: self.category,
            work_style: self.work_style,
            employment_types: self.employment_types.clone(),
            age,
            monthly_wage_min: self.monthly_wage_min,
            hourly_wage_min: self.hourly_wage_min,
            start_after,
            end_before,
            two_days_off_weekly: self.two_days_off_weekly,
            annual_holidays_min: self.annual_holidays_min,
            posted_within: self.posted_within,
            features: self.features.clone(),
            sort: None,
            page: None,
            per_page: None,
        })
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

    #[test]
    fn empty_form_makes_empty_conditions() {
        let params = SearchForm::default().to_params().unwrap();
        assert_eq!(params, JobSearchParams::default());
    }

    #[test]
    fn keyword_is_trimmed_and_limited() {
        let form = SearchForm {
            keyword: "  事務 経理 ".into(),
            ..Default::default()
        };
        assert_eq!(form.to_params().unwrap().keyword, "事務 経理");
        let form = SearchForm {
            keyword: "あ".repeat(51),
            ..Default::default()
        };
        let err = form.to_params().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("keyword"));
        assert!(err.message.contains("50文字"));
    }

    #[test]
    fn job_numbers_split_and_normalized() {
        assert_eq!(
            split_job_numbers("13010-12345678, 27010-00000001　１３０１０－１１１１１１１１"),
            ["13010-12345678", "27010-00000001", "13010-11111111"]
        );
        assert_eq!(split_job_numbers("a、b，c"), ["a", "b", "c"]);
        assert!(is_job_number("13010-12345678"));
        assert!(!is_job_number("1301012345678"));
        assert!(!is_job_number("13010-1234567x"));
    }

    #[test]
    fn job_numbers_checked() {
        let form = SearchForm {
            job_numbers: "13010-123".into(),
            ..Default::default()
        };
        let err = form.to_params().unwrap_err();
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
        assert!(form.to_params().unwrap_err().message.contains("5件"));
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
        let params = form.to_params().unwrap();
        assert_eq!(params.prefectures, ["13"]);
        assert_eq!(params.municipalities, ["13101", "13102"]);
    }

    #[test]
    fn age_and_hours_checked() {
        let form = SearchForm {
            age: "３０".into(),
            ..Default::default()
        };
        assert_eq!(form.to_params().unwrap().age, Some(30));
        let form = SearchForm {
            age: "12".into(),
            ..Default::default()
        };
        assert_eq!(form.to_params().unwrap_err().field.as_deref(), Some("age"));
        let form = SearchForm {
            start_after: "18:00".into(),
            end_before: "09:00".into(),
            ..Default::default()
        };
        assert_eq!(
            form.to_params().unwrap_err().field.as_deref(),
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
