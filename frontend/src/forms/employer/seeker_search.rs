//! 求職者を探す (an employer's search of published 求職情報 and 応募検討依頼) as the screen holds
//! it: the conditions as chosen, the page of results, the posting the requests are for (one of
//! the employer's published postings) with the note, and what became of each request sent.

use shigoto_domain::direct_request::checked_note;
use shigoto_i18n::Catalogue;
use shigoto_shared::{
    ApiError, PostingItem, PostingStatus, ProfileSearch, PublishedProfiles, RequestToConsider,
};

/// What became of the request sent to one publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Done,
    Refused(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeekerSearchState {
    pub occupation: String,
    pub prefecture: String,
    pub experience: String,
    pub licence: String,
    pub page: u32,
    pub searching: bool,
    pub results: Option<PublishedProfiles>,
    pub error: Option<String>,
    /// The employer's published postings: (求人番号, 職種).
    pub postings: Vec<(String, String)>,
    /// The posting requests are sent for.
    pub job_number: String,
    pub note: String,
    /// The publication whose request is awaited.
    pub sending: Option<String>,
    /// Per publication, what became of its request.
    pub sent: Vec<(String, Sent)>,
}

impl SeekerSearchState {
    /// The conditions of the page `page`.
    pub fn search(&self, page: u32) -> ProfileSearch {
        let given = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
        ProfileSearch {
            occupation: given(&self.occupation),
            prefecture: given(&self.prefecture),
            experience: given(&self.experience),
            licence: given(&self.licence),
            page: Some(page),
        }
    }

    pub fn started(&mut self, page: u32) {
        self.searching = true;
        self.page = page;
        self.error = None;
    }

    pub fn found(&mut self, answer: Result<PublishedProfiles, ApiError>) {
        self.searching = false;
        match answer {
            Ok(found) => self.results = Some(found),
            Err(err) => self.error = Some(err.message),
        }
    }

    /// The employer's postings, of which the published ones may be the subject of requests.
    pub fn postings_loaded(&mut self, answer: Result<Vec<PostingItem>, ApiError>) {
        if let Ok(items) = answer {
            self.postings = items
                .into_iter()
                .filter(|p| p.status == PostingStatus::Published && !p.is_change)
                .filter_map(|p| p.job_number.map(|n| (n, p.title)))
                .collect();
            if self.job_number.is_empty() {
                if let Some((first, _)) = self.postings.first() {
                    self.job_number = first.clone();
                }
            }
        }
    }

    /// The request to send to `public_id`, or why it cannot go (in the language of `t`).
    pub fn request(&self, t: &Catalogue, public_id: &str) -> Result<RequestToConsider, String> {
        if self.job_number.is_empty() {
            return Err(t.t("employer-seekers-choose-posting"));
        }
        let note = checked_note(&self.note).map_err(|refused| t.text(&refused.text()))?;
        Ok(RequestToConsider {
            job_number: self.job_number.clone(),
            public_id: public_id.to_owned(),
            note,
        })
    }

    /// What became of the request to `public_id`.
    pub fn outcome(&self, public_id: &str) -> Option<&Sent> {
        self.sent
            .iter()
            .find(|(id, _)| id == public_id)
            .map(|(_, sent)| sent)
    }

    pub fn record(&mut self, public_id: String, outcome: Sent) {
        self.sending = None;
        self.sent.retain(|(id, _)| *id != public_id);
        self.sent.push((public_id, outcome));
    }

    /// Another posting chosen: the outcomes were about the last one.
    pub fn choose_posting(&mut self, job_number: String) {
        self.job_number = job_number;
        self.sent.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_needs_a_posting_and_a_short_note() {
        let t = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let mut state = SeekerSearchState::default();
        assert_eq!(
            state.request(t, "p").unwrap_err(),
            "応募検討依頼を送る求人を選んでください（公開中の求人が必要です）。"
        );
        state.job_number = "13010-00000001".into();
        state.note = " ご検討ください。 ".into();
        let request = state.request(t, "p").unwrap();
        assert_eq!(request.note, "ご検討ください。");
        state.note = "あ".repeat(501);
        assert!(state.request(t, "p").is_err());
    }

    #[test]
    fn outcomes_are_per_publication_and_per_posting() {
        let mut state = SeekerSearchState::default();
        state.record("a".into(), Sent::Done);
        state.record("b".into(), Sent::Refused("10人まで".into()));
        assert_eq!(state.outcome("a"), Some(&Sent::Done));
        state.choose_posting("13010-00000002".into());
        assert_eq!(state.outcome("a"), None);
    }

    #[test]
    fn empty_conditions_are_left_out() {
        let state = SeekerSearchState {
            prefecture: "13".into(),
            licence: "  ".into(),
            ..SeekerSearchState::default()
        };
        let search = state.search(2);
        assert_eq!(search.prefecture.as_deref(), Some("13"));
        assert_eq!(search.licence, None);
        assert_eq!(search.page, Some(2));
    }
}
