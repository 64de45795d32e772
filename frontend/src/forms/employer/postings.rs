//! The employer's 求人一覧 (`/employer/postings`): the postings as read, how many there are of
//! each status, what each line offers for its status, and the list's own actions (a new
//! posting, a copy, deleting a draft after asking in the page).

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{ApiError, PostingItem, PostingStatus};

use crate::forms::account::error_message;

/// What a line of the 求人一覧 offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineAction {
    /// 編集: a draft or a returned posting, in the editor.
    Edit,
    /// 開く: a filed, published or ended posting.
    Open,
    /// 複製して新規作成.
    Copy,
    /// 削除: drafts only.
    Delete,
}

impl LineAction {
    /// The end of the button's id (`#posting-<id>-edit`).
    pub fn suffix(self) -> &'static str {
        match self {
            LineAction::Edit => "edit",
            LineAction::Open => "open",
            LineAction::Copy => "copy",
            LineAction::Delete => "delete",
        }
    }

    /// The key of the button's words.
    pub fn key(self) -> &'static str {
        match self {
            LineAction::Edit => key!("employer-postings-edit"),
            LineAction::Open => key!("employer-postings-open"),
            LineAction::Copy => key!("employer-postings-copy"),
            LineAction::Delete => key!("employer-postings-delete"),
        }
    }
}

/// The actions that fit a posting's status.
pub fn line_actions(item: &PostingItem) -> Vec<LineAction> {
    let mut actions = match item.status {
        PostingStatus::Draft | PostingStatus::Returned => vec![LineAction::Edit],
        PostingStatus::Submitted
        | PostingStatus::Published
        | PostingStatus::Expired
        | PostingStatus::Stopped => vec![LineAction::Open],
    };
    actions.push(LineAction::Copy);
    if item.status == PostingStatus::Draft {
        actions.push(LineAction::Delete);
    }
    actions
}

/// 職種 as typed, or a placeholder for a draft without one.
pub fn title_of(t: &Catalogue, item: &PostingItem) -> String {
    title_text(t, &item.title)
}

/// A 職種 as typed, or the placeholder when it is blank.
pub fn title_text(t: &Catalogue, title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        t.t("employer-postings-untitled")
    } else {
        title.to_owned()
    }
}

/// What the list is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    /// 「複製して新規作成」 of this posting.
    Copy(i64),
    /// 削除 of this draft.
    Delete(i64),
}

/// The 求人一覧.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingListState {
    /// `None` until `employer_postings` answered.
    pub items: Option<Vec<PostingItem>>,
    pub loading: bool,
    /// Why the list could not be read.
    pub load_error: Option<String>,
    pub busy: Option<ListAction>,
    /// The draft whose 削除 waits for its confirmation.
    pub confirm_delete: Option<i64>,
    /// Why an action was refused.
    pub error: Option<String>,
    /// What was done: the 職種 (as typed) of the draft deleted.
    pub deleted: Option<String>,
}

impl PostingListState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<Vec<PostingItem>, ApiError>) {
        self.loading = false;
        match result {
            Ok(items) => {
                if let Some(id) = self.confirm_delete {
                    if !items.iter().any(|i| i.id == id) {
                        self.confirm_delete = None;
                    }
                }
                self.items = Some(items);
            }
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// How many postings there are of each status, in the order of [`PostingStatus::ALL`].
    pub fn counts(&self) -> Vec<(PostingStatus, usize)> {
        let items = self.items.as_deref().unwrap_or_default();
        PostingStatus::ALL
            .iter()
            .map(|status| {
                (
                    *status,
                    items.iter().filter(|i| i.status == *status).count(),
                )
            })
            .collect()
    }

    /// The home's summary: 「公開中 2件・審査中 1件」 over the statuses that have any, `None`
    /// before the list is read or when there is no posting.
    pub fn summary(&self, t: &Catalogue) -> Option<String> {
        self.items.as_ref()?;
        let parts: Vec<String> = self
            .counts()
            .into_iter()
            .filter(|(_, count)| *count > 0)
            .map(|(status, count)| {
                t.t_with(
                    "employer-postings-summary-part",
                    &[
                        ("status", status.label_in(t).into()),
                        ("count", count.into()),
                    ],
                )
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(&t.t("employer-postings-summary-separator")))
    }

    /// How many postings a counselor sent back and wait for the employer.
    pub fn returned(&self) -> usize {
        self.items
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter(|i| i.status == PostingStatus::Returned)
            .count()
    }

    /// An action starts (false while another is awaited).
    pub fn start(&mut self, action: ListAction) -> bool {
        if self.busy.is_some() {
            return false;
        }
        self.busy = Some(action);
        self.error = None;
        self.deleted = None;
        true
    }

    /// An action's refusal.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = None;
        self.error = Some(error_message(err));
    }

    /// 「削除」 of a draft: asks to confirm in its line.
    pub fn ask_delete(&mut self, id: i64) {
        self.confirm_delete = Some(id);
        self.error = None;
        self.deleted = None;
    }

    pub fn cancel_delete(&mut self) {
        self.confirm_delete = None;
    }

    /// The answer to 削除: the line goes (the list is read again afterwards).
    pub fn deleted(&mut self, id: i64, result: Result<(), ApiError>) {
        self.busy = None;
        match result {
            Ok(()) => {
                let title = self
                    .items
                    .as_ref()
                    .and_then(|items| items.iter().find(|i| i.id == id))
                    .map(|item| item.title.clone())
                    .unwrap_or_default();
                if let Some(items) = &mut self.items {
                    items.retain(|i| i.id != id);
                }
                self.confirm_delete = None;
                self.deleted = Some(title);
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::employer::posting::fixtures::item;
    use shigoto_i18n::{catalogue, Lang};
    use shigoto_shared::ErrorCode;

    fn ja() -> &'static Catalogue {
        catalogue(Lang::Ja)
    }

    #[test]
    fn each_status_offers_what_fits_it() {
        let actions = |status| line_actions(&item(1, status));
        assert_eq!(
            actions(PostingStatus::Draft),
            [LineAction::Edit, LineAction::Copy, LineAction::Delete]
        );
        assert_eq!(
            actions(PostingStatus::Returned),
            [LineAction::Edit, LineAction::Copy]
        );
        for status in [
            PostingStatus::Submitted,
            PostingStatus::Published,
            PostingStatus::Expired,
            PostingStatus::Stopped,
        ] {
            assert_eq!(actions(status), [LineAction::Open, LineAction::Copy]);
        }
        assert_eq!(LineAction::Delete.suffix(), "delete");
        let mut untitled = item(2, PostingStatus::Draft);
        untitled.title = "  ".into();
        assert_eq!(title_of(ja(), &untitled), "（職種未入力）");
        assert_eq!(ja().t(LineAction::Copy.key()), "複製して新規作成");
    }

    #[test]
    fn the_home_summary_counts_the_statuses_there_are() {
        let mut list = PostingListState::default();
        assert_eq!(list.summary(ja()), None, "not read yet");
        list.loaded(Ok(Vec::new()));
        assert_eq!(list.summary(ja()), None, "no posting");
        list.loaded(Ok(vec![
            item(1, PostingStatus::Published),
            item(2, PostingStatus::Returned),
            item(3, PostingStatus::Published),
            item(4, PostingStatus::Draft),
        ]));
        assert_eq!(
            list.summary(ja()).as_deref(),
            Some("下書き 1件・返戻 1件・公開中 2件")
        );
        assert_eq!(list.returned(), 1);
    }

    #[test]
    fn the_list_counts_statuses_and_deletes_after_asking() {
        let mut list = PostingListState::default();
        list.loading();
        list.loaded(Ok(vec![
            item(1, PostingStatus::Draft),
            item(2, PostingStatus::Published),
            item(3, PostingStatus::Draft),
        ]));
        let counts = list.counts();
        assert_eq!(counts.len(), PostingStatus::ALL.len());
        assert_eq!(counts[0], (PostingStatus::Draft, 2));
        assert!(counts.contains(&(PostingStatus::Published, 1)));
        assert!(counts.contains(&(PostingStatus::Stopped, 0)));

        list.ask_delete(3);
        assert_eq!(list.confirm_delete, Some(3));
        assert!(list.start(ListAction::Delete(3)));
        assert!(!list.start(ListAction::Copy(1)), "one at a time");
        list.deleted(
            3,
            Err(ApiError::new(
                ErrorCode::Conflict,
                "削除できるのは下書きだけです。",
            )),
        );
        assert_eq!(
            list.error.as_deref(),
            Some("削除できるのは下書きだけです。")
        );
        assert!(list.start(ListAction::Delete(3)));
        list.deleted(3, Ok(()));
        assert_eq!(list.items.as_ref().map(Vec::len), Some(2));
        assert_eq!(list.confirm_delete, None);
        assert_eq!(list.deleted.as_deref(), Some("総務・一般事務"));
    }
}
