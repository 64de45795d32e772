//! ハローワークからの紹介・おすすめ求人 on 求職活動状況 (`#activity-introductions`), read from the
//! device's synced copy when shown and after every sync pass: each
//! `li.introduction-row[data-introduction-id][data-kind]` with the posting (opens its 求人票,
//! `.open-introduced-job`), the employer, who sent it and when, and their note. An online
//! introduction not yet applied to has 「この紹介で応募する」 (`.apply-from-introduction`), then
//! 「応募を確定」 (`.confirm-introduction-apply`) or 「やめる」 (`.cancel-introduction-apply`);
//! one applied to shows 「応募済み」 (`.introduction-applied`). Done: `#introductions-notice`;
//! refused: `#introductions-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::{IntroductionKind, JobIntroduction};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::activity_card::{posting_line, ActivityCard, PostingLine};
use crate::components::confirm_box::ConfirmBox;
use crate::components::form_field::click;
use crate::format::jst_datetime;
use crate::forms::introductions::IntroductionsState;
use crate::forms::mypage::SheetReturn;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::search::open_job;
use crate::state::lang::use_texts;
use crate::state::mypage::use_mypage;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct IntroductionsProps {
    pub state: IntroductionsState,
    pub on_open: Callback<String>,
    pub on_ask: Callback<i64>,
    pub on_cancel: Callback<()>,
    pub on_confirm: Callback<i64>,
}

fn actions(t: &Catalogue, props: &IntroductionsProps, item: &JobIntroduction) -> Html {
    let state = &props.state;
    if item.kind != IntroductionKind::Referral {
        return html! {};
    }
    if state.is_applied(item) {
        return html! { <span class="badge introduction-applied">{ t.t("seeker-introductions-applied-badge") }</span> };
    }
    let busy = state.apply.busy == Some(item.id);
    if state.apply.confirming == Some(item.id) {
        let id = item.id;
        return html! {
            <ConfirmBox text={t.t("seeker-introductions-confirm")}
                confirm_class="confirm-introduction-apply" confirm_label={t.t(shigoto_i18n::key!("seeker-introductions-confirm-yes"))}
                busy_label={t.t(shigoto_i18n::key!("seeker-applying"))} cancel_class="cancel-introduction-apply" busy={busy}
                on_confirm={props.on_confirm.reform(move |()| id)}
                on_cancel={props.on_cancel.clone()} />
        };
    }
    html! {
        <button type="button" class="button button-primary apply-from-introduction"
            onclick={click(&props.on_ask, item.id)}>
            { t.t("seeker-introductions-apply") }
        </button>
    }
}

fn row(t: &Catalogue, props: &IntroductionsProps, item: &JobIntroduction) -> Html {
    let line = PostingLine {
        badge: item.kind.label_in(t),
        badge_class: "badge-kind",
        open_class: "open-introduced-job",
        title: &item.title,
        job_number: &item.job_number,
        employer: item.employer_name.as_deref(),
        sent: t.t_with(
            "seeker-introductions-sent",
            &[
                ("by", item.introduced_by.as_str().into()),
                ("when", jst_datetime(t, item.introduced_at).into()),
            ],
        ),
        note: &item.note,
    };
    html! {
        <li class="activity-row introduction-row" key={item.id}
            data-introduction-id={item.id.to_string()} data-kind={item.kind.as_str()}>
            { posting_line(t, line, &props.on_open) }
            { actions(t, props, item) }
        </li>
    }
}

#[function_component]
pub fn IntroductionsView(props: &IntroductionsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let items = state.items.as_deref().unwrap_or_default();
    let empty = html! {
        <>
            <p class="muted">{ t.t("seeker-introductions-empty") }</p>
            <p class="hint">{ t.t("seeker-introductions-empty-hint") }</p>
        </>
    };
    html! {
        <ActivityCard id="activity-introductions" title={t.t("seeker-introductions-heading")}
            count={items.len()} error={state.apply.error.clone()} error_id="introductions-error"
            notice={state.apply.notice.clone()} notice_id="introductions-notice" empty={empty}>
            { for items.iter().map(|item| row(t, props, item)) }
        </ActivityCard>
    }
}

/// The section, read from the device's copy when shown and after every sync pass.
#[function_component]
pub fn IntroductionsSection() -> Html {
    let t = use_texts();
    let form = use_store::<IntroductionsState>();
    let api = use_api();
    let navigator = use_navigator();
    let data_version = use_mypage().state().data_version;
    {
        let form = form.clone();
        use_effect_with(data_version, move |_| {
            let form = form.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let items = ipc::introductions().await;
                let applications = ipc::my_applications().await;
                // 求職活動状況 shows them now: the menu stops counting them.
                let _ = ipc::mark_activity_seen().await;
                form.update_once(move |s| {
                    s.loaded(items);
                    if let Ok(applications) = &applications {
                        s.applications_loaded(applications);
                    }
                });
            });
        });
    }
    let on_open =
        Callback::from(move |job: String| open_job(&navigator, job, SheetReturn::Activity));
    let on_ask = {
        let form = form.clone();
        Callback::from(move |id: i64| form.update(move |s| s.apply.ask(id)))
    };
    let on_cancel = {
        let form = form.clone();
        Callback::from(move |()| form.update(|s| s.apply.cancel()))
    };
    let on_confirm = {
        let form = form.clone();
        Callback::from(move |id: i64| {
            if !form.apply.may_go(id) {
                return;
            }
            form.update(move |s| s.apply.going(id));
            let form = form.clone();
            api.run(
                async move { ipc::apply_from_introduction(id).await },
                move |result| form.update_once(move |s| s.applied(t, result)),
            );
        })
    };
    html! {
        <IntroductionsView state={(*form).clone()} on_open={on_open} on_ask={on_ask}
            on_cancel={on_cancel} on_confirm={on_confirm} />
    }
}
