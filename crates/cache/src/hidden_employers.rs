//! Employers hidden from the results on this device: the confirmed list with the outbox's
//! hides and shows laid over it, the edits (the limit of 100 holds offline too), and the
//! pulled changes. An employer is named by the posting it was hidden from; one hidden offline
//! takes its name and 職種 from a 求人票 seen on this device until the service confirms it.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::mypage as rules;
use shigoto_domain::{visibility, JobNumber};
use shigoto_shared::{HiddenEmployerItem, Mutation, PullResponse};

use crate::edits::enqueue;
use crate::schema::{hidden_employers, sheets};
use crate::view::pending_edits;
use crate::{Cache, CacheError};

/// The name and 職種 a cached 求人票 gives a posting, when one was seen here.
fn seen_posting(
    conn: &mut SqliteConnection,
    job_number: &str,
) -> Result<(Option<String>, Option<String>), CacheError> {
    let text: Option<String> = sheets::table
        .find(job_number)
        .select(sheets::sheet)
        .first(conn)
        .optional()?;
    let Some(text) = text else {
        return Ok((None, None));
    };
    let sheet: shigoto_shared::JobSheet = serde_json::from_str(&text)?;
    // The copy kept here is already as this user may see it.
    let summary = visibility::summary(&sheet);
    Ok((summary.employer_name, Some(summary.title)))
}

/// The hidden employers as the user sees them, by 求人番号.
pub(crate) fn overlaid(
    conn: &mut SqliteConnection,
) -> Result<HashMap<String, HiddenEmployerItem>, CacheError> {
    let confirmed: Vec<(String, Option<String>, String, NaiveDateTime)> = hidden_employers::table
        .select((
            hidden_employers::job_number,
            hidden_employers::employer_name,
            hidden_employers::title,
            hidden_employers::hidden_at,
        ))
        .load(conn)?;
    let mut hidden: HashMap<String, HiddenEmployerItem> = confirmed
        .into_iter()
        .map(|(job_number, employer_name, title, hidden_at)| {
            let item = HiddenEmployerItem {
                job_number: job_number.clone(),
                employer_name,
                title: Some(title).filter(|t| !t.is_empty()),
                hidden_at,
                pending: false,
            };
            (job_number, item)
        })
        .collect();
    for edit in pending_edits(conn)? {
        match edit.mutation {
            Mutation::HideEmployer { job_number, .. } => {
                if let Some(kept) = hidden.get_mut(&job_number) {
                    kept.pending |= !edit.acked;
                    continue;
                }
                let (employer_name, title) = seen_posting(conn, &job_number)?;
                let item = HiddenEmployerItem {
                    job_number: job_number.clone(),
                    employer_name,
                    title,
                    hidden_at: edit.created_at,
                    pending: !edit.acked,
                };
                hidden.insert(job_number, item);
            }
            Mutation::ShowEmployer { job_number } => {
                hidden.remove(&job_number);
            }
            _ => {}
        }
    }
    Ok(hidden)
}

/// Applies the pulled hidden employers (inside the pull's transaction).
pub(crate) fn apply_pulled(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<(), CacheError> {
    for change in &pull.hidden_employers {
        if change.removed {
            diesel::delete(hidden_employers::table.find(&change.job_number)).execute(conn)?;
            continue;
        }
        diesel::replace_into(hidden_employers::table)
            .values((
                hidden_employers::job_number.eq(&change.job_number),
                hidden_employers::employer_name.eq(&change.employer_name),
                hidden_employers::title.eq(&change.title),
                hidden_employers::hidden_at.eq(change.hidden_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

impl Cache {
    /// この事業所の求人を表示しない: hides the employer of `job_number`. Hiding from a posting
    /// already hidden does nothing.
    pub fn hide_employer(
        &mut self,
        job_number: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let number = JobNumber::parse(job_number).map_err(|err| CacheError::Invalid(err.text()))?;
        self.transaction(|conn| {
            let hidden = overlaid(conn)?;
            if hidden.contains_key(number.as_str()) {
                return Ok(());
            }
            rules::room_for_hidden_employer(hidden.len())
                .map_err(|full| CacheError::Limit(full.message))?;
            let mutation = Mutation::HideEmployer {
                job_number: number.as_str().to_owned(),
                at: Some(now),
            };
            enqueue(conn, key, &mutation, now)
        })
    }

    /// Shows again the employer hidden from `job_number`. Showing one not hidden does nothing.
    pub fn show_employer(
        &mut self,
        job_number: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        self.transaction(|conn| {
            if !overlaid(conn)?.contains_key(job_number) {
                return Ok(());
            }
            let mutation = Mutation::ShowEmployer {
                job_number: job_number.to_owned(),
            };
            enqueue(conn, key, &mutation, now)
        })
    }

    /// Whether a hide or a show made here waits for the service to take it.
    pub fn hidden_changes_pending(&mut self) -> Result<bool, CacheError> {
        self.transaction(|conn| {
            Ok(pending_edits(conn)?.iter().any(|edit| {
                !edit.acked
                    && matches!(
                        edit.mutation,
                        Mutation::HideEmployer { .. } | Mutation::ShowEmployer { .. }
                    )
            }))
        })
    }

    /// The hidden employers, most recently hidden first.
    pub fn hidden_employers(&mut self) -> Result<Vec<HiddenEmployerItem>, CacheError> {
        let mut list: Vec<HiddenEmployerItem> = self.transaction(overlaid)?.into_values().collect();
        list.sort_by(|a, b| {
            b.hidden_at
                .cmp(&a.hidden_at)
                .then_with(|| a.job_number.cmp(&b.job_number))
        });
        Ok(list)
    }
}
