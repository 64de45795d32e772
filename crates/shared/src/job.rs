//! The job posting (求人票) as it travels: the full sheet and the summary shown in result lists.
//!
//! Field groups follow the printed 求人票 of Hello Work: header, 求人事業所, 仕事内容, 賃金・手当,
//! 労働時間, その他の労働条件等, 選考等 and 特記事項. Fields that identify the employer are `Option`
//! because the publication range may hide them from the viewer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

labelled_enum!(
    /// 求人区分: the kind of posting.
    JobCategory {
        General = "general" => "一般",
        NewGraduate = "new_graduate" => "新卒・既卒",
        Seasonal = "seasonal" => "季節",
        Migrant = "migrant" => "出稼ぎ",
        Disability = "disability" => "障害のある方",
    }
);

labelled_enum!(
    /// フルタイム or パート.
    WorkStyle {
        FullTime = "full_time" => "フルタイム",
        PartTime = "part_time" => "パート",
    }
);

labelled_enum!(
    /// 雇用形態.
    EmploymentType {
        Regular = "regular" => "正社員",
        NonRegular = "non_regular" => "正社員以外",
        DispatchFixed = "dispatch_fixed" => "有期雇用派遣",
        DispatchIndefinite = "dispatch_indefinite" => "無期雇用派遣",
        PartTime = "part_time" => "パート労働者",
    }
);

labelled_enum!(
    /// 求人情報の公開範囲.
    PublicationRange {
        /// 事業所名等を含む求人情報を公開する.
        Full = "full" => "事業所名等を含む求人情報を公開",
        /// 事業所名等を含む求人情報を、求職者マイページを開設している求職者に限定公開する.
        RegisteredOnly = "registered_only" => "事業所名等を含む求人情報を求職者マイページ開設者に限定公開",
        /// 事業所名等を含まない求人情報を公開する.
        NoCompanyName = "no_company_name" => "事業所名等を含まない求人情報を公開",
        /// 求人情報を公開しない.
        NotPublished = "not_published" => "求人情報を公開しない",
    }
);

labelled_enum!(
    /// How the base wage is quoted.
    WageKind {
        Monthly = "monthly" => "月給",
        Daily = "daily" => "日給",
        Hourly = "hourly" => "時給",
    }
);

labelled_enum!(
    /// 週休二日制.
    TwoDaysOff {
        EveryWeek = "every_week" => "毎週",
        Other = "other" => "その他",
        None = "none" => "なし",
    }
);

labelled_enum!(
    /// テレワーク.
    RemoteWork {
        None = "none" => "なし",
        Partial = "partial" => "あり（一部在宅）",
        Full = "full" => "あり（完全在宅）",
    }
);

labelled_enum!(
    /// Where a posting stands.
    JobStatus {
        Open = "open" => "募集中",
        Closed = "closed" => "募集終了",
    }
);

labelled_enum!(
    /// The 求人票 conditions a search can require, one checkbox each.
    JobFeature {
        NoEducationRequired = "no_education" => "学歴不問",
        NoExperienceRequired = "no_experience" => "経験不問",
        NoLicenseRequired = "no_license" => "資格不問",
        CarCommute = "car_commute" => "マイカー通勤可",
        NoTransfer = "no_transfer" => "転勤なし",
        RemoteWork = "remote_work" => "テレワーク可",
        UijTurn = "uij_turn" => "UIJターン歓迎",
        WeekendsOff = "weekends_off" => "土日祝休み",
        LittleOvertime = "little_overtime" => "残業月10時間以内",
        Housing = "housing" => "入居可能住宅あり",
        Childcare = "childcare" => "託児施設あり",
        SeniorsWelcome = "seniors" => "60歳以上応募可",
        OnlineApplication = "online_application" => "オンライン自主応募可",
    }
);

/// One 求人票 in full.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobSheet {
    /// 求人番号, `NNNNN-NNNNNNNN`.
    pub job_number: String,
    /// 受付年月日.
    pub received_on: NaiveDate,
    /// 紹介期限日.
    pub referral_deadline: NaiveDate,
    /// 受理安定所 (the Hello Work office that accepted the posting).
    pub receiving_office: String,
    pub category: JobCategory,
    pub work_style: WorkStyle,
    pub status: JobStatus,
    pub publication: PublicationRange,
    /// オンライン自主応募の受付.
    pub online_application: bool,
    /// 新卒・既卒 postings: the year of the March graduation they recruit for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graduation_year: Option<i32>,
    pub employer: EmployerSection,
    pub work: WorkSection,
    pub wage: WageSection,
    pub hours: HoursSection,
    pub conditions: ConditionsSection,
    pub selection: SelectionSection,
    pub notes: NotesSection,
    /// True when the publication range hid the employer's identity from this viewer.
    #[serde(default)]
    pub employer_hidden: bool,
}

/// 求人事業所.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerSection {
    /// 事業所名 (hidden by the publication range when `None`).
    pub name: Option<String>,
    /// 事業所名（カナ）.
    pub name_kana: Option<String>,
    /// 事業所番号.
    pub office_number: Option<String>,
    pub postal_code: Option<String>,
    /// 所在地.
    pub address: Option<String>,
    pub phone: Option<String>,
    pub homepage: Option<String>,
    /// 代表者.
    pub representative: Option<String>,
    /// 法人番号.
    pub corporate_number: Option<String>,
    /// 事業内容.
    pub business: String,
    /// 会社の特長.
    pub features: String,
    /// 従業員数（企業全体）.
    pub employees_total: u32,
    /// 従業員数（就業場所）.
    pub employees_site: u32,
    /// 設立年 (西暦).
    pub founded_year: Option<u16>,
    /// 資本金 (万円).
    pub capital_man_yen: Option<u64>,
}

/// 仕事内容 and the conditions attached to the work itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkSection {
    /// 職種.
    pub title: String,
    /// 職業分類 code (3-digit 小分類).
    pub occupation_code: String,
    /// 仕事内容.
    pub description: String,
    pub employment_type: EmploymentType,
    /// 雇用期間: `None` means 定めなし.
    pub contract_months: Option<u16>,
    /// 契約更新の可能性.
    pub contract_renewable: bool,
    /// 就業場所.
    pub place: WorkPlace,
    /// 転勤の可能性.
    pub transfer: bool,
    pub remote_work: RemoteWork,
    /// UIJターン歓迎.
    pub uij_turn: bool,
    /// 年齢制限.
    pub age: AgeLimit,
    /// 学歴: `None` means 不問.
    pub education: Option<String>,
    /// 必要な経験等: `None` means 不問.
    pub experience: Option<String>,
    /// 必要な免許・資格 (empty means 不問).
    pub licenses: Vec<String>,
    /// 試用期間 (months), `None` means なし.
    pub trial_months: Option<u8>,
}

/// 就業場所.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkPlace {
    /// 都道府県コード (2 digits).
    pub prefecture_code: String,
    /// 市区町村コード (5 digits).
    pub municipality_code: String,
    /// 都道府県 + 市区町村, e.g. 「東京都千代田区」.
    pub locality: String,
    /// The rest of the address (hidden with the employer's identity).
    pub address_line: Option<String>,
    /// 最寄り駅.
    pub nearest_station: Option<String>,
    /// 最寄り駅から (minutes, on foot unless stated).
    pub station_minutes: Option<u16>,
    /// マイカー通勤.
    pub car_commute: bool,
    /// 駐車場.
    pub parking: bool,
}

/// 年齢制限.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeLimit {
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// 年齢制限該当事由, e.g. 「定年を上限」.
    pub reason: Option<String>,
}

/// 賃金・手当.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WageSection {
    pub kind: WageKind,
    /// 基本給 lower bound (yen per month, day or hour as `kind` says).
    pub base_min: u32,
    /// 基本給 upper bound.
    pub base_max: u32,
    /// 定額的に支払われる手当.
    pub allowances: Vec<Allowance>,
    /// 固定残業代 (yen per month), when paid.
    pub fixed_overtime: Option<u32>,
    /// 通勤手当.
    pub commute_allowance: String,
    /// 賃金締切日.
    pub closing_day: String,
    /// 賃金支払日.
    pub pay_day: String,
    /// 昇給.
    pub raise: String,
    /// 賞与.
    pub bonus: String,
}

/// One fixed allowance line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Allowance {
    pub name: String,
    pub amount: u32,
}

/// 労働時間.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HoursSection {
    /// 就業時間 (one or more shifts).
    pub shifts: Vec<Shift>,
    /// 交替制（シフト制）.
    pub rotating: bool,
    /// 月平均時間外労働時間.
    pub overtime_hours: u16,
    /// 休憩時間 (minutes).
    pub break_minutes: u16,
    /// 週所定労働日数 (part-time postings).
    pub days_per_week: Option<u8>,
    /// 休日等, e.g. 「土 日 祝日」.
    pub days_off: String,
    pub weekends_off: bool,
    /// 週休二日制.
    pub two_days_off: TwoDaysOff,
    /// 年間休日数.
    pub annual_holidays: u16,
}

/// One 就業時間 line, times as `HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shift {
    pub start: String,
    pub end: String,
}

/// その他の労働条件等.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConditionsSection {
    /// 雇用保険.
    pub employment_insurance: bool,
    /// 労災保険.
    pub workers_compensation: bool,
    /// 健康保険.
    pub health_insurance: bool,
    /// 厚生年金.
    pub pension: bool,
    /// 退職金制度.
    pub retirement_allowance: bool,
    /// 定年制 (age), `None` means なし.
    pub retirement_age: Option<u8>,
    /// 再雇用制度.
    pub rehiring: bool,
    /// 入居可能住宅.
    pub housing: bool,
    /// 利用可能託児施設.
    pub childcare: bool,
}

/// 選考等.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SelectionSection {
    /// 採用人数.
    pub openings: u16,
    /// 選考方法, e.g. 面接, 書類選考, 筆記試験.
    pub methods: Vec<String>,
    /// 選考結果通知 (days after the interview).
    pub result_within_days: u8,
    /// 応募書類等.
    pub documents: String,
    /// 選考場所.
    pub place: Option<String>,
    /// 担当者 (hidden with the employer's identity).
    pub contact: Option<String>,
    /// 選考結果の通知方法, e.g. 「郵送、Eメール」 (empty on sheets older than the field).
    #[serde(default)]
    pub notice_by: String,
}

/// 求人に関する特記事項 and 備考.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotesSection {
    /// 求人に関する特記事項.
    pub special: String,
    /// 備考.
    pub remarks: String,
}

/// One line of a result list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobSummary {
    pub job_number: String,
    /// 職種.
    pub title: String,
    /// `None` when the publication range hides it: show 「事業所名非公開」.
    pub employer_name: Option<String>,
    /// 都道府県 + 市区町村.
    pub locality: String,
    pub category: JobCategory,
    pub work_style: WorkStyle,
    pub employment_type: EmploymentType,
    pub wage_kind: WageKind,
    pub wage_min: u32,
    pub wage_max: u32,
    pub received_on: NaiveDate,
    pub referral_deadline: NaiveDate,
    pub status: JobStatus,
    pub online_application: bool,
    /// The first part of 仕事内容.
    pub excerpt: String,
    /// The conditions this posting offers, for tags in the list.
    pub features: Vec<JobFeature>,
    /// When the posting was first published here (UTC), in search results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub published_at: Option<chrono::NaiveDateTime>,
    /// In search results: how many other postings matching the same conditions are near-
    /// duplicates of this one (「ほか n件の類似求人」).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub similar: u32,
}

fn is_zero(count: &u32) -> bool {
    *count == 0
}
