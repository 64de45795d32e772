//! 求人票 (`/jobs/:job_number`): the posting read on showing it (offline, a favorite's sheet
//! comes from this computer's copy), 「戻る」 back through the history to the list it was
//! opened from, and a job seeker's お気に入り toggle and 「応募する」 (`#sheet-apply`, on an open
//! posting that takes online applications).

pub mod sheet;

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use shigoto_shared::JobStatus;

use crate::components::favorite_button::FavoriteButton;
use crate::components::nav_link::NavLink;
use crate::forms::mypage::SheetReturn;
use crate::ipc;
use crate::route::Route;
use crate::state::connection::use_connection;
use crate::state::focus::{focus_selector, scroll_to};
use crate::state::lang::use_texts;
use crate::state::mypage::{use_mypage, MyPageContext};
use sheet::{JobSheetView, SheetState};

#[derive(Properties, PartialEq)]
pub struct JobPageProps {
    pub job_number: String,
}

#[function_component]
pub fn JobPage(props: &JobPageProps) -> Html {
    let t = use_texts();
    let sheet = use_state(|| SheetState::Loading);
    let connection = use_connection();
    let mypage = use_mypage();
    let offline = mypage.state().is_offline();
    let navigator = use_navigator();
    let from = use_location()
        .and_then(|l| l.state::<SheetReturn>())
        .map(|s| *s)
        .unwrap_or_default();
    {
        let sheet = sheet.clone();
        use_effect_with(props.job_number.clone(), move |job_number| {
            sheet.set(SheetState::Loading);
            scroll_to(0.0);
            focus_selector("#job-sheet-heading");
            let job_number = job_number.clone();
            spawn_local(async move {
                let result = ipc::get_job(&job_number).await;
                // Offline, a favorite's sheet comes from this computer's copy: that says nothing
                // about the service.
                if result.is_err() || !offline {
                    connection.answered(&result);
                }
                sheet.set(match result {
                    Ok(loaded) => SheetState::Loaded(Rc::new(loaded)),
                    Err(err) => SheetState::Failed(err),
                });
            });
        });
    }
    let on_back = Callback::from(move |()| {
        if let Some(navigator) = &navigator {
            navigator.back();
        }
    });
    let actions = match (&*sheet, mypage.active) {
        (SheetState::Loaded(loaded), true) => html! {
            <>
                <FavoriteButton id="sheet-favorite" job_number={loaded.job_number.clone()}
                    title={loaded.work.title.clone()}
                    marks={mypage.state().marks.clone()}
                    on_toggle={mypage.callback(MyPageContext::toggle_favorite)} />
                if loaded.online_application && loaded.status == JobStatus::Open {
                    <NavLink id="sheet-apply" to={Route::Apply { job_number: loaded.job_number.clone() }}
                        class={classes!("button", "button-primary")}>
                        { t.t("account-job-apply") }
                    </NavLink>
                }
            </>
        },
        _ => html! {},
    };
    html! {
        <JobSheetView job_number={props.job_number.clone()} sheet={(*sheet).clone()}
            on_back={on_back} back={from} actions={actions} />
    }
}
