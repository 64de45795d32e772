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
        let job_number = notice.job_number.clone();
        if !self.active || self.store.hidden.busy.is_some() {
            return;
        }
        let started = job_number.clone();
        self.store.update(move |s| {
            s.hidden.started(&started);
        });
        let (store, search) = (self.store.clone(), self.search.clone());
        spawn_local(async move {
            let result = ipc::hide_employer(&job_number).await;
            let hidden = result.is_ok();
            store.update_once(move |s| s.hidden.answered(Some(notice), result));
            if hidden {
                search.rerun(|_| {}, SearchOrigin::Reorder);
            }
        });
    }

    /// Shows again the employer hidden from `job_number` (「元に戻す」, 「表示する」).
    pub fn show_employer(&self, job_number: String) {
        if !self.active || self.store.hidden.busy.is_some() {
            return;
        }
        let started = job_number.clone();
        self.store.update(move |s| {
            s.hidden.started(&started);
        });
        let (store, search) = (self.store.clone(), self.search.clone());
        spawn_local(async move {
            let result = ipc::show_employer(&job_number).await;
            let shown = result.is_ok();
            store.update_once(move |s| s.hidden.answered(None, result));
            if shown {
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
