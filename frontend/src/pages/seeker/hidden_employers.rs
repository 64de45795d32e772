//! 非表示の事業所 (`#hidden-employers`): the employers the signed-in job seeker hid from their
//! results, most recently hidden first, read from this computer's copy. Each line
//! (`.hidden-employer[data-job-number]`) names the employer (or 事業所名非公開) and the posting it
//! was hidden from, 「未同期」 while the change waits to be sent, and 「表示する」
//! (`.show-employer`), which brings its postings back to the results. The heading counts them
//! against the limit (`#hidden-employers-count`).

use shigoto_domain::limits::MAX_HIDDEN_EMPLOYERS;
use shigoto_i18n::Catalogue;
use shigoto_shared::HiddenEmployerItem;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::format::jst_day;
use crate::forms::mypage::hidden::HiddenEmployers;
use crate::pages::go;
use crate::route::Route;
use crate::state::focus::use_focus;
use crate::state::lang::use_texts;
use crate::state::mypage::{use_mypage, MyPageContext};

#[derive(Properties, PartialEq)]
pub struct HiddenEmployersProps {
    pub state: HiddenEmployers,
    /// 「表示する」: the 求人番号 it was hidden from.
    pub on_show: Callback<String>,
    /// 「求人検索へ」.
    pub on_search: Callback<()>,
}

#[function_component]
pub fn HiddenEmployersView(props: &HiddenEmployersProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let to_search = {
        let cb = props.on_search.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let body = match state.items.as_ref() {
        None if state.error.is_none() => {
            html! { <p class="loading" role="status">{ t.t("seeker-hidden-loading") }</p> }
        }
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <div id="no-hidden-employers" class="no-results" role="status">
                <p class="no-results-title">{ t.t("seeker-hidden-none") }</p>
                <p>{ t.t("seeker-hidden-none-hint") }</p>
                <button type="button" class="button button-primary" onclick={to_search}>
                    { t.t("seeker-to-search") }
                </button>
            </div>
        },
        Some(items) => html! {
            <ul class="hidden-employer-list">
                { for items.iter().map(|item| hidden_line(t, props, item)) }
            </ul>
        },
    };
    html! {
        <section id="hidden-employers" class="panel" aria-labelledby="hidden-employers-heading">
            <div class="results-header">
                <h2 id="hidden-employers-heading" class="panel-title" tabindex="-1">
                    { t.t("seeker-hidden-heading") }
                </h2>
                if let Some(items) = state.items.as_ref() {
                    <span id="hidden-employers-count" class="list-count">
                        { t.t_with("seeker-hidden-count-of", &[
                            ("count", items.len().into()),
                            ("limit", MAX_HIDDEN_EMPLOYERS.into()),
                        ]) }
                    </span>
                }
            </div>
            <p class="panel-lead">{ t.t("seeker-hidden-lead") }</p>
            if let Some(error) = &state.error {
                <p id="hidden-employers-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            { body }
        </section>
    }
}

fn hidden_line(t: &Catalogue, props: &HiddenEmployersProps, item: &HiddenEmployerItem) -> Html {
    let number = item.job_number.clone();
    let show = {
        let cb = props.on_show.clone();
        let number = number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let name = item
        .employer_name
        .clone()
        .unwrap_or_else(|| t.t("results-employer-hidden"));
    let name_id = format!("hidden-name-{number}");
    let from = match &item.title {
        Some(title) => t.t_with(
            "seeker-hidden-from",
            &[
                ("number", number.as_str().into()),
                ("title", title.as_str().into()),
            ],
        ),
        None => t.t_with(
            "seeker-hidden-from-number",
            &[("number", number.as_str().into())],
        ),
    };
    let busy = props.state.busy.is_some();
    html! {
        <li class="hidden-employer" key={number.clone()} data-job-number={number.clone()}
            aria-labelledby={name_id.clone()}>
            <div class="hidden-employer-text">
                <p class="hidden-employer-name" id={name_id}>
                    { name.clone() }
                    if item.pending {
                        <span class="badge badge-pending" title={t.t("seeker-hidden-pending.title")}>
                            { t.t("seeker-favorites-pending") }
                        </span>
                    }
                </p>
                <p class="muted hidden-employer-from">{ from }</p>
                <p class="muted">
                    { t.t_with("seeker-hidden-on", &[("date", jst_day(t, item.hidden_at).into())]) }
                </p>
            </div>
            <button type="button" class="button button-secondary show-employer" disabled={busy}
                aria-label={t.t_with("seeker-hidden-show.label", &[("name", name.into())])}
                onclick={show}>
                { t.t("seeker-hidden-show") }
            </button>
        </li>
    }
}

/// 非表示の事業所 (`/mypage/hidden-employers`), read from this computer's cache when shown.
#[function_component]
pub fn HiddenEmployersPage() -> Html {
    let mypage = use_mypage();
    let navigator = use_navigator();
    let focus = use_focus();
    {
        let mypage = mypage.clone();
        use_effect_with(mypage.state().data_version, move |_| {
            mypage.load_hidden();
        });
    }
    use_effect_with((), move |()| focus.top("#hidden-employers-heading"));
    html! {
        <HiddenEmployersView state={mypage.state().hidden.clone()}
            on_show={mypage.callback(MyPageContext::show_employer)}
            on_search={go(&navigator, Route::Search)} />
    }
}
