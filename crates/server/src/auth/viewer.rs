//! [`Viewing`]: who is looking at postings, for the redaction of `domain::visibility`
//! ([`Searcher`]: the same for a search, with the employers a job seeker hid). Without
//! a token the viewer is anonymous; with one, the token must be live (401 otherwise, so the app
//! learns its session ended), and a job seeker's registration decides whether the employers of
//! postings published 「求職者マイページ開設者に限定」 are shown.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::NaiveDate;
use shigoto_domain::hidden_employers::LeftOut;
use shigoto_domain::visibility::{self, Viewer};
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{RegistrationStatus, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;

/// The viewer of a public read (search, 求人票).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewing(pub Viewer);

impl FromRequestParts<AppState> for Viewing {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if !parts.headers.contains_key(AUTHORIZATION) {
            return Ok(Viewing(Viewer::Anonymous));
        }
        let caller = Caller::from_request_parts(parts, state).await?;
        let today = state.clock.today();
        let db = state.db.clone();
        let viewer = tokio::task::spawn_blocking(move || {
            let mut conn = db.connection()?;
            viewer_of(&mut conn, &caller, today)
        })
        .await??;
        Ok(Viewing(viewer))
    }
}

/// Who is searching: the viewer, and what the employers a signed-in job seeker hid leave out of
/// their results (nothing for anyone else), read together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Searcher {
    pub viewer: Viewer,
    pub hidden_employers: Vec<LeftOut>,
}

impl FromRequestParts<AppState> for Searcher {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if !parts.headers.contains_key(AUTHORIZATION) {
            return Ok(Searcher {
                viewer: Viewer::Anonymous,
                hidden_employers: Vec::new(),
            });
        }
        let caller = Caller::from_request_parts(parts, state).await?;
        let today = state.clock.today();
        let db = state.db.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.connection()?;
            let viewer = viewer_of(&mut conn, &caller, today)?;
            let hidden_employers = if caller.role == Role::Seeker {
                crate::routes::hidden_employers::left_out(&mut conn, caller.account_id, viewer)?
            } else {
                Vec::new()
            };
            Ok(Searcher {
                viewer,
                hidden_employers,
            })
        })
        .await?
    }
}

/// How `caller` views postings on `today`: counselors as staff, job seekers by their
/// registration, employers as anyone (their own postings are read through their MyPage).
pub fn viewer_of(
    conn: &mut AnyConnection,
    caller: &Caller,
    today: NaiveDate,
) -> Result<Viewer, AppError> {
    Ok(match caller.role {
        Role::Counselor => Viewer::Staff,
        Role::Employer => Viewer::Anonymous,
        Role::Seeker => seeker_viewer(conn, caller.account_id, today)?,
    })
}

/// How the job seeker of `account_id` views postings on `today`.
pub fn seeker_viewer(
    conn: &mut AnyConnection,
    account_id: i64,
    today: NaiveDate,
) -> Result<Viewer, AppError> {
    Ok(match seekers::find_by_account(conn, account_id)? {
        Some(seeker) => {
            let stored = RegistrationStatus::from_wire(&seeker.status)
                .ok_or_else(|| AppError::internal(format!("unknown status {}", seeker.status)))?;
            visibility::seeker_viewer(stored, seeker.applied_on, seeker.valid_until, today)
        }
        None => Viewer::Seeker,
    })
}
