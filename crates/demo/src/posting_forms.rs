//! Hand-written 求人申込み forms for a company in Chiyoda, Tokyo (a 25-person 事務用品卸):
//! complete ones that pass every step's rules (a full-time office job, a part-time warehouse
//! job, a sales job) and a half-written draft. The local demo's employer files them, and tests
//! use them as their sample postings.

use shigoto_shared::{
    AllowanceInput, CategoryStep, EmployerStep, EmploymentType, HoursStep, InsuranceStep,
    JobCategory, PostingForm, PrStep, PublicationRange, RemoteWork, ResultNotice, SelectionMethod,
    SelectionStep, ShiftInput, TwoDaysOff, WageKind, WageStep, WorkPlaceInput, WorkStep, WorkStyle,
};

/// Where the demo company's postings are worked: its own address in Chiyoda, Tokyo.
pub fn chiyoda() -> WorkPlaceInput {
    WorkPlaceInput {
        prefecture_code: "13".into(),
        municipality_code: "13101".into(),
        address_line: "霞が関1-2-2".into(),
        nearest_station: "霞ケ関駅".into(),
        station_minutes: "3".into(),
    }
}

/// A full-time office job, complete.
pub fn office_clerk() -> PostingForm {
    PostingForm {
        category: CategoryStep {
            category: Some(JobCategory::General),
            work_style: Some(WorkStyle::FullTime),
            graduation_year: String::new(),
        },
        employer: EmployerStep {
            corporate_number: String::new(),
            employees_site: "18".into(),
            founded_year: "1979".into(),
            capital_man_yen: "1000".into(),
        },
        work: WorkStep {
            title: "総務・一般事務".into(),
            occupation_code: "251".into(),
            description: "事務用品の受発注入力、請求書の発行、電話・来客応対など、総務課の一般事務をお願いします。パソコンは文字入力ができれば大丈夫です。".into(),
            employment_type: Some(EmploymentType::Regular),
            place: chiyoda(),
            remote_work: Some(RemoteWork::Partial),
            trial_months: "3".into(),
            ..WorkStep::default()
        },
        wage: WageStep {
            kind: Some(WageKind::Monthly),
            base_min: "215000".into(),
            base_max: "260000".into(),
            allowances: vec![AllowanceInput {
                name: "住宅手当".into(),
                amount: "10000".into(),
            }],
            commute_allowance: "実費支給（上限あり）月額30,000円".into(),
            closing_day: "月末".into(),
            pay_day: "翌月25日".into(),
            raise: "あり（前年度実績 月額5,000円）".into(),
            bonus: "あり（年2回・計3.0か月分）".into(),
            ..WageStep::default()
        },
        hours: HoursStep {
            shifts: vec![ShiftInput {
                start: "9:00".into(),
                end: "18:00".into(),
            }],
            overtime_hours: "8".into(),
            break_minutes: "60".into(),
            days_off: "土 日 祝日 年末年始 夏季休暇".into(),
            weekends_off: true,
            two_days_off: Some(TwoDaysOff::EveryWeek),
            annual_holidays: "125".into(),
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
            features: "創業45年の事務用品卸です。社員の平均勤続年数は12年、子育て中の社員も多く働いています。".into(),
            special: "未経験の方も歓迎します。入社後1か月は先輩社員がついて仕事を教えます。".into(),
            remarks: String::new(),
        },
        selection: SelectionStep {
            openings: "1".into(),
            methods: vec![SelectionMethod::Documents, SelectionMethod::Interview],
            result_within_days: "7".into(),
            documents: "履歴書（写真貼付）、職務経歴書".into(),
            place: String::new(),
            contact: "総務課 見本".into(),
            notice_by: vec![ResultNotice::Mail, ResultNotice::MyPage],
            publication: Some(PublicationRange::Full),
            online_application: true,
        },
    }
}

/// A part-time warehouse job, complete.
pub fn warehouse_part_time() -> PostingForm {
    let mut form = office_clerk();
    form.category.work_style = Some(WorkStyle::PartTime);
    form.employer.employees_site = "7".into();
    form.work = WorkStep {
        title: "倉庫内の軽作業（パート）".into(),
        occupation_code: "756".into(),
        description:
            "文具の入出荷に伴うピッキング、検品、箱詰めの作業です。重い荷物はほとんどありません。"
                .into(),
        employment_type: Some(EmploymentType::PartTime),
        fixed_term: true,
        contract_months: "6".into(),
        contract_renewable: true,
        place: chiyoda(),
        remote_work: Some(RemoteWork::None),
        ..WorkStep::default()
    };
    form.wage = WageStep {
        kind: Some(WageKind::Hourly),
        base_min: "1250".into(),
        base_max: "1400".into(),
        commute_allowance: "実費支給（上限あり）月額15,000円".into(),
        closing_day: "月末".into(),
        pay_day: "翌月25日".into(),
        raise: "あり（前年度実績 時間額30円）".into(),
        bonus: "なし".into(),
        ..WageStep::default()
    };
    form.hours = HoursStep {
        shifts: vec![
            ShiftInput {
                start: "9:00".into(),
                end: "14:00".into(),
            },
            ShiftInput {
                start: "13:00".into(),
                end: "17:00".into(),
            },
        ],
        overtime_hours: "0".into(),
        break_minutes: "0".into(),
        days_per_week: "3".into(),
        days_off: "土 日 祝日（シフトにより平日休み）".into(),
        two_days_off: Some(TwoDaysOff::EveryWeek),
        annual_holidays: "120".into(),
        ..HoursStep::default()
    };
    form.insurance.retirement_allowance = false;
    form.insurance.pension = false;
    form.insurance.health_insurance = false;
    form.selection.online_application = false;
    form.selection.documents = "履歴書（写真貼付）".into();
    form
}

/// A sales posting, filed and waiting for the counselor.
pub fn route_sales() -> PostingForm {
    let mut form = office_clerk();
    form.work.title = "ルート営業（文具・事務用品）".into();
    form.work.occupation_code = "349".into();
    form.work.description = "都内の既存のお客様（事務所・学校）を社用車で回り、文具と事務用品の注文を伺います。新規開拓はありません。".into();
    form.work.licenses = "普通自動車運転免許（AT限定可）".into();
    form.work.remote_work = Some(RemoteWork::None);
    form.wage.base_min = "240000".into();
    form.wage.base_max = "300000".into();
    form
}

/// A draft with only its first steps typed.
pub fn half_written() -> PostingForm {
    let mut form = PostingForm::default();
    form.category.category = Some(JobCategory::General);
    form.category.work_style = Some(WorkStyle::FullTime);
    form.work.title = "経理事務".into();
    form.work.description = "月次決算の補助、売掛金の管理をお願いします。".into();
    form
}
