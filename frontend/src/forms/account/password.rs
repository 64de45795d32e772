//! パスワード変更 as typed, and the live hints under a new password (the rule's checklist and
//! what else the rule refuses).

use shigoto_domain::password::{self, PasswordError};
use shigoto_i18n::Text;
use shigoto_shared::{ApiError, PasswordChange};

use crate::forms::account::fields::{new_password, placed};
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

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
                shown_texts().t("account-current-password-missing"),
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleItem {
    /// The catalogue key of its words (which may name the rule's `$min` and `$max`).
    pub key: &'static str,
    pub met: bool,
}

/// What the live hints under a new password say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordHints {
    /// Nothing typed yet: the items are shown as a plain list.
    pub empty: bool,
    pub items: Vec<RuleItem>,
    /// What else is wrong, in the rule's own words (全角, blanks, same as the email, common).
    pub problems: Vec<Text>,
    /// The password would be accepted.
    pub ok: bool,
}

/// The rule checklist for `password` (8–32 characters; half-width letter, digit and symbol),
/// then what [`password::check`] still refuses.
pub fn password_hints(password: &str, email: &str) -> PasswordHints {
    let v = password::rule_violations(password);
    let items = vec![
        RuleItem {
            key: shigoto_i18n::key!("account-password-rule-length"),
            met: !v.too_short && !v.too_long,
        },
        RuleItem {
            key: shigoto_i18n::key!("account-password-rule-letter"),
            met: !v.missing_letter,
        },
        RuleItem {
            key: shigoto_i18n::key!("account-password-rule-digit"),
            met: !v.missing_digit,
        },
        RuleItem {
            key: shigoto_i18n::key!("account-password-rule-symbol"),
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
                (only_characters.texts(), false)
            }
            Err(other) => (vec![other.text()], false),
        }
    };
    PasswordHints {
        empty: password.is_empty(),
        items,
        problems,
        ok,
    }
}

/// Under the confirmation box: nothing until something is typed, then whether both match
/// (and the catalogue key of the words saying so).
pub fn confirmation_hint(password: &str, confirmation: &str) -> Option<(bool, &'static str)> {
    if confirmation.is_empty() {
        None
    } else if password == confirmation {
        Some((true, shigoto_i18n::key!("account-confirmation-matches")))
    } else {
        Some((false, shigoto_i18n::key!("account-confirmation-differs")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;
    use crate::ipc::UNREACHABLE_MESSAGE;
    use shigoto_shared::ErrorCode;

    #[test]
    fn password_hints_follow_the_rule() {
        let empty = password_hints("", "taro@example.jp");
        assert!(empty.empty && !empty.ok && empty.problems.is_empty());
        assert_eq!(empty.items.len(), 4);

        let short = password_hints("ab1", "taro@example.jp");
        let met: Vec<bool> = short.items.iter().map(|i| i.met).collect();
        assert_eq!(met, [false, true, true, false]);
        assert!(short.problems.is_empty() && !short.ok);

        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let full_width = password_hints("ｋＴ７＃ｍＺｑ２", "taro@example.jp");
        let written: Vec<String> = full_width.problems.iter().map(|p| ja.text(p)).collect();
        assert_eq!(
            written,
            ["全角文字は使えません。半角英数字と記号で入力してください。"]
        );

        let same = password_hints("Taro2025!", "taro@example.jp");
        assert!(same.items.iter().all(|i| i.met) && !same.ok);
        assert!(ja.text(&same.problems[0]).contains("メールアドレスと同じ"));

        let common = password_hints("Password1!", "taro@example.jp");
        assert!(ja.text(&common.problems[0]).contains("よく使われている"));
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(
            en.text(&common.problems[0]),
            "This password is too common. Please choose one that is hard to guess."
        );

        let good = password_hints("Hinode-Kaze9", "taro@example.jp");
        assert!(good.ok && good.problems.is_empty());
    }

    #[test]
    fn confirmation_hint_says_whether_both_match() {
        assert_eq!(confirmation_hint("abc", ""), None);
        assert_eq!(confirmation_hint("abc", "abc").map(|h| h.0), Some(true));
        assert_eq!(confirmation_hint("abc", "abd").map(|h| h.0), Some(false));
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
