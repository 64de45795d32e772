use super::fixtures::{detail, form};
use super::*;
use crate::forms::employer::fixtures::registration;
use shigoto_shared::{EmployerStatus, ErrorCode, JobCategory, PostingStatus, SelectionMethod};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn ja() -> &'static Catalogue {
    shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
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
        editor.next(ja(), today(), Some(&company)),
        Moved::Problem("category.category".into())
    );
    assert_eq!(editor.page, EditorPage::Step(PostingStep::Category));
    assert_eq!(
        editor.problem("category.work_style"),
        Some("フルタイムかパートかを選んでください。")
    );

    editor.form.category.category = Some(JobCategory::General);
    editor.edited("category.category");
    assert!(editor.problem("category.category").is_none());
    assert!(editor.dirty());
    editor.form.category.work_style = Some(shigoto_shared::WorkStyle::FullTime);
    assert_eq!(editor.next(ja(), today(), Some(&company)), Moved::Step);
    assert_eq!(editor.page, EditorPage::Step(PostingStep::Employer));
    assert!(editor.problems.is_empty());
    assert_eq!(editor.back(), Moved::Step);
    assert_eq!(editor.page, EditorPage::Step(PostingStep::Category));
    assert_eq!(editor.back(), Moved::Step, "nothing before the first step");
    assert_eq!(editor.jump(PostingStep::Hours), Moved::Step);
    assert_eq!(editor.page, EditorPage::Step(PostingStep::Hours));
    // Without the 事業所登録 nothing can be checked.
    assert_eq!(editor.next(ja(), today(), None), Moved::Error);
    assert_eq!(
        editor.error.as_deref(),
        Some("事業所登録を読み込めていないため、入力内容を確認できません。しばらくしてから、もう一度お試しください。")
    );
}

#[test]
fn the_last_step_leads_to_the_sheet_or_to_the_first_step_with_a_problem() {
    let company = accepted();
    let mut editor = PostingEditor::default();
    editor.open(form());
    editor.jump(PostingStep::Selection);
    assert_eq!(editor.next(ja(), today(), Some(&company)), Moved::Confirm);
    assert_eq!(editor.page, EditorPage::Confirm);
    let sheet = editor.preview.clone().unwrap();
    assert_eq!(sheet.work.title, "総務・一般事務");
    assert_eq!(
        sheet.receiving_office,
        "事業所を管轄するハローワーク（受理時に決定）"
    );
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
        editor.next(ja(), today(), Some(&company)),
        Moved::Problem("wage.base_min".into())
    );
    assert_eq!(editor.page, EditorPage::Step(PostingStep::Wage));
    assert_eq!(
        editor.problem("wage.base_min"),
        Some("基本給（下限）を数字で入力してください。")
    );
    let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
    editor.jump(PostingStep::Selection);
    editor.next(en, today(), Some(&company));
    assert_eq!(
        editor.problem("wage.base_min"),
        Some("Enter the base wage (from) as a number.")
    );
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
    screen
        .editor
        .next(ja(), today(), screen.registration.as_deref());
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
    assert_eq!(screen.editor.notice, Some(SAVED_NOTICE));

    answer.item.status = PostingStatus::Submitted;
    assert_eq!(screen.submitted(Ok(answer)), Ok(SUBMITTED_NOTICE));
}

#[test]
fn a_change_is_confirmed_with_the_number_and_dates_it_keeps() {
    let company = accepted();
    let mut published = PostingEditor::default();
    published.open(form());
    published.jump(PostingStep::Selection);
    published.next(ja(), day(2026, 11, 20), Some(&company));
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
        screen.editor.next(ja(), today(), registration.as_deref()),
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
    editor.problems.push(ShownProblem {
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
    assert_eq!(
        screen.actions.notice,
        Some(ActionNotice::Extended(Some(day(2027, 2, 28))))
    );
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
