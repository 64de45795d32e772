//! The office directory as chosen: a prefecture (whose offices are read from the service), and
//! optionally a municipality, which narrows the list to the office covering it.

use std::rc::Rc;

use shigoto_shared::{ApiError, OfficeDirectory, OfficeEntry};

/// What the directory page holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OfficesState {
    /// 都道府県 code, `""` until chosen.
    pub prefecture: String,
    /// 市区町村 code of that prefecture, `""` for all of them.
    pub municipality: String,
    /// The chosen prefecture's offices, once read.
    pub directory: Option<Rc<OfficeDirectory>>,
    /// A read of the prefecture's offices is under way.
    pub loading: bool,
    /// Why the last read failed.
    pub error: Option<String>,
}

impl OfficesState {
    /// A prefecture was chosen: its offices are to be read (`true`), unless it is the one
    /// shown. The municipality chosen before belongs to another prefecture and is dropped.
    pub fn choose_prefecture(&mut self, code: String) -> bool {
        if code == self.prefecture {
            return false;
        }
        self.prefecture = code;
        self.municipality.clear();
        self.directory = None;
        self.error = None;
        self.loading = !self.prefecture.is_empty();
        self.loading
    }

    /// The read of `prefecture`'s offices ended; an answer for a prefecture no longer chosen
    /// is dropped.
    pub fn loaded(&mut self, prefecture: &str, answer: Result<OfficeDirectory, ApiError>) {
        if prefecture != self.prefecture {
            return;
        }
        self.loading = false;
        match answer {
            Ok(directory) => {
                self.directory = Some(Rc::new(directory));
                self.error = None;
            }
            Err(err) => self.error = Some(err.message),
        }
    }

    /// The office covering the chosen municipality, if one is chosen and listed.
    pub fn covering(&self) -> Option<&OfficeEntry> {
        if self.municipality.is_empty() {
            return None;
        }
        self.directory
            .as_ref()?
            .offices
            .iter()
            .find(|office| office.municipality_codes.contains(&self.municipality))
    }

    /// The offices listed: the covering one when a municipality is chosen, else all.
    pub fn shown(&self) -> Vec<&OfficeEntry> {
        let Some(directory) = &self.directory else {
            return Vec::new();
        };
        if self.municipality.is_empty() {
            directory.offices.iter().collect()
        } else {
            self.covering().into_iter().collect()
        }
    }
}

/// The names of the municipalities an office covers, in code order, joined by 「、」.
pub fn jurisdiction_names(office: &OfficeEntry, separator: &str) -> String {
    office
        .municipality_codes
        .iter()
        .map(|code| {
            shigoto_refdata::municipality(code)
                .map(|m| m.name)
                .unwrap_or(code.as_str())
        })
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::ErrorCode;

    fn office(code: &str, covers: &[&str]) -> OfficeEntry {
        OfficeEntry {
            code: code.into(),
            name: format!("ハローワーク{code}"),
            prefecture_code: "01".into(),
            address: "北海道".into(),
            phone: "011-000-0000".into(),
            hours: "8:30〜17:15".into(),
            demo: true,
            municipality_codes: covers.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    fn hokkaido() -> OfficeDirectory {
        OfficeDirectory {
            prefecture_code: "01".into(),
            offices: vec![
                office("01010", &["01101", "01102"]),
                office("01020", &["01202"]),
            ],
        }
    }

    #[test]
    fn a_municipality_narrows_the_list_to_its_office() {
        let mut state = OfficesState::default();
        assert!(state.choose_prefecture("01".into()));
        assert!(state.loading);
        assert!(!state.choose_prefecture("01".into()), "already shown");
        state.loaded("01", Ok(hokkaido()));
        assert_eq!(state.shown().len(), 2);
        state.municipality = "01202".into();
        let shown = state.shown();
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].code, "01020");
        assert_eq!(state.covering().map(|o| o.code.as_str()), Some("01020"));
        // Another prefecture forgets the municipality and the list.
        assert!(state.choose_prefecture("47".into()));
        assert!(state.municipality.is_empty() && state.directory.is_none());
        assert!(state.shown().is_empty());
    }

    #[test]
    fn a_late_answer_for_another_prefecture_is_dropped() {
        let mut state = OfficesState::default();
        state.choose_prefecture("01".into());
        state.choose_prefecture("13".into());
        state.loaded("01", Ok(hokkaido()));
        assert!(state.directory.is_none() && state.loading);
        state.loaded(
            "13",
            Err(ApiError::new(ErrorCode::Unavailable, "つながりません")),
        );
        assert!(!state.loading);
        assert_eq!(state.error.as_deref(), Some("つながりません"));
    }

    #[test]
    fn jurisdictions_read_as_names() {
        assert_eq!(
            jurisdiction_names(&office("01010", &["01101", "01202"]), "、"),
            "札幌市中央区、函館市"
        );
    }
}
