//! The 応募書類 sent with an application (`#application-documents`), each with 「保存」
//! (`#save-document-{n}`) that writes the PDF to the downloads folder; where it went is said
//! under it (`#document-saved-{n}`) or why it could not be (`#document-error-{n}`). Used by the
//! employer's applicant screen and the seeker's applications; the app picks the file's name.

use std::collections::HashMap;

use shigoto_shared::{ApplicationDocument, SavedDocument};
use yew::prelude::*;

use crate::format::file_size;
use crate::forms::account::error_message;
use crate::forms::application::saved_text;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct ApplicationDocumentsProps {
    pub application_id: i64,
    pub documents: Vec<ApplicationDocument>,
}

/// Where saving one document stands.
#[derive(Clone, PartialEq)]
enum Saving {
    Busy,
    Saved(SavedDocument),
    Failed(String),
}

#[function_component]
pub fn ApplicationDocuments(props: &ApplicationDocumentsProps) -> Html {
    let t = use_texts();
    let saving = use_state(HashMap::<i32, Saving>::new);
    let api = use_api();
    if props.documents.is_empty() {
        return html! {};
    }
    let rows = props.documents.iter().map(|document| {
        let number = document.number;
        let state = saving.get(&number).cloned();
        let busy = state == Some(Saving::Busy);
        let on_save = {
            let (saving, api, id) = (saving.clone(), api.clone(), props.application_id);
            Callback::from(move |_: MouseEvent| {
                if saving.get(&number) == Some(&Saving::Busy) {
                    return;
                }
                let mut marked = (*saving).clone();
                marked.insert(number, Saving::Busy);
                saving.set(marked);
                let saving = saving.clone();
                api.run(
                    async move { ipc::save_application_document(id, number).await },
                    move |result| {
                        let mut done = (*saving).clone();
                        done.insert(
                            number,
                            match result {
                                Ok(saved) => Saving::Saved(saved),
                                Err(err) => Saving::Failed(error_message(&err)),
                            },
                        );
                        saving.set(done);
                    },
                );
            })
        };
        html! {
            <li class="application-document" key={number}>
                <span class="application-document-name">
                    { t.t_with("seeker-document-line", &[
                        ("kind", document.kind.label_in(t).into()),
                        ("name", document.file_name.as_str().into()),
                        ("size", file_size(document.bytes.max(0) as u64).into()),
                    ]) }
                </span>
                <button type="button" id={format!("save-document-{number}")}
                    class="button button-secondary" disabled={busy}
                    aria-busy={busy.then_some("true")} onclick={on_save}>
                    { if busy { t.t("seeker-saving") } else { t.t("seeker-document-save") } }
                </button>
                { match state {
                    Some(Saving::Saved(saved)) => html! {
                        <p id={format!("document-saved-{number}")} class="notice" role="status">
                            { saved_text(t, &t.t("seeker-document-application"), &saved) }
                        </p>
                    },
                    Some(Saving::Failed(message)) => html! {
                        <p id={format!("document-error-{number}")} class="field-error" role="alert">{ message }</p>
                    },
                    _ => html! {},
                } }
            </li>
        }
    });
    html! {
        <div id="application-documents" class="application-documents">
            <h3 class="sheet-section-title">{ t.t("seeker-document-application") }</h3>
            <ul class="application-document-list">{ for rows }</ul>
        </div>
    }
}
