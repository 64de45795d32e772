//! Login credentials of the MyPages: the password rule and the normalization of the email
//! address that serves as the login ID.
//!
//! # The password rule
//! The leaflet's rule is 「パスワードは半角数字、英字、記号のすべてを含む8文字以上32文字以内」.
//! [`check`] applies it as follows:
//! - **Half-width** means printable ASCII, U+0021..=U+007E. The half-width space (U+0020) is
//!   refused like tabs, line breaks and other control characters: Hello Work asks for 半角英数字記号,
//!   and a space at either end of a password is nearly always a typing slip. Every other
//!   character (full-width letters and digits, kana, kanji, the ideographic space, emoji) is
//!   refused as 全角.
//! - **Length** is 8 to 32 characters, counted in characters (not bytes).
//! - **Classes**: at least one digit (`0-9`), one letter (`A-Z`, `a-z`) and one symbol (ASCII
//!   punctuation: ``!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``). A full-width character typed with the
//!   IME on (`ｐａｓｓ１！`) counts for the class of its half-width twin, so the user is told only
//!   to switch to half-width, not that digits or letters are missing as well.
//! - Every broken part of the rule is named in one message ([`RuleViolations::text`]).
//!
//! A password that satisfies the rule is then refused if it is
//! - the email address itself, its local part, or either of them with only digits and symbols
//!   added before or after (`taro.yamada` → `Taro.Yamada2025!`), compared case-insensitively;
//! - on the embedded list of very common passwords ([`COMMON_PASSWORDS`]), compared
//!   case-insensitively, or one of the very common words of [`COMMON_WORDS`] with only digits and
//!   symbols added before or after (`password` → `Password123!`, `!!qwerty2025`).
//!
//! These two checks come after the rule because any edit that fixes the rule changes the
//! password anyway; they are reported alone.
//!
//! # Email addresses
//! [`normalize_email`] turns what the user typed into the stored login ID: trimmed, NFKC (so a
//! full-width `ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ` typed with the IME on becomes `taro@example.jp`)
//! and lower-cased as a whole, then checked with a pragmatic syntax (see the function).

use std::fmt;

use shigoto_i18n::Text;
use unicode_normalization::UnicodeNormalization;

/// Fewest characters of a password.
pub const MIN_CHARS: usize = 8;
/// Most characters of a password.
pub const MAX_CHARS: usize = 32;
/// Most bytes of an email address (RFC 5321 path limit less the angle brackets).
pub const MAX_EMAIL_BYTES: usize = 254;
/// Most bytes of the local part (before `@`) of an email address (RFC 5321).
pub const MAX_EMAIL_LOCAL_BYTES: usize = 64;

/// Very common passwords that satisfy the rule, lower-case. Compared case-insensitively with
/// the whole password. Written for this project from the usual patterns: keyboard walks,
/// `password` spelt with digits for letters, a word or name plus a year or `123` and a symbol.
pub const COMMON_PASSWORDS: &[&str] = &[
    // keyboard walks
    "1qaz2wsx!",
    "1qaz@wsx",
    "1qaz!qaz",
    "1qaz!@#$",
    "!qaz2wsx",
    "!qaz1qaz",
    "!qaz2wsx#edc",
    "1qaz2wsx3edc!",
    "zaq12wsx!",
    "zaq1@wsx",
    "zaq!2wsx",
    "q1w2e3r4!",
    "q1w2e3r4t5!",
    "q1w2e3r4t5y6!",
    "1q2w3e4r!",
    "1q2w3e4r5t!",
    "1q2w3e4r5t6y!",
    "1q2w3e!@#",
    "1q2w3e4r!@#$",
    "!q2w3e4r",
    "a1b2c3d4!",
    "a1b2c3d4e5!",
    "a1s2d3f4!",
    "1a2b3c4d!",
    "qazwsx123!",
    "qazwsxedc1!",
    "qweasd123!",
    "qweasdzxc1!",
    "qwe123!@#",
    "qwe!@#123",
    "asd123!@#",
    "zxc123!@#",
    "abc123!@#",
    "abc!@#123",
    "abcd1234!",
    "abcd1234!@#$",
    "abcd!234",
    "abc12345!",
    "asdf1234!",
    "asdf!234",
    "zxcv1234!",
    "zxcvbnm1!",
    "mnbvcxz1!",
    "poiuytre1!",
    "1234qwer!",
    "1234abcd!",
    "1234asdf!",
    "12345qwert!",
    "123qwe!@#",
    "123abc!@#",
    "123!@#qwe",
    "123!@#abc",
    "!@#123qwe",
    "!@#$1234abcd",
    "12qw!@qw",
    "1a2s3d4f!",
    // password, spelt every way
    "p@ssw0rd",
    "p@ssw0rd1",
    "p@ssw0rd!",
    "p@ssw0rd1!",
    "p@ssw0rd123",
    "p@ssword1",
    "p@ssword12",
    "p@ssword123",
    "p@55w0rd",
    "p@55word1",
    "passw0rd!",
    "passw0rd1!",
    "passw0rd#1",
    "passw0rd@1",
    "pa$$w0rd",
    "pa$$w0rd1",
    "pa$$word1",
    "pa$$word12",
    "pa55w0rd!",
    "pa55word!",
    "pa55word1!",
    "p4ssw0rd!",
    "p4$$w0rd",
    "passwd1!",
    "passwd123!",
    "pass@word1",
    "pass@w0rd",
    "pass!word1",
    "pass1word!",
    "mypassword1!",
    "newpassword1!",
    "password1!",
    "password1@",
    "password1#",
    "password12!",
    "password123!",
    "password123@",
    "password!1",
    "password@1",
    "password@123",
    "password#1",
    "password.1",
    "password_1",
    "password-1",
    // everyday words with digits and a symbol
    "welcome1!",
    "welcome123!",
    "welcome@1",
    "welcome@123",
    "letmein1!",
    "letmein123!",
    "iloveyou1!",
    "iloveyou2!",
    "i1oveyou!",
    "admin123!",
    "admin@123",
    "admin#123",
    "admin!123",
    "administrator1!",
    "root123!",
    "root@123",
    "test1234!",
    "test@1234",
    "test!123",
    "guest123!",
    "user1234!",
    "user@123",
    "login123!",
    "hello123!",
    "hello@123",
    "changeme1!",
    "changeme123!",
    "default1!",
    "secret123!",
    "monkey123!",
    "dragon123!",
    "sunshine1!",
    "princess1!",
    "football1!",
    "baseball1!",
    "soccer123!",
    "master123!",
    "shadow123!",
    "superman1!",
    "batman123!",
    "trustno1!",
    "starwars1!",
    "michael1!",
    "jennifer1!",
    "summer2024!",
    "summer2025!",
    "winter2024!",
    "winter2025!",
    "spring2025!",
    "autumn2025!",
    "january2025!",
    "april2025!",
    // Japan and this service
    "pokemon123!",
    "pikachu123!",
    "naruto123!",
    "doraemon1!",
    "sakura123!",
    "sakura@123",
    "tokyo2020!",
    "tokyo123!",
    "osaka123!",
    "japan123!",
    "nippon123!",
    "hellowork1!",
    "hellowork123!",
    "shigoto1!",
    "shigoto123!",
    "mypage123!",
    "mypage@123",
];

/// Very common words that stay refused with only digits and symbols added before or after
/// them (`Password2025!`, `!!qwerty99`), lower-case.
pub const COMMON_WORDS: &[&str] = &[
    "password",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "pa$$word",
    "pa$$w0rd",
    "pass",
    "passwd",
    "qwerty",
    "qwertyuiop",
    "qwert",
    "qwer",
    "asdf",
    "asdfgh",
    "asdfghjkl",
    "zxcv",
    "zxcvbn",
    "zxcvbnm",
    "qazwsx",
    "abc",
    "abcd",
    "abcde",
    "abcdef",
    "abcdefg",
    "abcdefgh",
    "admin",
    "administrator",
    "root",
    "user",
    "test",
    "guest",
    "login",
    "welcome",
    "letmein",
    "iloveyou",
    "hello",
    "secret",
    "changeme",
    "default",
    "hellowork",
    "shigoto",
    "mypage",
];

/// What a password must not be, beyond the rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    /// The rule (half-width, 8–32 characters, digit + letter + symbol) is broken; every broken
    /// part is named.
    #[error("{0}")]
    Rule(RuleViolations),
    /// The email address, its local part, or either with only digits and symbols added.
    #[error("password resembles the email address")]
    SameAsEmail,
    /// A very common password.
    #[error("password is too common")]
    TooCommon,
}

impl PasswordError {
    /// What is wrong, for people (every broken part of the rule in one text).
    pub fn text(&self) -> Text {
        match self {
            Self::Rule(violations) => violations.text(),
            Self::SameAsEmail => Text::new("rules-password-same-as-email"),
            Self::TooCommon => Text::new("rules-password-too-common"),
        }
    }

    /// A stable English code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Rule(_) => "password_rule",
            Self::SameAsEmail => "password_same_as_email",
            Self::TooCommon => "password_too_common",
        }
    }
}

/// The broken parts of the rule; at least one is set in a [`PasswordError::Rule`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleViolations {
    /// Contains characters outside ASCII (全角 and the like).
    pub not_half_width: bool,
    /// Contains a half-width space, tab, line break or other control character.
    pub blank_or_control: bool,
    /// Fewer than [`MIN_CHARS`] characters.
    pub too_short: bool,
    /// More than [`MAX_CHARS`] characters.
    pub too_long: bool,
    /// No digit.
    pub missing_digit: bool,
    /// No letter.
    pub missing_letter: bool,
    /// No symbol.
    pub missing_symbol: bool,
    /// Characters in the password, for the length message.
    pub chars: usize,
}

impl RuleViolations {
    /// Whether the rule is satisfied.
    pub fn is_empty(&self) -> bool {
        !(self.not_half_width
            || self.blank_or_control
            || self.too_short
            || self.too_long
            || self.missing_digit
            || self.missing_letter
            || self.missing_symbol)
    }

    /// The broken characters: `full-width`, `blank`, `both` or `ok` (a catalogue selector).
    fn characters(&self) -> &'static str {
        match (self.not_half_width, self.blank_or_control) {
            (true, true) => "both",
            (true, false) => "full-width",
            (false, true) => "blank",
            (false, false) => "ok",
        }
    }

    /// The missing classes, `digit-symbol` and the like, `all` or `none` (a catalogue
    /// selector).
    fn missing(&self) -> &'static str {
        match (self.missing_digit, self.missing_letter, self.missing_symbol) {
            (false, false, false) => "none",
            (true, false, false) => "digit",
            (false, true, false) => "letter",
            (false, false, true) => "symbol",
            (true, true, false) => "digit-letter",
            (true, false, true) => "digit-symbol",
            (false, true, true) => "letter-symbol",
            (true, true, true) => "all",
        }
    }

    fn wrong_length(&self) -> bool {
        self.too_short || self.too_long
    }

    /// `text` with the length values put in (the count as it is, never grouped).
    fn with_length(&self, text: Text) -> Text {
        text.with("min", MIN_CHARS)
            .with("max", MAX_CHARS)
            .with("count", self.chars.to_string())
    }

    /// One sentence per broken part, in a fixed order (characters, length, classes), for a
    /// front end that lists them.
    pub fn texts(&self) -> Vec<Text> {
        let mut texts = Vec::new();
        if self.not_half_width {
            texts.push(Text::new("rules-password-full-width"));
        }
        if self.blank_or_control {
            texts.push(Text::new("rules-password-blank"));
        }
        if self.wrong_length() {
            texts.push(self.with_length(Text::new("rules-password-length")));
        }
        if self.missing() != "none" {
            texts.push(Text::new("rules-password-missing").with("missing", self.missing()));
        }
        texts
    }

    /// Every broken part in one text: the sentences of [`RuleViolations::texts`] in a row.
    pub fn text(&self) -> Text {
        self.with_length(Text::new("rules-password-rule"))
            .with("characters", self.characters())
            .with("length", if self.wrong_length() { "wrong" } else { "ok" })
            .with("missing", self.missing())
    }
}

/// The broken parts, in English for logs.
impl fmt::Display for RuleViolations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<&str> = [
            (self.not_half_width, "not half-width"),
            (self.blank_or_control, "blank or control character"),
            (self.too_short, "too short"),
            (self.too_long, "too long"),
            (self.missing_digit, "no digit"),
            (self.missing_letter, "no letter"),
            (self.missing_symbol, "no symbol"),
        ]
        .into_iter()
        .filter_map(|(broken, part)| broken.then_some(part))
        .collect();
        write!(f, "password rule broken: {}", parts.join(", "))
    }
}

/// Checks a new password against the rule, the user's email address and the common lists.
///
/// `email` is the user's login address (normalized or not: it is compared case-insensitively);
/// pass `""` when there is none, which skips that check. The password itself is taken as typed:
/// never trimmed or normalized.
pub fn check(password: &str, email: &str) -> Result<(), PasswordError> {
    let violations = rule_violations(password);
    if !violations.is_empty() {
        return Err(PasswordError::Rule(violations));
    }
    let lower = password.to_ascii_lowercase();
    if is_email_derived(&lower, email) {
        return Err(PasswordError::SameAsEmail);
    }
    if is_common(&lower) {
        return Err(PasswordError::TooCommon);
    }
    Ok(())
}

/// The broken parts of the rule (empty when it is satisfied).
pub fn rule_violations(password: &str) -> RuleViolations {
    let mut violations = RuleViolations {
        chars: password.chars().count(),
        ..RuleViolations::default()
    };
    violations.too_short = violations.chars < MIN_CHARS;
    violations.too_long = violations.chars > MAX_CHARS;
    let (mut digit, mut letter, mut symbol) = (false, false, false);
    for c in password.chars() {
        if !c.is_ascii() {
            violations.not_half_width = true;
        } else if !c.is_ascii_graphic() {
            violations.blank_or_control = true;
        }
        if let Some(twin) = half_width_twin(c) {
            digit |= twin.is_ascii_digit();
            letter |= twin.is_ascii_alphabetic();
            symbol |= twin.is_ascii_punctuation();
        }
    }
    violations.missing_digit = !digit;
    violations.missing_letter = !letter;
    violations.missing_symbol = !symbol;
    violations
}

/// The ASCII character a character stands for: itself, or the half-width twin of a full-width
/// form (U+FF01..=U+FF5E, the ideographic space).
fn half_width_twin(c: char) -> Option<char> {
    match c {
        c if c.is_ascii() => Some(c),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// The text left once digits and symbols are taken off both ends (`"!!abc12"` → `"abc"`).
fn core(text: &str) -> &str {
    text.trim_matches(|c: char| !c.is_alphabetic())
}

/// Whether a lower-case password is the email address or its local part, bare or with only
/// digits and symbols around it.
fn is_email_derived(lower_password: &str, email: &str) -> bool {
    let email = email.trim().to_lowercase();
    if email.is_empty() {
        return false;
    }
    let local = email.split('@').next().unwrap_or_default();
    let password_core = core(lower_password);
    lower_password == email
        || lower_password == local
        || (!password_core.is_empty()
            && (password_core == core(&email) || password_core == core(local)))
}

/// Whether a lower-case password is on the common list or is a common word with only digits and
/// symbols around it.
fn is_common(lower_password: &str) -> bool {
    COMMON_PASSWORDS.contains(&lower_password) || COMMON_WORDS.contains(&core(lower_password))
}

/// Why a text is not an email address the service accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing was typed.
    #[error("no email address")]
    Empty,
    /// A space, tab or line break inside the address.
    #[error("blank in the email address")]
    Blank,
    /// Characters that are not half-width even after normalization (kana, kanji…).
    #[error("email address not ASCII")]
    NotAscii,
    /// Longer than [`MAX_EMAIL_BYTES`].
    #[error("email address too long")]
    TooLong,
    /// No `@` or more than one.
    #[error("email address without exactly one @")]
    At,
    /// The local part is empty or has characters an address cannot have.
    #[error("malformed local part of the email address")]
    LocalPart,
    /// The local part is longer than [`MAX_EMAIL_LOCAL_BYTES`].
    #[error("local part of the email address too long")]
    LocalPartTooLong,
    /// The domain is not a dotted host name.
    #[error("malformed domain of the email address")]
    Domain,
}

impl EmailError {
    /// What to type instead, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::Empty => Text::new("rules-email-empty"),
            Self::Blank => Text::new("rules-email-blank"),
            Self::NotAscii => Text::new("rules-email-not-ascii"),
            Self::TooLong => Text::new("rules-email-too-long").with("max", MAX_EMAIL_BYTES),
            Self::At => Text::new("rules-email-at"),
            Self::LocalPart => Text::new("rules-email-local-part"),
            Self::LocalPartTooLong => {
                Text::new("rules-email-local-part-too-long").with("max", MAX_EMAIL_LOCAL_BYTES)
            }
            Self::Domain => Text::new("rules-email-domain"),
        }
    }

    /// A stable English code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "email_empty",
            Self::Blank => "email_blank",
            Self::NotAscii => "email_not_ascii",
            Self::TooLong => "email_too_long",
            Self::At => "email_at",
            Self::LocalPart => "email_local_part",
            Self::LocalPartTooLong => "email_local_part_too_long",
            Self::Domain => "email_domain",
        }
    }
}

/// Normalizes an email address typed by a user into the stored login ID.
///
/// Trims, applies NFKC (full-width letters, digits, `＠` and `．` become half-width), trims
/// again and lower-cases the whole address. The result is accepted when
/// - it is at most [`MAX_EMAIL_BYTES`] long and has no blank or control character;
/// - it is ASCII (internationalized addresses are not supported);
/// - it has exactly one `@`;
/// - the local part is 1 to [`MAX_EMAIL_LOCAL_BYTES`] characters of letters, digits, dots and
///   ``!#$%&'*+-/=?^_`{|}~`` (no quoted local parts), does not start or end with a dot and has
///   no two dots in a row;
/// - the domain has at least two labels separated by dots, each 1 to 63 letters, digits and
///   hyphens, not starting or ending with a hyphen, and the last label is not all digits.
pub fn normalize_email(input: &str) -> Result<String, EmailError> {
    let normalized: String = input
        .trim()
        .nfkc()
        .collect::<String>()
        .trim()
        .to_lowercase();
    if normalized.is_empty() {
        return Err(EmailError::Empty);
    }
    if normalized
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(EmailError::Blank);
    }
    if !normalized.is_ascii() {
        return Err(EmailError::NotAscii);
    }
    if normalized.len() > MAX_EMAIL_BYTES {
        return Err(EmailError::TooLong);
    }
    let Some((local, domain)) = normalized.split_once('@') else {
        return Err(EmailError::At);
    };
    if domain.contains('@') {
        return Err(EmailError::At);
    }
    check_local_part(local)?;
    check_domain(domain)?;
    Ok(normalized)
}

fn check_local_part(local: &str) -> Result<(), EmailError> {
    if local.len() > MAX_EMAIL_LOCAL_BYTES {
        return Err(EmailError::LocalPartTooLong);
    }
    let atoms_ok = local.split('.').all(|atom| {
        !atom.is_empty()
            && atom
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c))
    });
    if atoms_ok {
        Ok(())
    } else {
        Err(EmailError::LocalPart)
    }
}

fn check_domain(domain: &str) -> Result<(), EmailError> {
    let labels: Vec<&str> = domain.split('.').collect();
    let labels_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()));
    if labels_ok {
        Ok(())
    } else {
        Err(EmailError::Domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use shigoto_i18n::{catalogue, Lang};

    fn ja(text: &Text) -> String {
        catalogue(Lang::Ja).text(text)
    }

    fn en(text: &Text) -> String {
        catalogue(Lang::En).text(text)
    }

    const EMAIL: &str = "taro.yamada@example.jp";

    fn violations(password: &str) -> RuleViolations {
        match check(password, EMAIL) {
            Err(PasswordError::Rule(v)) => v,
            other => panic!("{password:?}: expected a rule violation, got {other:?}"),
        }
    }

    #[test]
    fn accepts_good_passwords() {
        for good in [
            "kT7#mZq2",
            "Hinode-Kaze9",
            "3+ringo.mikan",
            "x9!x9!x9!x9!x9!x9!x9!x9!x9!x9!x9",
            "a~1bcdefg",
            "Yokohama#2038",
        ] {
            assert_eq!(check(good, EMAIL), Ok(()), "{good}");
        }
    }

    #[test]
    fn names_each_missing_class() {
        let v = violations("abcdefghij");
        assert!(v.missing_digit && !v.missing_letter && v.missing_symbol);
        assert_eq!(
            ja(&PasswordError::Rule(v).text()),
            "パスワードに数字と記号を含めてください。"
        );
        assert_eq!(
            ja(&PasswordError::Rule(violations("12345678!")).text()),
            "パスワードに英字を含めてください。"
        );
        assert_eq!(
            ja(&PasswordError::Rule(violations("abcd12345")).text()),
            "パスワードに記号を含めてください。"
        );
        assert_eq!(
            ja(&PasswordError::Rule(violations("!!!!????")).text()),
            "パスワードに数字と英字を含めてください。"
        );
    }

    #[test]
    fn names_everything_at_once() {
        let v = violations("ab c");
        assert!(v.blank_or_control && v.too_short && v.missing_digit && v.missing_symbol);
        assert_eq!(
            ja(&v.text()),
            "空白や改行は使えません。パスワードは8文字以上32文字以内で入力してください（入力されたのは4文字です）。パスワードに数字と記号を含めてください。"
        );
        assert_eq!(v.texts().len(), 3);
    }

    #[test]
    fn the_rule_text_is_its_sentences_in_a_row() {
        let long = "a".repeat(1200);
        for password in [
            "",
            "x",
            "ab c",
            "ｋＴ７＃ｍＺｑ２",
            "しごと 12!",
            "abcdefghij",
            "12345678!",
            "!!!!????",
            "abcdefghi\u{3000}",
            long.as_str(),
        ] {
            let v = rule_violations(password);
            let sentences = v.texts();
            assert!(!sentences.is_empty(), "{password:?}");
            let ja_sentences: String = sentences.iter().map(ja).collect();
            assert_eq!(ja(&v.text()), ja_sentences, "{password:?}");
            let en_sentences: Vec<String> = sentences.iter().map(en).collect();
            assert_eq!(en(&v.text()), en_sentences.join(" "), "{password:?}");
        }
        assert_eq!(
            en(&violations("ab c").text()),
            "Spaces and line breaks cannot be used. Use 8 to 32 characters for the password (you entered 4). Include a digit and a symbol in the password."
        );
        assert!(ja(&rule_violations(&long).text()).contains("（入力されたのは1200文字です）"));
        assert_eq!(ja(&rule_violations("kT7#mZq2").text()), "");
    }

    #[test]
    fn length_limits() {
        assert!(violations("aB3$xyz").too_short);
        assert_eq!(check("aB3$xyzw", EMAIL), Ok(()));
        let longest = format!("aB3${}", "k".repeat(28));
        assert_eq!(check(&longest, EMAIL), Ok(()));
        let v = violations(&format!("{longest}k"));
        assert!(v.too_long && !v.too_short && v.chars == 33);
        assert!(ja(&v.text()).contains("8文字以上32文字以内"));
        assert!(violations("").too_short);
    }

    #[test]
    fn refuses_full_width_and_names_only_that_when_typed_with_the_ime_on() {
        let v = violations("ｋＴ７＃ｍＺｑ２");
        assert!(v.not_half_width);
        assert!(!v.missing_digit && !v.missing_letter && !v.missing_symbol && !v.too_short);
        assert_eq!(
            ja(&v.text()),
            "全角文字は使えません。半角英数字と記号で入力してください。"
        );
        let kana = violations("しごとをさがす12!");
        assert!(kana.not_half_width && kana.missing_letter && !kana.missing_digit);
        assert!(violations("kT7#mZq2\u{3000}").not_half_width);
    }

    #[test]
    fn refuses_blanks_and_control_characters() {
        for bad in [
            "kT7# mZq2",
            " kT7#mZq2",
            "kT7#mZq2 ",
            "kT7#\tmZq2",
            "kT7#mZq2\n",
        ] {
            let v = violations(bad);
            assert!(v.blank_or_control && !v.not_half_width, "{bad:?}");
        }
    }

    #[test]
    fn refuses_the_email_address_and_its_local_part() {
        let email = "taro1@example.jp";
        for bad in [
            "taro1@example.jp",
            "TARO1@EXAMPLE.JP",
            "taro1@example.jp!",
            "Taro123!",
            "!!taro2025",
        ] {
            assert_eq!(check(bad, email), Err(PasswordError::SameAsEmail), "{bad}");
        }
        assert_eq!(
            check("Taro.Yamada2025!", EMAIL),
            Err(PasswordError::SameAsEmail)
        );
        assert_eq!(check("taro-fish9!", email), Ok(()));
        assert_eq!(check("Taro123!", ""), Ok(()));
    }

    #[test]
    fn refuses_common_passwords() {
        for bad in [
            "Password1!",
            "P@ssw0rd",
            "qwerty123!",
            "abc123!@#",
            "1qaz@WSX",
            "Password2025!!",
            "!!QWERTY99",
            "HelloWork1!",
        ] {
            assert_eq!(check(bad, EMAIL), Err(PasswordError::TooCommon), "{bad}");
        }
    }

    #[test]
    fn every_listed_common_password_satisfies_the_rule_and_is_refused() {
        for common in COMMON_PASSWORDS {
            assert!(rule_violations(common).is_empty(), "{common}");
            assert_eq!(common.to_ascii_lowercase(), *common, "{common}");
            assert_eq!(
                check(common, EMAIL),
                Err(PasswordError::TooCommon),
                "{common}"
            );
        }
        assert!(COMMON_PASSWORDS.len() >= 100);
        for word in COMMON_WORDS {
            assert_eq!(core(word), *word, "{word}");
            let decorated = format!("{word}2025!?");
            assert_eq!(
                check(&decorated, EMAIL),
                Err(PasswordError::TooCommon),
                "{word}"
            );
        }
    }

    #[test]
    fn codes_are_stable() {
        assert_eq!(PasswordError::TooCommon.code(), "password_too_common");
        assert_eq!(PasswordError::SameAsEmail.code(), "password_same_as_email");
        assert_eq!(PasswordError::Rule(violations("x")).code(), "password_rule");
        assert_eq!(EmailError::Domain.code(), "email_domain");
    }

    #[test]
    fn normalizes_email_addresses() {
        assert_eq!(
            normalize_email("  Taro.Yamada@Example.JP ").unwrap(),
            "taro.yamada@example.jp"
        );
        assert_eq!(
            normalize_email("\u{3000}ｔａｒｏ＿１＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ\u{3000}").unwrap(),
            "taro_1@example.co.jp"
        );
        assert_eq!(
            normalize_email("o'brien+jobs@mail-1.example.com").unwrap(),
            "o'brien+jobs@mail-1.example.com"
        );
    }

    #[test]
    fn refuses_malformed_email_addresses() {
        let local64 = "a".repeat(64);
        assert!(normalize_email(&format!("{local64}@example.jp")).is_ok());
        let long_domain = format!("{}.jp", vec!["b".repeat(63); 4].join("."));
        for (bad, why) in [
            ("", EmailError::Empty),
            ("   ", EmailError::Empty),
            ("taro yamada@example.jp", EmailError::Blank),
            ("taro@exa\tmple.jp", EmailError::Blank),
            ("たろう@example.jp", EmailError::NotAscii),
            ("taro@例え.jp", EmailError::NotAscii),
            ("taro.example.jp", EmailError::At),
            ("taro@@example.jp", EmailError::At),
            ("ta@ro@example.jp", EmailError::At),
            ("@example.jp", EmailError::LocalPart),
            (".taro@example.jp", EmailError::LocalPart),
            ("taro.@example.jp", EmailError::LocalPart),
            ("ta..ro@example.jp", EmailError::LocalPart),
            ("\"taro\"@example.jp", EmailError::LocalPart),
            ("ta(ro)@example.jp", EmailError::LocalPart),
            ("taro@", EmailError::Domain),
            ("taro@localhost", EmailError::Domain),
            ("taro@example..jp", EmailError::Domain),
            ("taro@.example.jp", EmailError::Domain),
            ("taro@example.jp.", EmailError::Domain),
            ("taro@-example.jp", EmailError::Domain),
            ("taro@example_1.jp", EmailError::Domain),
            ("taro@192.168.0.1", EmailError::Domain),
            ("taro@[192.168.0.1]", EmailError::Domain),
        ] {
            assert_eq!(normalize_email(bad), Err(why), "{bad:?}");
        }
        assert_eq!(
            normalize_email(&format!("{local64}a@example.jp")),
            Err(EmailError::LocalPartTooLong)
        );
        assert_eq!(
            normalize_email(&format!("taro@{long_domain}")),
            Err(EmailError::TooLong)
        );
        assert!(ja(&EmailError::Domain.text()).contains("ドメイン"));
    }

    /// A password that satisfies the rule: one of each class, then any printable ASCII.
    fn rule_abiding() -> impl Strategy<Value = String> {
        (
            "[0-9]",
            "[A-Za-z]",
            "[!-/:-@\\[-`{-~]",
            "[!-~]{5,29}",
            any::<prop::sample::Index>(),
        )
            .prop_map(|(d, l, s, rest, at)| {
                let mut text = format!("{rest}{d}{l}");
                let at = at.index(text.len() + 1);
                text.insert_str(at, &s);
                text
            })
    }

    proptest! {
        #[test]
        fn accepted_passwords_satisfy_every_part_of_the_rule(password in "\\PC{0,40}|[ -~]{0,40}") {
            if check(&password, EMAIL).is_ok() {
                let chars = password.chars().count();
                prop_assert!((MIN_CHARS..=MAX_CHARS).contains(&chars));
                prop_assert!(password.chars().all(|c| c.is_ascii_graphic()));
                prop_assert!(password.chars().any(|c| c.is_ascii_digit()));
                prop_assert!(password.chars().any(|c| c.is_ascii_alphabetic()));
                prop_assert!(password.chars().any(|c| c.is_ascii_punctuation()));
            }
        }

        #[test]
        fn any_non_ascii_character_is_refused(
            before in "[!-~]{0,16}",
            odd in "[^\\x00-\\x7F]",
            after in "[!-~]{0,16}",
        ) {
            let password = format!("{before}{odd}{after}");
            match check(&password, EMAIL) {
                Err(PasswordError::Rule(v)) => {
                    prop_assert!(v.not_half_width);
                    prop_assert!(ja(&v.text()).starts_with("全角文字は使えません。"));
                }
                other => prop_assert!(false, "{:?} gave {:?}", password, other),
            }
        }

        #[test]
        fn the_message_names_each_missing_class(password in "[!-~]{0,40}") {
            let v = rule_violations(&password);
            let has = |f: fn(&char) -> bool| password.chars().any(|c| f(&c));
            prop_assert_eq!(v.missing_digit, !has(char::is_ascii_digit));
            prop_assert_eq!(v.missing_letter, !has(char::is_ascii_alphabetic));
            prop_assert_eq!(v.missing_symbol, !has(char::is_ascii_punctuation));
            let message = ja(&v.text());
            for (missing, name) in [
                (v.missing_digit, "数字"),
                (v.missing_letter, "英字"),
                (v.missing_symbol, "記号"),
            ] {
                prop_assert_eq!(message.contains(name), missing, "{}", message);
            }
            prop_assert_eq!(message.contains("8文字以上32文字以内"), v.too_short || v.too_long);
            let en_sentences: Vec<String> = v.texts().iter().map(en).collect();
            prop_assert_eq!(en(&v.text()), en_sentences.join(" "));
            prop_assert_eq!(v.is_empty(), message.is_empty());
        }

        #[test]
        fn rule_abiding_passwords_are_refused_only_by_the_lists(password in rule_abiding()) {
            prop_assert!(rule_violations(&password).is_empty(), "{}", password);
            prop_assert!(!matches!(check(&password, EMAIL), Err(PasswordError::Rule(_))));
        }

        #[test]
        fn normalized_addresses_are_stable_and_plain(input in "[ -~]{0,40}|\\PC{0,20}") {
            if let Ok(email) = normalize_email(&input) {
                prop_assert_eq!(normalize_email(&email), Ok(email.clone()));
                prop_assert_eq!(email.matches('@').count(), 1);
                prop_assert!(email.chars().all(|c| c.is_ascii_graphic()));
                prop_assert_eq!(email.to_lowercase(), email.clone());
                prop_assert!(email.len() <= MAX_EMAIL_BYTES);
            }
        }

        #[test]
        fn full_width_addresses_normalize_like_half_width_ones(
            local in "[a-z0-9][a-z0-9._+-]{0,10}[a-z0-9]",
            domain in "[a-z][a-z0-9]{0,8}\\.(jp|co\\.jp|com|ne\\.jp)",
        ) {
            let ascii = format!("{local}@{domain}");
            let full: String = ascii
                .chars()
                .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
                .collect();
            prop_assert_eq!(normalize_email(&full), normalize_email(&ascii.to_uppercase()));
        }
    }
}
