//! Accounts on the wire: roles, sign-in, MyPage opening with a 認証キー, counter registration.
//!
//! The session token appears only in [`SignedIn`], which travels between the service and the
//! desktop core; the desktop core keeps it in the OS keyring and never hands it to the web view.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who an account belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 求職者.
    Seeker,
    /// 求人者.
    Employer,
    /// ハローワーク職員.
    Counselor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Seeker => "seeker",
            Role::Employer => "employer",
            Role::Counselor => "counselor",
        }
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "seeker" => Some(Role::Seeker),
            "employer" => Some(Role::Employer),
            "counselor" => Some(Role::Counselor),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Seeker => "求職者",
            Role::Employer => "求人者",
            Role::Counselor => "ハローワーク職員",
        }
    }
}

/// `POST /api/v1/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignIn {
    pub email: String,
    pub password: String,
}

/// Answer to a successful sign-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedIn {
    /// Opaque bearer token (send as `Authorization: Bearer …`).
    pub token: String,
    pub account: AccountInfo,
}

/// The signed-in account as the app shows it (`GET /api/v1/me`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountInfo {
    pub role: Role,
    pub email: String,
    /// Name to greet the user with.
    pub display_name: String,
    /// 求職番号, for job seekers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seeker_number: Option<String>,
    /// The office a counselor works at, or a job seeker's registration belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_code: Option<String>,
    /// That office's name (ハローワーク千代田).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_name: Option<String>,
    /// Job seekers: where their registration stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<RegistrationStatus>,
    /// Job seekers with a provisional registration: the last day a counselor can complete it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisional_until: Option<NaiveDate>,
    /// Employers: where their 事業所登録 stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<EmployerRegistration>,
    /// Job seekers: 求職状態 on the day of the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seeking: Option<SeekingStatus>,
}

/// A job seeker's 求職状態 on the day of the answer (Japan date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekingStatus {
    pub state: JobSeekingState,
    /// The last day the registration is (or was) valid.
    pub valid_until: NaiveDate,
    /// 有効, and within the days before `valid_until` the seeker is warned about.
    pub expires_soon: bool,
    /// 無効: whether 求職有効 can be switched online (else only at a Hello Work office).
    pub can_switch_online: bool,
}

/// Step 1 of opening a MyPage as a counter-registered seeker: agreement, email, birth date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningKeyRequest {
    pub email: String,
    pub birth_date: NaiveDate,
    /// 利用規約に同意する.
    pub agreed_terms: bool,
    /// プライバシーポリシーに同意する.
    pub agreed_privacy: bool,
    /// The version of the texts shown.
    pub terms_version: String,
}

/// The same answer whether or not the email and birth date were known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeySent {
    pub message: String,
}

/// Step 2: the key from the mail and the new password, twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningCompletion {
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
}

/// A counselor records a job seeker at the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounterRegistration {
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub email: String,
    pub prefecture_code: String,
}

/// A recorded job seeker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisteredSeeker {
    /// 求職番号.
    pub seeker_number: String,
    pub name: String,
    pub email: String,
    /// 有効期限: the end of the month after next from today.
    pub valid_until: NaiveDate,
}

/// A job seeker as a counselor of their prefecture sees them (`GET /api/v1/counselor/seekers/{n}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekerRecord {
    /// 求職番号.
    pub seeker_number: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub email: String,
    /// The office the registration belongs to.
    pub office_code: String,
    /// 申込日.
    pub applied_on: NaiveDate,
    pub registration: RegistrationStatus,
    /// 求職状態 on the day of the answer.
    pub seeking: SeekingStatus,
    /// Whether the seeker has opened a 求職者マイページ.
    pub has_mypage: bool,
    /// 求職者情報, once the seeker saved one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<crate::KeptProfile>,
    /// Since when the seeker publishes their 求職情報 (求職情報公開), while they do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub published_since: Option<chrono::NaiveDateTime>,
    /// 応募検討依頼 the seeker received, newest first.
    #[serde(default)]
    pub requests: Vec<crate::ReceivedRequest>,
}

/// One registration found by 氏名 or フリガナ at the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekerMatch {
    /// 求職番号.
    pub seeker_number: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    /// The office the registration belongs to.
    pub office_code: String,
    pub registration: RegistrationStatus,
    /// The last valid day.
    pub valid_until: NaiveDate,
}

/// `GET /api/v1/counselor/seekers?q=…`: the registrations of the counselor's prefecture whose
/// 氏名 or フリガナ contain every word, by フリガナ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekerMatches {
    pub seekers: Vec<SeekerMatch>,
    /// More registrations match than are listed: the words should be narrowed.
    pub more: bool,
}

/// Password reset, step 1: the account's email; a 認証キー is mailed if it has an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetKeyRequest {
    pub email: String,
}

/// Password reset, step 2: the key and the new password, twice. Lifts a lockout and ends every
/// session of the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordResetCompletion {
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
}

labelled_enum!(
    /// 求職状態 on a given day: a registration that is 本登録 and within its validity is 有効;
    /// past it, 無効 until switched back (online, or at the office when it lapsed long ago).
    JobSeekingState {
        Valid = "valid" => "有効",
        Invalid = "invalid" => "無効",
    }
);

/// Where a job seeker's registration (求職登録) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    /// 仮登録: applied online; a counselor has not completed it yet.
    Provisional,
    /// 利用登録: registered with Hello Work (at the counter, or 本登録 completed).
    Registered,
    /// The provisional application was not completed within 14 days.
    Lapsed,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Provisional => "provisional",
            RegistrationStatus::Registered => "registered",
            RegistrationStatus::Lapsed => "lapsed",
        }
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "provisional" => Some(RegistrationStatus::Provisional),
            "registered" => Some(RegistrationStatus::Registered),
            "lapsed" => Some(RegistrationStatus::Lapsed),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RegistrationStatus::Provisional => "仮登録（ハローワークでの本登録待ち）",
            RegistrationStatus::Registered => "利用登録済み",
            RegistrationStatus::Lapsed => "仮登録の期限切れ",
        }
    }
}

/// Step 1 of online registration (マイページを開設して求職申込み) and of the employer MyPage
/// opening (求人者マイページ開設): agreement and email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationKeyRequest {
    pub email: String,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    pub terms_version: String,
}

/// Online registration, step 2: the key, a password twice, and the provisional application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationCompletion {
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub prefecture_code: String,
    /// 住所の市区町村 (5-digit code): the office whose jurisdiction covers it receives the
    /// application.
    pub municipality_code: String,
}

/// A provisional application waiting for a counselor's 本登録.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProvisionalSeeker {
    pub seeker_number: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub email: String,
    pub prefecture_code: String,
    /// 申込日.
    pub applied_on: NaiveDate,
    /// The last day a counselor can complete the registration.
    pub deadline: NaiveDate,
}

/// Changing the password of the signed-in account: the current one is required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChange {
    pub current_password: String,
    pub password: String,
    pub password_confirmation: String,
}

/// 事業所情報: the company profile an employer files when opening the 求人者マイページ (and
/// files again after a counselor returned it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerProfile {
    /// 事業所名.
    pub name: String,
    /// 事業所名（フリガナ）, full-width katakana.
    pub name_kana: String,
    /// 郵便番号 `NNN-NNNN`.
    pub postal_code: String,
    /// 所在地の都道府県.
    pub prefecture_code: String,
    /// 所在地の市区町村 (5-digit code), which decides the office that reviews the registration.
    /// Profiles stored before it was asked for have none (and their municipality in `address`).
    #[serde(default)]
    pub municipality_code: String,
    /// 所在地 after the municipality (番地・建物).
    pub address: String,
    /// 電話番号.
    pub phone: String,
    /// 代表者名.
    pub representative: String,
    /// 業種.
    pub industry: String,
    /// 従業員数 (the whole company).
    pub employees: u32,
    /// 事業内容.
    pub business: String,
    /// ホームページ, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
}

/// Employer MyPage opening, step 2: the key, a password twice and the 事業所 to register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerOpeningCompletion {
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    pub office: EmployerProfile,
}

/// Where an employer's 事業所登録 stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmployerStatus {
    /// 仮登録: filed, waiting for a counselor.
    Provisional,
    /// 返戻: a counselor sent it back with a reason; the employer corrects and files again.
    Returned,
    /// 受理: registered, with a 事業所番号.
    Accepted,
}

impl EmployerStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EmployerStatus::Provisional => "provisional",
            EmployerStatus::Returned => "returned",
            EmployerStatus::Accepted => "accepted",
        }
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        match text {
            "provisional" => Some(EmployerStatus::Provisional),
            "returned" => Some(EmployerStatus::Returned),
            "accepted" => Some(EmployerStatus::Accepted),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EmployerStatus::Provisional => "事業所登録の審査中（仮登録）",
            EmployerStatus::Returned => "事業所登録の返戻（修正して再申請してください）",
            EmployerStatus::Accepted => "事業所登録済み",
        }
    }
}

/// An employer's 事業所登録 as the employer sees it (`GET /api/v1/employer/office`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerRegistration {
    pub status: EmployerStatus,
    /// 事業所番号 `NNNN-NNNNNN-N`, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_number: Option<String>,
    /// Why a counselor returned it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_reason: Option<String>,
    pub profile: EmployerProfile,
}

/// A 事業所登録 as a counselor reviews it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerApplication {
    /// The application's id, for accepting or returning it.
    pub id: i64,
    /// The employer's account email.
    pub email: String,
    pub status: EmployerStatus,
    /// When it was (last) filed.
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub submitted_at: chrono::NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_reason: Option<String>,
    pub profile: EmployerProfile,
}

/// A counselor sends a 事業所登録 back (返戻) with the reason the employer reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployerReturn {
    pub reason: String,
}

/// Email change, step 1: the new address (the key goes there) and the current password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailChangeRequest {
    pub new_email: String,
    pub current_password: String,
}

/// Email change, step 2: the key mailed to the new address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailChangeConfirmation {
    pub new_email: String,
    pub key: String,
}

/// The language the signed-in account's mails are written in (`PUT /api/v1/me/language`): the
/// app sends it when the person switches the language it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MailLanguage {
    /// `ja` or `en`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "en"))]
    pub language: crate::Lang,
}

/// How the signed-in account wants to be told of events (`GET`/`PUT /api/v1/me/notifications`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationSettings {
    /// Mails about a new message, an introduction, a new applicant or a selection's result.
    pub mails: bool,
    /// A job seeker's daily mail of the postings published the day before for the saved
    /// searches marked 新着をお知らせ (off unless asked for; employers have none).
    #[serde(default)]
    pub new_jobs_digest: bool,
}
