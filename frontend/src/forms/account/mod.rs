//! The account screens' forms as pure logic: who is signed in ([`session`]), the login
//! ([`login`]), the 認証キー flows of the MyPage opening ([`opening`]), the online registration
//! ([`registration`]) and the password reset ([`reset`]) on [`crate::forms::key_flow`], the
//! password change and its live hints ([`password`]), the counselors' counter registration
//! ([`counter`]) and 本登録 of provisional applications ([`provisional`]), and the boxes they
//! share ([`fields`]).

pub mod counter;
pub mod fields;
pub mod login;
pub mod opening;
pub mod password;
pub mod provisional;
pub mod registration;
pub mod reset;
pub mod session;

pub use crate::forms::edit::Edit;
pub use counter::{CounterForm, CounterState};
pub use fields::{error_message, general, placed, to_katakana, MAX_NAME_CHARS};
pub use login::LoginState;
pub use opening::{OpeningFields, OpeningState};
pub use password::{confirmation_hint, password_hints, PasswordChangeState};
pub use provisional::{days_left, ProvisionalRow, ProvisionalState};
pub use registration::{RegistrationFields, RegistrationState};
pub use reset::{ResetFields, ResetState};
pub use session::{
    greeting, honorific, registration_notice, Session, OPENED_NOTICE, REGISTERED_NOTICE,
    RESET_NOTICE, SESSION_ENDED_NOTICE, SIGNED_OUT_NOTICE,
};

#[cfg(test)]
pub(crate) mod test_util {
    use chrono::NaiveDate;
    use shigoto_shared::{ApiError, ErrorCode};

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    pub fn api(code: ErrorCode, field: Option<&str>, message: &str) -> ApiError {
        let err = ApiError::new(code, message);
        match field {
            Some(field) => err.with_field(field),
            None => err,
        }
    }

    pub fn today() -> NaiveDate {
        day(2026, 11, 25)
    }
}

#[cfg(test)]
mod flow_tests {
    use super::test_util::*;
    use super::*;
    use crate::forms::key_flow::KeyStep;
    use crate::forms::search::FieldError;
    use crate::ipc::UNREACHABLE_MESSAGE;
    use shigoto_domain::account::TERMS_VERSION;
    use shigoto_shared::{ApiError, ErrorCode, KeySent, PasswordResetCompletion};

    #[test]
    fn opening_needs_both_agreements_before_step_two() {
        let mut opening = OpeningState::default();
        opening.go_to(KeyStep::Request);
        assert_eq!(opening.step, KeyStep::Terms);
        opening.agreed_terms = true;
        assert!(!opening.agreed());
        opening.agreed_privacy = true;
        opening.go_to(KeyStep::Request);
        assert_eq!(opening.step, KeyStep::Request);
    }

    #[test]
    fn key_request_checks_email_and_birth_date() {
        let mut opening = OpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            step: KeyStep::Request,
            ..Default::default()
        };
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        opening.fields.email = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ".into();
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("birth_date"));
        opening.fields.birth_date = "2030-01-01".into();
        assert!(opening
            .key_request(today())
            .unwrap_err()
            .message
            .contains("今日より後"));
        opening.fields.birth_date = "1990-04-01".into();
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
            fields: OpeningFields {
                email: "Taro.Yamada@example.jp".into(),
                birth_date: "1990-04-01".into(),
                ..Default::default()
            },
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
        assert_eq!(opening.step, KeyStep::Key);
        assert_eq!(opening.key_sent.as_deref(), Some("送信しました。"));
        let field = |o: &OpeningState| o.completion().unwrap_err().field;
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.fields.secrets.key = "1234".into();
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.fields.secrets.key = "１２３４ ５６７８".into();
        assert_eq!(field(&opening).as_deref(), Some("password"));
        opening.fields.secrets.password = "abc".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("8文字以上32文字以内"));
        opening.fields.secrets.password = "Taro.Yamada2025!".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        assert_eq!(field(&opening).as_deref(), Some("password_confirmation"));
        opening.fields.secrets.password_confirmation = "Hinode-Kaze8".into();
        assert!(opening
            .completion()
            .unwrap_err()
            .message
            .contains("一致しません"));
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        let done = opening.completion().unwrap();
        assert_eq!(done.key, "12345678");
        assert_eq!(done.email, "taro.yamada@example.jp");
        assert_eq!(done.password, "Hinode-Kaze9");
    }

    #[test]
    fn refusals_land_at_their_field_or_step() {
        let mut opening = at_key_step();
        opening.fields.secrets.key = "12345678".into();
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        opening.busy = true;
        opening.failed(&api(ErrorCode::InvalidKey, Some("key"), "違います"));
        assert!(!opening.busy && opening.fields.secrets.key.is_empty());
        assert_eq!(opening.fields.secrets.password, "Hinode-Kaze9");
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
        assert_eq!(opening.step, KeyStep::Terms);
        assert!(!opening.agreed() && opening.fields.secrets.password.is_empty());
        assert_eq!(
            opening.error.as_ref().unwrap().message,
            "規約が更新されました"
        );
    }

    #[test]
    fn completing_forgets_the_secrets() {
        let mut opening = at_key_step();
        opening.fields.secrets.key = "12345678".into();
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        opening.completed(KeySent {
            message: "開設しました".into(),
        });
        assert_eq!(opening.step, KeyStep::Done);
        assert!(
            opening.fields.secrets.key.is_empty() && opening.fields.secrets.password.is_empty()
        );
        assert!(opening.fields.secrets.password_confirmation.is_empty());
        assert_eq!(opening.done.as_deref(), Some("開設しました"));
    }

    #[test]
    fn steps_are_numbered_like_the_leaflet() {
        assert_eq!(
            OpeningState::labels(),
            [
                "利用規約",
                "メールアドレス・生年月日",
                "認証キー・パスワード",
                "完了"
            ]
        );
        assert_eq!(OpeningState::default().number(), 1);
        assert_eq!(at_key_step().number(), 3);
    }

    #[test]
    fn reset_steps_are_numbered() {
        assert_eq!(
            ResetState::labels(),
            ["メールアドレス", "認証キー・新しいパスワード", "完了"]
        );
        assert_eq!(ResetState::default().step, KeyStep::Request);
        assert_eq!(reset_at_key_step().number(), 2);
    }

    #[test]
    fn reset_key_request_checks_the_email() {
        let mut reset = ResetState::default();
        let err = reset.key_request().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        reset.fields.email = "taro".into();
        assert_eq!(
            reset.key_request().unwrap_err().field.as_deref(),
            Some("email")
        );
        reset.fields.email = " ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ".into();
        assert_eq!(reset.key_request().unwrap().email, "taro@example.jp");
    }

    fn reset_at_key_step() -> ResetState {
        let mut reset = ResetState {
            fields: ResetFields {
                email: "Taro.Yamada@example.jp".into(),
                ..Default::default()
            },
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
        assert_eq!(reset.step, KeyStep::Key);
        assert!(!reset.busy);
        assert_eq!(reset.key_sent.as_deref(), Some("送信しました。"));
        let field = |r: &ResetState| r.completion().unwrap_err().field;
        assert_eq!(field(&reset).as_deref(), Some("key"));
        reset.fields.secrets.key = "1234567８9".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("8桁の数字"));
        reset.fields.secrets.key = "１２３４－５６７８".into();
        assert_eq!(field(&reset).as_deref(), Some("password"));
        reset.fields.secrets.password = "Taro.Yamada-2025".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        assert_eq!(field(&reset).as_deref(), Some("password_confirmation"));
        reset.fields.secrets.password_confirmation = "Hinode-Kaze".into();
        assert!(reset
            .completion()
            .unwrap_err()
            .message
            .contains("一致しません"));
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
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
            fields: ResetFields {
                email: "taro@example".into(),
                ..Default::default()
            },
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
        reset.fields.secrets.key = "12345678".into();
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        reset.busy = true;
        reset.failed(&api(
            ErrorCode::InvalidKey,
            Some("key"),
            "認証キーが正しくありません。あと2回間違えると無効になります。",
        ));
        assert!(!reset.busy && reset.fields.secrets.key.is_empty());
        assert_eq!(reset.fields.secrets.password, "Hinode-Kaze9");
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
        reset.fields.secrets.key = "12345678".into();
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        reset.completed(KeySent {
            message: "パスワードを変更しました".into(),
        });
        assert_eq!(reset.step, KeyStep::Done);
        assert!(reset.fields.secrets.key.is_empty() && reset.fields.secrets.password.is_empty());
        assert!(reset.fields.secrets.password_confirmation.is_empty());
        assert_eq!(reset.done.as_deref(), Some("パスワードを変更しました"));

        // 「認証キーを再送信する」 keeps the email and nothing secret.
        let mut again = reset_at_key_step();
        again.fields.secrets.password = "Hinode-Kaze9".into();
        again.error = Some(FieldError::on("key", "無効です"));
        again.go_to(KeyStep::Request);
        assert_eq!(again.step, KeyStep::Request);
        assert_eq!(again.fields.email, "Taro.Yamada@example.jp");
        assert!(again.fields.secrets.password.is_empty() && again.error.is_none());
    }

    fn registration_at_key_step() -> RegistrationState {
        let mut r = RegistrationState {
            agreed_terms: true,
            agreed_privacy: true,
            fields: RegistrationFields {
                email: " Hanako@Example.jp ".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        r.go_to(KeyStep::Request);
        assert_eq!(r.key_request().unwrap().email, "hanako@example.jp");
        r.key_sent(KeySent {
            message: "送信しました".into(),
        });
        r.fields.secrets.key = "１２３４ ５６７８".into();
        r.fields.secrets.password = "Hinode-Kaze9".into();
        r.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        r.fields.name = " 鈴木 花子 ".into();
        r.fields.kana = "すずき はなこ".into();
        r.fields.birth_date = "1992-07-14".into();
        r.fields.prefecture = "13".into();
        r
    }

    #[test]
    fn the_registration_checks_its_boxes_in_order() {
        let today = day(2026, 11, 25);
        let mut r = RegistrationState::default();
        r.go_to(KeyStep::Request);
        assert_eq!(r.step, KeyStep::Terms);
        assert_eq!(
            r.key_request().unwrap_err().field.as_deref(),
            Some("agreement")
        );

        let r = registration_at_key_step();
        assert_eq!(r.step, KeyStep::Key);
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
        assert_eq!(
            field(|r| r.fields.secrets.key.clear()).as_deref(),
            Some("key")
        );
        assert_eq!(
            field(|r| r.fields.secrets.password = "short".into()).as_deref(),
            Some("password")
        );
        assert_eq!(
            field(|r| r.fields.secrets.password_confirmation = "Hinode-Kaze8".into()).as_deref(),
            Some("password_confirmation")
        );
        assert_eq!(
            field(|r| r.fields.name = "  ".into()).as_deref(),
            Some("name")
        );
        assert_eq!(
            field(|r| r.fields.kana = "Suzuki".into()).as_deref(),
            Some("name_kana")
        );
        assert_eq!(
            field(|r| r.fields.birth_date = "2030-01-01".into()).as_deref(),
            Some("birth_date")
        );
        assert_eq!(
            field(|r| r.fields.prefecture.clear()).as_deref(),
            Some("prefecture_code")
        );
    }

    #[test]
    fn registration_refusals_are_placed_and_secrets_forgotten() {
        let mut r = registration_at_key_step();
        r.busy = true;
        r.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(r.fields.secrets.key.is_empty() && !r.busy);
        assert_eq!(r.fields.secrets.password, "Hinode-Kaze9");
        assert_eq!(r.error.as_ref().unwrap().field.as_deref(), Some("key"));

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "形式").with_field("email"));
        assert_eq!(r.error.as_ref().unwrap().field, None);
        r.failed(&ApiError::new(ErrorCode::Conflict, "開設済み"));
        assert_eq!(r.error.as_ref().unwrap().message, "開設済み");

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "規約").with_field("terms_version"));
        assert_eq!(r.step, KeyStep::Terms);
        assert!(!r.agreed() && r.fields.secrets.password.is_empty());

        let mut r = registration_at_key_step();
        r.completed(KeySent {
            message: "完了".into(),
        });
        assert_eq!(r.step, KeyStep::Done);
        assert!(
            r.fields.secrets.key.is_empty()
                && r.fields.secrets.password.is_empty()
                && r.fields.secrets.password_confirmation.is_empty()
        );
        assert_eq!(r.done.as_deref(), Some("完了"));
    }
}
