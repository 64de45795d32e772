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
use shigoto_domain::posting::{self as rules, hours, selection, wage, Context, Issue, Problem};
use shigoto_shared::{
    AllowanceInput, ApiError, EmployerRegistration, EmployerStatus, JobSheet, PostingDetail,
    PostingForm, PostingSave, PostingStatus, PostingStep, PublicationRange, ShiftInput,
};

use crate::forms::account::error_message;

/// Shown on the 求人一覧 after 申込み.
pub const SUBMITTED_NOTICE: &str =
    "求人を申し込みました（仮登録）。ハローワークが内容を確認し、受理されると求人番号が付いて公開されます。結果はメールでもお知らせします。";

/// Shown on the 求人一覧 after a change was filed.
pub const CHANGE_SUBMITTED_NOTICE: &str =
    "求人を申し込みました（仮登録）。求人内容の変更をハローワークが確認します。変更が受理されるまでは、公開中の求人票がそのまま検索に表示されます。";

/// Shown in the editor after 一時保存.
pub const SAVED_NOTICE: &str =
    "入力内容を一時保存しました。続きはいつでも求人一覧の「編集」から入力できます。";

/// 受理安定所 on the 確認 page: the office is named when the posting is accepted.
pub const RECEIVING_OFFICE_AT_ACCEPTANCE: &str = "事業所を管轄するハローワーク（受理時に決定）";

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
    pub problems: Vec<Problem>,
    pub sending: Option<Sending>,
    /// A refusal that names no field.
    pub error: Option<String>,
    /// A note by the buttons (一時保存しました).
    pub notice: Option<String>,
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
    /// next step, and after the last the 確認 page (where every step is checked again).
    pub fn next(&mut self, today: NaiveDate, registration: Option<&EmployerRegistration>) -> Moved {
        let Some(registration) = registration else {
            return self.no_company();
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
                    self.problems = found.into_vec();
                    self.error = None;
                    return Moved::Problem(field);
                }
                match step_after(step) {
                    Some(after) => self.show(EditorPage::Step(after)),
                    None => self.confirm(&context, registration),
                }
            }
        }
    }

    /// The 確認 page when the whole form passes; else the first step with a problem.
    fn confirm(&mut self, context: &Context, registration: &EmployerRegistration) -> Moved {
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
                RECEIVING_OFFICE_AT_ACCEPTANCE,
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
                    return self.no_company();
                };
                let step = rules::step_of(&first.field).unwrap_or(PostingStep::Category);
                self.show(EditorPage::Step(step));
                self.problems = problems
                    .into_vec()
                    .into_iter()
                    .filter(|p| rules::step_of(&p.field) == Some(step))
                    .collect();
                Moved::Problem(first.field)
            }
        }
    }

    fn no_company(&mut self) -> Moved {
        self.error = Some(
            "事業所登録を読み込めていないため、入力内容を確認できません。しばらくしてから、もう一度お試しください。"
                .to_owned(),
        );
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
                self.problems = vec![Problem {
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

/// A published posting's actions (`/employer/postings/:id` once it is no longer a draft).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostingAction {
    /// 紹介期限を延長する.
    Extend,
    /// 求人内容を変更する.
    Change,
    /// 募集を停止する.
    Stop,
}

/// The state of a published posting's actions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingActions {
    pub busy: Option<PostingAction>,
    /// 「募集を停止する」 was pressed: the confirmation is shown.
    pub confirming_stop: bool,
    pub error: Option<String>,
    pub notice: Option<String>,
}

/// One posting as its employer opens it: the editor while it is a draft or returned, else the
/// published 求人票 and its actions.
#[derive(Debug, Clone, PartialEq)]
pub struct PostingScreen {
    pub id: i64,
    pub detail: Option<Rc<PostingDetail>>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// The employer's 事業所登録 (the company the rules check against).
    pub registration: Option<Rc<EmployerRegistration>>,
    pub editor: PostingEditor,
    pub actions: PostingActions,
}

impl PostingScreen {
    /// The screen of posting `id`, with the 事業所登録 the sign-in said.
    pub fn new(id: i64, held: Option<&EmployerRegistration>) -> Self {
        Self {
            id,
            detail: None,
            loading: false,
            load_error: None,
            registration: held
                .filter(|r| r.status == EmployerStatus::Accepted)
                .cloned()
                .map(Rc::new),
            editor: PostingEditor::default(),
            actions: PostingActions::default(),
        }
    }

    pub fn status(&self) -> Option<PostingStatus> {
        self.detail.as_ref().map(|d| d.item.status)
    }

    /// A draft or a returned posting: the editor is shown.
    pub fn editable(&self) -> bool {
        matches!(
            self.status(),
            Some(PostingStatus::Draft | PostingStatus::Returned)
        )
    }

    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    /// The posting as read: an editable one opens in the editor.
    pub fn loaded(&mut self, result: Result<PostingDetail, ApiError>) {
        self.loading = false;
        match result {
            Ok(detail) => {
                let detail = Rc::new(detail);
                self.detail = Some(detail.clone());
                if self.editable() {
                    self.editor.open(detail.form.clone());
                    self.editor.published = detail
                        .sheet
                        .clone()
                        .filter(|_| detail.item.is_change)
                        .map(Rc::new);
                }
            }
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// The 事業所登録 as read (a failure keeps what the sign-in said).
    pub fn registration_loaded(&mut self, result: Result<EmployerRegistration, ApiError>) {
        if let Ok(registration) = result {
            self.registration = Some(Rc::new(registration));
        }
    }

    /// The answer to 一時保存: what was typed meanwhile stays.
    pub fn saved(&mut self, result: Result<PostingDetail, ApiError>) -> Moved {
        match result {
            Ok(detail) => {
                self.editor.sending = None;
                self.editor.saved = prepared(detail.form.clone());
                self.editor.notice = Some(SAVED_NOTICE.to_owned());
                self.detail = Some(Rc::new(detail));
                Moved::Step
            }
            Err(err) => self.editor.refused(&err),
        }
    }

    /// The answer to 申込み: the notice for the 求人一覧, or the refusal placed.
    pub fn submitted(&mut self, result: Result<PostingDetail, ApiError>) -> Result<String, Moved> {
        match result {
            Ok(detail) => {
                self.editor.sending = None;
                self.editor.saved = prepared(detail.form.clone());
                let notice = if detail.item.is_change {
                    CHANGE_SUBMITTED_NOTICE
                } else {
                    SUBMITTED_NOTICE
                };
                self.detail = Some(Rc::new(detail));
                Ok(notice.to_owned())
            }
            Err(err) => Err(self.editor.refused(&err)),
        }
    }

    /// 「紹介期限を延長する」 checked with the domain's rule before asking the service.
    pub fn extension_refusal(&self, today: NaiveDate) -> Option<String> {
        let item = &self.detail.as_ref()?.item;
        let refused = match item.referral_deadline {
            Some(deadline) => rules::extension(item.status, deadline, item.extended, today).err(),
            None => Some(rules::ExtensionRefused::NotPublished),
        };
        refused.map(|r| r.to_string())
    }

    /// An action was sent (false when one is awaited).
    pub fn acting(&mut self, action: PostingAction) -> bool {
        if self.actions.busy.is_some() {
            return false;
        }
        self.actions.busy = Some(action);
        self.actions.error = None;
        self.actions.notice = None;
        true
    }

    /// An action refused before asking the service.
    pub fn action_refused(&mut self, message: String) {
        self.actions.error = Some(message);
        self.actions.notice = None;
    }

    /// 「募集を停止する」: asks to confirm.
    pub fn ask_stop(&mut self) {
        self.actions.confirming_stop = true;
        self.actions.error = None;
        self.actions.notice = None;
    }

    pub fn cancel_stop(&mut self) {
        self.actions.confirming_stop = false;
    }

    /// The answer to an action: the posting as it is now and what happened, or the refusal.
    pub fn acted(&mut self, action: PostingAction, result: Result<PostingDetail, ApiError>) {
        self.actions.busy = None;
        match result {
            Ok(detail) => {
                self.actions.confirming_stop = false;
                self.actions.notice = Some(match action {
                    PostingAction::Extend => match detail.item.referral_deadline {
                        Some(deadline) => format!(
                            "紹介期限を延長しました。新しい紹介期限日は{}です。",
                            crate::format::date_ja(deadline)
                        ),
                        None => "紹介期限を延長しました。".to_owned(),
                    },
                    PostingAction::Stop => {
                        "募集を停止しました。この求人は検索に表示されなくなります。".to_owned()
                    }
                    PostingAction::Change => "求人内容の変更を始めました。".to_owned(),
                });
                self.detail = Some(Rc::new(detail));
            }
            Err(err) => self.actions.error = Some(error_message(&err)),
        }
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use shigoto_shared::*;

    /// A complete, valid 求人申込み for the company of `crate::forms::employer::fixtures`.
    pub fn form() -> PostingForm {
        PostingForm {
            category: CategoryStep {
                category: Some(JobCategory::General),
                work_style: Some(WorkStyle::FullTime),
                graduation_year: String::new(),
            },
            employer: EmployerStep {
                corporate_number: "7000012050002".into(),
                employees_site: "35".into(),
                founded_year: "1987".into(),
                capital_man_yen: "3000".into(),
            },
            work: WorkStep {
                title: "総務・一般事務".into(),
                occupation_code: "251".into(),
                description: "受発注の入力、電話応対などの一般事務です。".into(),
                employment_type: Some(EmploymentType::Regular),
                place: WorkPlaceInput {
                    prefecture_code: "13".into(),
                    municipality_code: "13101".into(),
                    address_line: "霞が関1-2-2".into(),
                    nearest_station: "霞ケ関駅".into(),
                    station_minutes: "3".into(),
                },
                remote_work: Some(RemoteWork::Partial),
                ..WorkStep::default()
            },
            wage: WageStep {
                kind: Some(WageKind::Monthly),
                base_min: "200,000".into(),
                base_max: "250000".into(),
                commute_allowance: "実費支給".into(),
                closing_day: "月末".into(),
                pay_day: "翌月25日".into(),
                raise: "あり".into(),
                bonus: "あり（年2回）".into(),
                ..WageStep::default()
            },
            hours: HoursStep {
                shifts: vec![ShiftInput {
                    start: "8:30".into(),
                    end: "17:30".into(),
                }],
                overtime_hours: "10".into(),
                break_minutes: "60".into(),
                days_off: "土 日 祝日".into(),
                weekends_off: true,
                two_days_off: Some(TwoDaysOff::EveryWeek),
                annual_holidays: "120".into(),
                ..HoursStep::default()
            },
            insurance: InsuranceStep {
                employment_insurance: true,
                workers_compensation: true,
                health_insurance: true,
                pension: true,
                retirement_age: "65".into(),
                ..InsuranceStep::default()
            },
            pr: PrStep::default(),
            selection: SelectionStep {
                openings: "2".into(),
                methods: vec![SelectionMethod::Interview],
                result_within_days: "7".into(),
                documents: "履歴書".into(),
                contact: "総務課 佐藤".into(),
                notice_by: vec![ResultNotice::Mail],
                publication: Some(PublicationRange::Full),
                online_application: true,
                ..SelectionStep::default()
            },
        }
    }

    pub fn item(id: i64, status: PostingStatus) -> PostingItem {
        let published = matches!(
            status,
            PostingStatus::Published | PostingStatus::Expired | PostingStatus::Stopped
        );
        PostingItem {
            id,
            status,
            title: "総務・一般事務".into(),
            job_number: published.then(|| "13010-00000001".into()),
            is_change: false,
            updated_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
                .and_then(|d| d.and_hms_opt(1, 30, 0))
                .expect("a real time"),
            received_on: published.then(|| super::tests::day(2026, 11, 20)),
            referral_deadline: published.then(|| super::tests::day(2027, 1, 31)),
            extended: false,
            return_reason: (status == PostingStatus::Returned).then(|| "賃金".into()),
            change: None,
        }
    }

    pub fn detail(id: i64, status: PostingStatus) -> PostingDetail {
        PostingDetail {
            item: item(id, status),
            form: form(),
            sheet: None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::fixtures::{detail, form};
    use super::*;
    use crate::forms::employer::fixtures::registration;
    use shigoto_shared::{ErrorCode, JobCategory, SelectionMethod};

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn today() -> NaiveDate {
        day(2026, 12, 4)
    }

    fn accepted() -> EmployerRegistration {
        let mut accepted = registration(EmployerStatus::Accepted);
        accepted.office_number = Some("1301-000001-9".into());
        accepted
    }

    #[test]
    fn field_ids_come_from_the_form_path() {
        assert_eq!(field_id("work.title"), "posting-work-title");
        assert_eq!(field_id("wage.base_min"), "posting-wage-base-min");
        assert_eq!(
            field_id("hours.shifts.0.start"),
            "posting-hours-shifts-0-start"
        );
        assert_eq!(
            field_id("wage.allowances.1.amount"),
            "posting-wage-allowances-1-amount"
        );
        assert_eq!(
            field_id("work.place.municipality_code"),
            "posting-work-place-municipality-code"
        );
        assert_eq!(
            choice_id("selection.publication", "registered_only"),
            "posting-selection-publication-registered-only"
        );
        assert_eq!(
            error_id("selection.notice_by"),
            "posting-selection-notice-by-error"
        );
        assert_eq!(
            focus_selectors("work.title").last().map(String::as_str),
            Some("#posting-work-title")
        );
        assert!(focus_selectors("work.occupation_code")
            .contains(&"#posting-work-occupation-major".to_owned()));
    }

    #[test]
    fn every_field_a_rule_names_has_a_step() {
        let company = accepted();
        let context = Context {
            today: today(),
            company: &company.profile,
        };
        let problems = rules::check(&PostingForm::default(), &context).unwrap_err();
        for problem in problems.iter() {
            assert!(
                rules::step_of(&problem.field).is_some(),
                "{}",
                problem.field
            );
            assert!(field_id(&problem.field).starts_with("posting-"));
        }
    }

    #[test]
    fn next_stays_on_a_step_with_problems_and_moves_on_when_it_is_clean() {
        let company = accepted();
        let mut editor = PostingEditor::default();
        editor.open(PostingForm::default());
        assert_eq!(editor.form.hours.shifts.len(), 1, "a line to type in");
        assert!(!editor.dirty());
        assert_eq!(
            editor.next(today(), Some(&company)),
            Moved::Problem("category.category".into())
        );
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Category));
        assert!(editor.problem("category.work_style").is_some());

        editor.form.category.category = Some(JobCategory::General);
        editor.edited("category.category");
        assert!(editor.problem("category.category").is_none());
        assert!(editor.dirty());
        editor.form.category.work_style = Some(shigoto_shared::WorkStyle::FullTime);
        assert_eq!(editor.next(today(), Some(&company)), Moved::Step);
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Employer));
        assert!(editor.problems.is_empty());
        assert_eq!(editor.back(), Moved::Step);
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Category));
        assert_eq!(editor.back(), Moved::Step, "nothing before the first step");
        assert_eq!(editor.jump(PostingStep::Hours), Moved::Step);
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Hours));
        // Without the 事業所登録 nothing can be checked.
        assert_eq!(editor.next(today(), None), Moved::Error);
        assert!(editor.error.is_some());
    }

    #[test]
    fn the_last_step_leads_to_the_sheet_or_to_the_first_step_with_a_problem() {
        let company = accepted();
        let mut editor = PostingEditor::default();
        editor.open(form());
        editor.jump(PostingStep::Selection);
        assert_eq!(editor.next(today(), Some(&company)), Moved::Confirm);
        assert_eq!(editor.page, EditorPage::Confirm);
        let sheet = editor.preview.clone().unwrap();
        assert_eq!(sheet.work.title, "総務・一般事務");
        assert_eq!(
            sheet.employer.office_number.as_deref(),
            Some("1301-000001-9")
        );
        assert_eq!(editor.back(), Moved::Step);
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Selection));
        assert!(editor.preview.is_none());

        // A step skipped with a problem: the 確認 sends back there.
        editor.form.wage.base_min.clear();
        assert_eq!(
            editor.next(today(), Some(&company)),
            Moved::Problem("wage.base_min".into())
        );
        assert_eq!(editor.page, EditorPage::Step(PostingStep::Wage));
        assert!(editor.problems.iter().all(|p| p.field.starts_with("wage.")));
    }

    #[test]
    fn refusals_of_the_service_go_to_their_field_s_step() {
        let mut screen = PostingScreen::new(7, Some(&accepted()));
        assert!(screen.registration.is_some());
        screen.loading();
        screen.loaded(Ok(detail(7, PostingStatus::Returned)));
        assert!(screen.editable());
        screen.editor.jump(PostingStep::Selection);
        screen.editor.next(today(), screen.registration.as_deref());
        screen.editor.start(Sending::Submit);
        let refused = ApiError::new(ErrorCode::InvalidParameter, "職種を入力してください。")
            .with_field("work.title");
        assert_eq!(refusal_moved(&refused), Moved::Problem("work.title".into()));
        assert_eq!(
            refusal_moved(&ApiError::new(ErrorCode::Conflict, "…").with_field("reason")),
            Moved::Error,
            "a field of no step"
        );
        assert_eq!(
            screen.submitted(Err(refused)),
            Err(Moved::Problem("work.title".into()))
        );
        assert_eq!(screen.editor.page, EditorPage::Step(PostingStep::Work));
        assert_eq!(
            screen.editor.problem("work.title"),
            Some("職種を入力してください。")
        );
        assert_eq!(screen.editor.sending, None);

        screen.editor.start(Sending::Save);
        let conflict = ApiError::new(ErrorCode::Conflict, "確認中のため、変更できません。");
        assert_eq!(screen.saved(Err(conflict)), Moved::Error);
        assert_eq!(
            screen.editor.error.as_deref(),
            Some("確認中のため、変更できません。")
        );

        screen.editor.form.work.title = "経理事務".into();
        screen.editor.start(Sending::Save);
        let mut answer = detail(7, PostingStatus::Returned);
        answer.form.work.title = "経理事務".into();
        assert_eq!(screen.saved(Ok(answer.clone())), Moved::Step);
        assert!(!screen.editor.dirty());
        assert_eq!(screen.editor.notice.as_deref(), Some(SAVED_NOTICE));

        answer.item.status = PostingStatus::Submitted;
        assert_eq!(
            screen.submitted(Ok(answer)),
            Ok(SUBMITTED_NOTICE.to_owned())
        );
    }

    #[test]
    fn a_change_is_confirmed_with_the_number_and_dates_it_keeps() {
        let company = accepted();
        let mut published = PostingEditor::default();
        published.open(form());
        published.jump(PostingStep::Selection);
        published.next(day(2026, 11, 20), Some(&company));
        let mut current = (*published.preview.unwrap()).clone();
        current.job_number = "13010-00000001".into();

        let mut change = detail(9, PostingStatus::Draft);
        change.item.is_change = true;
        change.item.job_number = Some("13010-00000001".into());
        change.form.wage.base_min = "210000".into();
        change.sheet = Some(current.clone());
        let mut screen = PostingScreen::new(9, Some(&company));
        screen.loaded(Ok(change));
        assert!(screen.editor.published.is_some());
        screen.editor.jump(PostingStep::Selection);
        let registration = screen.registration.clone();
        assert_eq!(
            screen.editor.next(today(), registration.as_deref()),
            Moved::Confirm
        );
        let sheet = screen.editor.preview.clone().unwrap();
        assert_eq!(sheet.job_number, "13010-00000001");
        assert_eq!(sheet.received_on, current.received_on);
        assert_eq!(sheet.referral_deadline, current.referral_deadline);
        assert_eq!(sheet.wage.base_min, 210_000);
    }

    #[test]
    fn lines_are_added_up_to_the_domain_s_limit_and_one_shift_stays() {
        let mut editor = PostingEditor::default();
        editor.open(PostingForm::default());
        for _ in 0..hours::MAX_SHIFTS + 2 {
            editor.add_shift();
        }
        assert_eq!(editor.form.hours.shifts.len(), hours::MAX_SHIFTS);
        for _ in 0..hours::MAX_SHIFTS + 2 {
            editor.remove_shift(0);
        }
        assert_eq!(editor.form.hours.shifts.len(), 1);
        for _ in 0..wage::MAX_ALLOWANCES + 1 {
            editor.add_allowance();
        }
        assert_eq!(editor.form.wage.allowances.len(), wage::MAX_ALLOWANCES);
        editor.problems.push(Problem {
            field: "wage.allowances.1.amount".into(),
            message: "手当の月額を…".into(),
        });
        editor.remove_allowance(0);
        assert!(editor.problems.is_empty(), "the lines moved");
        assert_eq!(editor.form.wage.allowances.len(), wage::MAX_ALLOWANCES - 1);
    }

    #[test]
    fn choices_of_the_selection_step() {
        let mut form = form();
        assert!(online_application_allowed(&form));
        set_publication(&mut form, PublicationRange::NoCompanyName);
        assert!(!form.selection.online_application && !online_application_allowed(&form));
        set_publication(&mut form, PublicationRange::RegisteredOnly);
        assert!(online_application_allowed(&form));
        toggle(
            &mut form.selection.methods,
            SelectionMethod::Documents,
            true,
        );
        toggle(
            &mut form.selection.methods,
            SelectionMethod::Documents,
            true,
        );
        assert_eq!(
            form.selection.methods,
            [SelectionMethod::Interview, SelectionMethod::Documents]
        );
        toggle(
            &mut form.selection.methods,
            SelectionMethod::Interview,
            false,
        );
        assert_eq!(form.selection.methods, [SelectionMethod::Documents]);
    }

    #[test]
    fn occupation_levels_of_a_code() {
        let (major, middle) = occupation_levels("251");
        assert!(!major.is_empty() && !middle.is_empty());
        let minors: Vec<_> = shigoto_refdata::occupation_children(Some(&middle))
            .map(|o| o.code)
            .collect();
        assert!(minors.contains(&"251"), "{minors:?}");
        assert_eq!(occupation_levels(""), (String::new(), String::new()));
    }

    #[test]
    fn published_postings_extend_once_and_say_so() {
        let mut screen = PostingScreen::new(3, Some(&accepted()));
        screen.loaded(Ok(detail(3, PostingStatus::Published)));
        assert!(!screen.editable());
        assert_eq!(screen.extension_refusal(day(2027, 1, 10)), None);
        assert!(screen.acting(PostingAction::Extend));
        assert!(!screen.acting(PostingAction::Stop), "one at a time");
        let mut extended = detail(3, PostingStatus::Published);
        extended.item.extended = true;
        extended.item.referral_deadline = Some(day(2027, 2, 28));
        screen.acted(PostingAction::Extend, Ok(extended));
        assert!(screen
            .actions
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("2027年2月28日")));
        assert!(screen
            .extension_refusal(day(2027, 1, 10))
            .is_some_and(|m| m.contains("1回だけ")));

        screen.ask_stop();
        assert!(screen.actions.confirming_stop);
        assert!(screen.acting(PostingAction::Stop));
        screen.acted(
            PostingAction::Stop,
            Err(ApiError::new(
                ErrorCode::Conflict,
                "公開中の求人ではありません。",
            )),
        );
        assert_eq!(
            screen.actions.error.as_deref(),
            Some("公開中の求人ではありません。")
        );
        assert!(screen.actions.confirming_stop, "still to confirm again");
    }
}
