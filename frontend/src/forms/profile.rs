//! The 求職者情報 editor's state: the profile as typed, the 免許・資格 box as text (one a line),
//! the problems of the last try to save (by their path in the profile), and where the save
//! stands. The rules are the domain's (`shigoto_domain::profile::check`); this module only
//! holds what the screen needs around them.

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::profile::YearMonth;
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{
    AccountInfo, ApiError, DesiredWageKind, EducationEntry, MyProfile, RegistrationStatus,
    SeekerProfile, StartTiming, WorkHistoryEntry,
};

use crate::format::date;
use crate::forms::problem::{written, ShownProblem};
use crate::forms::search::AreaChoice;

/// The element id of the box of `path` (`work_history.1.from` → `profile-work-history-1-from`).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("profile-");
    id.extend(
        path.chars()
            .map(|c| if c == '.' || c == '_' { '-' } else { c }),
    );
    id
}

/// The id of the problem shown under the box of `path`.
pub fn error_id(path: &str) -> String {
    format!("{}-error", field_id(path))
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileEditor {
    /// Read from the device at least once.
    pub loaded: bool,
    pub loading: bool,
    pub profile: SeekerProfile,
    /// 免許・資格 as typed, one a line.
    pub licences: String,
    /// When the service last confirmed a save, and whether one waits to be sent.
    pub confirmed_at: Option<NaiveDateTime>,
    pub pending: bool,
    /// The problems of the last try, in the order of the form.
    pub problems: Vec<ShownProblem>,
    /// A refusal that names no box (the device could not keep the save).
    pub error: Option<String>,
    /// Kept on this device (shown until the next edit).
    pub saved: bool,
    pub busy: bool,
}

impl ProfileEditor {
    /// The read from the device starts.
    pub fn loading(&mut self) {
        self.loading = true;
    }

    /// The device's copy, read when the page opens.
    pub fn loaded(&mut self, answer: Result<MyProfile, ApiError>) {
        self.loading = false;
        match answer {
            Ok(kept) => self.show(kept),
            Err(err) => self.error = Some(err.message),
        }
    }

    /// Shows what the device holds.
    pub fn show(&mut self, kept: MyProfile) {
        self.licences = kept.profile.licences.join("\n");
        self.profile = kept.profile;
        self.confirmed_at = kept.confirmed_at;
        self.pending = kept.pending;
        self.loaded = true;
    }

    /// The profile to save: as typed, with the licences read from their box.
    pub fn typed(&self) -> SeekerProfile {
        SeekerProfile {
            licences: self
                .licences
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            ..self.profile.clone()
        }
    }

    /// Checks the profile on `today` (the Japan date): the profile to save, or the problems are
    /// kept to be shown (written with `t`).
    pub fn check(&mut self, t: &Catalogue, today: NaiveDate) -> Option<SeekerProfile> {
        self.saved = false;
        self.error = None;
        match shigoto_domain::profile::check(&self.typed(), today) {
            Ok(checked) => {
                self.problems.clear();
                Some(checked)
            }
            Err(problems) => {
                self.problems = written(t, problems);
                None
            }
        }
    }

    /// The device's answer to a save.
    pub fn answered(&mut self, answer: Result<MyProfile, ApiError>) {
        self.busy = false;
        match answer {
            Ok(kept) => {
                self.show(kept);
                self.saved = true;
            }
            Err(err) => match err.field {
                Some(field) => {
                    self.problems = vec![ShownProblem {
                        field,
                        message: err.message,
                    }]
                }
                None => self.error = Some(err.message),
            },
        }
    }

    /// The problem on the box of `path`, if any.
    pub fn problem(&self, path: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == path)
            .map(|p| p.message.as_str())
    }

    /// A typed change: the box's problem and the "saved" notice go.
    pub fn edited(&mut self, path: &str) {
        self.saved = false;
        self.problems.retain(|p| p.field != path);
    }

    /// The 希望勤務地 as the three rows of the area picker.
    pub fn area_rows(&self) -> [AreaChoice; 3] {
        let mut rows: [AreaChoice; 3] = Default::default();
        for (row, code) in rows.iter_mut().zip(&self.profile.desired.areas) {
            *row = match code.len() {
                5 => AreaChoice {
                    prefecture: code[..2].to_owned(),
                    municipality: code.clone(),
                },
                _ => AreaChoice {
                    prefecture: code.clone(),
                    municipality: String::new(),
                },
            };
        }
        rows
    }

    /// Sets one row of the 希望勤務地 (the most precise code chosen in it).
    pub fn set_area(&mut self, index: usize, choice: AreaChoice) {
        let mut rows = self.area_rows();
        if let Some(row) = rows.get_mut(index) {
            *row = choice;
        }
        self.profile.desired.areas = rows
            .iter()
            .filter_map(|row| {
                [&row.municipality, &row.prefecture]
                    .into_iter()
                    .find(|code| !code.is_empty())
                    .cloned()
            })
            .collect();
        self.edited("desired.areas");
    }

    /// Adds an empty 学歴 line (up to the domain's limit).
    pub fn add_education(&mut self) {
        if self.profile.education.len() < shigoto_domain::profile::MAX_EDUCATION {
            self.profile.education.push(EducationEntry::default());
        }
    }

    /// Adds an empty 職歴 line (up to the domain's limit).
    pub fn add_work(&mut self) {
        if self.profile.work_history.len() < shigoto_domain::profile::MAX_WORK_HISTORY {
            self.profile.work_history.push(WorkHistoryEntry::default());
        }
    }

    /// Removes a line; the problems of the lines are checked again on the next save.
    pub fn remove_education(&mut self, index: usize) {
        if index < self.profile.education.len() {
            self.profile.education.remove(index);
            self.problems.retain(|p| !p.field.starts_with("education"));
        }
    }

    pub fn remove_work(&mut self, index: usize) {
        if index < self.profile.work_history.len() {
            self.profile.work_history.remove(index);
            self.problems
                .retain(|p| !p.field.starts_with("work_history"));
        }
    }
}

/// What the job seeker should do next, from their registration and their profile (shown on
/// 求職者情報・設定).
pub fn next_steps(t: &Catalogue, account: &AccountInfo, profile: &SeekerProfile) -> Vec<String> {
    let office = account
        .office_name
        .clone()
        .unwrap_or_else(|| t.t("seeker-info-nearest-office"));
    let mut steps = Vec::new();
    match account.registration {
        Some(RegistrationStatus::Provisional) => {
            let until = account
                .provisional_until
                .map(|day| {
                    t.t_with(
                        "seeker-info-provisional-until",
                        &[("date", date(t, day).into())],
                    )
                })
                .unwrap_or_default();
            steps.push(t.t_with(
                "seeker-info-step-register",
                &[("office", office.into()), ("until", until.into())],
            ));
        }
        Some(RegistrationStatus::Lapsed) => {
            steps.push(t.t_with("seeker-info-step-lapsed", &[("office", office.into())]))
        }
        _ => {}
    }
    if profile == &SeekerProfile::default() {
        steps.push(t.t("seeker-info-step-profile"));
    } else if profile.desired.occupations.is_empty() || profile.desired.areas.is_empty() {
        steps.push(t.t("seeker-info-step-desired"));
    }
    let valid = account
        .seeking
        .is_some_and(|s| s.state == shigoto_shared::JobSeekingState::Valid);
    if valid {
        steps.push(t.t("seeker-info-step-search"));
    }
    steps
}

/// 「2020年4月」 for a stored `YYYY-MM` as the language writes it, or the text as it is when it
/// is not one.
pub fn year_month(t: &Catalogue, text: &str) -> String {
    YearMonth::parse(text).map_or_else(|| text.to_owned(), |month| t.text(&month.text()))
}

/// 「月給 250,000円以上」.
pub fn wage_at_least(t: &Catalogue, kind: DesiredWageKind, amount: u64) -> String {
    t.t_with(
        "profile-wage-at-least",
        &[("kind", kind.label_in(t).into()), ("amount", amount.into())],
    )
}

/// 就業可能時期: 「2027年1月31日から」 for a day, else the timing's name.
pub fn start_text(t: &Catalogue, timing: StartTiming, day: Option<NaiveDate>) -> String {
    match (timing, day) {
        (StartTiming::From, Some(day)) => {
            t.t_with("profile-start-from", &[("date", date(t, day).into())])
        }
        (timing, _) => timing.label_in(t),
    }
}

/// The profile as rows of a read-only table: each label's key with its lines (an empty part
/// says 「未登録」).
pub fn summary_rows(t: &Catalogue, profile: &SeekerProfile) -> Vec<(&'static str, Vec<String>)> {
    let or_none = |lines: Vec<String>| {
        if lines.is_empty() {
            vec![t.t("profile-summary-none")]
        } else {
            lines
        }
    };
    let contact = &profile.contact;
    let address = match shigoto_refdata::prefecture(&contact.prefecture_code) {
        Some(prefecture) => format!("{}{}", prefecture.name, contact.address),
        None => contact.address.clone(),
    };
    let address = [contact.postal_code.as_str(), address.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|part| part.to_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let education = profile
        .education
        .iter()
        .map(|line| {
            let school = [line.school.as_str(), line.department.as_str()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let when = year_month(t, &line.finished);
            let status = line.status.map(|s| s.label_in(t)).unwrap_or_default();
            let key = match (when.is_empty(), status.is_empty()) {
                (false, false) => key!("profile-summary-education"),
                (true, false) => key!("profile-summary-education-status"),
                (false, true) => key!("profile-summary-education-when"),
                (true, true) => key!("profile-summary-education-school"),
            };
            t.t_with(
                key,
                &[
                    ("school", school.into()),
                    ("when", when.into()),
                    ("status", status.into()),
                ],
            )
        })
        .collect();
    let work = profile
        .work_history
        .iter()
        .map(|line| {
            let to = if line.to.is_empty() {
                t.t("profile-summary-still-working")
            } else {
                year_month(t, &line.to)
            };
            let mut text = t.t_with(
                "profile-summary-work",
                &[
                    ("from", year_month(t, &line.from).into()),
                    ("to", to.into()),
                    ("employer", line.employer.as_str().into()),
                ],
            );
            let kind: Vec<String> = [
                shigoto_refdata::occupation(&line.occupation_code).map(|o| o.name.to_owned()),
                line.employment_type.map(|kind| kind.label_in(t)),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !kind.is_empty() {
                text.push_str(&t.t_with(
                    "profile-summary-work-kind",
                    &[("kind", kind.join(&t.t("seeker-conditions-joiner")).into())],
                ));
            }
            if !line.duties.is_empty() {
                text.push_str(&format!(" {}", line.duties));
            }
            text
        })
        .collect();
    let desired = &profile.desired;
    let occupations = desired
        .occupations
        .iter()
        .map(|code| match shigoto_refdata::occupation(code) {
            Some(found) => t.t_with(
                "occupation-label",
                &[("name", found.name.into()), ("code", found.code.into())],
            ),
            None => code.clone(),
        })
        .collect();
    let areas = desired
        .areas
        .iter()
        .map(|code| shigoto_refdata::locality(code).unwrap_or_else(|| code.clone()))
        .collect();
    let employment = if desired.employment_types.is_empty() {
        vec![t.t("profile-summary-any-employment")]
    } else {
        vec![desired
            .employment_types
            .iter()
            .map(|kind| kind.label_in(t))
            .collect::<Vec<_>>()
            .join(&t.t("seeker-list-separator"))]
    };
    let wage = match (desired.wage_kind, desired.wage_min.parse::<u64>()) {
        (Some(kind), Ok(amount)) => vec![wage_at_least(t, kind, amount)],
        _ => Vec::new(),
    };
    let hours = if desired.hours_from.is_empty() {
        Vec::new()
    } else {
        vec![t.t_with(
            "profile-summary-hours",
            &[
                ("from", desired.hours_from.as_str().into()),
                ("to", desired.hours_to.as_str().into()),
            ],
        )]
    };
    let start = desired
        .start
        .map(|timing| start_text(t, timing, desired.start_on))
        .into_iter()
        .collect();
    vec![
        (
            key!("profile-part-phone"),
            or_none(
                vec![contact.phone.clone()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect(),
            ),
        ),
        (
            key!("profile-part-address"),
            or_none(
                vec![address]
                    .into_iter()
                    .filter(|a| !a.is_empty())
                    .collect(),
            ),
        ),
        (key!("profile-part-education"), or_none(education)),
        (key!("profile-part-work"), or_none(work)),
        (
            key!("profile-part-licences"),
            or_none(profile.licences.clone()),
        ),
        (key!("profile-part-occupations"), or_none(occupations)),
        (key!("profile-part-areas"), or_none(areas)),
        (key!("profile-part-employment"), employment),
        (key!("profile-part-wage"), or_none(wage)),
        (key!("profile-part-hours"), or_none(hours)),
        (key!("profile-part-start"), or_none(start)),
    ]
}

#[cfg(test)]
mod tests {
    use shigoto_i18n::{catalogue, Lang};

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).expect("a day")
    }

    #[test]
    fn ids_follow_the_paths() {
        assert_eq!(
            field_id("work_history.1.from"),
            "profile-work-history-1-from"
        );
        assert_eq!(error_id("contact.phone"), "profile-contact-phone-error");
    }

    #[test]
    fn problems_stay_on_their_boxes_until_typed_in() {
        let mut editor = ProfileEditor::default();
        editor.profile.contact.phone = "123".into();
        editor.profile.contact.postal_code = "12".into();
        assert_eq!(editor.check(catalogue(Lang::Ja), today()), None);
        assert_eq!(
            editor.problem("contact.phone"),
            Some("電話番号は0から始まる10桁か11桁の数字で入力してください（例: 03-1234-5678）。")
        );
        editor.edited("contact.phone");
        assert_eq!(editor.problem("contact.phone"), None);
        assert!(editor.problem("contact.postal_code").is_some());
    }

    #[test]
    fn licences_are_read_a_line_each() {
        let mut editor = ProfileEditor {
            licences: "普通自動車第一種運転免許\n\n  日商簿記検定2級 \n".into(),
            ..ProfileEditor::default()
        };
        let checked = editor.check(catalogue(Lang::En), today()).expect("right");
        assert_eq!(
            checked.licences,
            vec!["普通自動車第一種運転免許", "日商簿記検定2級"]
        );
    }

    #[test]
    fn areas_round_trip_through_the_picker_rows() {
        let mut editor = ProfileEditor::default();
        editor.set_area(
            0,
            AreaChoice {
                prefecture: "13".into(),
                municipality: "13101".into(),
            },
        );
        editor.set_area(
            1,
            AreaChoice {
                prefecture: "14".into(),
                municipality: String::new(),
            },
        );
        assert_eq!(editor.profile.desired.areas, vec!["13101", "14"]);
        let rows = editor.area_rows();
        assert_eq!(rows[0].prefecture, "13");
        assert_eq!(rows[1].prefecture, "14");
        assert_eq!(rows[2], AreaChoice::default());
    }

    #[test]
    fn the_summary_reads_as_sentences() {
        let mut editor = ProfileEditor::default();
        editor.profile.contact.phone = "03-1234-5678".into();
        editor.profile.contact.prefecture_code = "13".into();
        editor.profile.contact.address = "千代田区霞が関1-2-2".into();
        editor.profile.work_history = vec![WorkHistoryEntry {
            employer: "みなと商事".into(),
            occupation_code: "25".into(),
            employment_type: Some(shigoto_shared::EmploymentType::Regular),
            from: "2019-04".into(),
            to: String::new(),
            duties: "総務".into(),
        }];
        editor.profile.desired.wage_kind = Some(shigoto_shared::DesiredWageKind::Monthly);
        editor.profile.desired.wage_min = "250000".into();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let rows = summary_rows(ja, &editor.profile);
        let row = |label: &str| {
            rows.iter()
                .find(|(key, _)| ja.t(key) == label)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(
            row("住所"),
            Some(vec!["東京都千代田区霞が関1-2-2".to_owned()])
        );
        assert_eq!(
            row("職歴"),
            Some(vec![
                "2019年4月〜在職中 みなと商事（一般事務の職業・正社員） 総務".to_owned()
            ])
        );
        assert_eq!(row("希望賃金"), Some(vec!["月給 250,000円以上".to_owned()]));
        assert_eq!(row("学歴"), Some(vec!["未登録".to_owned()]));
        assert_eq!(
            row("希望する雇用形態"),
            Some(vec!["こだわらない".to_owned()])
        );
    }

    #[test]
    fn lines_stop_at_the_domain_limits() {
        let mut editor = ProfileEditor::default();
        for _ in 0..10 {
            editor.add_education();
            editor.add_work();
        }
        assert_eq!(
            editor.profile.education.len(),
            shigoto_domain::profile::MAX_EDUCATION
        );
        assert_eq!(
            editor.profile.work_history.len(),
            shigoto_domain::profile::MAX_WORK_HISTORY
        );
    }
}
