//! Employers who may post (事業所登録 accepted) and a 求人申込み that passes every step.

use shigoto_shared::{
    AllowanceInput, CategoryStep, EmployerStep, EmploymentType, HoursStep, InsuranceStep,
    JobCategory, PostingForm, PrStep, PublicationRange, RemoteWork, ResultNotice, SelectionMethod,
    SelectionStep, ShiftInput, TwoDaysOff, WageKind, WageStep, WorkPlaceInput, WorkStep, WorkStyle,
};

use crate::accounts::open_employer;
use crate::server::TestServer;

/// A word of [`sample_posting`]'s 仕事の内容 that no demo posting uses.
pub const SAMPLE_KEYWORD: &str = "霞文具";

/// A full-time 一般 posting in Chiyoda, Tokyo, for [`crate::sample_office`]'s company, that
/// passes every step's rules.
pub fn sample_posting(title: &str) -> PostingForm {
    PostingForm {
        category: CategoryStep {
            category: Some(JobCategory::General),
            work_style: Some(WorkStyle::FullTime),
            graduation_year: String::new(),
        },
        employer: EmployerStep {
            corporate_number: String::new(),
            employees_site: "12".into(),
            founded_year: "1987".into(),
            capital_man_yen: "1000".into(),
        },
        work: WorkStep {
            title: title.into(),
            occupation_code: "251".into(),
            description: format!(
                "{SAMPLE_KEYWORD}ブランドの事務用品の受発注入力、電話応対、来客応対をお願いします。"
            ),
            employment_type: Some(EmploymentType::Regular),
            place: WorkPlaceInput {
                prefecture_code: "13".into(),
                municipality_code: "13101".into(),
                address_line: "霞が関1-2-2".into(),
                nearest_station: "霞ケ関駅".into(),
                station_minutes: "3".into(),
            },
            remote_work: Some(RemoteWork::None),
            trial_months: "3".into(),
            ..WorkStep::default()
        },
        wage: WageStep {
            kind: Some(WageKind::Monthly),
            base_min: "210000".into(),
            base_max: "260000".into(),
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
            retirement_age: "65".into(),
            ..InsuranceStep::default()
        },
        pr: PrStep {
            features: "創業以来、霞が関の事務用品を支えています。".into(),
            ..PrStep::default()
        },
        selection: SelectionStep {
            openings: "1".into(),
            methods: vec![SelectionMethod::Documents, SelectionMethod::Interview],
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

/// Opens a 求人者マイページ for `email` ([`crate::sample_office`], Tokyo), has the counselor
/// signed in with `counselor` (office 13010) accept its 事業所登録, and reads away the
/// acceptance mail; returns the employer's token. Needs a server started with SMTP.
pub async fn accepted_employer(
    server: &TestServer,
    counselor: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    let token = open_employer(server, email, password).await?;
    let queue = server.client.list_employer_applications(counselor).await?;
    let application = queue
        .iter()
        .find(|application| application.email == email)
        .ok_or_else(|| anyhow::anyhow!("{email} is not in the counselor's queue"))?;
    server
        .client
        .accept_employer(counselor, application.id)
        .await?;
    server
        .mail()?
        .take_mail_about(email, "事業所登録受理")
        .await?;
    Ok(token)
}
