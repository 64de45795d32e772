//! The audit trail of the counselor's office: `GET /api/v1/counselor/actions[?before=<id>]`
//! lists what the office's counselors did (registrations, 本登録, 求職有効, 職業相談, 紹介,
//! introductions, messages, 事業所登録 and 求人 受理/返戻), newest first, [`PAGE`] at a time.
//! Another office's entries are never listed; other roles get 403.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use shigoto_server_db::counselor_actions;
use shigoto_shared::{
    ApiError, CounselorActionEntry, CounselorActionKind, CounselorActionLog, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiQuery;
use crate::routes::counselor::counselor_of;

/// Entries per page.
const PAGE: usize = 50;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Page {
    /// Entries older than this one (the `next_before` of the page before).
    pub before: Option<i64>,
}

/// One page of the office's audit trail.
#[utoipa::path(get, path = "/api/v1/counselor/actions", tag = "counselor", params(Page),
    responses((status = 200, body = CounselorActionLog), (status = 400, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(page): ApiQuery<Page>,
) -> Result<Json<CounselorActionLog>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let log = tokio::task::spawn_blocking(move || -> Result<CounselorActionLog, AppError> {
        let mut conn = db.connection()?;
        let office = counselor_of(&mut conn, &caller)?.office_code;
        let wanted = i64::try_from(PAGE + 1).unwrap_or(i64::MAX);
        let mut rows = counselor_actions::of_office(&mut conn, &office, page.before, wanted)?;
        let more = rows.len() > PAGE;
        rows.truncate(PAGE);
        let entries = rows
            .into_iter()
            .map(|(action, counselor_name)| {
                Ok(CounselorActionEntry {
                    kind: CounselorActionKind::from_wire(&action.action).ok_or_else(|| {
                        AppError::internal(format!("unknown action {}", action.action))
                    })?,
                    id: action.id,
                    at: action.at,
                    counselor_name,
                    subject: action.subject,
                })
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        let next_before = more.then(|| entries.last().map(|e| e.id)).flatten();
        Ok(CounselorActionLog {
            entries,
            next_before,
        })
    })
    .await??;
    Ok(Json(log))
}
