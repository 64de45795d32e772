//! A complete, valid 求人申込み and the company it belongs to, for tests.

use chrono::NaiveDate;
use shigoto_shared::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

pub fn company() -> EmployerProfile {
    EmployerProfile {
        name: "株式会社しごと商事".into(),
        name_kana: "カブシキガイシャシゴトショウジ".into(),
        postal_code: "100-0013".into(),
        prefecture_code: "13".into(),
        municipality_code: "13101".into(),
        address: "霞が関1-2-2".into(),
        phone: "03-1234-5678".into(),
        representative: "山田 太郎".into(),
        industry: "卸売業".into(),
        employees: 120,
        business: "事務用品の卸売".into(),
        homepage: None,
    }
}

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
            description: "受発注の入力、電話応対、来客応対などの一般事務をお願いします。".into(),
            employment_type: Some(EmploymentType::Regular),
            place: WorkPlaceInput {
                prefecture_code: "13".into(),
                municipality_code: "13101".into(),
                address_line: "霞が関1-2-2".into(),
                nearest_station: "霞ケ関駅".into(),
                station_minutes: "3".into(),
            },
            remote_work: Some(RemoteWork::Partial),
            trial_months: "3".into(),
            licenses: "普通自動車運転免許\n".into(),
            ..WorkStep::default()
        },
        wage: WageStep {
            kind: Some(WageKind::Monthly),
            base_min: "200,000".into(),
            base_max: "250000".into(),
            allowances: vec![AllowanceInput {
                name: "住宅手当".into(),
                amount: "10000".into(),
            }],
            commute_allowance: "実費支給（上限あり）月額30,000円".into(),
            closing_day: "月末".into(),
            pay_day: "翌月25日".into(),
            raise: "あり（前年度実績 月額5,000円）".into(),
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
            retirement_allowance: true,
            retirement_age: "65".into(),
            ..InsuranceStep::default()
        },
        pr: PrStep {
            features: "創業以来、地域の事務用品を支えています。".into(),
            ..PrStep::default()
        },
        selection: SelectionStep {
            openings: "2".into(),
            methods: vec![SelectionMethod::Interview, SelectionMethod::Documents],
            result_within_days: "7".into(),
            documents: "履歴書、職務経歴書".into(),
            contact: "総務課 佐藤".into(),
            notice_by: vec![ResultNotice::Mail],
            publication: Some(PublicationRange::Full),
            online_application: true,
            ..SelectionStep::default()
        },
    }
}

/// The 求人票 of [`form`] as accepted on [`today`] at office 13010 (serial 1).
pub fn sheet() -> JobSheet {
    let company = company();
    let context = super::Context {
        today: today(),
        company: &company,
    };
    let checked = super::check(&form(), &context).expect("the sample form is complete");
    let issue = super::sheet::Issue {
        job_number: "13010-00000001".to_owned(),
        received_on: today(),
        referral_deadline: super::sheet::referral_deadline(&checked, today()),
        receiving_office: "飯田橋公共職業安定所".to_owned(),
    };
    super::sheet::sheet(&checked, &company, "1301-000001-0", issue)
}
