//! 応募検討依頼 sent for one posting, on its 応募者一覧 (`#sent-requests`): how many more may be
//! sent (`#sent-requests-remaining`) and each request (`.sent-request[data-request-id]`) with the
//! 求職情報 it was sent to, when, and the answer (`.sent-request-answer`: 回答待ち, 応募, 辞退).

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{AnonymousProfile, SentRequest, SentRequests};
use yew::prelude::*;

use crate::format::jst_datetime;
use crate::forms::publication::anonymous_rows;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct SentRequestsProps {
    pub job_number: AttrValue,
}

/// The parts of the 求職情報 the list names a request's seeker by.
const WHO_PARTS: [&str; 4] = [
    key!("profile-part-age"),
    key!("profile-part-occupations"),
    key!("profile-part-experience"),
    key!("profile-part-licences"),
];

/// Who a request went to, in the few words the list shows: 年齢層, 希望職種, 経験 and 免許・資格
/// of the 求職情報.
fn who(t: &Catalogue, view: &AnonymousProfile) -> String {
    anonymous_rows(t, view)
        .into_iter()
        .filter(|(part, _)| WHO_PARTS.contains(part))
        .map(|(part, text)| {
            t.t_with(
                "employer-requests-fact",
                &[("label", t.t(part).into()), ("text", text.into())],
            )
        })
        .collect::<Vec<_>>()
        .join(&t.t("employer-requests-fact-separator"))
}

fn row(t: &Catalogue, item: &SentRequest) -> Html {
    let answer = match item.answer {
        None => t.t("employer-requests-waiting"),
        Some(answer) => t.t_with(
            "employer-requests-answer",
            &[
                ("answer", answer.label_in(t).into()),
                (
                    "time",
                    item.answered_at
                        .map(|at| jst_datetime(t, at))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
    };
    html! {
        <tr class="sent-request" data-request-id={item.id.to_string()}>
            <td>{ jst_datetime(t, item.sent_at) }</td>
            <td>{ who(t, &item.view) }</td>
            <td class="sent-request-answer">{ answer }</td>
        </tr>
    }
}

#[function_component]
pub fn SentRequestsSection(props: &SentRequestsProps) -> Html {
    let t = use_texts();
    let listed = use_state(|| None::<Result<SentRequests, String>>);
    let api = use_api();
    {
        let (listed, job_number) = (listed.clone(), props.job_number.to_string());
        use_effect_with(job_number.clone(), move |_| {
            api.run(ipc::sent_requests(job_number), move |answer| {
                listed.set(Some(answer.map_err(|err| err.message)));
            });
        });
    }
    let body = match &*listed {
        None => html! { <p class="hint" role="status">{ t.t("employer-loading") }</p> },
        Some(Err(why)) => html! { <p class="field-error" role="alert">{ why.clone() }</p> },
        Some(Ok(sent)) => html! {
            <>
                <p id="sent-requests-remaining" class="hint">
                    { t.t_with("employer-requests-remaining", &[("count", sent.remaining.into())]) }
                </p>
                if sent.items.is_empty() {
                    <p class="muted">{ t.t("employer-requests-none") }</p>
                } else {
                    <div class="table-scroll">
                        <table class="provisional-table">
                            <caption class="visually-hidden">{ t.t("employer-requests-heading") }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ t.t("employer-requests-sent-at") }</th>
                                    <th scope="col">{ t.t("employer-requests-profile") }</th>
                                    <th scope="col">{ t.t("employer-requests-answer-column") }</th>
                                </tr>
                            </thead>
                            <tbody>{ for sent.items.iter().map(|item| row(t, item)) }</tbody>
                        </table>
                    </div>
                }
            </>
        },
    };
    html! {
        <section id="sent-requests" aria-labelledby="sent-requests-heading">
            <h3 id="sent-requests-heading" class="sheet-section-title">{ t.t("employer-requests-heading") }</h3>
            { body }
        </section>
    }
}
