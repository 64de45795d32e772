//! A counselor and a seeker's Hello Work thread, from the counter's record
//! (`/api/v1/counselor/seekers/{n}/messages`): read it as it stands (none before the first
//! message), and write in it (the first message opens it). Only counselors of the seeker's
//! prefecture find the seeker; others get 404.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::messages::MAX_MESSAGES_READ;
use shigoto_server_db::messages;
use shigoto_shared::{
    ApiError, MessageSide, NewMessage, Role, ThreadMessage, ThreadParty, ThreadView,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::messages::{as_sent, no_thread, tell, view, write};
use crate::routes::seeker_record::seeker_of_prefecture;

/// A counselor reads the Hello Work thread of a seeker of their prefecture: its newest 1,000
/// messages, oldest first (none before the first message).
#[utoipa::path(get, path = "/api/v1/counselor/seekers/{seeker_number}/messages", tag = "messages",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, body = [ThreadMessage]),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<Vec<ThreadMessage>>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let read = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seeker_of_prefecture(conn, &caller, &number)?;
        let Some(thread) = messages::thread_with(conn, seeker.id, messages::HELLO_WORK_KEY)? else {
            return Ok(Vec::new());
        };
        messages::messages_of(conn, thread.id, MAX_MESSAGES_READ)?
            .into_iter()
            .map(as_sent)
            .collect::<Result<Vec<_>, _>>()
    })
    .await??;
    Ok(Json(read))
}

/// A counselor writes to a seeker of their prefecture, in the seeker's Hello Work thread
/// (opened by the first message); the thread after it.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/messages", tag = "messages",
    params(("seeker_number" = String, Path, description = "求職番号")),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Sent; the thread", body = ThreadView),
        (status = 400, description = "Empty, too long, control characters, or a bad key", body = ApiError),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 429, description = "Too many messages in a short time", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn send(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
    ApiJson(new): ApiJson<NewMessage>,
) -> Result<(StatusCode, Json<ThreadView>), AppError> {
    caller.require(Role::Counselor)?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let thread = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seeker_of_prefecture(conn, &caller, &number)?;
        let thread = shigoto_server_db::write_transaction(conn, |conn| {
            messages::open_thread(
                conn,
                seeker.id,
                ThreadParty::HelloWork.as_str(),
                messages::HELLO_WORK_KEY,
                None,
                now,
            )
        })?;
        let written = write(conn, &caller, (&thread, MessageSide::HelloWork), &new, now)?;
        let thread = messages::find_thread(conn, thread.id)?.ok_or_else(no_thread)?;
        Ok((
            view(conn, &thread, MessageSide::HelloWork, caller.role)?,
            written.mail_to,
        ))
    })
    .await??;
    let (thread, mail_to) = thread;
    tell(&state, mail_to);
    Ok((StatusCode::CREATED, Json(thread)))
}
