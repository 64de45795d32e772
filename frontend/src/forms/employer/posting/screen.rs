//! One posting as its employer opens it ([`PostingScreen`]): the posting as read, the editor
//! while it is a draft or returned, and a published posting's actions (延長, 変更, 募集停止).

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_domain::posting as rules;
use shigoto_shared::{
    ApiError, EmployerRegistration, EmployerStatus, PostingDetail, PostingStatus,
};

use super::{
    prepared, Moved, PostingEditor, CHANGE_SUBMITTED_NOTICE, SAVED_NOTICE, SUBMITTED_NOTICE,
};
use crate::forms::account::error_message;

/// A published posting's actions (`/employer/postings/:id` once it is no longer a draft).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostingAction {
    /// 紹介期限を延長する.
    Extend,
    /// 求人内容を変更する.
    Change,
    /// 募集を停止する.
    Stop,
}

/// The state of a published posting's actions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingActions {
    pub busy: Option<PostingAction>,
    /// 「募集を停止する」 was pressed: the confirmation is shown.
    pub confirming_stop: bool,
    pub error: Option<String>,
    /// What the last action did.
    pub notice: Option<ActionNotice>,
}

/// What a published posting's action did (`#posting-action-notice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionNotice {
    /// 紹介期限を延長しました, with the new 紹介期限日 when the answer has one.
    Extended(Option<NaiveDate>),
    /// 募集を停止しました.
    Stopped,
    /// 求人内容の変更を始めました.
    ChangeStarted,
}

/// One posting as its employer opens it: the editor while it is a draft or returned, else the
/// published 求人票 and its actions.
#[derive(Debug, Clone, PartialEq)]
pub struct PostingScreen {
    pub id: i64,
    pub detail: Option<Rc<PostingDetail>>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// The employer's 事業所登録 (the company the rules check against).
    pub registration: Option<Rc<EmployerRegistration>>,
    pub editor: PostingEditor,
    pub actions: PostingActions,
}

impl PostingScreen {
    /// The screen of posting `id`, with the 事業所登録 the sign-in said.
    pub fn new(id: i64, held: Option<&EmployerRegistration>) -> Self {
        Self {
            id,
            detail: None,
            loading: false,
            load_error: None,
            registration: held
                .filter(|r| r.status == EmployerStatus::Accepted)
                .cloned()
                .map(Rc::new),
            editor: PostingEditor::default(),
            actions: PostingActions::default(),
        }
    }

    pub fn status(&self) -> Option<PostingStatus> {
        self.detail.as_ref().map(|d| d.item.status)
    }

    /// A draft or a returned posting: the editor is shown.
    pub fn editable(&self) -> bool {
        matches!(
            self.status(),
            Some(PostingStatus::Draft | PostingStatus::Returned)
        )
    }

    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    /// The posting as read: an editable one opens in the editor.
    pub fn loaded(&mut self, result: Result<PostingDetail, ApiError>) {
        self.loading = false;
        match result {
            Ok(detail) => {
                let detail = Rc::new(detail);
                self.detail = Some(detail.clone());
                if self.editable() {
                    self.editor.open(detail.form.clone());
                    self.editor.published = detail
                        .sheet
                        .clone()
                        .filter(|_| detail.item.is_change)
                        .map(Rc::new);
                }
            }
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// The 事業所登録 as read (a failure keeps what the sign-in said).
    pub fn registration_loaded(&mut self, result: Result<EmployerRegistration, ApiError>) {
        if let Ok(registration) = result {
            self.registration = Some(Rc::new(registration));
        }
    }

    /// The answer to 一時保存: what was typed meanwhile stays.
    pub fn saved(&mut self, result: Result<PostingDetail, ApiError>) -> Moved {
        match result {
            Ok(detail) => {
                self.editor.sending = None;
                self.editor.saved = prepared(detail.form.clone());
                self.editor.notice = Some(SAVED_NOTICE);
                self.detail = Some(Rc::new(detail));
                Moved::Step
            }
            Err(err) => self.editor.refused(&err),
        }
    }

    /// The answer to 申込み: the key of the notice for the 求人一覧, or the refusal placed.
    pub fn submitted(
        &mut self,
        result: Result<PostingDetail, ApiError>,
    ) -> Result<&'static str, Moved> {
        match result {
            Ok(detail) => {
                self.editor.sending = None;
                self.editor.saved = prepared(detail.form.clone());
                let notice = if detail.item.is_change {
                    CHANGE_SUBMITTED_NOTICE
                } else {
                    SUBMITTED_NOTICE
                };
                self.detail = Some(Rc::new(detail));
                Ok(notice)
            }
            Err(err) => Err(self.editor.refused(&err)),
        }
    }

    /// 「紹介期限を延長する」 checked with the domain's rule before asking the service: why not,
    /// in the language shown.
    pub fn extension_refusal(&self, today: NaiveDate) -> Option<String> {
        let item = &self.detail.as_ref()?.item;
        let refused = match item.referral_deadline {
            Some(deadline) => rules::extension(item.status, deadline, item.extended, today).err(),
            None => Some(rules::ExtensionRefused::NotPublished),
        };
        refused.map(|r| crate::state::lang::shown_texts().text(&r.text()))
    }

    /// An action was sent (false when one is awaited).
    pub fn acting(&mut self, action: PostingAction) -> bool {
        if self.actions.busy.is_some() {
            return false;
        }
        self.actions.busy = Some(action);
        self.actions.error = None;
        self.actions.notice = None;
        true
    }

    /// An action refused before asking the service.
    pub fn action_refused(&mut self, message: String) {
        self.actions.error = Some(message);
        self.actions.notice = None;
    }

    /// 「募集を停止する」: asks to confirm.
    pub fn ask_stop(&mut self) {
        self.actions.confirming_stop = true;
        self.actions.error = None;
        self.actions.notice = None;
    }

    pub fn cancel_stop(&mut self) {
        self.actions.confirming_stop = false;
    }

    /// The answer to an action: the posting as it is now and what happened, or the refusal.
    pub fn acted(&mut self, action: PostingAction, result: Result<PostingDetail, ApiError>) {
        self.actions.busy = None;
        match result {
            Ok(detail) => {
                self.actions.confirming_stop = false;
                self.actions.notice = Some(match action {
                    PostingAction::Extend => ActionNotice::Extended(detail.item.referral_deadline),
                    PostingAction::Stop => ActionNotice::Stopped,
                    PostingAction::Change => ActionNotice::ChangeStarted,
                });
                self.detail = Some(Rc::new(detail));
            }
            Err(err) => self.actions.error = Some(error_message(&err)),
        }
    }
}
