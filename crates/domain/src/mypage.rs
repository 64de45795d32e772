//! A job seeker's MyPage limits as rules with their words: at most [`MAX_FAVORITES`] favorites,
//! [`MAX_SAVED_SEARCHES`] saved searches, each named in 1 to [`MAX_SAVED_SEARCH_NAME_CHARS`]
//! characters, and [`MAX_HIDDEN_EMPLOYERS`] employers hidden from the results. The service, the desktop cache and the app's screens all check them with these
//! functions, so each limit and what it says exist once.

use shigoto_i18n::Text;

use crate::limits::{
    MAX_FAVORITES, MAX_HIDDEN_EMPLOYERS, MAX_SAVED_SEARCHES, MAX_SAVED_SEARCH_NAME_CHARS,
};

/// A refused MyPage change: the field at fault and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("MyPage change refused: {field} ({})", message.key())]
pub struct MyPageRefusal {
    pub field: &'static str,
    pub message: Text,
}

/// Another favorite fits beside the `kept` ones.
pub fn room_for_favorite(kept: usize) -> Result<(), MyPageRefusal> {
    if kept >= MAX_FAVORITES {
        return Err(MyPageRefusal {
            field: "favorites",
            message: Text::new("rules-mypage-favorites-full").with("max", MAX_FAVORITES),
        });
    }
    Ok(())
}

/// Another saved search fits beside the `kept` ones (overwriting one always fits).
pub fn room_for_saved_search(kept: usize) -> Result<(), MyPageRefusal> {
    if kept >= MAX_SAVED_SEARCHES {
        return Err(MyPageRefusal {
            field: "saved_searches",
            message: Text::new("rules-mypage-saved-searches-full").with("max", MAX_SAVED_SEARCHES),
        });
    }
    Ok(())
}

/// Another employer may be hidden beside the `hidden` ones.
pub fn room_for_hidden_employer(hidden: usize) -> Result<(), MyPageRefusal> {
    if hidden >= MAX_HIDDEN_EMPLOYERS {
        return Err(MyPageRefusal {
            field: "hidden_employers",
            message: Text::new("rules-mypage-hidden-employers-full")
                .with("max", MAX_HIDDEN_EMPLOYERS),
        });
    }
    Ok(())
}

/// A saved search's name, trimmed: present and at most [`MAX_SAVED_SEARCH_NAME_CHARS`]
/// characters.
pub fn saved_search_name(text: &str) -> Result<&str, MyPageRefusal> {
    let name = text.trim();
    let chars = name.chars().count();
    let message = if chars == 0 {
        Text::new("rules-mypage-search-name-empty")
    } else if chars > MAX_SAVED_SEARCH_NAME_CHARS {
        // The count as it is, never grouped.
        Text::new("rules-mypage-search-name-too-long")
            .with("max", MAX_SAVED_SEARCH_NAME_CHARS)
            .with("count", chars.to_string())
    } else {
        return Ok(name);
    };
    Err(MyPageRefusal {
        field: "name",
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::{catalogue, Lang};

    fn ja(text: &Text) -> String {
        catalogue(Lang::Ja).text(text)
    }

    #[test]
    fn the_limits_hold_at_their_edges() {
        assert!(room_for_favorite(MAX_FAVORITES - 1).is_ok());
        let full = room_for_favorite(MAX_FAVORITES).unwrap_err();
        assert_eq!(
            ja(&full.message),
            "お気に入りは300件まで登録できます。不要なお気に入りを削除してから追加してください。"
        );
        assert_eq!(
            catalogue(Lang::En).text(&full.message),
            "You can keep up to 300 favorites. Delete favorites you no longer need, then add this one."
        );
        assert!(room_for_saved_search(MAX_SAVED_SEARCHES - 1).is_ok());
        assert!(ja(&room_for_saved_search(MAX_SAVED_SEARCHES)
            .unwrap_err()
            .message)
        .contains("3件まで保存できます"));
        assert!(room_for_hidden_employer(MAX_HIDDEN_EMPLOYERS - 1).is_ok());
        let full = room_for_hidden_employer(MAX_HIDDEN_EMPLOYERS).unwrap_err();
        assert_eq!(full.field, "hidden_employers");
        assert_eq!(
            ja(&full.message),
            "非表示にできる事業所は100社までです。MyPageの「非表示の事業所」から不要なものを表示に戻してください。"
        );
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(saved_search_name("  事務  "), Ok("事務"));
        assert_eq!(saved_search_name(" 　").unwrap_err().field, "name");
        let long = "あ".repeat(MAX_SAVED_SEARCH_NAME_CHARS + 1);
        assert!(ja(&saved_search_name(&long).unwrap_err().message).contains("（現在21文字）"));
        assert!(saved_search_name(&long[..long.len() - 3]).is_ok());
    }
}
