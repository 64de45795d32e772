//! 求人申込み: the employer's form in the eight steps of Hello Work's paper form, kept as typed
//! (a draft holds whatever was typed, numbers included, so nothing is lost when it is saved
//! half-done), the states of a posting, and what employers and counselors read of postings.
//!
//! The rules that turn a form into a 求人票 (`JobSheet`) live in `shigoto_domain::posting`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::job::{
    EmploymentType, JobCategory, JobSheet, PublicationRange, RemoteWork, TwoDaysOff, WageKind,
    WorkStyle,
};

labelled_enum!(
    /// The eight steps of 求人申込み, in order.
    PostingStep {
        Category = "category" => "求人区分",
        Employer = "employer" => "事業所",
        Work = "work" => "仕事内容",
        Wage = "wage" => "賃金・手当",
        Hours = "hours" => "労働時間",
        Insurance = "insurance" => "保険・年金・定年",
        Pr = "pr" => "求人PR",
        Selection = "selection" => "選考方法",
    }
);

labelled_enum!(
    /// 年齢制限該当事由: the exceptions of 労働施策総合推進法 第9条 (施行規則 第1条の3) under which
    /// a posting may limit the applicants' age.
    AgeLimitReason {
        /// 1号: 定年年齢を上限として、その上限年齢未満の労働者を期間の定めのない労働契約の対象とする.
        RetirementAge = "retirement_age" => "定年年齢を上限（1号）",
        /// 2号: 労働基準法その他の法令の規定により年齢制限が設けられている.
        ByLaw = "by_law" => "法令の規定による年齢制限（2号）",
        /// 3号イ: 長期勤続によるキャリア形成のため、若年者等を期間の定めのない労働契約の対象とする.
        CareerBuilding = "career_building" => "長期勤続によるキャリア形成（3号イ）",
        /// 3号ロ: 技能・ノウハウの継承のため、特定の職種で特定の年齢層の労働者が少ない.
        SkillSuccession = "skill_succession" => "技能・ノウハウの継承（3号ロ）",
        /// 3号ハ: 芸術・芸能の分野における表現の真実性等の要請.
        Performance = "performance" => "芸術・芸能の表現の真実性（3号ハ）",
        /// 3号ニ: 60歳以上の高年齢者、または特定の年齢層の雇用を促進する国の施策の対象者に限る.
        OlderWorkers = "older_workers" => "60歳以上の高年齢者等の雇用促進（3号ニ）",
    }
);

labelled_enum!(
    /// 選考方法.
    SelectionMethod {
        Documents = "documents" => "書類選考",
        Interview = "interview" => "面接",
        Written = "written" => "筆記試験",
        Aptitude = "aptitude" => "適性検査",
        Other = "other" => "その他",
    }
);

labelled_enum!(
    /// 選考結果の通知方法.
    ResultNotice {
        Mail = "mail" => "郵送",
        Phone = "phone" => "電話",
        Email = "email" => "Eメール",
        MyPage = "mypage" => "求職者マイページ",
    }
);

labelled_enum!(
    /// Where a posting stands, as its employer sees it.
    PostingStatus {
        /// Being written; only its employer sees it.
        Draft = "draft" => "下書き",
        /// Filed (仮登録), waiting for a counselor.
        Submitted = "submitted" => "審査中",
        /// Sent back by a counselor with a reason; correct it and file it again.
        Returned = "returned" => "返戻",
        /// Accepted and open.
        Published = "published" => "公開中",
        /// Past its 紹介期限日.
        Expired = "expired" => "期限切れ",
        /// Stopped by its employer (募集停止).
        Stopped = "stopped" => "募集停止",
    }
);

/// Step 1, 求人区分.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CategoryStep {
    pub category: Option<JobCategory>,
    pub work_style: Option<WorkStyle>,
    /// 新卒・既卒: the year of the March graduation, as typed (e.g. 「2027」).
    pub graduation_year: String,
}

/// Step 2, 事業所: the company comes from the 事業所登録; these are the facts the 求人票 shows
/// besides it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct EmployerStep {
    /// 法人番号 (13 digits), empty when there is none.
    pub corporate_number: String,
    /// 従業員数（就業場所）.
    pub employees_site: String,
    /// 設立年 (西暦), may be empty.
    pub founded_year: String,
    /// 資本金 (万円), may be empty.
    pub capital_man_yen: String,
}

/// 就業場所 as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct WorkPlaceInput {
    pub prefecture_code: String,
    pub municipality_code: String,
    /// 番地・建物 after the municipality.
    pub address_line: String,
    /// 最寄り駅, may be empty.
    pub nearest_station: String,
    /// 最寄り駅から徒歩 (minutes), may be empty.
    pub station_minutes: String,
}

/// Step 3, 仕事内容.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct WorkStep {
    /// 職種.
    pub title: String,
    /// 職業分類 (a 3-digit 小分類 code).
    pub occupation_code: String,
    /// 仕事の内容.
    pub description: String,
    pub employment_type: Option<EmploymentType>,
    /// 雇用期間の定めあり.
    pub fixed_term: bool,
    /// 雇用期間 (months), when fixed.
    pub contract_months: String,
    /// 契約更新の可能性あり.
    pub contract_renewable: bool,
    /// 試用期間 (months), empty for none.
    pub trial_months: String,
    pub place: WorkPlaceInput,
    /// マイカー通勤可.
    pub car_commute: bool,
    /// 駐車場あり.
    pub parking: bool,
    /// 転勤の可能性あり.
    pub transfer: bool,
    pub remote_work: Option<RemoteWork>,
    /// UIJターン歓迎.
    pub uij_turn: bool,
    /// 年齢制限あり.
    pub age_limited: bool,
    pub age_min: String,
    pub age_max: String,
    pub age_reason: Option<AgeLimitReason>,
    /// 必要な学歴, empty for 不問.
    pub education: String,
    /// 必要な経験等, empty for 不問.
    pub experience: String,
    /// 必要な免許・資格, one a line, empty for 不問.
    pub licenses: String,
}

/// One 手当 line as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct AllowanceInput {
    pub name: String,
    /// Yen per month.
    pub amount: String,
}

/// Step 4, 賃金・手当.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct WageStep {
    pub kind: Option<WageKind>,
    /// 基本給 (lower bound), yen per month, day or hour as `kind` says.
    pub base_min: String,
    /// 基本給 (upper bound); empty means the same as the lower bound.
    pub base_max: String,
    pub allowances: Vec<AllowanceInput>,
    /// 固定残業代 (yen per month), empty for none.
    pub fixed_overtime: String,
    /// 通勤手当, e.g. 「実費支給（上限あり）月額30,000円」.
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

/// One 就業時間 line as typed (`HH:MM`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct ShiftInput {
    pub start: String,
    pub end: String,
}

/// Step 5, 労働時間.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct HoursStep {
    pub shifts: Vec<ShiftInput>,
    /// 交替制（シフト制）.
    pub rotating: bool,
    /// 月平均時間外労働時間.
    pub overtime_hours: String,
    /// 休憩時間 (minutes).
    pub break_minutes: String,
    /// 週所定労働日数 (パート).
    pub days_per_week: String,
    /// 休日等, e.g. 「土 日 祝日」.
    pub days_off: String,
    /// 土日祝休み.
    pub weekends_off: bool,
    pub two_days_off: Option<TwoDaysOff>,
    /// 年間休日数.
    pub annual_holidays: String,
}

/// Step 6, 保険・年金・定年.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct InsuranceStep {
    pub employment_insurance: bool,
    pub workers_compensation: bool,
    pub health_insurance: bool,
    pub pension: bool,
    /// 退職金制度あり.
    pub retirement_allowance: bool,
    /// 定年 (age), empty for none.
    pub retirement_age: String,
    /// 再雇用制度あり.
    pub rehiring: bool,
    /// 入居可能住宅あり.
    pub housing: bool,
    /// 利用可能託児施設あり.
    pub childcare: bool,
}

/// Step 7, 求人PR.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PrStep {
    /// 会社の特長.
    pub features: String,
    /// 求人に関する特記事項.
    pub special: String,
    /// 備考.
    pub remarks: String,
}

/// Step 8, 選考方法, with the publication range and 自主応募.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SelectionStep {
    /// 採用人数.
    pub openings: String,
    pub methods: Vec<SelectionMethod>,
    /// 選考結果通知 (within this many days).
    pub result_within_days: String,
    /// 応募書類等.
    pub documents: String,
    /// 選考場所, may be empty.
    pub place: String,
    /// 担当者.
    pub contact: String,
    /// 選考結果の通知方法.
    pub notice_by: Vec<ResultNotice>,
    pub publication: Option<PublicationRange>,
    /// オンライン自主応募を受け付ける.
    pub online_application: bool,
}

/// The whole 求人申込み as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PostingForm {
    pub category: CategoryStep,
    pub employer: EmployerStep,
    pub work: WorkStep,
    pub wage: WageStep,
    pub hours: HoursStep,
    pub insurance: InsuranceStep,
    pub pr: PrStep,
    pub selection: SelectionStep,
}

/// A new draft: empty, or a copy of one of the employer's postings (「過去の求人を複製」).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPosting {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_from: Option<i64>,
}

/// The form to keep (一時保存) or to file (申込み).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingSave {
    pub form: PostingForm,
}

/// A change of a published posting under way: it is reviewed like a new one while the
/// published version stays in search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingChange {
    /// The change's own posting id (a draft, filed or returned).
    pub id: i64,
    pub status: PostingStatus,
}

/// One line of an employer's 求人一覧.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingItem {
    pub id: i64,
    pub status: PostingStatus,
    /// 職種 as typed (may be empty in a draft).
    pub title: String,
    /// 求人番号, once accepted; for a change, the posting it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_number: Option<String>,
    /// True for a change of a published posting.
    pub is_change: bool,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub updated_at: NaiveDateTime,
    /// 受付年月日, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_on: Option<NaiveDate>,
    /// 紹介期限日, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral_deadline: Option<NaiveDate>,
    /// The one extension has been used.
    pub extended: bool,
    /// Why a counselor returned it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_reason: Option<String>,
    /// A change of this published posting under way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<PostingChange>,
}

/// One posting as its employer opens it: the form to edit and, once published, the sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingDetail {
    pub item: PostingItem,
    pub form: PostingForm,
    /// The published 求人票 (for a change, the version still in search).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<JobSheet>,
}

/// One filed posting in a counselor's 求人受理 list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingQueueItem {
    pub id: i64,
    pub status: PostingStatus,
    /// 事業所名.
    pub employer_name: String,
    /// 事業所番号.
    pub office_number: String,
    /// 職種.
    pub title: String,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub submitted_at: NaiveDateTime,
    /// For a change: the 求人番号 it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<String>,
}

/// A filed posting as a counselor reviews it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingReview {
    pub item: PostingQueueItem,
    /// The 求人票 as it would be published (for a new posting the number and dates are given
    /// at 受理).
    pub sheet: JobSheet,
    /// For a change: the version in search now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<JobSheet>,
}

/// A counselor returns a filed posting (返戻) with the reason its employer reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostingReturn {
    pub reason: String,
}
