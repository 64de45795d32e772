//! Employers' search of published 求職情報: the terms a publication is found by, and the
//! conditions of a search as groups of terms (a publication matches a group when it has any of
//! its terms, and the search when it matches every group).
//!
//! 希望職種 match up and down the 職業分類 tree: searching 「総務事務員」(251) finds a seeker who
//! wishes 251 or anything under it, and one who wishes a whole group above it (一般事務の職業 25,
//! 事務的職業 C). 希望勤務地 match by prefecture; 経験 by 中分類 or 大分類.

use shigoto_i18n::Text;
use shigoto_refdata::{occupation_path, OccupationLevel};
use shigoto_shared::{AnonymousProfile, ProfileSearch};
use thiserror::Error;

/// Longest 免許・資格 word searched for.
pub const MAX_LICENCE_WORD_CHARS: usize = 30;

/// Why a search cannot run.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("profile search refused: {field} ({})", message.key())]
pub struct SearchRefused {
    pub field: &'static str,
    pub message: Text,
}

/// A search the service can run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckedSearch {
    /// Each group is matched by any of its terms; every group must be matched.
    pub groups: Vec<Vec<String>>,
    /// A word the licences must contain.
    pub licence: Option<String>,
    /// Page from 1.
    pub page: u32,
}

/// The terms a published view is found by.
pub fn terms_of(view: &AnonymousProfile) -> Vec<String> {
    let mut terms = Vec::new();
    for code in &view.occupations {
        terms.push(format!("occupation={code}"));
        for node in occupation_path(code) {
            terms.push(format!("occupation:{}", node.code));
        }
    }
    for area in &view.areas {
        if let Some(prefecture) = area.get(..2) {
            terms.push(format!("prefecture:{prefecture}"));
        }
    }
    for experience in &view.experience {
        for node in occupation_path(&experience.occupation_code) {
            if node.level <= OccupationLevel::Middle {
                terms.push(format!("experience:{}", node.code));
            }
        }
    }
    terms.sort();
    terms.dedup();
    terms
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Checks an employer's search conditions.
pub fn check(search: &ProfileSearch) -> Result<CheckedSearch, SearchRefused> {
    let mut groups = Vec::new();
    if let Some(code) = given(&search.occupation) {
        let path = occupation_path(code);
        if path.is_empty() {
            return Err(SearchRefused {
                field: "occupation",
                message: Text::new("rules-profile-search-occupation"),
            });
        }
        let mut group = vec![format!("occupation:{code}")];
        group.extend(
            path.iter()
                .filter(|node| node.code != code)
                .map(|node| format!("occupation={}", node.code)),
        );
        groups.push(group);
    }
    if let Some(code) = given(&search.prefecture) {
        if shigoto_refdata::prefecture(code).is_none() {
            return Err(SearchRefused {
                field: "prefecture",
                message: Text::new("rules-profile-search-prefecture"),
            });
        }
        groups.push(vec![format!("prefecture:{code}")]);
    }
    if let Some(code) = given(&search.experience) {
        let fits = shigoto_refdata::occupation(code)
            .is_some_and(|node| node.level <= OccupationLevel::Middle);
        if !fits {
            return Err(SearchRefused {
                field: "experience",
                message: Text::new("rules-profile-search-experience"),
            });
        }
        groups.push(vec![format!("experience:{code}")]);
    }
    let licence = given(&search.licence).map(str::to_owned);
    if licence
        .as_ref()
        .is_some_and(|word| word.chars().count() > MAX_LICENCE_WORD_CHARS)
    {
        return Err(SearchRefused {
            field: "licence",
            message: Text::new("rules-profile-search-licence").with("max", MAX_LICENCE_WORD_CHARS),
        });
    }
    let page = search.page.unwrap_or(1);
    if page == 0 || page > 1000 {
        return Err(SearchRefused {
            field: "page",
            message: Text::new("rules-profile-search-page"),
        });
    }
    Ok(CheckedSearch {
        groups,
        licence,
        page,
    })
}

#[cfg(test)]
mod tests {
    use shigoto_shared::{AgeBracket, Experience};

    use super::*;

    fn view(occupations: &[&str], areas: &[&str], experience: &[&str]) -> AnonymousProfile {
        AnonymousProfile {
            occupations: occupations.iter().map(|c| (*c).to_owned()).collect(),
            areas: areas.iter().map(|c| (*c).to_owned()).collect(),
            employment_types: vec![],
            wage_kind: None,
            wage_min: None,
            start: None,
            start_on: None,
            experience: experience
                .iter()
                .map(|c| Experience {
                    occupation_code: (*c).to_owned(),
                    years: 3,
                })
                .collect(),
            licences: vec![],
            age: AgeBracket::Thirties,
        }
    }

    fn finds(search: ProfileSearch, view: &AnonymousProfile) -> bool {
        let terms = terms_of(view);
        check(&search)
            .unwrap()
            .groups
            .iter()
            .all(|group| group.iter().any(|term| terms.contains(term)))
    }

    fn by_occupation(code: &str) -> ProfileSearch {
        ProfileSearch {
            occupation: Some(code.into()),
            ..ProfileSearch::default()
        }
    }

    #[test]
    fn occupations_match_up_and_down_the_tree() {
        let wishes_minor = view(&["251"], &[], &[]);
        let wishes_middle = view(&["25"], &[], &[]);
        let wishes_other = view(&["252"], &[], &[]);
        assert!(
            finds(by_occupation("25"), &wishes_minor),
            "a group finds what is under it"
        );
        assert!(
            finds(by_occupation("251"), &wishes_middle),
            "a wish of the whole group"
        );
        assert!(finds(by_occupation("C"), &wishes_minor));
        assert!(
            !finds(by_occupation("251"), &wishes_other),
            "a sibling is not found"
        );
    }

    #[test]
    fn areas_by_prefecture_and_experience_by_group() {
        let seeker = view(&["25"], &["13101", "14"], &["25"]);
        let search = |prefecture: &str, experience: &str| ProfileSearch {
            prefecture: Some(prefecture.into()),
            experience: Some(experience.into()),
            ..ProfileSearch::default()
        };
        assert!(finds(search("13", "25"), &seeker));
        assert!(finds(search("14", "C"), &seeker));
        assert!(!finds(search("27", "25"), &seeker));
        assert!(!finds(search("13", "26"), &seeker));
    }

    #[test]
    fn wrong_conditions_are_named() {
        assert_eq!(
            check(&by_occupation("999")).unwrap_err().field,
            "occupation"
        );
        let minor_experience = ProfileSearch {
            experience: Some("251".into()),
            ..ProfileSearch::default()
        };
        assert_eq!(check(&minor_experience).unwrap_err().field, "experience");
        let page = ProfileSearch {
            page: Some(0),
            ..ProfileSearch::default()
        };
        assert_eq!(check(&page).unwrap_err().field, "page");
    }
}
