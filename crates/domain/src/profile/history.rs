//! 学歴, 職歴 and 免許・資格: lines with 年月 that cannot lie in the future (except a graduation
//! still expected), a bounded number of each.

use chrono::NaiveDate;
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

fn year_month(out: &mut Problems, field: &str, typed: &str, label: &str) -> Option<YearMonth> {
    let found = YearMonth::parse(typed);
    if found.is_none() {
        out.add(
            field,
            format!("{label}は「2020-04」や「2020年4月」のように年と月で入力してください。"),
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
            format!("学歴は{MAX_EDUCATION}件まで入力できます。"),
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
            "学校名",
            MAX_SCHOOL_CHARS,
        );
        let department = read::optional_text(
            out,
            &field("department"),
            &line.department,
            "学部・学科",
            MAX_DEPARTMENT_CHARS,
        );
        let Some(status) = line.status else {
            out.add(field("status"), "卒業・中退などの別を選んでください。");
            continue;
        };
        let finished = if status == EducationStatus::Enrolled && line.finished.trim().is_empty() {
            Some(String::new())
        } else {
            year_month(out, &field("finished"), &line.finished, "年月").and_then(|month| {
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
                        match status {
                            EducationStatus::Expected => {
                                "卒業見込みの年月は今月以降で入力してください。"
                            }
                            EducationStatus::Enrolled => "卒業予定の年月が先すぎます。",
                            _ => "卒業・中退の年月は今月までで入力してください。",
                        },
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
            format!("職歴は{MAX_WORK_HISTORY}件まで入力できます。"),
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
            "事業所名",
            MAX_EMPLOYER_CHARS,
        );
        let code = line.occupation_code.trim();
        let occupation_code = if code.is_empty() || occupation(code).is_some() {
            Some(code.to_owned())
        } else {
            out.add(field("occupation_code"), "職種を一覧から選んでください。");
            None
        };
        let duties = read::optional_text(
            out,
            &field("duties"),
            &line.duties,
            "仕事の内容",
            MAX_DUTIES_CHARS,
        );
        let from = year_month(out, &field("from"), &line.from, "入職の年月").filter(|from| {
            let fits = *from <= this_month;
            if !fits {
                out.add(field("from"), "入職の年月は今月までで入力してください。");
            }
            fits
        });
        let to = if line.to.trim().is_empty() {
            Some(None)
        } else {
            year_month(out, &field("to"), &line.to, "離職の年月")
                .filter(|to| {
                    let fits = *to <= this_month && from.is_none_or(|from| from <= *to);
                    if !fits {
                        out.add(
                            field("to"),
                            "離職の年月は入職の年月から今月までの間で入力してください（在職中なら空欄）。",
                        );
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
                format!("免許・資格は1つ{MAX_LICENCE_CHARS}文字以内で入力してください（「{}…」がいま{length}文字）。",
                    line.chars().take(10).collect::<String>()),
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
            format!(
                "免許・資格は{MAX_LICENCES}件まで入力できます（いま{}件）。",
                kept.len()
            ),
        );
        return None;
    }
    Some(kept)
}
