//! Forms, postings and details for the tests of the 求人申込み state.

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
