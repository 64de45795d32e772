//! The pieces 求職活動状況's lists of postings sent to the seeker share (ハローワークからの紹介,
//! 依頼を受けた求人): a card with its heading, count, the last action's notice or refusal and the
//! list (or what to say when it is empty), and one posting's line in it.

use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::click;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct ActivityCardProps {
    /// The section's id; its heading is `<id>-heading`.
    pub id: AttrValue,
    pub title: AttrValue,
    pub count: usize,
    /// The last action's refusal and notice, with their element ids.
    pub error: Option<String>,
    pub error_id: AttrValue,
    pub notice: Option<String>,
    pub notice_id: AttrValue,
    /// What is shown when the list is empty.
    pub empty: Html,
    /// Shown above a list that is not empty.
    #[prop_or_default]
    pub lead: Option<AttrValue>,
    /// The `<li>` rows.
    pub children: Html,
}

#[function_component]
pub fn ActivityCard(props: &ActivityCardProps) -> Html {
    let t = use_texts();
    let heading = format!("{}-heading", props.id);
    html! {
        <div class="activity-grid activity-applications">
        <section id={props.id.clone()} class="activity-card" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="activity-title">{ props.title.clone() }</h3>
            <p class="activity-count">{ t.t_with("seeker-activity-count", &[("count", props.count.into())]) }</p>
            if let Some(error) = &props.error {
                <p id={props.error_id.clone()} class="field-error" role="alert">{ error.clone() }</p>
            }
            if let Some(notice) = &props.notice {
                <p id={props.notice_id.clone()} class="notice" role="status">{ notice.clone() }</p>
            }
            if props.count == 0 {
                { props.empty.clone() }
            } else {
                if let Some(lead) = &props.lead {
                    <p class="hint">{ lead.clone() }</p>
                }
                <ul class="activity-list">{ props.children.clone() }</ul>
            }
        </section>
        </div>
    }
}

/// What one line says of its posting.
pub struct PostingLine<'a> {
    pub badge: String,
    /// The badge's class (besides `badge`).
    pub badge_class: &'static str,
    /// The class of the button opening the 求人票 (besides `open-job`).
    pub open_class: &'static str,
    pub title: &'a str,
    pub job_number: &'a str,
    pub employer: Option<&'a str>,
    /// Who sent it and when.
    pub sent: String,
    pub note: &'a str,
}

/// The main part of a line: the badge, the posting (opens its 求人票), the employer, who sent
/// it and when, and the note.
pub fn posting_line(t: &Catalogue, line: PostingLine<'_>, on_open: &Callback<String>) -> Html {
    html! {
        <div class="activity-row-main">
            <span class={classes!("badge", line.badge_class)}>{ line.badge }</span>
            <button type="button" class={classes!("open-job", line.open_class)}
                onclick={click(on_open, line.job_number.to_owned())}>
                { t.t_with("seeker-job-title-number", &[
                    ("title", line.title.into()),
                    ("number", line.job_number.into()),
                ]) }
            </button>
            <span class="activity-employer">
                { line.employer.map_or_else(|| t.t("results-employer-hidden"), str::to_owned) }
            </span>
            <span class="hint">{ line.sent }</span>
            if !line.note.is_empty() {
                <span class="introduction-note">{ line.note.to_owned() }</span>
            }
        </div>
    }
}
