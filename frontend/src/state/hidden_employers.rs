//! The MyPage context's hidden employers: 「この事業所の求人を表示しない」 from a result card,
//! 「元に戻す」 and 「表示する」, and the list of MyPage's 「非表示の事業所」. The app answers once
//! the service took the change, so the search run again right after already leaves the employer
//! out (or brings it back).

use wasm_bindgen_futures::spawn_local;

use crate::forms::mypage::hidden::HiddenNotice;
use crate::ipc;
use crate::state::mypage::MyPageContext;
use crate::state::search::SearchOrigin;
use crate::state::store::Update;

impl MyPageContext {
    /// Hides the employer of a posting in the results; `notice` is what to say once it is done.
    pub fn hide_employer(&self, notice: HiddenNotice) {
        self.change_hidden(notice.job_number.clone(), Some(notice));
    }

    /// Shows again the employer hidden from `job_number` (「元に戻す」, 「表示する」).
    pub fn show_employer(&self, job_number: String) {
        self.change_hidden(job_number, None);
    }

    /// Hides (with the notice to show after) or shows again the employer of `job_number`, one
    /// change at a time; the search runs again once the app answered.
    fn change_hidden(&self, job_number: String, notice: Option<HiddenNotice>) {
        if !self.active || self.store.hidden.busy.is_some() {
            return;
        }
        let started = job_number.clone();
        self.store.update(move |s| {
            s.hidden.started(&started);
        });
        let (store, search) = (self.store.clone(), self.search.clone());
        spawn_local(async move {
            let result = if notice.is_some() {
                ipc::hide_employer(&job_number).await
            } else {
                ipc::show_employer(&job_number).await
            };
            let changed = result.is_ok();
            store.update_once(move |s| s.hidden.answered(notice, result));
            if changed {
                search.rerun(|_| {}, SearchOrigin::Reorder);
            }
        });
    }

    /// Closes the notice of the last hide.
    pub fn close_hidden_notice(&self, (): ()) {
        self.store.update(|s| s.hidden.close_notice());
    }

    /// Reads the list of hidden employers (MyPage's 「非表示の事業所」).
    pub fn load_hidden(&self) {
        if !self.active {
            return;
        }
        let store = self.store.clone();
        spawn_local(async move {
            let result = ipc::hidden_employers().await;
            store.update_once(move |s| s.hidden.loaded(result));
        });
    }
}
