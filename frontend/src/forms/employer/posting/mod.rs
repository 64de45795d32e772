//! 求人申込み as the employer writes it (`/employer/postings/:id`): the posting as read, the
//! form as typed, which of the eight steps (or the 確認 page) is shown, the problems the domain's
//! rules found on the step (each on the field it names), 一時保存 and 申込み with the service's
//! refusals placed at their field's step, and the element id of every field.
//!
//! Element ids: a field's box is `posting-` + its path in `PostingForm` with `.` and `_` turned
//! into `-` ([`field_id`]: `work.title` → `posting-work-title`, `hours.shifts.0.end` →
//! `posting-hours-shifts-0-end`); one choice of a radio or checkbox set adds its wire value
//! ([`choice_id`]: `posting-selection-publication-full`); the refusal under a box is
//! `<box id>-error` and its hint `<box id>-hint`.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_domain::posting::{self as rules, hours, selection, wage, Context, Issue};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{
    AllowanceInput, ApiError, EmployerRegistration, JobSheet, PostingForm, PostingSave,
    PostingStep, PublicationRange, ShiftInput,
};

use crate::forms::account::error_message;
use crate::forms::problem::{written, ShownProblem};

/// The key of the note shown on the 求人一覧 after 申込み.
pub const SUBMITTED_NOTICE: &str = key!("posting-submitted");

/// The key of the note shown on the 求人一覧 after a change was filed.
pub const CHANGE_SUBMITTED_NOTICE: &str = key!("posting-change-submitted");

/// The key of the note shown in the editor after 一時保存.
pub const SAVED_NOTICE: &str = key!("posting-saved");

/// The key of 受理安定所 on the 確認 page: the office is named when the posting is accepted.
pub const RECEIVING_OFFICE_AT_ACCEPTANCE: &str = key!("posting-receiving-office-at-acceptance");

/// The id of the box of the field at `path` in the form.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("posting-");
    id.extend(
        path.chars()
            .map(|c| if c == '.' || c == '_' { '-' } else { c }),
    );
    id
}

/// The id of the choice `wire` of a radio or checkbox set at `path`.
pub fn choice_id(path: &str, wire: &str) -> String {
    format!("{}-{}", field_id(path), wire.replace('_', "-"))
}

/// The id of the refusal shown under the box of `path`.
pub fn error_id(path: &str) -> String {
    format!("{}-error", field_id(path))
}

/// The id of the hint under the box of `path`.
pub fn hint_id(path: &str) -> String {
    format!("{}-hint", field_id(path))
}

/// Where the focus goes for a problem on `path`, best first: the first usable control inside
/// the box (a set of choices, a list of lines), the box itself.
pub fn focus_selectors(path: &str) -> Vec<String> {
    let id = field_id(path);
    let mut selectors = vec![
        format!("#{id} input:enabled, #{id} select:enabled, #{id} textarea:enabled"),
        format!("#{id}:enabled"),
    ];
    if path == "work.occupation_code" {
        // The 小分類 is chosen once its 大分類 and 中分類 are.
        selectors.push(format!("#{}", field_id("work.occupation_major")));
    }
    selectors.push(format!("#{id}"));
    selectors
}

/// What the editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorPage {
    Step(PostingStep),
    /// 確認: the 求人票 as it would be published.
    Confirm,
}

impl Default for EditorPage {
    fn default() -> Self {
        EditorPage::Step(PostingStep::Category)
    }
}

/// What was sent and not answered yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sending {
    /// 一時保存.
    Save,
    /// 申込み.
    Submit,
}

/// Where the editor went, and so where the focus goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moved {
    /// A step is shown: its heading.
    Step,
    /// A problem is shown: the box of this field.
    Problem(String),
    /// The 確認 page: its heading.
    Confirm,
    /// A refusal that names no field: the message by the buttons.
    Error,
}

/// Where a refusal of the service is shown: at the field it names when that belongs to a
/// step, else by the buttons.
pub fn refusal_moved(err: &ApiError) -> Moved {
    match err.field.as_deref() {
        Some(field) if rules::step_of(field).is_some() => Moved::Problem(field.to_owned()),
        _ => Moved::Error,
    }
}

/// The eight steps' number (from 1) of `step`.
pub fn step_number(step: PostingStep) -> usize {
    PostingStep::ALL
        .iter()
        .position(|s| *s == step)
        .map_or(1, |i| i + 1)
}

fn step_after(step: PostingStep) -> Option<PostingStep> {
    PostingStep::ALL.get(step_number(step)).copied()
}

fn step_before(step: PostingStep) -> Option<PostingStep> {
    step_number(step)
        .checked_sub(2)
        .and_then(|i| PostingStep::ALL.get(i))
        .copied()
}

/// The form as the editor shows it: at least one 就業時間 line to type in.
pub fn prepared(mut form: PostingForm) -> PostingForm {
    if form.hours.shifts.is_empty() {
        form.hours.shifts.push(ShiftInput::default());
    }
    form
}

/// Chooses the 公開範囲; a range that cannot take online self-applications unticks them.
pub fn set_publication(form: &mut PostingForm, range: PublicationRange) {
    form.selection.publication = Some(range);
    if !selection::allows_online_application(range) {
        form.selection.online_application = false;
    }
}

/// Whether オンライン自主応募 can be ticked with the range chosen.
pub fn online_application_allowed(form: &PostingForm) -> bool {
    form.selection
        .publication
        .is_some_and(selection::allows_online_application)
}

/// Ticks or unticks one choice of a set (選考方法, 通知方法), keeping the set's order.
pub fn toggle<T: PartialEq + Copy>(set: &mut Vec<T>, value: T, on: bool) {
    let has = set.contains(&value);
    if on && !has {
        set.push(value);
    } else if !on && has {
        set.retain(|v| *v != value);
    }
}

/// The 大分類 and 中分類 a 職業分類 code lies under (empty when the code is not one).
pub fn occupation_levels(code: &str) -> (String, String) {
    let path = shigoto_refdata::occupation_path(code);
    let level = |depth: usize| {
        path.get(depth)
            .filter(|_| path.len() > depth + 1)
            .map(|o| o.code.to_owned())
            .unwrap_or_default()
    };
    (level(0), level(1))
}

/// 求人申込み as typed, and where the employer is in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingEditor {
    pub form: PostingForm,
    /// The form as last read or saved.
    pub saved: PostingForm,
    pub page: EditorPage,
    /// The problems shown: the current step's, or the field a refusal named.
    pub problems: Vec<ShownProblem>,
    pub sending: Option<Sending>,
    /// A refusal that names no field.
    pub error: Option<String>,
    /// The key of a note by the buttons (一時保存しました).
    pub notice: Option<&'static str>,
    /// The 求人票 of the 確認 page.
    pub preview: Option<Rc<JobSheet>>,
    /// For a change: the 求人票 in search now (its number and dates stay).
    pub published: Option<Rc<JobSheet>>,
}

impl PostingEditor {
    /// Starts editing `form` at the first step.
    pub fn open(&mut self, form: PostingForm) {
        let form = prepared(form);
        self.saved = form.clone();
        self.form = form;
        self.page = EditorPage::default();
        self.problems.clear();
        self.error = None;
        self.notice = None;
        self.preview = None;
    }

    /// Something was typed since the form was read or saved.
    pub fn dirty(&self) -> bool {
        self.form != self.saved
    }

    /// The problem shown on the field at `path`.
    pub fn problem(&self, path: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == path)
            .map(|p| p.message.as_str())
    }

    /// The field at `path` was changed: its problem goes, and so does the note.
    pub fn edited(&mut self, path: &str) {
        self.problems.retain(|p| p.field != path);
        self.notice = None;
    }

    /// Shows `page` with nothing flagged.
    fn show(&mut self, page: EditorPage) -> Moved {
        self.page = page;
        self.problems.clear();
        self.error = None;
        if page != EditorPage::Confirm {
            self.preview = None;
        }
        match page {
            EditorPage::Step(_) => Moved::Step,
            EditorPage::Confirm => Moved::Confirm,
        }
    }

    /// A step of the indicator was chosen (nothing is checked; everything typed stays).
    pub fn jump(&mut self, step: PostingStep) -> Moved {
        self.show(EditorPage::Step(step))
    }

    /// 「戻る」: the step before, or from 確認 the last step.
    pub fn back(&mut self) -> Moved {
        match self.page {
            EditorPage::Confirm => self.show(EditorPage::Step(PostingStep::Selection)),
            EditorPage::Step(step) => match step_before(step) {
                Some(before) => self.show(EditorPage::Step(before)),
                None => Moved::Step,
            },
        }
    }

    /// 「次へ」: the step's rules; with problems they are shown and the editor stays, else the
    /// next step, and after the last the 確認 page (where every step is checked again). The
    /// sheet of the 確認 page, the problems found and a refusal of the editor's own are in the
    /// language of `t`.
    pub fn next(
        &mut self,
        t: &Catalogue,
        today: NaiveDate,
        registration: Option<&EmployerRegistration>,
    ) -> Moved {
        let Some(registration) = registration else {
            return self.no_company(t);
        };
        let context = Context {
            today,
            company: &registration.profile,
        };
        match self.page {
            EditorPage::Confirm => Moved::Confirm,
            EditorPage::Step(step) => {
                let found = rules::check_step(&self.form, step, &context);
                if let Some(first) = found.first() {
                    let field = first.field.clone();
                    self.problems = written(t, found);
                    self.error = None;
                    return Moved::Problem(field);
                }
                match step_after(step) {
                    Some(after) => self.show(EditorPage::Step(after)),
                    None => self.confirm(t, &context, registration),
                }
            }
        }
    }

    /// The 確認 page when the whole form passes; else the first step with a problem.
    fn confirm(
        &mut self,
        t: &Catalogue,
        context: &Context,
        registration: &EmployerRegistration,
    ) -> Moved {
        let office_number = registration.office_number.as_deref().unwrap_or_default();
        let sheet = match &self.published {
            // A change keeps the number and the dates 受理 gave the posting it changes.
            Some(current) => rules::check(&self.form, context).map(|checked| {
                let issue = Issue {
                    job_number: current.job_number.clone(),
                    received_on: current.received_on,
                    referral_deadline: current.referral_deadline,
                    receiving_office: current.receiving_office.clone(),
                };
                rules::sheet(&checked, context.company, office_number, issue)
            }),
            None => rules::preview(
                &self.form,
                context,
                office_number,
                &t.t(RECEIVING_OFFICE_AT_ACCEPTANCE),
            ),
        };
        match sheet {
            Ok(sheet) => {
                let moved = self.show(EditorPage::Confirm);
                self.preview = Some(Rc::new(sheet));
                moved
            }
            Err(problems) => {
                let Some(first) = problems.first().cloned() else {
                    return self.no_company(t);
                };
                let step = rules::step_of(&first.field).unwrap_or(PostingStep::Category);
                self.show(EditorPage::Step(step));
                self.problems = written(t, problems)
                    .into_iter()
                    .filter(|p| rules::step_of(&p.field) == Some(step))
                    .collect();
                Moved::Problem(first.field)
            }
        }
    }

    fn no_company(&mut self, t: &Catalogue) -> Moved {
        self.error = Some(t.t("posting-no-company"));
        Moved::Error
    }

    /// The request of 一時保存 and 申込み: the form as typed.
    pub fn request(&self) -> PostingSave {
        PostingSave {
            form: self.form.clone(),
        }
    }

    /// 一時保存 or 申込み was sent.
    pub fn start(&mut self, sending: Sending) {
        self.sending = Some(sending);
        self.error = None;
        self.notice = None;
    }

    /// A refusal of the service: at its field's step when it names a field of the form, else
    /// by the buttons. Everything typed stays.
    pub fn refused(&mut self, err: &ApiError) -> Moved {
        self.sending = None;
        let step = err.field.as_deref().and_then(rules::step_of);
        match (err.field.clone(), step) {
            (Some(field), Some(step)) => {
                self.show(EditorPage::Step(step));
                self.problems = vec![ShownProblem {
                    field: field.clone(),
                    message: error_message(err),
                }];
                Moved::Problem(field)
            }
            _ => {
                self.error = Some(error_message(err));
                Moved::Error
            }
        }
    }

    /// 「就業時間を追加」.
    pub fn add_shift(&mut self) {
        if self.form.hours.shifts.len() < hours::MAX_SHIFTS {
            self.form.hours.shifts.push(ShiftInput::default());
        }
    }

    /// 「削除」 of the 就業時間 line `index` (one line always stays).
    pub fn remove_shift(&mut self, index: usize) {
        let shifts = &mut self.form.hours.shifts;
        if index < shifts.len() {
            shifts.remove(index);
        }
        if shifts.is_empty() {
            shifts.push(ShiftInput::default());
        }
        self.problems
            .retain(|p| !p.field.starts_with("hours.shifts"));
    }

    /// 「手当を追加」.
    pub fn add_allowance(&mut self) {
        if self.form.wage.allowances.len() < wage::MAX_ALLOWANCES {
            self.form.wage.allowances.push(AllowanceInput::default());
        }
    }

    /// 「削除」 of the 手当 line `index`.
    pub fn remove_allowance(&mut self, index: usize) {
        if index < self.form.wage.allowances.len() {
            self.form.wage.allowances.remove(index);
        }
        self.problems
            .retain(|p| !p.field.starts_with("wage.allowances"));
    }
}

mod screen;
pub use screen::*;

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod tests;
