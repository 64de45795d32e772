//! The account screens' state, as pure logic: who is signed in ([`Session`]), the login form,
//! the four steps of opening a MyPage, the three steps of resetting a forgotten password, the
//! password change and the counter registration form as typed, the checks made before asking
//! the service (it checks everything again), how the service's refusals are placed, and the live
//! password hints.
//!
//! Nothing here touches the DOM or JavaScript, so every function is unit-tested natively with
//! `cargo test -p shigoto-frontend`. The reducer in [`crate::app`] calls these methods.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_domain::account::{KEY_DIGITS, TERMS_VERSION};
use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_domain::password::{self, normalize_email, PasswordError};
use shigoto_shared::{
    AccountInfo, ApiError, CounterRegistration, ErrorCode, KeySent, OpeningCompletion,
    OpeningKeyRequest, PasswordChange, PasswordResetCompletion, PasswordResetKeyRequest,
    ProvisionalSeeker, RegisteredSeeker, RegistrationCompletion, RegistrationKeyRequest,
    RegistrationStatus, Role,
};

use crate::format::date_ja;
pub use crate::forms::edit::Edit;
use crate::forms::search::{half_width, FieldError};
use crate::ipc::UNREACHABLE_MESSAGE;

/// Most characters of a name (氏名, フリガナ), as the service allows.
pub const MAX_NAME_CHARS: usize = 50;

/// Shown on the login screen after signing out.
pub const SIGNED_OUT_NOTICE: &str = "ログアウトしました。";
/// Shown on the login screen when the session ended while working.
pub const SESSION_ENDED_NOTICE: &str =
    "ログインの有効期限が切れました。もう一度ログインしてください。";
/// Shown on the login screen after a MyPage was opened.
pub const OPENED_NOTICE: &str =
    "マイページを開設しました。登録したメールアドレスとパスワードでログインしてください。";
/// Shown on the login screen after a MyPage was opened with an online job application.
pub const REGISTERED_NOTICE: &str =
    "マイページを開設し、求職申込み（仮登録）を受け付けました。登録したメールアドレスとパスワードでログインしてください。";
/// Shown on the login screen after a password was reset.
pub const RESET_NOTICE: &str =
    "パスワードを再設定しました。新しいパスワードでログインしてください。";

/// Who is signed in, as far as the app knows.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Session {
    /// `current_account` has not answered yet.
    #[default]
    Checking,
    SignedOut,
    SignedIn(Rc<AccountInfo>),
}

impl Session {
    pub fn account(&self) -> Option<&AccountInfo> {
        match self {
            Session::SignedIn(account) => Some(account),
            _ => None,
        }
    }

    pub fn is_counselor(&self) -> bool {
        self.account().is_some_and(|a| a.role == Role::Counselor)
    }

    pub fn is_employer(&self) -> bool {
        self.account().is_some_and(|a| a.role == Role::Employer)
    }
}

/// How the app addresses the account: a company (employer) as 様, a person as さん.
pub fn honorific(role: Role) -> &'static str {
    match role {
        Role::Employer => "様",
        Role::Seeker | Role::Counselor => "さん",
    }
}

/// 「山田 太郎さん、ようこそ。」, 「株式会社しごと商事様、ようこそ。」
pub fn greeting(account: &AccountInfo) -> String {
    let name = account.display_name.trim();
    if name.is_empty() {
        "ようこそ。".to_owned()
    } else {
        format!("{name}{}、ようこそ。", honorific(account.role))
    }
}

/// The message to show for a refusal, with the unreachable service said the app's way.
pub fn error_message(err: &ApiError) -> String {
    if err.code == ErrorCode::ServiceUnreachable {
        UNREACHABLE_MESSAGE.to_owned()
    } else {
        err.message.clone()
    }
}

pub(crate) fn general(err: &ApiError) -> FieldError {
    FieldError {
        field: None,
        message: error_message(err),
    }
}

/// A refusal placed at `err.field` when that is one of `fields`, else shown for the whole form.
pub(crate) fn placed(err: &ApiError, fields: &[&str]) -> FieldError {
    match err.field.as_deref() {
        Some(field) if fields.contains(&field) => FieldError::on(field, error_message(err)),
        _ => general(err),
    }
}

/// `<input type="date">` gives `YYYY-MM-DD`, or `""` while the date is incomplete. A web view
/// that shows a plain text box instead gets what was typed, so `1990/4/1`, `1990.4.1` and
/// `1990年4月1日` (half- or full-width digits) are read as well.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = half_width(text.trim());
    let parts: Vec<&str> = text
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len()) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

fn birth_date(text: &str, field: &str, today: NaiveDate) -> Result<NaiveDate, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::on(field, "生年月日を入力してください。"));
    }
    match parse_date(text) {
        Some(date) if date > today => Err(FieldError::on(
            field,
            "生年月日に今日より後の日付は指定できません。",
        )),
        Some(date) => Ok(date),
        None => Err(FieldError::on(
            field,
            "生年月日を正しく入力してください（例：1990年4月1日）。",
        )),
    }
}

pub(crate) fn email(text: &str, field: &str) -> Result<String, FieldError> {
    normalize_email(text).map_err(|err| FieldError::on(field, err.to_string()))
}

// ---------- login ----------

/// The login screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoginState {
    pub email: String,
    pub password: String,
    /// Shown in `#login-error`; `field` (`email` / `password`) marks the box at fault.
    pub error: Option<FieldError>,
    pub busy: bool,
    /// A neutral note above the form (signed out, session ended, MyPage opened).
    pub notice: Option<String>,
}

impl LoginState {
    /// What to send to `sign_in`: the email trimmed, the password exactly as typed.
    pub fn request(&self) -> Result<(String, String), FieldError> {
        let email = self.email.trim();
        if email.is_empty() {
            return Err(FieldError::on(
                "email",
                "メールアドレスを入力してください。",
            ));
        }
        if self.password.is_empty() {
            return Err(FieldError::on("password", "パスワードを入力してください。"));
        }
        Ok((email.to_owned(), self.password.clone()))
    }

    /// `sign_in` refused: the service's message (wrong credentials, lock, throttle, offline).
    /// The password box is emptied, as sign-in forms do.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        self.password.clear();
        self.notice = None;
        self.error = Some(placed(err, &["email"]));
    }
}

// ---------- MyPage opening ----------

/// The steps of opening a MyPage, as the leaflet numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OpeningStep {
    /// 1. 利用規約・プライバシーポリシーへの同意.
    #[default]
    Terms,
    /// 2. メールアドレス・生年月日 → the 認証キー is mailed.
    Email,
    /// 3. 認証キー・パスワード.
    Key,
    /// 4. 完了.
    Done,
}

impl OpeningStep {
    pub const ALL: [OpeningStep; 4] = [
        OpeningStep::Terms,
        OpeningStep::Email,
        OpeningStep::Key,
        OpeningStep::Done,
    ];

    pub fn number(self) -> usize {
        match self {
            OpeningStep::Terms => 1,
            OpeningStep::Email => 2,
            OpeningStep::Key => 3,
            OpeningStep::Done => 4,
        }
    }

    /// Its name in the step indicator.
    pub fn label(self) -> &'static str {
        match self {
            OpeningStep::Terms => "利用規約",
            OpeningStep::Email => "メールアドレス・生年月日",
            OpeningStep::Key => "認証キー・パスワード",
            OpeningStep::Done => "完了",
        }
    }

    /// The heading of the step.
    pub fn title(self) -> &'static str {
        match self {
            OpeningStep::Terms => "マイページ利用規約等の確認・同意",
            OpeningStep::Email => "メールアドレスと生年月日の入力",
            OpeningStep::Key => "認証キーとパスワードの入力",
            OpeningStep::Done => "マイページ開設完了",
        }
    }
}

/// Opening a MyPage as a counter-registered seeker (ハローワークをご利用中の方).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpeningState {
    pub step: OpeningStep,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    pub email: String,
    /// As the date box gives it (`YYYY-MM-DD`).
    pub birth_date: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    /// The service's answer to step 2, shown at step 3.
    pub key_sent: Option<String>,
    /// The service's answer to step 3, shown at step 4.
    pub done: Option<String>,
    pub error: Option<FieldError>,
    pub busy: bool,
}

/// Fields shown at step 2 and step 3, for placing the service's refusals (the key step's are
/// also those of the password reset's step 2).
const EMAIL_STEP_FIELDS: [&str; 2] = ["email", "birth_date"];
const KEY_STEP_FIELDS: [&str; 3] = ["key", "password", "password_confirmation"];

impl OpeningState {
    /// 「次へ」 of step 1 is enabled only with both boxes ticked.
    pub fn agreed(&self) -> bool {
        self.agreed_terms && self.agreed_privacy
    }

    /// Moves to `step`, dropping any error; the 認証キー and passwords are never kept while
    /// away from step 3.
    pub fn go_to(&mut self, step: OpeningStep) {
        if step == OpeningStep::Email && !self.agreed() {
            self.step = OpeningStep::Terms;
        } else {
            self.step = step;
        }
        self.error = None;
        self.busy = false;
        if self.step != OpeningStep::Key {
            self.forget_secrets();
        }
    }

    fn forget_secrets(&mut self) {
        self.key.clear();
        self.password.clear();
        self.password_confirmation.clear();
    }

    /// Step 2 → `request_opening_key`.
    pub fn key_request(&self, today: NaiveDate) -> Result<OpeningKeyRequest, FieldError> {
        if !self.agreed() {
            return Err(FieldError::on(
                "agreement",
                "利用規約とプライバシーポリシーの両方に同意してください。",
            ));
        }
        let email = email(&self.email, "email")?;
        let birth_date = birth_date(&self.birth_date, "birth_date", today)?;
        Ok(OpeningKeyRequest {
            email,
            birth_date,
            agreed_terms: self.agreed_terms,
            agreed_privacy: self.agreed_privacy,
            terms_version: TERMS_VERSION.to_owned(),
        })
    }

    /// The email the password is compared with (normalized when it can be).
    pub fn login_email(&self) -> String {
        normalize_email(&self.email).unwrap_or_else(|_| self.email.trim().to_owned())
    }

    /// Step 3 → `complete_opening`.
    pub fn completion(&self) -> Result<OpeningCompletion, FieldError> {
        let email = self.login_email();
        let key = key_and_new_password(
            &self.key,
            &self.password,
            &self.password_confirmation,
            &email,
        )?;
        Ok(OpeningCompletion {
            email,
            key,
            password: self.password.clone(),
            password_confirmation: self.password_confirmation.clone(),
        })
    }

    /// The key was (or was said to be) mailed: on to step 3.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.go_to(OpeningStep::Key);
        self.key_sent = Some(sent.message);
    }

    /// The MyPage is open: step 4, with the passwords forgotten.
    pub fn completed(&mut self, done: KeySent) {
        self.go_to(OpeningStep::Done);
        self.done = Some(done.message);
    }

    /// The service refused step 2 or 3. A refusal about the agreement or the terms' version
    /// goes back to step 1, where it can be fixed. The passwords stay (so a wrong key costs no
    /// retyping); only a refused key is emptied.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        match err.field.as_deref() {
            Some("agreement" | "terms_version") => {
                self.agreed_terms = false;
                self.agreed_privacy = false;
                self.go_to(OpeningStep::Terms);
                self.error = Some(general(err));
            }
            _ if self.step == OpeningStep::Email => {
                self.error = Some(placed(err, &EMAIL_STEP_FIELDS));
            }
            _ => {
                if err.field.as_deref() == Some("key") {
                    self.key.clear();
                }
                self.error = Some(placed(err, &KEY_STEP_FIELDS));
            }
        }
    }
}

/// The 認証キー and the new password typed twice, as both the opening and the password reset
/// take them, checked in the order of the boxes: the key (normalized, returned), the password
/// against the rule and `email` (the login email), then the confirmation.
pub(crate) fn key_and_new_password(
    key: &str,
    password: &str,
    confirmation: &str,
    email: &str,
) -> Result<String, FieldError> {
    let key = normalize_key(key);
    if key.is_empty() {
        return Err(FieldError::on("key", "認証キーを入力してください。"));
    }
    if !is_key(&key) {
        return Err(FieldError::on(
            "key",
            format!("認証キーはメールに記載の{KEY_DIGITS}桁の数字を入力してください。"),
        ));
    }
    new_password(password, confirmation, email)?;
    Ok(key)
}

/// A new password typed twice (opening, reset, registration, password change): the password
/// against the rule and `email` (the login email), then the confirmation.
fn new_password(password: &str, confirmation: &str, email: &str) -> Result<(), FieldError> {
    if password.is_empty() {
        return Err(FieldError::on("password", "パスワードを入力してください。"));
    }
    password::check(password, email).map_err(|err| FieldError::on("password", err.to_string()))?;
    if confirmation.is_empty() {
        return Err(FieldError::on(
            "password_confirmation",
            "確認のため、パスワードをもう一度入力してください。",
        ));
    }
    if password != confirmation {
        return Err(FieldError::on(
            "password_confirmation",
            "確認用のパスワードが一致しません。同じパスワードを2回入力してください。",
        ));
    }
    Ok(())
}

/// The 認証キー as typed, made half-width, without spaces or hyphens.
pub fn normalize_key(text: &str) -> String {
    half_width(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Exactly [`KEY_DIGITS`] half-width digits.
pub fn is_key(key: &str) -> bool {
    key.len() == KEY_DIGITS && key.chars().all(|c| c.is_ascii_digit())
}

// ---------- password reset ----------

/// The steps of resetting a forgotten password (or unlocking a locked account).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResetStep {
    /// 1. メールアドレス → the 認証キー is mailed if the address has an account.
    #[default]
    Email,
    /// 2. 認証キー・新しいパスワード.
    Key,
    /// 3. 完了.
    Done,
}

impl ResetStep {
    pub const ALL: [ResetStep; 3] = [ResetStep::Email, ResetStep::Key, ResetStep::Done];

    pub fn number(self) -> usize {
        match self {
            ResetStep::Email => 1,
            ResetStep::Key => 2,
            ResetStep::Done => 3,
        }
    }

    /// Its name in the step indicator.
    pub fn label(self) -> &'static str {
        match self {
            ResetStep::Email => "メールアドレス",
            ResetStep::Key => "認証キー・新しいパスワード",
            ResetStep::Done => "完了",
        }
    }

    /// The heading of the step.
    pub fn title(self) -> &'static str {
        match self {
            ResetStep::Email => "メールアドレスの入力",
            ResetStep::Key => "認証キーと新しいパスワードの入力",
            ResetStep::Done => "パスワード再設定完了",
        }
    }
}

/// パスワードを忘れた方・ロックされた方: a new password set with a mailed 認証キー.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetState {
    pub step: ResetStep,
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    /// The service's answer to step 1, shown at step 2.
    pub key_sent: Option<String>,
    /// The service's answer to step 2, shown at step 3.
    pub done: Option<String>,
    pub error: Option<FieldError>,
    pub busy: bool,
}

const RESET_EMAIL_FIELDS: [&str; 1] = ["email"];

impl ResetState {
    /// Moves to `step`, dropping any error; the 認証キー and passwords are never kept while
    /// away from step 2.
    pub fn go_to(&mut self, step: ResetStep) {
        self.step = step;
        self.error = None;
        self.busy = false;
        if step != ResetStep::Key {
            self.key.clear();
            self.password.clear();
            self.password_confirmation.clear();
        }
    }

    /// Step 1 → `request_password_reset_key`.
    pub fn key_request(&self) -> Result<PasswordResetKeyRequest, FieldError> {
        Ok(PasswordResetKeyRequest {
            email: email(&self.email, "email")?,
        })
    }

    /// The email the new password is compared with (normalized when it can be).
    pub fn login_email(&self) -> String {
        normalize_email(&self.email).unwrap_or_else(|_| self.email.trim().to_owned())
    }

    /// Step 2 → `complete_password_reset`.
    pub fn completion(&self) -> Result<PasswordResetCompletion, FieldError> {
        let email = self.login_email();
        let key = key_and_new_password(
            &self.key,
            &self.password,
            &self.password_confirmation,
            &email,
        )?;
        Ok(PasswordResetCompletion {
            email,
            key,
            password: self.password.clone(),
            password_confirmation: self.password_confirmation.clone(),
        })
    }

    /// The key was (or was said to be) mailed: on to step 2.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.go_to(ResetStep::Key);
        self.key_sent = Some(sent.message);
    }

    /// The password is changed: step 3, with the key and passwords forgotten.
    pub fn completed(&mut self, done: KeySent) {
        self.go_to(ResetStep::Done);
        self.done = Some(done.message);
    }

    /// The service refused step 1 or 2. At step 2 the passwords stay (a wrong key costs no
    /// retyping); only a refused key is emptied. A refusal of the email at step 2 (where it is
    /// no longer a box) is shown for the whole form.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        if self.step == ResetStep::Email {
            self.error = Some(placed(err, &RESET_EMAIL_FIELDS));
            return;
        }
        if err.field.as_deref() == Some("key") {
            self.key.clear();
        }
        self.error = Some(placed(err, &KEY_STEP_FIELDS));
    }
}

// ---------- password change ----------

/// パスワード変更 of the signed-in account: the current password and the new one twice.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordChangeState {
    pub current_password: String,
    pub password: String,
    pub password_confirmation: String,
    /// `field` (`current_password`, `password`, `password_confirmation`) marks the box at fault.
    pub error: Option<FieldError>,
    pub busy: bool,
}

const PASSWORD_CHANGE_FIELDS: [&str; 3] = ["current_password", "password", "password_confirmation"];

impl PasswordChangeState {
    /// What to send to `change_password`, checked in the order of the boxes; `email` is the
    /// signed-in account's, which the new password must not resemble.
    pub fn request(&self, email: &str) -> Result<PasswordChange, FieldError> {
        if self.current_password.is_empty() {
            return Err(FieldError::on(
                "current_password",
                "現在のパスワードを入力してください。",
            ));
        }
        new_password(&self.password, &self.password_confirmation, email)?;
        Ok(PasswordChange {
            current_password: self.current_password.clone(),
            password: self.password.clone(),
            password_confirmation: self.password_confirmation.clone(),
        })
    }

    /// The service refused: its message under the box it names (else for the whole form). A
    /// refused current password is emptied; the new ones stay, so a typo costs no retyping.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        if err.field.as_deref() == Some("current_password") {
            self.current_password.clear();
        }
        self.error = Some(placed(err, &PASSWORD_CHANGE_FIELDS));
    }
}

// ---------- password hints ----------

/// One part of the password rule and whether the password meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleItem {
    pub label: &'static str,
    pub met: bool,
}

/// What the live hints under a new password say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordHints {
    /// Nothing typed yet: the items are shown as a plain list.
    pub empty: bool,
    pub items: Vec<RuleItem>,
    /// What else is wrong, in the rule's own words (全角, blanks, same as the email, common).
    pub problems: Vec<String>,
    /// The password would be accepted.
    pub ok: bool,
}

/// The rule checklist for `password` (8–32 characters; half-width letter, digit and symbol),
/// then what [`password::check`] still refuses.
pub fn password_hints(password: &str, email: &str) -> PasswordHints {
    let v = password::rule_violations(password);
    let items = vec![
        RuleItem {
            label: "8文字以上32文字以内",
            met: !v.too_short && !v.too_long,
        },
        RuleItem {
            label: "半角英字を含む",
            met: !v.missing_letter,
        },
        RuleItem {
            label: "半角数字を含む",
            met: !v.missing_digit,
        },
        RuleItem {
            label: "記号を含む（! # $ % & ? @ など）",
            met: !v.missing_symbol,
        },
    ];
    let (problems, ok) = if password.is_empty() {
        (Vec::new(), false)
    } else {
        match password::check(password, email) {
            Ok(()) => (Vec::new(), true),
            Err(PasswordError::Rule(v)) => {
                // The checklist already shows length and classes; say what else is wrong.
                let only_characters = password::RuleViolations {
                    not_half_width: v.not_half_width,
                    blank_or_control: v.blank_or_control,
                    chars: v.chars,
                    ..Default::default()
                };
                (only_characters.messages(), false)
            }
            Err(other) => (vec![other.to_string()], false),
        }
    };
    PasswordHints {
        empty: password.is_empty(),
        items,
        problems,
        ok,
    }
}

/// Under the confirmation box: nothing until something is typed, then whether both match.
pub fn confirmation_hint(password: &str, confirmation: &str) -> Option<(bool, &'static str)> {
    if confirmation.is_empty() {
        None
    } else if password == confirmation {
        Some((true, "パスワードが一致しています。"))
    } else {
        Some((false, "パスワードが一致しません。"))
    }
}

// ---------- counter registration ----------

/// The counter registration form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CounterForm {
    pub name: String,
    pub kana: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    pub email: String,
    /// 都道府県 code, `""` until chosen.
    pub prefecture: String,
}

/// Full-width katakana, the long-vowel mark, the middle dot and spaces, as the service accepts.
pub fn is_katakana_name(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | ' ' | '　'))
}

/// Hiragana typed into the フリガナ box made katakana (やまだ たろう → ヤマダ タロウ).
pub fn to_katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// 氏名: trimmed, required, at most [`MAX_NAME_CHARS`].
fn person_name(text: &str, field: &str) -> Result<String, FieldError> {
    let name = text.trim();
    if name.is_empty() {
        return Err(FieldError::on(field, "氏名を入力してください。"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(FieldError::on(
            field,
            format!("氏名は{MAX_NAME_CHARS}文字以内で入力してください。"),
        ));
    }
    Ok(name.to_owned())
}

/// フリガナ: trimmed, hiragana made katakana, required, full-width katakana only.
fn name_kana(text: &str, field: &str) -> Result<String, FieldError> {
    let kana = to_katakana(text.trim());
    if kana.is_empty() {
        return Err(FieldError::on(field, "フリガナを入力してください。"));
    }
    if kana.chars().count() > MAX_NAME_CHARS || !is_katakana_name(&kana) {
        return Err(FieldError::on(
            field,
            "フリガナは全角カタカナで入力してください。",
        ));
    }
    Ok(kana)
}

/// 住所（都道府県）: a known 都道府県 code.
fn prefecture_code(code: &str, field: &str) -> Result<String, FieldError> {
    if shigoto_refdata::prefecture(code).is_none() {
        return Err(FieldError::on(field, "住所の都道府県を選択してください。"));
    }
    Ok(code.to_owned())
}

impl CounterForm {
    pub fn request(&self, today: NaiveDate) -> Result<CounterRegistration, FieldError> {
        let name = person_name(&self.name, "name")?;
        let name_kana = name_kana(&self.kana, "name_kana")?;
        let birth_date = birth_date(&self.birth_date, "birth_date", today)?;
        let email = email(&self.email, "email")?;
        let prefecture_code = prefecture_code(&self.prefecture, "prefecture_code")?;
        Ok(CounterRegistration {
            name,
            name_kana,
            birth_date,
            email,
            prefecture_code,
        })
    }
}

/// The counter registration screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CounterState {
    pub form: CounterForm,
    pub error: Option<FieldError>,
    pub busy: bool,
    /// The seeker just registered: the result panel replaces the form.
    pub registered: Option<Rc<RegisteredSeeker>>,
}

/// Fields of the counter form, for placing the service's refusals.
const COUNTER_FIELDS: [&str; 5] = [
    "name",
    "name_kana",
    "birth_date",
    "email",
    "prefecture_code",
];

impl CounterState {
    pub fn registered(&mut self, seeker: RegisteredSeeker) {
        self.busy = false;
        self.error = None;
        self.registered = Some(Rc::new(seeker));
    }

    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        self.error = Some(placed(err, &COUNTER_FIELDS));
    }

    /// 「続けて登録する」: an empty form.
    pub fn again(&mut self) {
        *self = Self::default();
    }
}

// ---------- online registration ----------

/// The steps of opening a MyPage with an online job application (ハローワークに登録していない方).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegistrationStep {
    /// 1. 利用規約・プライバシーポリシーへの同意.
    #[default]
    Terms,
    /// 2. メールアドレス → the 認証キー is mailed.
    Email,
    /// 3. 認証キー・パスワード and the 求職申込み (氏名, フリガナ, 生年月日, 都道府県).
    Key,
    /// 4. 完了 (仮登録).
    Done,
}

impl RegistrationStep {
    pub const ALL: [RegistrationStep; 4] = [
        RegistrationStep::Terms,
        RegistrationStep::Email,
        RegistrationStep::Key,
        RegistrationStep::Done,
    ];

    pub fn number(self) -> usize {
        match self {
            RegistrationStep::Terms => 1,
            RegistrationStep::Email => 2,
            RegistrationStep::Key => 3,
            RegistrationStep::Done => 4,
        }
    }

    /// Its name in the step indicator.
    pub fn label(self) -> &'static str {
        match self {
            RegistrationStep::Terms => "利用規約",
            RegistrationStep::Email => "メールアドレス",
            RegistrationStep::Key => "認証キー・求職申込み",
            RegistrationStep::Done => "完了",
        }
    }

    /// The heading of the step.
    pub fn title(self) -> &'static str {
        match self {
            RegistrationStep::Terms => "マイページ利用規約等の確認・同意",
            RegistrationStep::Email => "メールアドレスの入力",
            RegistrationStep::Key => "認証キー・パスワードと求職申込み内容の入力",
            RegistrationStep::Done => "マイページ開設・求職申込み（仮登録）完了",
        }
    }
}

/// マイページを開設して求職申込みをする (for people without a Hello Work registration).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrationState {
    pub step: RegistrationStep,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    pub email: String,
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
    pub name: String,
    pub kana: String,
    /// As the date box gives it (`YYYY-MM-DD`).
    pub birth_date: String,
    /// 都道府県 code, `""` until chosen.
    pub prefecture: String,
    /// The service's answer to step 2, shown at step 3.
    pub key_sent: Option<String>,
    /// The service's answer to step 3, shown at step 4.
    pub done: Option<String>,
    pub error: Option<FieldError>,
    pub busy: bool,
}

const REGISTRATION_EMAIL_FIELDS: [&str; 1] = ["email"];
/// Boxes of step 3, in their order on screen.
const REGISTRATION_KEY_FIELDS: [&str; 7] = [
    "key",
    "password",
    "password_confirmation",
    "name",
    "name_kana",
    "birth_date",
    "prefecture_code",
];

impl RegistrationState {
    /// 「次へ」 of step 1 is enabled only with both boxes ticked.
    pub fn agreed(&self) -> bool {
        self.agreed_terms && self.agreed_privacy
    }

    /// Moves to `step`, dropping any error; the 認証キー and passwords are never kept while
    /// away from step 3 (the application details typed there are).
    pub fn go_to(&mut self, step: RegistrationStep) {
        if step == RegistrationStep::Email && !self.agreed() {
            self.step = RegistrationStep::Terms;
        } else {
            self.step = step;
        }
        self.error = None;
        self.busy = false;
        if self.step != RegistrationStep::Key {
            self.key.clear();
            self.password.clear();
            self.password_confirmation.clear();
        }
    }

    /// Step 2 → `request_registration_key`.
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

    /// Step 3 → `complete_registration`, checked in the order of the boxes.
    pub fn completion(&self, today: NaiveDate) -> Result<RegistrationCompletion, FieldError> {
        let email = self.login_email();
        let key = key_and_new_password(
            &self.key,
            &self.password,
            &self.password_confirmation,
            &email,
        )?;
        let name = person_name(&self.name, "name")?;
        let name_kana = name_kana(&self.kana, "name_kana")?;
        let birth_date = birth_date(&self.birth_date, "birth_date", today)?;
        let prefecture_code = prefecture_code(&self.prefecture, "prefecture_code")?;
        Ok(RegistrationCompletion {
            email,
            key,
            password: self.password.clone(),
            password_confirmation: self.password_confirmation.clone(),
            name,
            name_kana,
            birth_date,
            prefecture_code,
        })
    }

    /// The key was (or was said to be) mailed: on to step 3.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.go_to(RegistrationStep::Key);
        self.key_sent = Some(sent.message);
    }

    /// The MyPage is open with a provisional application: step 4, the secrets forgotten.
    pub fn completed(&mut self, done: KeySent) {
        self.go_to(RegistrationStep::Done);
        self.done = Some(done.message);
    }

    /// The service refused step 2 or 3. A refusal about the agreement or the terms' version
    /// goes back to step 1. At step 3 everything typed stays but a refused key; a refusal of
    /// the email there (no longer a box) is shown for the whole form.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        match err.field.as_deref() {
            Some("agreement" | "terms_version") => {
                self.agreed_terms = false;
                self.agreed_privacy = false;
                self.go_to(RegistrationStep::Terms);
                self.error = Some(general(err));
            }
            _ if self.step == RegistrationStep::Email => {
                self.error = Some(placed(err, &REGISTRATION_EMAIL_FIELDS));
            }
            _ => {
                if err.field.as_deref() == Some("key") {
                    self.key.clear();
                }
                self.error = Some(placed(err, &REGISTRATION_KEY_FIELDS));
            }
        }
    }
}

/// The note in the greeting of a seeker whose registration is not complete: a provisional
/// one (with its last day) or one that lapsed. `None` for everyone else.
pub fn registration_notice(account: &AccountInfo) -> Option<String> {
    match account.registration? {
        RegistrationStatus::Provisional => {
            let until = account
                .provisional_until
                .map(|d| format!("{}までに", date_ja(d)))
                .unwrap_or_else(|| format!("申込みから{PROVISIONAL_REGISTRATION_DAYS}日以内に"));
            Some(format!(
                "現在は仮登録です。{until}ハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。"
            ))
        }
        RegistrationStatus::Lapsed => Some(format!(
            "仮登録の日から{PROVISIONAL_REGISTRATION_DAYS}日が過ぎたため、求職申込みの本登録ができなくなりました。求職申込みをする場合は、お近くのハローワークへお越しください。"
        )),
        RegistrationStatus::Registered => None,
    }
}

// ---------- 本登録 of provisional applications (counselors) ----------

/// One provisional application in the counselor's list, and what was done with it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionalRow {
    pub seeker: ProvisionalSeeker,
    /// 「本登録する」 was pressed and the answer has not come yet.
    pub busy: bool,
    /// 本登録 done (the row stays, so marked, until the list is read again).
    pub confirmed: Option<Rc<RegisteredSeeker>>,
    /// Why the 本登録 was refused (e.g. the 14 days have passed).
    pub error: Option<String>,
}

/// The counselor's list of provisional applications.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionalState {
    /// `None` until `list_provisional_seekers` answered.
    pub rows: Option<Vec<ProvisionalRow>>,
    pub loading: bool,
    /// Why the list could not be read.
    pub error: Option<String>,
}

impl ProvisionalState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    /// The list as read: a fresh list drops the rows marked 本登録しました.
    pub fn loaded(&mut self, result: Result<Vec<ProvisionalSeeker>, ApiError>) {
        self.loading = false;
        match result {
            Ok(list) => {
                self.rows = Some(
                    list.into_iter()
                        .map(|seeker| ProvisionalRow {
                            seeker,
                            busy: false,
                            confirmed: None,
                            error: None,
                        })
                        .collect(),
                );
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    fn row_mut(&mut self, seeker_number: &str) -> Option<&mut ProvisionalRow> {
        self.rows
            .as_mut()?
            .iter_mut()
            .find(|r| r.seeker.seeker_number == seeker_number)
    }

    /// 「本登録する」 pressed: false when the row is gone, already done or waiting.
    pub fn confirming(&mut self, seeker_number: &str) -> bool {
        match self.row_mut(seeker_number) {
            Some(row) if !row.busy && row.confirmed.is_none() => {
                row.busy = true;
                row.error = None;
                true
            }
            _ => false,
        }
    }

    pub fn confirmed(&mut self, seeker_number: &str, result: Result<RegisteredSeeker, ApiError>) {
        if let Some(row) = self.row_mut(seeker_number) {
            if !row.busy {
                return;
            }
            row.busy = false;
            match result {
                Ok(seeker) => row.confirmed = Some(Rc::new(seeker)),
                Err(err) => row.error = Some(error_message(&err)),
            }
        }
    }
}

/// Days from `today` to the `deadline` of a provisional application, said for the list:
/// 「あと3日」, 「本日まで」, 「期限切れ」.
pub fn days_left(deadline: NaiveDate, today: NaiveDate) -> (i64, String) {
    let days = (deadline - today).num_days();
    let text = match days {
        d if d < 0 => "期限切れ".to_owned(),
        0 => "本日まで".to_owned(),
        d => format!("あと{d}日"),
    };
    (days, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn api(code: ErrorCode, field: Option<&str>, message: &str) -> ApiError {
        let err = ApiError::new(code, message);
        match field {
            Some(field) => err.with_field(field),
            None => err,
        }
    }

    fn today() -> NaiveDate {
        day(2026, 11, 25)
    }

    #[test]
    fn login_needs_both_boxes() {
        let mut login = LoginState::default();
        assert_eq!(login.request().unwrap_err().field.as_deref(), Some("email"));
        login.email = "  taro@example.jp ".into();
        assert_eq!(
            login.request().unwrap_err().field.as_deref(),
            Some("password")
        );
        login.password = " kT7#mZq2".into();
        assert_eq!(
            login.request().unwrap(),
            ("taro@example.jp".to_owned(), " kT7#mZq2".to_owned())
        );
    }

    #[test]
    fn login_refusals_empty_the_password_and_show_the_message() {
        let mut login = LoginState {
            email: "taro@example.jp".into(),
            password: "secret".into(),
            busy: true,
            notice: Some(SIGNED_OUT_NOTICE.into()),
            ..Default::default()
        };
        login.failed(&api(
            ErrorCode::AccountLocked,
            None,
            "アカウントがロックされています。",
        ));
        assert!(!login.busy && login.password.is_empty() && login.notice.is_none());
        assert_eq!(
            login.error,
            Some(FieldError {
                field: None,
                message: "アカウントがロックされています。".into()
            })
        );
        login.failed(&api(ErrorCode::ServiceUnreachable, None, "down"));
        assert_eq!(login.error.unwrap().message, UNREACHABLE_MESSAGE);
    }

    #[test]
    fn opening_needs_both_agreements_before_step_two() {
        let mut opening = OpeningState::default();
        opening.go_to(OpeningStep::Email);
        assert_eq!(opening.step, OpeningStep::Terms);
        opening.agreed_terms = true;
        assert!(!opening.agreed());
        opening.agreed_privacy = true;
        opening.go_to(OpeningStep::Email);
        assert_eq!(opening.step, OpeningStep::Email);
    }

    #[test]
    fn key_request_checks_email_and_birth_date() {
        let mut opening = OpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            step: OpeningStep::Email,
            ..Default::default()
        };
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        opening.email = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ".into();
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("birth_date"));
        opening.birth_date = "2030-01-01".into();
        assert!(opening
            .key_request(today())
            .unwrap_err()
            .message
            .contains("今日より後"));
        opening.birth_date = "1990-04-01".into();
        let request = opening.key_request(today()).unwrap();
        assert_eq!(request.email, "taro@example.jp");
        assert_eq!(request.birth_date, day(1990, 4, 1));
        assert!(request.agreed_terms && request.agreed_privacy);
        assert_eq!(request.terms_version, TERMS_VERSION);
    }

    fn at_key_step() -> OpeningState {
        let mut opening = OpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            email: "Taro.Yamada@example.jp".into(),
            birth_date: "1990-04-01".into(),
            ..Default::default()
        };
        opening.key_sent(KeySent {
            message: "送信しました。".into(),
        });
        opening
    }

    #[test]
    fn completion_checks_key_password_and_confirmation() {
        let mut opening = at_key_step();
        assert_eq!(opening.step, OpeningStep::Key);
        assert_eq!(opening.key_sent.as_deref(), Some("送信しました。"));
        let field = |o: &OpeningState| o.completion().unwrap_err().field;
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.key = "1234".into();
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.key = "１２３４ ５６７８".into();
        assert_eq!(field(&opening).as_deref(), Some("password"));
        opening.password = "abc".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("8文字以上32文字以内"));
        opening.password = "Taro.Yamada2025!".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        opening.password = "Hinode-Kaze9".into();
        assert_eq!(field(&opening).as_deref(), Some("password_confirmation"));
        opening.password_confirmation = "Hinode-Kaze8".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("一致しません"));
        opening.password_confirmation = "Hinode-Kaze9".into();
        let done = opening.completion().unwrap();
        assert_eq!(done.key, "12345678");
        assert_eq!(done.email, "taro.yamada@example.jp");
        assert_eq!(done.password, "Hinode-Kaze9");
    }

    #[test]
    fn refusals_land_at_their_field_or_step() {
        let mut opening = at_key_step();
        opening.key = "12345678".into();
        opening.password = "Hinode-Kaze9".into();
        opening.password_confirmation = "Hinode-Kaze9".into();
        opening.busy = true;
        opening.failed(&api(ErrorCode::InvalidKey, Some("key"), "違います"));
        assert!(!opening.busy && opening.key.is_empty());
        assert_eq!(opening.password, "Hinode-Kaze9");
        assert_eq!(
            opening.error.as_ref().unwrap().field.as_deref(),
            Some("key")
        );
        opening.failed(&api(ErrorCode::Conflict, None, "開設済みです"));
        assert_eq!(opening.error.as_ref().unwrap().field, None);
        opening.failed(&api(
            ErrorCode::InvalidParameter,
            Some("terms_version"),
            "規約が更新されました",
        ));
        assert_eq!(opening.step, OpeningStep::Terms);
        assert!(!opening.agreed() && opening.password.is_empty());
        assert_eq!(
            opening.error.as_ref().unwrap().message,
            "規約が更新されました"
        );
    }

    #[test]
    fn completing_forgets_the_secrets() {
        let mut opening = at_key_step();
        opening.key = "12345678".into();
        opening.password = "Hinode-Kaze9".into();
        opening.password_confirmation = "Hinode-Kaze9".into();
        opening.completed(KeySent {
            message: "開設しました".into(),
        });
        assert_eq!(opening.step, OpeningStep::Done);
        assert!(opening.key.is_empty() && opening.password.is_empty());
        assert!(opening.password_confirmation.is_empty());
        assert_eq!(opening.done.as_deref(), Some("開設しました"));
    }

    #[test]
    fn steps_are_numbered_like_the_leaflet() {
        let numbers: Vec<usize> = OpeningStep::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(OpeningStep::Key.label(), "認証キー・パスワード");
    }

    #[test]
    fn reset_steps_are_numbered() {
        let numbers: Vec<usize> = ResetStep::ALL.iter().map(|s| s.number()).collect();
        assert_eq!(numbers, [1, 2, 3]);
        assert_eq!(ResetStep::Key.label(), "認証キー・新しいパスワード");
        assert_eq!(ResetState::default().step, ResetStep::Email);
    }

    #[test]
    fn reset_key_request_checks_the_email() {
        let mut reset = ResetState::default();
        let err = reset.key_request().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        reset.email = "taro".into();
        assert_eq!(
            reset.key_request().unwrap_err().field.as_deref(),
            Some("email")
        );
        reset.email = " ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ".into();
        assert_eq!(reset.key_request().unwrap().email, "taro@example.jp");
    }

    fn reset_at_key_step() -> ResetState {
        let mut reset = ResetState {
            email: "Taro.Yamada@example.jp".into(),
            busy: true,
            ..Default::default()
        };
        reset.key_sent(KeySent {
            message: "送信しました。".into(),
        });
        reset
    }

    #[test]
    fn reset_completion_checks_key_password_and_confirmation() {
        let mut reset = reset_at_key_step();
        assert_eq!(reset.step, ResetStep::Key);
        assert!(!reset.busy);
        assert_eq!(reset.key_sent.as_deref(), Some("送信しました。"));
        let field = |r: &ResetState| r.completion().unwrap_err().field;
        assert_eq!(field(&reset).as_deref(), Some("key"));
        reset.key = "1234567８9".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("8桁の数字"));
        reset.key = "１２３４－５６７８".into();
        assert_eq!(field(&reset).as_deref(), Some("password"));
        reset.password = "Taro.Yamada-2025".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        reset.password = "Hinode-Kaze9".into();
        assert_eq!(field(&reset).as_deref(), Some("password_confirmation"));
        reset.password_confirmation = "Hinode-Kaze".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("一致しません"));
        reset.password_confirmation = "Hinode-Kaze9".into();
        assert_eq!(
            reset.completion().unwrap(),
            PasswordResetCompletion {
                email: "taro.yamada@example.jp".into(),
                key: "12345678".into(),
                password: "Hinode-Kaze9".into(),
                password_confirmation: "Hinode-Kaze9".into(),
            }
        );
    }

    #[test]
    fn reset_refusals_land_at_their_field() {
        let mut reset = ResetState {
            email: "taro@example".into(),
            busy: true,
            ..Default::default()
        };
        reset.failed(&api(
            ErrorCode::InvalidParameter,
            Some("email"),
            "メールアドレスを確認してください。",
        ));
        assert!(!reset.busy);
        assert_eq!(
            reset.error.as_ref().unwrap().field.as_deref(),
            Some("email")
        );

        let mut reset = reset_at_key_step();
        reset.key = "12345678".into();
        reset.password = "Hinode-Kaze9".into();
        reset.password_confirmation = "Hinode-Kaze9".into();
        reset.busy = true;
        reset.failed(&api(
            ErrorCode::InvalidKey,
            Some("key"),
            "認証キーが正しくありません。あと2回間違えると無効になります。",
        ));
        assert!(!reset.busy && reset.key.is_empty());
        assert_eq!(reset.password, "Hinode-Kaze9");
        assert_eq!(reset.error.as_ref().unwrap().field.as_deref(), Some("key"));
        // The email is no box at step 2: the refusal is shown for the whole form.
        reset.failed(&api(ErrorCode::InvalidParameter, Some("email"), "違います"));
        assert_eq!(reset.error.as_ref().unwrap().field, None);
        reset.failed(&api(ErrorCode::ServiceUnreachable, None, "down"));
        assert_eq!(reset.error.as_ref().unwrap().message, UNREACHABLE_MESSAGE);
    }

    #[test]
    fn resetting_forgets_the_secrets() {
        let mut reset = reset_at_key_step();
        reset.key = "12345678".into();
        reset.password = "Hinode-Kaze9".into();
        reset.password_confirmation = "Hinode-Kaze9".into();
        reset.completed(KeySent {
            message: "パスワードを変更しました".into(),
        });
        assert_eq!(reset.step, ResetStep::Done);
        assert!(reset.key.is_empty() && reset.password.is_empty());
        assert!(reset.password_confirmation.is_empty());
        assert_eq!(reset.done.as_deref(), Some("パスワードを変更しました"));

        // 「認証キーを再送信する」 keeps the email and nothing secret.
        let mut again = reset_at_key_step();
        again.password = "Hinode-Kaze9".into();
        again.error = Some(FieldError::on("key", "無効です"));
        again.go_to(ResetStep::Email);
        assert_eq!(again.step, ResetStep::Email);
        assert_eq!(again.email, "Taro.Yamada@example.jp");
        assert!(again.password.is_empty() && again.error.is_none());
    }

    #[test]
    fn keys_are_eight_half_width_digits() {
        assert_eq!(normalize_key(" １２３４-５６７８ "), "12345678");
        assert!(is_key("12345678"));
        assert!(!is_key("1234567"));
        assert!(!is_key("1234567a"));
        assert!(!is_key("123456789"));
    }

    #[test]
    fn password_hints_follow_the_rule() {
        let empty = password_hints("", "taro@example.jp");
        assert!(empty.empty && !empty.ok && empty.problems.is_empty());
        assert_eq!(empty.items.len(), 4);

        let short = password_hints("ab1", "taro@example.jp");
        let met: Vec<bool> = short.items.iter().map(|i| i.met).collect();
        assert_eq!(met, [false, true, true, false]);
        assert!(short.problems.is_empty() && !short.ok);

        let full_width = password_hints("ｋＴ７＃ｍＺｑ２", "taro@example.jp");
        assert_eq!(
            full_width.problems,
            ["全角文字は使えません。半角英数字と記号で入力してください。"]
        );

        let same = password_hints("Taro2025!", "taro@example.jp");
        assert!(same.items.iter().all(|i| i.met) && !same.ok);
        assert!(same.problems[0].contains("メールアドレスと同じ"));

        let common = password_hints("Password1!", "taro@example.jp");
        assert!(common.problems[0].contains("よく使われている"));

        let good = password_hints("Hinode-Kaze9", "taro@example.jp");
        assert!(good.ok && good.problems.is_empty());
    }

    #[test]
    fn confirmation_hint_says_whether_both_match() {
        assert_eq!(confirmation_hint("abc", ""), None);
        assert_eq!(confirmation_hint("abc", "abc").map(|h| h.0), Some(true));
        assert_eq!(confirmation_hint("abc", "abd").map(|h| h.0), Some(false));
    }

    fn filled_counter() -> CounterForm {
        CounterForm {
            name: " 山田 太郎 ".into(),
            kana: "やまだ　たろう".into(),
            birth_date: "1990-04-01".into(),
            email: "Taro@Example.jp".into(),
            prefecture: "13".into(),
        }
    }

    #[test]
    fn counter_form_makes_a_registration() {
        let request = filled_counter().request(today()).unwrap();
        assert_eq!(request.name, "山田 太郎");
        assert_eq!(request.name_kana, "ヤマダ　タロウ");
        assert_eq!(request.birth_date, day(1990, 4, 1));
        assert_eq!(request.email, "taro@example.jp");
        assert_eq!(request.prefecture_code, "13");
    }

    #[test]
    fn counter_form_names_the_field_at_fault() {
        let field = |edit: fn(&mut CounterForm)| {
            let mut form = filled_counter();
            edit(&mut form);
            form.request(today()).unwrap_err().field.unwrap_or_default()
        };
        assert_eq!(field(|f| f.name = "  ".into()), "name");
        assert_eq!(field(|f| f.name = "あ".repeat(51)), "name");
        assert_eq!(field(|f| f.kana = "yamada".into()), "name_kana");
        assert_eq!(field(|f| f.kana = "山田".into()), "name_kana");
        assert_eq!(field(|f| f.kana = String::new()), "name_kana");
        assert_eq!(field(|f| f.birth_date = String::new()), "birth_date");
        assert_eq!(field(|f| f.email = "taro".into()), "email");
        assert_eq!(field(|f| f.prefecture = String::new()), "prefecture_code");
        assert_eq!(field(|f| f.prefecture = "99".into()), "prefecture_code");
    }

    #[test]
    fn katakana_names() {
        assert!(is_katakana_name("ヤマダ　タロウ"));
        assert!(is_katakana_name("ジョン・スミス"));
        assert!(is_katakana_name("ヴァージー"));
        assert!(!is_katakana_name("ﾔﾏﾀﾞ"));
        assert_eq!(to_katakana("さとう ゆうこ"), "サトウ ユウコ");
        assert_eq!(to_katakana("ゔぁ"), "ヴァ");
    }

    #[test]
    fn counter_results_and_refusals() {
        let mut counter = CounterState {
            form: filled_counter(),
            busy: true,
            ..Default::default()
        };
        counter.failed(&api(
            ErrorCode::InvalidParameter,
            Some("birth_date"),
            "生年月日を確認してください（15歳以上）。",
        ));
        assert!(!counter.busy);
        assert_eq!(
            counter.error.as_ref().unwrap().field.as_deref(),
            Some("birth_date")
        );
        counter.failed(&api(ErrorCode::Forbidden, None, "職員のみ"));
        assert_eq!(counter.error.as_ref().unwrap().field, None);
        counter.registered(RegisteredSeeker {
            seeker_number: "13010-00000042".into(),
            name: "山田 太郎".into(),
            email: "taro@example.jp".into(),
            valid_until: day(2027, 1, 31),
        });
        assert!(counter.error.is_none() && counter.registered.is_some());
        counter.again();
        assert_eq!(counter, CounterState::default());
    }

    #[test]
    fn sessions_and_greetings() {
        let account = AccountInfo {
            role: Role::Counselor,
            email: "staff@example.jp".into(),
            display_name: "佐藤 花子".into(),
            seeker_number: None,
            office_code: Some("13010".into()),
            registration: None,
            provisional_until: None,
            employer: None,
        };
        let session = Session::SignedIn(Rc::new(account.clone()));
        assert!(session.is_counselor());
        assert!(!Session::SignedOut.is_counselor());
        assert_eq!(greeting(&account), "佐藤 花子さん、ようこそ。");
        let company = AccountInfo {
            role: Role::Employer,
            display_name: "株式会社しごと商事".into(),
            ..account.clone()
        };
        assert_eq!(greeting(&company), "株式会社しごと商事様、ようこそ。");
        assert_eq!(parse_date("2027-01-31"), Some(day(2027, 1, 31)));
        assert_eq!(parse_date("1990/4/1"), Some(day(1990, 4, 1)));
        assert_eq!(parse_date("１９９０年４月１日"), Some(day(1990, 4, 1)));
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("1990-02-30"), None);
        assert_eq!(parse_date("90-4-1"), None);
        assert_eq!(parse_date("1990-04"), None);
    }

    fn registration_at_key_step() -> RegistrationState {
        let mut r = RegistrationState {
            agreed_terms: true,
            agreed_privacy: true,
            email: " Hanako@Example.jp ".into(),
            ..Default::default()
        };
        r.go_to(RegistrationStep::Email);
        assert_eq!(r.key_request().unwrap().email, "hanako@example.jp");
        r.key_sent(KeySent {
            message: "送信しました".into(),
        });
        r.key = "１２３４ ５６７８".into();
        r.password = "Hinode-Kaze9".into();
        r.password_confirmation = "Hinode-Kaze9".into();
        r.name = " 鈴木 花子 ".into();
        r.kana = "すずき はなこ".into();
        r.birth_date = "1992-07-14".into();
        r.prefecture = "13".into();
        r
    }

    #[test]
    fn the_registration_checks_its_boxes_in_order() {
        let today = day(2026, 11, 25);
        let mut r = RegistrationState::default();
        r.go_to(RegistrationStep::Email);
        assert_eq!(r.step, RegistrationStep::Terms);
        assert_eq!(
            r.key_request().unwrap_err().field.as_deref(),
            Some("agreement")
        );

        let r = registration_at_key_step();
        assert_eq!(r.step, RegistrationStep::Key);
        let request = r.completion(today).unwrap();
        assert_eq!(request.key, "12345678");
        assert_eq!(request.email, "hanako@example.jp");
        assert_eq!(request.name, "鈴木 花子");
        assert_eq!(request.name_kana, "スズキ ハナコ");
        assert_eq!(request.birth_date, day(1992, 7, 14));
        assert_eq!(request.prefecture_code, "13");

        let field = |edit: fn(&mut RegistrationState)| {
            let mut r = registration_at_key_step();
            edit(&mut r);
            r.completion(today).unwrap_err().field
        };
        assert_eq!(field(|r| r.key.clear()).as_deref(), Some("key"));
        assert_eq!(
            field(|r| r.password = "short".into()).as_deref(),
            Some("password")
        );
        assert_eq!(
            field(|r| r.password_confirmation = "Hinode-Kaze8".into()).as_deref(),
            Some("password_confirmation")
        );
        assert_eq!(field(|r| r.name = "  ".into()).as_deref(), Some("name"));
        assert_eq!(
            field(|r| r.kana = "Suzuki".into()).as_deref(),
            Some("name_kana")
        );
        assert_eq!(
            field(|r| r.birth_date = "2030-01-01".into()).as_deref(),
            Some("birth_date")
        );
        assert_eq!(
            field(|r| r.prefecture.clear()).as_deref(),
            Some("prefecture_code")
        );
    }

    #[test]
    fn registration_refusals_are_placed_and_secrets_forgotten() {
        let mut r = registration_at_key_step();
        r.busy = true;
        r.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(r.key.is_empty() && !r.busy);
        assert_eq!(r.password, "Hinode-Kaze9");
        assert_eq!(r.error.as_ref().unwrap().field.as_deref(), Some("key"));

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "形式").with_field("email"));
        assert_eq!(r.error.as_ref().unwrap().field, None);
        r.failed(&ApiError::new(ErrorCode::Conflict, "開設済み"));
        assert_eq!(r.error.as_ref().unwrap().message, "開設済み");

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "規約").with_field("terms_version"));
        assert_eq!(r.step, RegistrationStep::Terms);
        assert!(!r.agreed() && r.password.is_empty());

        let mut r = registration_at_key_step();
        r.completed(KeySent {
            message: "完了".into(),
        });
        assert_eq!(r.step, RegistrationStep::Done);
        assert!(r.key.is_empty() && r.password.is_empty() && r.password_confirmation.is_empty());
        assert_eq!(r.done.as_deref(), Some("完了"));
    }

    fn seeker_account(status: Option<RegistrationStatus>, until: Option<NaiveDate>) -> AccountInfo {
        AccountInfo {
            role: Role::Seeker,
            email: "hanako@example.jp".into(),
            display_name: "鈴木 花子".into(),
            seeker_number: Some("13010-00000101".into()),
            office_code: None,
            registration: status,
            provisional_until: until,
            employer: None,
        }
    }

    #[test]
    fn provisional_and_lapsed_seekers_are_told_what_to_do() {
        let provisional = seeker_account(
            Some(RegistrationStatus::Provisional),
            Some(day(2026, 12, 9)),
        );
        assert_eq!(
            registration_notice(&provisional).as_deref(),
            Some("現在は仮登録です。2026年12月9日までにハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。")
        );
        let lapsed = seeker_account(Some(RegistrationStatus::Lapsed), None);
        assert!(registration_notice(&lapsed).unwrap().contains("14日"));
        assert!(
            registration_notice(&seeker_account(Some(RegistrationStatus::Registered), None))
                .is_none()
        );
        assert!(registration_notice(&seeker_account(None, None)).is_none());
    }

    fn provisional_seeker(number: &str) -> ProvisionalSeeker {
        ProvisionalSeeker {
            seeker_number: number.into(),
            name: "鈴木 花子".into(),
            name_kana: "スズキ ハナコ".into(),
            birth_date: day(1992, 7, 14),
            email: "hanako@example.jp".into(),
            prefecture_code: "13".into(),
            applied_on: day(2026, 11, 25),
            deadline: day(2026, 12, 9),
        }
    }

    #[test]
    fn the_provisional_list_marks_confirmed_rows_until_read_again() {
        let mut list = ProvisionalState::default();
        list.loading();
        list.loaded(Ok(vec![
            provisional_seeker("13010-00000101"),
            provisional_seeker("13010-00000102"),
        ]));
        assert!(!list.loading);
        assert!(list.confirming("13010-00000101"));
        assert!(!list.confirming("13010-00000101"));
        assert!(!list.confirming("13010-99999999"));
        list.confirmed(
            "13010-00000101",
            Ok(RegisteredSeeker {
                seeker_number: "13010-00000101".into(),
                name: "鈴木 花子".into(),
                email: "hanako@example.jp".into(),
                valid_until: day(2027, 1, 31),
            }),
        );
        assert!(list.confirming("13010-00000102"));
        list.confirmed(
            "13010-00000102",
            Err(ApiError::new(ErrorCode::Conflict, "14日が過ぎました")),
        );
        let rows = list.rows.clone().unwrap();
        assert!(rows[0].confirmed.is_some() && !rows[0].busy);
        assert_eq!(rows[1].error.as_deref(), Some("14日が過ぎました"));
        assert!(!list.confirming("13010-00000101"));

        list.loading();
        list.loaded(Ok(vec![provisional_seeker("13010-00000102")]));
        let rows = list.rows.clone().unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].error.is_none());

        list.loading();
        list.loaded(Err(ApiError::new(ErrorCode::Internal, "読めません")));
        assert_eq!(list.error.as_deref(), Some("読めません"));
        assert_eq!(list.rows.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn days_left_reads_naturally() {
        let today = day(2026, 11, 25);
        assert_eq!(
            days_left(day(2026, 12, 9), today),
            (14, "あと14日".to_owned())
        );
        assert_eq!(days_left(today, today), (0, "本日まで".to_owned()));
        assert_eq!(
            days_left(day(2026, 11, 24), today),
            (-1, "期限切れ".to_owned())
        );
    }

    #[test]
    fn a_password_change_checks_its_boxes_in_order() {
        let email = "taro@example.jp";
        let mut state = PasswordChangeState::default();
        assert_eq!(
            state.request(email).unwrap_err().field.as_deref(),
            Some("current_password")
        );
        state.current_password = "Old#pass1".into();
        assert_eq!(
            state.request(email).unwrap_err().field.as_deref(),
            Some("password")
        );
        state.password = "short1!".into();
        assert_eq!(
            state.request(email).unwrap_err().field.as_deref(),
            Some("password")
        );
        state.password = "Hinode-Kaze9".into();
        let err = state.request(email).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("password_confirmation"));
        assert!(err.message.contains("もう一度"));
        state.password_confirmation = "Hinode-Kaze8".into();
        assert!(state
            .request(email)
            .unwrap_err()
            .message
            .contains("一致しません"));
        state.password_confirmation = "Hinode-Kaze9".into();
        assert_eq!(
            state.request(email).unwrap(),
            PasswordChange {
                current_password: "Old#pass1".into(),
                password: "Hinode-Kaze9".into(),
                password_confirmation: "Hinode-Kaze9".into(),
            }
        );
    }

    #[test]
    fn a_wrong_current_password_is_emptied_and_shown_at_its_box() {
        let mut state = PasswordChangeState {
            current_password: "Wrong#pass1".into(),
            password: "Hinode-Kaze9".into(),
            password_confirmation: "Hinode-Kaze9".into(),
            busy: true,
            ..Default::default()
        };
        state.failed(&api(
            ErrorCode::InvalidParameter,
            Some("current_password"),
            "現在のパスワードが正しくありません。",
        ));
        assert!(!state.busy);
        assert!(state.current_password.is_empty());
        assert_eq!(state.password, "Hinode-Kaze9");
        let err = state.error.clone().unwrap();
        assert_eq!(err.field.as_deref(), Some("current_password"));
        assert_eq!(err.message, "現在のパスワードが正しくありません。");

        state.failed(&api(ErrorCode::ServiceUnreachable, None, "unreachable"));
        assert_eq!(state.error.unwrap().message, UNREACHABLE_MESSAGE);
    }
}
