//! 学歴, 職歴 and 免許・資格: lines with 年月 that cannot lie in the future (except a graduation
//! still expected), a bounded number of each.

use chrono::NaiveDate;
use shigoto_i18n::{key, Text};
use shigoto_refdata::occupation;
use shigoto_shared::{EducationEntry, EducationStatus, WorkHistoryEntry};

use super::year_month::YearMonth;
use crate::problems::Problems;
use crate::read;

/// Most 学歴 lines.
pub const MAX_EDUCATION: usize = 3;
/// Most 職歴 lines.
pub const MAX_WORK_HISTORY: usize = 5;
/// Most 免許・資格.
pub const MAX_LICENCES: usize = 10;
/// Longest 学校名.
pub const MAX_SCHOOL_CHARS: usize = 50;
/// Longest 学部・学科.
pub const MAX_DEPARTMENT_CHARS: usize = 50;
/// Longest 事業所名 of a 職歴 line.
pub const MAX_EMPLOYER_CHARS: usize = 50;
/// Longest 仕事の内容 of a 職歴 line.
pub const MAX_DUTIES_CHARS: usize = 200;
/// Longest 免許・資格.
pub const MAX_LICENCE_CHARS: usize = 50;
/// How many years ahead an expected graduation may lie.
const EXPECTED_WITHIN_YEARS: i32 = 6;

fn year_month(
    out: &mut Problems,
    field: &str,
    typed: &str,
    label: &'static str,
) -> Option<YearMonth> {
    let found = YearMonth::parse(typed);
    if found.is_none() {
        out.add(
            field,
            Text::new("checks-year-month-invalid").with_key("label", label),
        );
    }
    found
}

pub(super) fn education(
    out: &mut Problems,
    lines: &[EducationEntry],
    today: NaiveDate,
) -> Option<Vec<EducationEntry>> {
    if lines.len() > MAX_EDUCATION {
        out.add(
            "education",
            Text::new("checks-education-too-many").with("max", MAX_EDUCATION),
        );
        return None;
    }
    let this_month = YearMonth::of(today);
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let field = |name: &str| format!("education.{i}.{name}");
        let school = read::required_text(
            out,
            &field("school"),
            &line.school,
            key!("checks-label-school"),
            MAX_SCHOOL_CHARS,
        );
        let department = read::optional_text(
            out,
            &field("department"),
            &line.department,
            key!("checks-label-department"),
            MAX_DEPARTMENT_CHARS,
        );
        let Some(status) = line.status else {
            out.add(
                field("status"),
                Text::new("checks-education-status-required"),
            );
            continue;
        };
        let finished = if status == EducationStatus::Enrolled && line.finished.trim().is_empty() {
            Some(String::new())
        } else {
            let label = key!("checks-label-finished");
            year_month(out, &field("finished"), &line.finished, label).and_then(|month| {
                let fits = match status {
                    EducationStatus::Graduated | EducationStatus::Left => month <= this_month,
                    EducationStatus::Expected => {
                        month >= this_month && month.year <= this_month.year + EXPECTED_WITHIN_YEARS
                    }
                    EducationStatus::Enrolled => {
                        month.year <= this_month.year + EXPECTED_WITHIN_YEARS
                    }
                };
                if fits {
                    Some(month.to_wire())
                } else {
                    out.add(
                        field("finished"),
                        Text::new(match status {
                            EducationStatus::Expected => key!("checks-education-expected-past"),
                            EducationStatus::Enrolled => key!("checks-education-enrolled-too-far"),
                            _ => key!("checks-education-finished-future"),
                        }),
                    );
                    None
                }
            })
        };
        if let (Some(school), Some(department), Some(finished)) = (school, department, finished) {
            kept.push(EducationEntry {
                school,
                department: department.unwrap_or_default(),
                finished,
                status: Some(status),
            });
        }
    }
    (kept.len() == lines.len()).then_some(kept)
}

pub(super) fn work(
    out: &mut Problems,
    lines: &[WorkHistoryEntry],
    today: NaiveDate,
) -> Option<Vec<WorkHistoryEntry>> {
    if lines.len() > MAX_WORK_HISTORY {
        out.add(
            "work_history",
            Text::new("checks-work-history-too-many").with("max", MAX_WORK_HISTORY),
        );
        return None;
    }
    let this_month = YearMonth::of(today);
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let field = |name: &str| format!("work_history.{i}.{name}");
        let employer = read::required_text(
            out,
            &field("employer"),
            &line.employer,
            key!("checks-label-employer"),
            MAX_EMPLOYER_CHARS,
        );
        let code = line.occupation_code.trim();
        let occupation_code = if code.is_empty() || occupation(code).is_some() {
            Some(code.to_owned())
        } else {
            out.add(
                field("occupation_code"),
                Text::new("checks-work-occupation-unknown"),
            );
            None
        };
        let duties = read::optional_text(
            out,
            &field("duties"),
            &line.duties,
            key!("checks-label-duties"),
            MAX_DUTIES_CHARS,
        );
        let started = key!("checks-label-work-from");
        let from = year_month(out, &field("from"), &line.from, started).filter(|from| {
            let fits = *from <= this_month;
            if !fits {
                out.add(field("from"), Text::new("checks-work-from-future"));
            }
            fits
        });
        let to = if line.to.trim().is_empty() {
            Some(None)
        } else {
            year_month(out, &field("to"), &line.to, key!("checks-label-work-to"))
                .filter(|to| {
                    let fits = *to <= this_month && from.is_none_or(|from| from <= *to);
                    if !fits {
                        out.add(field("to"), Text::new("checks-work-to-out-of-range"));
                    }
                    fits
                })
                .map(Some)
        };
        if let (Some(employer), Some(occupation_code), Some(duties), Some(from), Some(to)) =
            (employer, occupation_code, duties, from, to)
        {
            kept.push(WorkHistoryEntry {
                employer,
                occupation_code,
                employment_type: line.employment_type,
                from: from.to_wire(),
                to: to.map(YearMonth::to_wire).unwrap_or_default(),
                duties: duties.unwrap_or_default(),
            });
        }
    }
    (kept.len() == lines.len()).then_some(kept)
}

/// The licences trimmed, empty lines and repeats dropped.
pub(super) fn licences(out: &mut Problems, lines: &[String]) -> Option<Vec<String>> {
    let mut kept: Vec<String> = Vec::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        let length = line.chars().count();
        if length > MAX_LICENCE_CHARS {
            out.add(
                "licences",
                Text::new("checks-licence-too-long")
                    .with("max", MAX_LICENCE_CHARS)
                    .with("start", line.chars().take(10).collect::<String>())
                    .with("length", length.to_string()),
            );
            return None;
        }
        if !kept.iter().any(|k| k == line) {
            kept.push(line.to_owned());
        }
    }
    if kept.len() > MAX_LICENCES {
        out.add(
            "licences",
            Text::new("checks-licences-too-many")
                .with("max", MAX_LICENCES)
                .with("count", kept.len().to_string()),
        );
        return None;
    }
    Some(kept)
}
