//! 応募検討依頼 sent for one posting, on its 応募者一覧 (`#sent-requests`): how many more may be
//! sent (`#sent-requests-remaining`) and each request (`.sent-request[data-request-id]`) with the
//! 求職情報 it was sent to, when, and the answer (`.sent-request-answer`: 回答待ち, 応募, 辞退).

use shigoto_shared::{SentRequest, SentRequests};
use yew::prelude::*;

use crate::format::jst_datetime;
use crate::forms::publication::anonymous_rows;
use crate::hooks::api::use_api;
use crate::ipc;

#[derive(Properties, PartialEq)]
pub struct SentRequestsProps {
    pub job_number: AttrValue,
}

fn row(item: &SentRequest) -> Html {
    let answer = match item.answer {
        None => "回答待ち".to_owned(),
        Some(answer) => format!(
            "{}（{}）",
            answer.label(),
            item.answered_at.map(jst_datetime).unwrap_or_default()
        ),
    };
    let who: Vec<String> = anonymous_rows(&item.view)
        .into_iter()
        .filter(|(label, _)| matches!(*label, "年齢層" | "希望職種" | "経験" | "免許・資格"))
        .map(|(label, text)| format!("{label}: {text}"))
        .collect();
    html! {
        <tr class="sent-request" data-request-id={item.id.to_string()}>
            <td>{ jst_datetime(item.sent_at) }</td>
            <td>{ who.join(" ／ ") }</td>
            <td class="sent-request-answer">{ answer }</td>
        </tr>
    }
}

#[function_component]
pub fn SentRequestsSection(props: &SentRequestsProps) -> Html {
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
        None => html! { <p class="hint" role="status">{ "読み込み中…" }</p> },
        Some(Err(why)) => html! { <p class="field-error" role="alert">{ why.clone() }</p> },
        Some(Ok(sent)) => html! {
            <>
                <p id="sent-requests-remaining" class="hint">
                    { format!("この求人で送れる応募検討依頼は、あと{}人です。", sent.remaining) }
                </p>
                if sent.items.is_empty() {
                    <p class="muted">{ "応募検討依頼はまだ送っていません。「求職者を探す」から送れます。" }</p>
                } else {
                    <div class="table-scroll">
                        <table class="provisional-table">
                            <caption class="visually-hidden">{ "送った応募検討依頼" }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ "送った日時" }</th>
                                    <th scope="col">{ "求職情報" }</th>
                                    <th scope="col">{ "回答" }</th>
                                </tr>
                            </thead>
                            <tbody>{ for sent.items.iter().map(row) }</tbody>
                        </table>
                    </div>
                }
            </>
        },
    };
    html! {
        <section id="sent-requests" aria-labelledby="sent-requests-heading">
            <h3 id="sent-requests-heading" class="sheet-section-title">{ "送った応募検討依頼" }</h3>
            { body }
        </section>
    }
}
