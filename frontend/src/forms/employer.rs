//! The 求人者マイページ's state as pure logic: the 事業所情報 form ([`ProfileForm`]) with its checks
//! (the domain's, as the service makes them again), the four steps of opening the MyPage
//! ([`EmployerOpeningState`]), the employer's home with the 事業所登録 and the form to correct and
//! file it again after a 返戻 ([`EmployerHomeState`]), and the counselors' review of 事業所登録
//! with 受理 and 返戻 ([`EmployerReviewState`]).
//!
//! Nothing here touches the DOM or JavaScript, so every function is unit-tested natively with
//! `cargo test -p shigoto-frontend`. The reducer in [`crate::app`] calls these methods.

use shigoto_domain::account::TERMS_VERSION;
use shigoto_domain::employer;
use shigoto_domain::password::normalize_email;
use shigoto_shared::{
    ApiError, EmployerApplication, EmployerOpeningCompletion, EmployerProfile,
    EmployerRegistration, EmployerReturn, EmployerStatus, KeySent, RegistrationKeyRequest,
};

use crate::format::date_ja;
use crate::forms::account::{
    email, error_message, general, key_and_new_password, placed, to_katakana,
};
use crate::forms::search::{half_width, FieldError};

/// Shown on the login screen after an employer MyPage was opened.
pub const EMPLOYER_OPENED_NOTICE: &str =
    "求人者マイページを開設しました。登録したメールアドレスとパスワードでログインすると、事業所登録の審査の状況を確認できます。";

/// Shown on the employer's home after a returned registration was filed again.
pub const REFILED_NOTICE: &str =
    "事業所情報を修正して再申請しました。ハローワークで内容を確認するまでお待ちください。";

/// The fields of [`EmployerProfile`], in the order of the form's boxes.
pub const PROFILE_FIELDS: [&str; 11] = [
    "name",
    "name_kana",
    "postal_code",
    "prefecture_code",
    "address",
    "phone",
    "representative",
    "industry",
    "employees",
    "business",
    "homepage",
];

/// The name of a refused field of the profile: the opening's request names them `office.…`.
fn profile_field(err: &ApiError) -> ApiError {
    let mut err = err.clone();
    if let Some(field) = err.field.as_deref().and_then(|f| f.strip_prefix("office.")) {
        err.field = Some(field.to_owned());
    }
    err
}

/// What a status is called in a few characters (the badge) and in a sentence.
pub fn status_badge(status: EmployerStatus) -> &'static str {
    match status {
        EmployerStatus::Provisional => "審査中",
        EmployerStatus::Returned => "返戻",
        EmployerStatus::Accepted => "登録済み",
    }
}

/// The explanation under the status of the employer's 事業所登録.
pub fn status_text(registration: &EmployerRegistration) -> String {
    match registration.status {
        EmployerStatus::Provisional => "事業所登録（仮登録）をハローワークで審査しています。受理されると事業所番号が付き、メールでお知らせします。".to_owned(),
        EmployerStatus::Returned => "ハローワークから事業所登録が返戻されました。下の「返戻の理由」を確認し、事業所情報を修正して再申請してください。".to_owned(),
        EmployerStatus::Accepted => "事業所登録が受理されました。求人の申込みには事業所番号を使います。".to_owned(),
    }
}

/// A time the service keeps in UTC, as Japan's time: 「2026年11月25日 10:30」.
pub fn jst_datetime(utc: chrono::NaiveDateTime) -> String {
    let jst = utc + chrono::Duration::hours(9);
    format!("{} {}", date_ja(jst.date()), jst.format("%H:%M"))
}

// ---------- 事業所情報 ----------

/// 事業所情報 as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileForm {
    /// 事業所名.
    pub name: String,
    /// 事業所名（フリガナ）.
    pub name_kana: String,
    /// 郵便番号.
    pub postal_code: String,
    /// 所在地の都道府県 code, `""` until chosen.
    pub prefecture: String,
    /// 所在地 after the prefecture.
    pub address: String,
    /// 電話番号.
    pub phone: String,
    /// 代表者名.
    pub representative: String,
    /// 業種.
    pub industry: String,
    /// 従業員数, as typed.
    pub employees: String,
    /// 事業内容.
    pub business: String,
    /// ホームページ (optional).
    pub homepage: String,
}

impl ProfileForm {
    /// The form filled with a filed profile (to correct it).
    pub fn from_profile(profile: &EmployerProfile) -> Self {
        Self {
            name: profile.name.clone(),
            name_kana: profile.name_kana.clone(),
            postal_code: profile.postal_code.clone(),
            prefecture: profile.prefecture_code.clone(),
            address: profile.address.clone(),
            phone: profile.phone.clone(),
            representative: profile.representative.clone(),
            industry: profile.industry.clone(),
            employees: profile.employees.to_string(),
            business: profile.business.clone(),
            homepage: profile.homepage.clone().unwrap_or_default(),
        }
    }

    /// The profile to send, checked in the order of the boxes with the domain's rules (the
    /// service checks it again); hiragana in the フリガナ becomes katakana, full-width digits of
    /// 従業員数 are read.
    pub fn profile(&self) -> Result<EmployerProfile, FieldError> {
        let typed = EmployerProfile {
            name: self.name.clone(),
            name_kana: to_katakana(self.name_kana.trim()),
            postal_code: self.postal_code.clone(),
            prefecture_code: self.prefecture.clone(),
            address: self.address.clone(),
            phone: self.phone.clone(),
            representative: self.representative.clone(),
            industry: self.industry.clone(),
            // Checked in its turn below; 1 keeps the domain's check on the other boxes.
            employees: 1,
            business: self.business.clone(),
            homepage: Some(self.homepage.trim().to_owned()).filter(|h| !h.is_empty()),
        };
        let employees = employees(&self.employees);
        let checked = employer::check(&typed).map_err(|err| FieldError::on(err.field, err.message));
        // The boxes before 従業員数 are refused first, as they come first on screen.
        match (checked, employees) {
            (Err(err), _) if before_employees(&err) => Err(err),
            (_, Err(err)) => Err(err),
            (Err(err), Ok(_)) => Err(err),
            (Ok(mut profile), Ok(count)) => {
                profile.employees = count;
                Ok(profile)
            }
        }
    }
}

fn before_employees(err: &FieldError) -> bool {
    let position = |field: &str| PROFILE_FIELDS.iter().position(|f| *f == field);
    match (
        err.field.as_deref().and_then(position),
        position("employees"),
    ) {
        (Some(at), Some(employees)) => at < employees,
        _ => false,
    }
}

/// 従業員数: half- or full-width digits (with thousands separators), 1 or more.
fn employees(text: &str) -> Result<u32, FieldError> {
    let digits: String = half_width(text.trim())
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '人'))
        .collect();
    match digits.parse::<u32>() {
        Ok(count) if (1..=employer::MAX_EMPLOYEES).contains(&count) => Ok(count),
        _ => Err(FieldError::on(
            "employees",
            "従業員数を1人以上の数で入力してください。",
        )),
    }
}

// ---------- opening ----------

/// The steps of opening a 求人者マイページ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmployerOpeningStep {
    /// 1. 利用規約・プライバシーポリシーへの同意.
    #[default]
    Terms,
    /// 2. メールアドレス → the 認証キー is mailed.
    Email,
    /// 3. 認証キー・パスワード and the 事業所情報.
    Key,
    /// 4. 完了 (事業所登録 filed, provisional).
    Done,
}

impl EmployerOpeningStep {
    pub const ALL: [EmployerOpeningStep; 4] = [
        EmployerOpeningStep::Terms,
        EmployerOpeningStep::Email,
        EmployerOpeningStep::Key,
        EmployerOpeningStep::Done,
    ];

    pub fn number(self) -> usize {
        match self {
            EmployerOpeningStep::Terms => 1,
            EmployerOpeningStep::Email => 2,
            EmployerOpeningStep::Key => 3,
            EmployerOpeningStep::Done => 4,
        }
    }

    /// Its name in the step indicator.
    pub fn label(self) -> &'static str {
        match self {
            EmployerOpeningStep::Terms => "利用規約",
            EmployerOpeningStep::Email => "メールアドレス",
            EmployerOpeningStep::Key => "認証キー・事業所情報",
            EmployerOpeningStep::Done => "完了",
        }
    }

    /// The heading of the step.
    pub fn title(self) -> &'static str {
        match self {
            EmployerOpeningStep::Terms => "求人者マイページ利用規約等の確認・同意",
            EmployerOpeningStep::Email => "メールアドレスの入力",
            EmployerOpeningStep::Key => "認証キー・パスワードと事業所情報の入力",
            EmployerOpeningStep::Done => "求人者マイページ開設・事業所登録の申請完了",
        }
    }
}

/// 求人者マイページを開設する: terms, email, then the key, a password and the 事業所情報.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerOpeningState {
    pub step: EmployerOpeningStep,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    pub office: ProfileForm,
    /// The service's answer to step 2, shown at step 3.
    pub key_sent: Option<String>,
    /// The service's answer to step 3, shown at step 4.
    pub done: Option<String>,
    /// `field` is `email`, `key`, `password`, `password_confirmation` or a profile field.
    pub error: Option<FieldError>,
    pub busy: bool,
}

const OPENING_EMAIL_FIELDS: [&str; 1] = ["email"];

/// The boxes of step 3, in their order on screen.
pub fn opening_key_fields() -> Vec<&'static str> {
    let mut fields = vec!["key", "password", "password_confirmation"];
    fields.extend(PROFILE_FIELDS);
    fields
}

impl EmployerOpeningState {
    /// 「次へ」 of step 1 is enabled only with both boxes ticked.
    pub fn agreed(&self) -> bool {
        self.agreed_terms && self.agreed_privacy
    }

    /// Moves to `step`, dropping any error; the 認証キー and passwords are never kept while
    /// away from step 3 (the 事業所情報 typed there is).
    pub fn go_to(&mut self, step: EmployerOpeningStep) {
        if step == EmployerOpeningStep::Email && !self.agreed() {
            self.step = EmployerOpeningStep::Terms;
        } else {
            self.step = step;
        }
        self.error = None;
        self.busy = false;
        if self.step != EmployerOpeningStep::Key {
            self.key.clear();
            self.password.clear();
            self.password_confirmation.clear();
        }
    }

    /// Step 2 → `request_employer_opening_key`.
    pub fn key_request(&self) -> Result<RegistrationKeyRequest, FieldError> {
        if !self.agreed() {
            return Err(FieldError::on(
                "agreement",
                "利用規約とプライバシーポリシーの両方に同意してください。",
            ));
        }
        Ok(RegistrationKeyRequest {
            email: email(&self.email, "email")?,
            agreed_terms: self.agreed_terms,
            agreed_privacy: self.agreed_privacy,
            terms_version: TERMS_VERSION.to_owned(),
        })
    }

    /// The email the password is compared with (normalized when it can be).
    pub fn login_email(&self) -> String {
        normalize_email(&self.email).unwrap_or_else(|_| self.email.trim().to_owned())
    }

    /// Step 3 → `complete_employer_opening`, checked in the order of the boxes.
    pub fn completion(&self) -> Result<EmployerOpeningCompletion, FieldError> {
        let email = self.login_email();
        let key = key_and_new_password(
            &self.key,
            &self.password,
            &self.password_confirmation,
            &email,
        )?;
        let office = self.office.profile()?;
        Ok(EmployerOpeningCompletion {
            email,
            key,
            password: self.password.clone(),
            password_confirmation: self.password_confirmation.clone(),
            office,
        })
    }

    /// The key was (or was said to be) mailed: on to step 3.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.go_to(EmployerOpeningStep::Key);
        self.key_sent = Some(sent.message);
    }

    /// The MyPage is open with a provisional 事業所登録: step 4, the secrets forgotten.
    pub fn completed(&mut self, done: KeySent) {
        self.go_to(EmployerOpeningStep::Done);
        self.done = Some(done.message);
    }

    /// The service refused step 2 or 3. A refusal about the agreement or the terms' version
    /// goes back to step 1. At step 3 everything typed stays but a refused key; the profile's
    /// fields (`office.phone`) are placed at their boxes.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        let err = profile_field(err);
        match err.field.as_deref() {
            Some("agreement" | "terms_version") => {
                self.agreed_terms = false;
                self.agreed_privacy = false;
                self.go_to(EmployerOpeningStep::Terms);
                self.error = Some(general(&err));
            }
            _ if self.step == EmployerOpeningStep::Email => {
                self.error = Some(placed(&err, &OPENING_EMAIL_FIELDS));
            }
            _ => {
                if err.field.as_deref() == Some("key") {
                    self.key.clear();
                }
                self.error = Some(placed(&err, &opening_key_fields()));
            }
        }
    }
}

// ---------- the employer's home ----------

/// The signed-in employer's home: the 事業所登録 and, once returned, the form to refile it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerHomeState {
    /// As last read (or as the sign-in said).
    pub registration: Option<EmployerRegistration>,
    pub loading: bool,
    /// Why the registration could not be read.
    pub load_error: Option<String>,
    /// The corrected 事業所情報 (filled from the registration when it was returned).
    pub form: ProfileForm,
    /// A refusal of the refiling: `field` is a profile field, or none.
    pub error: Option<FieldError>,
    pub busy: bool,
    /// A note above the registration (filed again).
    pub notice: Option<String>,
}

impl EmployerHomeState {
    /// The home of an employer who just signed in, from the account's registration.
    pub fn of(registration: Option<&EmployerRegistration>) -> Self {
        let mut home = Self::default();
        if let Some(registration) = registration {
            home.show(registration.clone());
        }
        home
    }

    /// Shows `registration`; the form is filled again when it differs from the one shown.
    fn show(&mut self, registration: EmployerRegistration) {
        if self.registration.as_ref() != Some(&registration) {
            self.form = ProfileForm::from_profile(&registration.profile);
            self.error = None;
        }
        self.registration = Some(registration);
    }

    /// Whether the form to correct and file again is shown.
    pub fn can_refile(&self) -> bool {
        self.registration
            .as_ref()
            .is_some_and(|r| r.status == EmployerStatus::Returned)
    }

    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<EmployerRegistration, ApiError>) {
        self.loading = false;
        match result {
            Ok(registration) => self.show(registration),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// 「再申請する」 → `refile_employer_registration`.
    pub fn refile_request(&self) -> Result<EmployerProfile, FieldError> {
        self.form.profile()
    }

    pub fn refiling(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// The answer to the refiling: the registration as filed again, or the refusal placed at
    /// its box (everything typed stays).
    pub fn refiled(&mut self, result: Result<EmployerRegistration, ApiError>) {
        self.busy = false;
        match result {
            Ok(registration) => {
                self.show(registration);
                self.notice = Some(REFILED_NOTICE.to_owned());
            }
            Err(err) => self.error = Some(placed(&profile_field(&err), &PROFILE_FIELDS)),
        }
    }
}

// ---------- the counselors' review ----------

/// One 事業所登録 in the counselor's list, with the 返戻 reason as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    pub application: EmployerApplication,
    /// The reason for a 返戻, as typed.
    pub reason: String,
    /// 「受理する」 or 「返戻する」 was pressed and the answer has not come yet.
    pub busy: bool,
    /// Why a decision was refused: `field` `reason` for the reason box, else none.
    pub error: Option<FieldError>,
}

/// What was decided last, shown above the list (`#employer-review-result`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewDecision {
    /// 受理: the 事業所 and its new 事業所番号.
    Accepted { name: String, office_number: String },
    /// 返戻.
    Returned { name: String },
}

/// Which decision a counselor made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionKind {
    Accept,
    Return,
}

/// The counselors' 事業所登録の審査.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerReviewState {
    /// `None` until `list_employer_applications` answered.
    pub rows: Option<Vec<ReviewRow>>,
    pub loading: bool,
    /// Why the list could not be read.
    pub error: Option<String>,
    pub decision: Option<ReviewDecision>,
}

impl EmployerReviewState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    /// The list as read; a reason typed for a registration still listed is kept.
    pub fn loaded(&mut self, result: Result<Vec<EmployerApplication>, ApiError>) {
        self.loading = false;
        match result {
            Ok(list) => {
                let typed = self.rows.take().unwrap_or_default();
                self.rows = Some(
                    list.into_iter()
                        .map(|application| {
                            let reason = typed
                                .iter()
                                .find(|r| r.application.id == application.id)
                                .map(|r| r.reason.clone())
                                .unwrap_or_default();
                            ReviewRow {
                                application,
                                reason,
                                busy: false,
                                error: None,
                            }
                        })
                        .collect(),
                );
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// Whether a decision can be sent for the row of `id` (it is listed and not waiting).
    pub fn can_decide(&self, id: i64) -> bool {
        self.row(id).is_some_and(|r| !r.busy)
    }

    fn row(&self, id: i64) -> Option<&ReviewRow> {
        self.rows.as_ref()?.iter().find(|r| r.application.id == id)
    }

    fn row_mut(&mut self, id: i64) -> Option<&mut ReviewRow> {
        self.rows
            .as_mut()?
            .iter_mut()
            .find(|r| r.application.id == id)
    }

    /// Typing the reason of a row.
    pub fn edit_reason(&mut self, id: i64, reason: String) {
        if let Some(row) = self.row_mut(id) {
            row.reason = reason;
            if row.error.as_ref().is_some_and(|e| e.field.is_some()) {
                row.error = None;
            }
        }
    }

    /// 「返戻する」: the reason, checked with the domain's rule.
    pub fn return_request(&self, id: i64) -> Result<EmployerReturn, FieldError> {
        let reason = self.row(id).map(|r| r.reason.as_str()).unwrap_or_default();
        employer::return_reason(reason)
            .map(|reason| EmployerReturn { reason })
            .map_err(|err| FieldError::on(err.field, err.message))
    }

    /// A refusal found before asking the service, shown at the row.
    pub fn invalid(&mut self, id: i64, err: FieldError) {
        if let Some(row) = self.row_mut(id) {
            row.error = Some(err);
        }
    }

    /// A decision was sent: false when the row is gone or already waiting.
    pub fn deciding(&mut self, id: i64) -> bool {
        match self.row_mut(id) {
            Some(row) if !row.busy => {
                row.busy = true;
                row.error = None;
                true
            }
            _ => false,
        }
    }

    /// The service's answer to a decision: on success the note above the list says what was
    /// done (the list is then read again); a refusal is shown at the row.
    pub fn decided(
        &mut self,
        id: i64,
        kind: DecisionKind,
        result: Result<EmployerApplication, ApiError>,
    ) {
        match result {
            Ok(application) => {
                let name = application.profile.name.clone();
                self.decision = Some(match kind {
                    DecisionKind::Accept => ReviewDecision::Accepted {
                        name,
                        office_number: application.office_number.clone().unwrap_or_default(),
                    },
                    DecisionKind::Return => ReviewDecision::Returned { name },
                });
                if let Some(row) = self.row_mut(id) {
                    row.busy = false;
                    row.application = application;
                }
            }
            Err(err) => {
                if let Some(row) = self.row_mut(id) {
                    row.busy = false;
                    row.error = Some(placed(&err, &["reason"]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::ErrorCode;

    fn profile() -> EmployerProfile {
        EmployerProfile {
            name: "株式会社ひので商事".into(),
            name_kana: "カブシキガイシャヒノデショウジ".into(),
            postal_code: "100-0013".into(),
            prefecture_code: "13".into(),
            address: "千代田区霞が関1-2-2".into(),
            phone: "03-1234-5678".into(),
            representative: "日野出 太郎".into(),
            industry: "卸売業，小売業".into(),
            employees: 42,
            business: "文房具の卸売".into(),
            homepage: None,
        }
    }

    fn registration(status: EmployerStatus) -> EmployerRegistration {
        EmployerRegistration {
            status,
            office_number: None,
            return_reason: (status == EmployerStatus::Returned).then(|| "電話番号".into()),
            profile: profile(),
        }
    }

    fn application(id: i64) -> EmployerApplication {
        EmployerApplication {
            id,
            email: "jinji@hinode.example.jp".into(),
            status: EmployerStatus::Provisional,
            submitted_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
                .and_then(|d| d.and_hms_opt(1, 30, 0))
                .unwrap(),
            office_number: None,
            return_reason: None,
            profile: profile(),
        }
    }

    #[test]
    fn the_profile_form_round_trips_and_normalises_what_is_typed() {
        let mut form = ProfileForm::from_profile(&profile());
        assert_eq!(form.profile().unwrap(), profile());
        form.name_kana = "かぶしきがいしゃひのでしょうじ".into();
        form.employees = "１，２００人".into();
        form.postal_code = "１００００１３".into();
        form.homepage = "  https://hinode.example.jp ".into();
        let checked = form.profile().unwrap();
        assert_eq!(checked.name_kana, "カブシキガイシャヒノデショウジ");
        assert_eq!(checked.employees, 1200);
        assert_eq!(checked.postal_code, "100-0013");
        assert_eq!(
            checked.homepage.as_deref(),
            Some("https://hinode.example.jp")
        );
    }

    #[test]
    fn the_first_wrong_box_on_screen_is_named() {
        let mut form = ProfileForm::default();
        assert_eq!(form.profile().unwrap_err().field.as_deref(), Some("name"));
        form = ProfileForm::from_profile(&profile());
        form.employees = "0".into();
        form.business = String::new();
        assert_eq!(
            form.profile().unwrap_err().field.as_deref(),
            Some("employees")
        );
        form.employees = "abc".into();
        form.phone = "12-34".into();
        let err = form.profile().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("phone"));
        assert!(err.message.contains("電話番号"), "{}", err.message);
        form = ProfileForm::from_profile(&profile());
        form.homepage = "hinode.example.jp".into();
        assert_eq!(
            form.profile().unwrap_err().field.as_deref(),
            Some("homepage")
        );
    }

    #[test]
    fn the_opening_places_the_services_office_refusals_at_their_boxes() {
        let mut opening = EmployerOpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            email: "Jinji@Hinode.example.jp".into(),
            ..Default::default()
        };
        assert_eq!(
            opening.key_request().unwrap().email,
            "jinji@hinode.example.jp"
        );
        opening.key_sent(KeySent {
            message: "送信しました".into(),
        });
        assert_eq!(opening.step, EmployerOpeningStep::Key);
        opening.key = "１２３４５６７８".into();
        opening.password = "Hinode#Shoji7".into();
        opening.password_confirmation = "Hinode#Shoji7".into();
        assert_eq!(
            opening.completion().unwrap_err().field.as_deref(),
            Some("name")
        );
        opening.office = ProfileForm::from_profile(&profile());
        let completion = opening.completion().unwrap();
        assert_eq!(completion.key, "12345678");
        assert_eq!(completion.office, profile());

        opening.busy = true;
        opening.failed(
            &ApiError::new(ErrorCode::InvalidParameter, "電話番号を…").with_field("office.phone"),
        );
        assert_eq!(
            opening.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("phone")
        );
        assert!(!opening.busy);
        assert_eq!(
            opening.key, "１２３４５６７８",
            "a wrong phone keeps the key"
        );
        opening.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(opening.key.is_empty());

        opening.completed(KeySent {
            message: "開設しました".into(),
        });
        assert_eq!(opening.step, EmployerOpeningStep::Done);
        assert!(opening.password.is_empty() && opening.password_confirmation.is_empty());
        assert_eq!(opening.office, ProfileForm::from_profile(&profile()));
    }

    #[test]
    fn the_home_fills_the_form_from_a_returned_registration_and_refiles_it() {
        let mut home = EmployerHomeState::of(Some(&registration(EmployerStatus::Provisional)));
        assert!(!home.can_refile());
        home.loading();
        home.loaded(Ok(registration(EmployerStatus::Returned)));
        assert!(home.can_refile());
        assert_eq!(home.form, ProfileForm::from_profile(&profile()));
        home.form.phone = "03-9999-0000".into();
        // Reading the same registration again keeps what was typed.
        home.loaded(Ok(registration(EmployerStatus::Returned)));
        assert_eq!(home.form.phone, "03-9999-0000");
        assert_eq!(home.refile_request().unwrap().phone, "03-9999-0000");

        home.refiling();
        home.refiled(Err(ApiError::new(
            ErrorCode::InvalidParameter,
            "電話番号を…",
        )
        .with_field("phone")));
        assert_eq!(
            home.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("phone")
        );
        home.refiling();
        let mut filed = registration(EmployerStatus::Provisional);
        filed.profile.phone = "03-9999-0000".into();
        home.refiled(Ok(filed));
        assert!(!home.can_refile() && !home.busy);
        assert_eq!(home.notice.as_deref(), Some(REFILED_NOTICE));

        let mut failed = EmployerHomeState::default();
        failed.loading();
        failed.loaded(Err(ApiError::new(ErrorCode::ServiceUnreachable, "down")));
        assert_eq!(
            failed.load_error.as_deref(),
            Some(crate::ipc::UNREACHABLE_MESSAGE)
        );
    }

    #[test]
    fn the_review_keeps_typed_reasons_and_says_what_was_decided() {
        let mut review = EmployerReviewState::default();
        review.loading();
        review.loaded(Ok(vec![application(1), application(2)]));
        assert_eq!(
            review.return_request(1).unwrap_err().field.as_deref(),
            Some("reason")
        );
        review.edit_reason(2, "所在地の番地が抜けています。".into());
        review.loaded(Ok(vec![application(2)]));
        assert_eq!(
            review.return_request(2).unwrap().reason,
            "所在地の番地が抜けています。"
        );

        assert!(review.deciding(2));
        assert!(!review.deciding(2), "once until it answers");
        review.decided(
            2,
            DecisionKind::Return,
            Err(ApiError::new(
                ErrorCode::Conflict,
                "すでに受理または返戻されています。",
            )),
        );
        let row = review.row(2).unwrap();
        assert!(!row.busy);
        assert_eq!(row.error.as_ref().unwrap().field, None);

        assert!(review.deciding(2));
        let mut accepted = application(2);
        accepted.status = EmployerStatus::Accepted;
        accepted.office_number = Some("1301-000001-9".into());
        review.decided(2, DecisionKind::Accept, Ok(accepted));
        assert_eq!(
            review.decision,
            Some(ReviewDecision::Accepted {
                name: "株式会社ひので商事".into(),
                office_number: "1301-000001-9".into()
            })
        );
    }

    #[test]
    fn times_are_shown_in_japan() {
        let utc = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(16, 5, 0))
            .unwrap();
        assert_eq!(jst_datetime(utc), "2026年11月26日 01:05");
    }

    #[test]
    fn statuses_have_short_names() {
        assert_eq!(status_badge(EmployerStatus::Provisional), "審査中");
        assert_eq!(status_badge(EmployerStatus::Returned), "返戻");
        assert_eq!(status_badge(EmployerStatus::Accepted), "登録済み");
        assert!(status_text(&registration(EmployerStatus::Returned)).contains("再申請"));
    }
}
