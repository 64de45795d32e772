//! 求職情報公開's screen state (where it stands, the consent box, the answer awaited) and the
//! anonymous profile as rows of a table: the same rows the seeker previews and employers see.

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{AnonymousProfile, ApiError, PublicationStatus};

use crate::forms::profile::{start_text, wage_at_least};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicationState {
    pub loading: bool,
    pub status: Option<PublicationStatus>,
    /// 「同意します」 ticked.
    pub agreed: bool,
    pub busy: bool,
    pub error: Option<String>,
    /// The catalogue key of what the last action did (shown until the next one).
    pub done: Option<&'static str>,
}

impl PublicationState {
    pub fn loading(&mut self) {
        self.loading = true;
    }

    pub fn loaded(&mut self, answer: Result<PublicationStatus, ApiError>) {
        self.loading = false;
        match answer {
            Ok(status) => self.status = Some(status),
            Err(err) => self.error = Some(err.message),
        }
    }

    /// The answer to 公開する or 公開をやめる (`done`: the key of what it did).
    pub fn answered(&mut self, answer: Result<PublicationStatus, ApiError>, done: &'static str) {
        self.busy = false;
        match answer {
            Ok(status) => {
                self.status = Some(status);
                self.agreed = false;
                self.error = None;
                self.done = Some(done);
            }
            Err(err) => {
                self.error = Some(err.message);
                self.done = None;
            }
        }
    }

    /// The preview may be published (nothing refuses it, the box is ticked, nothing awaited).
    pub fn can_publish(&self) -> bool {
        !self.busy && self.agreed && self.status.as_ref().is_some_and(|s| s.refused.is_none())
    }

    /// Published now, and what the current 求職者情報 would show differs from it.
    pub fn preview_differs(&self) -> bool {
        self.status.as_ref().is_some_and(|s| {
            s.published
                .as_ref()
                .is_some_and(|published| published.view != s.preview)
        })
    }
}

/// The catalogue keys of the anonymous profile's parts, in the table's order.
const ANONYMOUS_PARTS: [&str; 8] = [
    key!("profile-part-age"),
    key!("profile-part-occupations"),
    key!("profile-part-areas"),
    key!("profile-part-employment"),
    key!("profile-part-wage"),
    key!("profile-part-start"),
    key!("profile-part-experience"),
    key!("profile-part-licences"),
];

/// The anonymous profile as rows (each part's catalogue key and its text in the language of
/// `t`): the view employers get, line by line.
pub fn anonymous_rows(t: &Catalogue, view: &AnonymousProfile) -> Vec<(&'static str, String)> {
    let none = || t.t("profile-anonymous-none");
    let separator = t.t("seeker-list-separator");
    let join = |items: Vec<String>| {
        if items.is_empty() {
            none()
        } else {
            items.join(&separator)
        }
    };
    let occupations = view
        .occupations
        .iter()
        .map(|code| {
            shigoto_refdata::occupation(code).map_or_else(|| code.clone(), |o| o.name.to_owned())
        })
        .collect();
    let areas = view
        .areas
        .iter()
        .map(|code| shigoto_refdata::locality(code).unwrap_or_else(|| code.clone()))
        .collect();
    let employment = view
        .employment_types
        .iter()
        .map(|kind| kind.label_in(t))
        .collect();
    let registered = |items: Vec<String>| {
        if items.is_empty() {
            t.t("profile-anonymous-not-registered")
        } else {
            items.join(&separator)
        }
    };
    let wage = match (view.wage_kind, view.wage_min) {
        (Some(kind), Some(amount)) => wage_at_least(t, kind, amount),
        _ => none(),
    };
    let start = view
        .start
        .map_or_else(none, |timing| start_text(t, timing, view.start_on));
    let experience = view
        .experience
        .iter()
        .map(|e| {
            let name = shigoto_refdata::occupation(&e.occupation_code)
                .map_or_else(|| e.occupation_code.clone(), |o| o.name.to_owned());
            t.t_with(
                "profile-anonymous-experience",
                &[("name", name.into()), ("years", e.years.into())],
            )
        })
        .collect();
    let texts = [
        view.age.label_in(t),
        join(occupations),
        join(areas),
        join(employment),
        wage,
        start,
        registered(experience),
        registered(view.licences.clone()),
    ];
    ANONYMOUS_PARTS.into_iter().zip(texts).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::{catalogue, Lang};
    use shigoto_shared::{AgeBracket, DesiredWageKind, Experience, StartTiming};

    fn view() -> AnonymousProfile {
        AnonymousProfile {
            occupations: vec!["25".into()],
            areas: vec!["13101".into()],
            employment_types: vec![],
            wage_kind: Some(DesiredWageKind::Monthly),
            wage_min: Some(250_000),
            start: Some(StartTiming::Immediately),
            start_on: None,
            experience: vec![Experience {
                occupation_code: "25".into(),
                years: 7,
            }],
            licences: vec!["日商簿記検定2級".into()],
            age: AgeBracket::Thirties,
        }
    }

    #[test]
    fn rows_read_as_the_employer_sees_them() {
        let rows = anonymous_rows(catalogue(Lang::Ja), &view());
        let row = |part: &str| {
            rows.iter()
                .find(|(p, _)| *p == part)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(row("profile-part-age").as_deref(), Some("30代"));
        assert_eq!(row("profile-part-areas").as_deref(), Some("東京都千代田区"));
        assert_eq!(
            row("profile-part-experience").as_deref(),
            Some("一般事務の職業 7年")
        );
        assert_eq!(row("profile-part-employment").as_deref(), Some("指定なし"));
        assert_eq!(
            row("profile-part-wage").as_deref(),
            Some("月給 250,000円以上")
        );
    }

    #[test]
    fn publishing_needs_the_consent_and_no_refusal() {
        let mut state = PublicationState::default();
        assert!(!state.can_publish());
        state.loaded(Ok(PublicationStatus {
            published: None,
            suspended: None,
            preview: view(),
            refused: None,
        }));
        assert!(!state.can_publish(), "not agreed yet");
        state.agreed = true;
        assert!(state.can_publish());
        state.busy = true;
        assert!(!state.can_publish());
    }
}
