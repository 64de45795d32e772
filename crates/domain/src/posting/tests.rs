//! The rules of each step, the whole check, and the sheet a form becomes.

use chrono::NaiveDate;
use proptest::prelude::*;
use shigoto_shared::*;

use super::sample::{company, form, today};
use super::*;

fn context(company: &EmployerProfile) -> Context<'_> {
    Context {
        today: today(),
        company,
    }
}

/// The fields with problems when `edit` is applied to the sample form, for `step`.
fn problems_after(step: PostingStep, edit: impl FnOnce(&mut PostingForm)) -> Vec<String> {
    let company = company();
    let mut changed = form();
    edit(&mut changed);
    check_step(&changed, step, &context(&company))
        .iter()
        .map(|problem| problem.field.clone())
        .collect()
}

#[test]
fn the_sample_passes_every_step_and_the_whole_check() {
    let company = company();
    for step in PostingStep::ALL {
        let found = check_step(&form(), *step, &context(&company));
        assert!(found.is_empty(), "{step:?}: {found:?}");
    }
    assert!(check(&form(), &context(&company)).is_ok());
}

#[test]
fn an_empty_form_names_every_required_field_on_its_step() {
    let company = company();
    let problems = check(&PostingForm::default(), &context(&company)).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for expected in [
        "category.category",
        "category.work_style",
        "employer.employees_site",
        "work.title",
        "work.occupation_code",
        "work.description",
        "work.employment_type",
        "work.place.prefecture_code",
        "work.remote_work",
        "wage.kind",
        "wage.base_min",
        "wage.closing_day",
        "hours.shifts.0.start",
        "hours.break_minutes",
        "hours.two_days_off",
        "insurance.workers_compensation",
        "selection.openings",
        "selection.methods",
        "selection.publication",
    ] {
        assert!(
            fields.contains(&expected),
            "{expected} missing from {fields:?}"
        );
    }
    for problem in problems.iter() {
        assert!(step_of(&problem.field).is_some(), "{}", problem.field);
        assert!(
            shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja).has(problem.message.key()),
            "{}",
            problem.message.key()
        );
    }
}

#[test]
fn new_graduate_postings_need_this_or_next_graduation() {
    let new_graduate = |year: &'static str| {
        problems_after(PostingStep::Category, move |f| {
            f.category.category = Some(JobCategory::NewGraduate);
            f.category.graduation_year = year.into();
        })
    };
    assert_eq!(new_graduate(""), ["category.graduation_year"]);
    assert!(new_graduate("2027").is_empty());
    assert!(new_graduate("２０２８").is_empty());
    assert_eq!(new_graduate("2026"), ["category.graduation_year"]);
    assert_eq!(new_graduate("2029"), ["category.graduation_year"]);
    // In March the school year still ends this year.
    let march = NaiveDate::from_ymd_opt(2027, 3, 20).unwrap();
    assert_eq!(category::graduation_years(march), 2027..=2028);
    assert_eq!(category::graduation_years(today()), 2027..=2028);
}

#[test]
fn the_work_place_has_no_more_staff_than_the_company() {
    assert!(
        problems_after(PostingStep::Employer, |f| f.employer.employees_site =
            "120".into())
        .is_empty()
    );
    assert_eq!(
        problems_after(PostingStep::Employer, |f| f.employer.employees_site =
            "121".into()),
        ["employer.employees_site"]
    );
    assert_eq!(
        problems_after(PostingStep::Employer, |f| f.employer.corporate_number =
            "1234567890123".into()),
        ["employer.corporate_number"]
    );
    assert!(problems_after(PostingStep::Employer, |f| f
        .employer
        .corporate_number
        .clear())
    .is_empty());
    assert_eq!(
        problems_after(PostingStep::Employer, |f| f.employer.founded_year =
            "2027".into()),
        ["employer.founded_year"]
    );
}

/// The first problem of `step` after `edit`, written in `lang`.
fn first_message(
    lang: shigoto_i18n::Lang,
    step: PostingStep,
    edit: impl FnOnce(&mut PostingForm),
) -> String {
    let company = company();
    let mut changed = form();
    edit(&mut changed);
    let problems = check_step(&changed, step, &context(&company));
    let first = problems.first().expect("a problem");
    shigoto_i18n::catalogue(lang).text(&first.message)
}

#[test]
fn messages_are_written_in_each_language_with_their_values() {
    use shigoto_i18n::Lang::{En, Ja};
    let big_company = |f: &mut PostingForm| f.employer.employees_site = "1201".into();
    let company_of = |employees: u32| {
        let mut company = company();
        company.employees = employees;
        company
    };
    let large = company_of(1200);
    let mut changed = form();
    big_company(&mut changed);
    let over = check_step(&changed, PostingStep::Employer, &context(&large));
    assert_eq!(
        shigoto_i18n::catalogue(Ja).text(&over.first().unwrap().message),
        "就業場所の従業員数は、事業所登録の従業員数（企業全体 1200人）以下で入力してください。"
    );
    assert_eq!(
        first_message(Ja, PostingStep::Category, |f| {
            f.category.category = Some(JobCategory::NewGraduate);
            f.category.graduation_year = "2030".into();
        }),
        "新卒・既卒求人の卒業年は2027年か2028年（いずれも3月卒業）で入力してください。"
    );
    assert_eq!(
        first_message(Ja, PostingStep::Work, |f| f.category.category =
            Some(JobCategory::Seasonal)),
        "季節求人は雇用期間の定めありで入力してください。"
    );
    assert_eq!(
        first_message(En, PostingStep::Work, |f| f.category.category =
            Some(JobCategory::Seasonal)),
        "For a job of the type \"Seasonal\", tick \"Fixed-term contract\"."
    );
    assert_eq!(
        first_message(Ja, PostingStep::Work, |f| f.work.title = "x".repeat(41)),
        "職種は40文字以内で入力してください（いま41文字）。"
    );
    assert_eq!(
        first_message(Ja, PostingStep::Employer, |f| f.employer.capital_man_yen =
            "100000000001".into()),
        "資本金（万円）は0から100000000000までの数字で入力してください。"
    );
    assert_eq!(
        first_message(Ja, PostingStep::Hours, |f| f.hours.break_minutes =
            "45".into()),
        "実働8時間15分の就業時間には、60分以上の休憩が必要です（労働基準法第34条）。"
    );
    assert_eq!(
        first_message(En, PostingStep::Hours, |f| f.hours.break_minutes =
            "45".into()),
        "Working hours of 8 h 15 min of actual work need a break of at least 60 minutes \
         (Labour Standards Act, Article 34)."
    );
}

#[test]
fn contract_terms_fit_the_employment_type_and_the_category() {
    assert_eq!(
        problems_after(PostingStep::Work, |f| {
            f.work.fixed_term = true;
            f.work.contract_months = "12".into();
        }),
        ["work.fixed_term"]
    );
    assert!(problems_after(PostingStep::Work, |f| {
        f.work.employment_type = Some(EmploymentType::NonRegular);
        f.work.fixed_term = true;
        f.work.contract_months = "12".into();
    })
    .is_empty());
    assert_eq!(
        problems_after(PostingStep::Work, |f| {
            f.work.employment_type = Some(EmploymentType::NonRegular);
            f.work.fixed_term = true;
            f.work.contract_months = "61".into();
        }),
        ["work.contract_months"]
    );
    assert_eq!(
        problems_after(PostingStep::Work, |f| f.category.category =
            Some(JobCategory::Seasonal)),
        ["work.fixed_term"]
    );
    assert_eq!(
        problems_after(PostingStep::Work, |f| f.work.employment_type =
            Some(EmploymentType::DispatchFixed)),
        ["work.fixed_term"]
    );
}

#[test]
fn the_work_place_is_a_municipality_of_its_prefecture() {
    assert_eq!(
        problems_after(PostingStep::Work, |f| f.work.place.municipality_code =
            "27102".into()),
        ["work.place.municipality_code"]
    );
    assert_eq!(
        problems_after(PostingStep::Work, |f| f.work.occupation_code = "25".into()),
        ["work.occupation_code"]
    );
}

#[test]
fn an_age_limit_needs_its_legal_exception() {
    let limited = |min: &'static str, max: &'static str, reason: Option<AgeLimitReason>| {
        problems_after(PostingStep::Work, move |f| {
            f.work.age_limited = true;
            f.work.age_min = min.into();
            f.work.age_max = max.into();
            f.work.age_reason = reason;
        })
    };
    assert_eq!(limited("", "", None), ["work.age_max"]);
    assert_eq!(limited("", "34", None), ["work.age_reason"]);
    assert!(limited("", "34", Some(AgeLimitReason::CareerBuilding)).is_empty());
    assert_eq!(
        limited("20", "34", Some(AgeLimitReason::CareerBuilding)),
        ["work.age_reason"]
    );
    assert!(limited("", "64", Some(AgeLimitReason::RetirementAge)).is_empty());
    assert_eq!(
        limited("18", "", Some(AgeLimitReason::RetirementAge)),
        ["work.age_reason"]
    );
    assert!(limited("60", "", Some(AgeLimitReason::OlderWorkers)).is_empty());
    assert_eq!(
        limited("55", "", Some(AgeLimitReason::OlderWorkers)),
        ["work.age_reason"]
    );
    assert!(limited("18", "", Some(AgeLimitReason::ByLaw)).is_empty());
    assert_eq!(
        limited("40", "30", Some(AgeLimitReason::ByLaw)),
        ["work.age_min"]
    );
    assert_eq!(
        limited("", "14", Some(AgeLimitReason::ByLaw)),
        ["work.age_max"]
    );
    // 3号イ asks for no experience.
    assert_eq!(
        problems_after(PostingStep::Work, |f| {
            f.work.age_limited = true;
            f.work.age_max = "34".into();
            f.work.age_reason = Some(AgeLimitReason::CareerBuilding);
            f.work.experience = "事務経験3年以上".into();
        }),
        ["work.age_reason"]
    );
    // Values typed under 「年齢制限なし」 are ignored.
    assert!(problems_after(PostingStep::Work, |f| f.work.age_min = "abc".into()).is_empty());
}

#[test]
fn the_retirement_age_limit_is_the_retirement_age_minus_one() {
    let with_retirement = |retirement: &'static str| {
        problems_after(PostingStep::Insurance, move |f| {
            f.work.age_limited = true;
            f.work.age_max = "64".into();
            f.work.age_reason = Some(AgeLimitReason::RetirementAge);
            f.insurance.retirement_age = retirement.into();
            f.insurance.rehiring = true;
        })
    };
    assert!(with_retirement("65").is_empty());
    assert_eq!(with_retirement("60"), ["insurance.retirement_age"]);
    assert_eq!(with_retirement(""), ["insurance.retirement_age"]);
}

#[test]
fn retirement_under_65_needs_rehiring_and_never_under_60() {
    assert_eq!(
        problems_after(PostingStep::Insurance, |f| f.insurance.retirement_age =
            "60".into()),
        ["insurance.rehiring"]
    );
    assert!(problems_after(PostingStep::Insurance, |f| {
        f.insurance.retirement_age = "60".into();
        f.insurance.rehiring = true;
    })
    .is_empty());
    assert_eq!(
        problems_after(PostingStep::Insurance, |f| f.insurance.retirement_age =
            "55".into()),
        ["insurance.retirement_age"]
    );
    assert!(problems_after(PostingStep::Insurance, |f| f
        .insurance
        .retirement_age
        .clear())
    .is_empty());
    assert_eq!(
        problems_after(PostingStep::Insurance, |f| f
            .insurance
            .workers_compensation =
            false),
        ["insurance.workers_compensation"]
    );
}

#[test]
fn wage_ranges_run_upwards() {
    assert_eq!(
        problems_after(PostingStep::Wage, |f| f.wage.base_max = "190000".into()),
        ["wage.base_max"]
    );
    assert!(problems_after(PostingStep::Wage, |f| f.wage.base_max.clear()).is_empty());
    assert_eq!(
        problems_after(PostingStep::Wage, |f| {
            f.wage.kind = Some(WageKind::Hourly);
            f.wage.base_min = "1200".into();
            f.wage.base_max = "250000".into();
        }),
        ["wage.base_max"]
    );
    assert_eq!(
        problems_after(PostingStep::Wage, |f| f.wage.base_min = "20万".into()),
        ["wage.base_min"]
    );
    assert_eq!(
        problems_after(PostingStep::Wage, |f| f.wage.allowances.push(
            AllowanceInput {
                name: "資格手当".into(),
                amount: String::new(),
            }
        )),
        ["wage.allowances.1.amount"]
    );
    // A wholly empty allowance line is no line.
    assert!(problems_after(PostingStep::Wage, |f| f
        .wage
        .allowances
        .push(AllowanceInput::default()))
    .is_empty());
}

#[test]
fn hours_agree_with_breaks_and_days_off() {
    // 8:30–17:30 with 45 minutes is 8h15 of work: an hour is due.
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.hours.break_minutes = "45".into()),
        ["hours.break_minutes"]
    );
    // 9:00–15:30 with 30 minutes is 6h: no more is due; 9:00–16:00 with 30 is 6h30: 45 due.
    let short = |end: &'static str, rest: &'static str| {
        problems_after(PostingStep::Hours, move |f| {
            f.hours.shifts = vec![ShiftInput {
                start: "9:00".into(),
                end: end.into(),
            }];
            f.hours.break_minutes = rest.into();
        })
    };
    assert!(short("15:30", "30").is_empty());
    assert_eq!(short("16:00", "30"), ["hours.break_minutes"]);
    assert!(short("16:00", "45").is_empty());
    // Night shifts run through midnight.
    assert!(problems_after(PostingStep::Hours, |f| {
        f.hours.shifts = vec![ShiftInput {
            start: "22:00".into(),
            end: "7:00".into(),
        }];
    })
    .is_empty());
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.hours.shifts[0].end =
            "8:30".into()),
        ["hours.shifts.0.end"]
    );
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.hours.annual_holidays =
            "100".into()),
        ["hours.annual_holidays"]
    );
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.hours.two_days_off =
            Some(TwoDaysOff::Other)),
        ["hours.two_days_off"]
    );
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.hours.overtime_hours = "81".into()),
        ["hours.overtime_hours"]
    );
    assert_eq!(
        problems_after(PostingStep::Hours, |f| f.category.work_style =
            Some(WorkStyle::PartTime)),
        ["hours.days_per_week"]
    );
}

#[test]
fn online_application_only_where_the_company_is_named() {
    assert_eq!(
        problems_after(PostingStep::Selection, |f| f.selection.publication =
            Some(PublicationRange::NoCompanyName)),
        ["selection.online_application"]
    );
    assert!(problems_after(PostingStep::Selection, |f| {
        f.selection.publication = Some(PublicationRange::NotPublished);
        f.selection.online_application = false;
    })
    .is_empty());
    assert!(
        problems_after(PostingStep::Selection, |f| f.selection.publication =
            Some(PublicationRange::RegisteredOnly))
        .is_empty()
    );
}

#[test]
fn the_sheet_carries_the_company_and_every_step() {
    let company = company();
    let context = context(&company);
    let sheet = preview(&form(), &context, "1301-123456-7", "飯田橋").unwrap();
    assert_eq!(sheet.job_number, NUMBER_AT_ACCEPTANCE);
    assert_eq!(sheet.received_on, today());
    assert_eq!(
        sheet.referral_deadline,
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
    );
    assert_eq!(sheet.employer.name.as_deref(), Some("株式会社しごと商事"));
    assert_eq!(
        sheet.employer.address.as_deref(),
        Some("東京都千代田区霞が関1-2-2")
    );
    assert_eq!(
        sheet.employer.office_number.as_deref(),
        Some("1301-123456-7")
    );
    assert_eq!(sheet.employer.employees_site, 35);
    assert_eq!(sheet.work.place.locality, "東京都千代田区");
    assert_eq!(sheet.work.licenses, ["普通自動車運転免許"]);
    assert_eq!(sheet.wage.base_min, 200_000);
    assert_eq!(sheet.hours.shifts[0].start, "08:30");
    assert_eq!(sheet.selection.methods, ["書類選考", "面接"]);
    assert_eq!(sheet.selection.notice_by, "郵送");
    assert_eq!(sheet.status, JobStatus::Open);
    assert!(sheet.online_application);
    // The search's features read it like any other sheet.
    let features = crate::features::of(&sheet);
    assert!(features.contains(&JobFeature::WeekendsOff));
    assert!(features.contains(&JobFeature::OnlineApplication));
}

#[test]
fn new_graduate_sheets_run_to_the_march_of_graduation() {
    let company = company();
    let mut new_graduate = form();
    new_graduate.category.category = Some(JobCategory::NewGraduate);
    new_graduate.category.graduation_year = "2028".into();
    let sheet = preview(&new_graduate, &context(&company), "1301-123456-7", "飯田橋").unwrap();
    assert_eq!(sheet.graduation_year, Some(2028));
    assert_eq!(
        sheet.referral_deadline,
        NaiveDate::from_ymd_opt(2028, 3, 31).unwrap()
    );
}

proptest! {
    /// Whatever is typed, the check answers (no panic) and every problem sits on a step.
    #[test]
    fn any_typing_is_answered(
        numbers in proptest::collection::vec("[0-9０-９,:：a-z万 ]{0,12}", 12),
        texts in proptest::collection::vec("\\PC{0,700}", 4),
    ) {
        let company = company();
        let mut typed = form();
        typed.employer.employees_site = numbers[0].clone();
        typed.wage.base_min = numbers[1].clone();
        typed.wage.base_max = numbers[2].clone();
        typed.hours.shifts[0].start = numbers[3].clone();
        typed.hours.shifts[0].end = numbers[4].clone();
        typed.hours.break_minutes = numbers[5].clone();
        typed.hours.annual_holidays = numbers[6].clone();
        typed.insurance.retirement_age = numbers[7].clone();
        typed.selection.openings = numbers[8].clone();
        typed.work.age_max = numbers[9].clone();
        typed.work.age_limited = !numbers[10].is_empty();
        typed.category.graduation_year = numbers[11].clone();
        typed.work.title = texts[0].clone();
        typed.work.description = texts[1].clone();
        typed.pr.features = texts[2].clone();
        typed.wage.bonus = texts[3].clone();
        match check(&typed, &context(&company)) {
            Ok(checked) => {
                prop_assert!(checked.wage.base_min <= checked.wage.base_max);
                prop_assert!(checked.work.title.chars().count() <= work::MAX_TITLE_CHARS);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in problems.iter() {
                    prop_assert!(step_of(&problem.field).is_some());
                }
            }
        }
    }

    /// A checked wage range never runs downwards, and the upper bound defaults to the lower.
    #[test]
    fn checked_wages_run_upwards(low in 1u32..1_000_000, high in proptest::option::of(1u32..1_000_000)) {
        let company = company();
        let mut typed = form();
        typed.wage.base_min = low.to_string();
        typed.wage.base_max = high.map(|h| h.to_string()).unwrap_or_default();
        let found = check_step(&typed, PostingStep::Wage, &context(&company));
        let expected_ok = high.is_none_or(|h| h >= low);
        prop_assert_eq!(found.is_empty(), expected_ok);
    }
}
