//! メッセージ (`/api/v1/messages/threads…`): the signed-in job seeker's or employer's threads,
//! one thread with its messages, a message sent (once per device key), and 既読. A thread with
//! an employer is opened when the seeker applies to or is referred to one of its postings (if
//! the employer has a 求人者マイページ); the Hello Work thread when a counselor first writes
//! (`POST /api/v1/counselor/seekers/{n}/messages`). Only the thread's seeker, its employer and
//! the counselors of the seeker's prefecture (Hello Work thread) see it: anyone else gets 404.
//! A seeker never writes to Hello Work (403, and the app shows no box). A counselor reads and
//! writes a seeker's Hello Work thread from the counter's record (`counselor_messages`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::messages::{
    self as rules, MessageRefused, Party, MAX_MESSAGES_READ, MESSAGES_PER_SENDER,
};
use shigoto_i18n::Text;
use shigoto_server_db::messages::{self, Message, Thread};
use shigoto_server_db::notification_settings::Recipient;
use shigoto_server_db::{counselors, employers, offices, rate_limits, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, CounselorActionKind, ErrorCode, MarkRead, MessageSide, NewMessage, Role,
    ThreadMessage, ThreadParty, ThreadSummary, ThreadView, UnreadMessages,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::application_views::seeker_of;
use crate::routes::counselor::counselor_prefecture;
use crate::routes::posting_views::company_of;

pub(crate) fn no_thread() -> AppError {
    AppError::text(ErrorCode::NotFound, Text::new("service-no-such-thread"))
}

fn party_of(thread: &Thread) -> Result<ThreadParty, AppError> {
    ThreadParty::from_wire(&thread.party)
        .ok_or_else(|| AppError::internal(format!("unknown party {}", thread.party)))
}

fn rule_party(party: ThreadParty) -> Party {
    match party {
        ThreadParty::Employer => Party::Employer,
        ThreadParty::HelloWork => Party::HelloWork,
    }
}

/// The side the caller sits on in `thread`, or 404 when they are not in it.
fn seat_in(
    conn: &mut AnyConnection,
    caller: &Caller,
    thread: &Thread,
) -> Result<MessageSide, AppError> {
    let seated = match caller.role {
        Role::Seeker => {
            (seeker_of(conn, caller)?.id == thread.seeker_id).then_some(MessageSide::Seeker)
        }
        Role::Employer => (thread.employer_id == Some(company_of(conn, caller)?.employer_id))
            .then_some(MessageSide::Employer),
        Role::Counselor => {
            let prefecture = counselor_prefecture(conn, caller)?;
            let of_prefecture = seekers::find(conn, thread.seeker_id)?
                .is_some_and(|seeker| seeker.prefecture_code == prefecture);
            (party_of(thread)? == ThreadParty::HelloWork && of_prefecture)
                .then_some(MessageSide::HelloWork)
        }
    };
    seated.ok_or_else(no_thread)
}

/// `thread` as the reader on `side` (of `role`) lists it.
pub(crate) fn summary(
    conn: &mut AnyConnection,
    thread: &Thread,
    side: MessageSide,
    role: Role,
) -> Result<ThreadSummary, AppError> {
    let party = party_of(thread)?;
    let seeker = seekers::find(conn, thread.seeker_id)?
        .ok_or_else(|| AppError::internal("a thread's seeker is gone"))?;
    let title = match (side, party) {
        (MessageSide::Seeker, ThreadParty::Employer) => thread
            .employer_id
            .map(|id| employers::find(conn, id))
            .transpose()?
            .flatten()
            .map_or_else(|| "求人者".to_owned(), |employer| employer.name),
        (MessageSide::Seeker, ThreadParty::HelloWork) => offices::find(conn, &seeker.office_code)?
            .map_or_else(|| "ハローワーク".to_owned(), |office| office.name),
        _ => seeker.name,
    };
    let read = messages::read_up_to(conn, thread.id, side.as_str())?;
    let unread = messages::unread(conn, thread.id, side.as_str(), read)?;
    Ok(ThreadSummary {
        id: thread.id,
        party,
        title,
        last_message_at: thread.last_message_at,
        unread: u32::try_from(unread).unwrap_or(u32::MAX),
        can_write: rules::may_write(rule_party(party), role).is_ok(),
        side,
        read_up_to: read,
    })
}

pub(crate) fn as_sent(message: Message) -> Result<ThreadMessage, AppError> {
    Ok(ThreadMessage {
        side: MessageSide::from_wire(&message.side)
            .ok_or_else(|| AppError::internal(format!("unknown side {}", message.side)))?,
        id: message.id,
        thread_id: message.thread_id,
        job_number: message.job_number,
        sender_name: message.sender_name,
        body: message.body,
        sent_at: message.sent_at,
    })
}

/// `thread` with its newest messages, as the reader on `side` sees it.
pub(crate) fn view(
    conn: &mut AnyConnection,
    thread: &Thread,
    side: MessageSide,
    role: Role,
) -> Result<ThreadView, AppError> {
    Ok(ThreadView {
        thread: summary(conn, thread, side, role)?,
        messages: messages::messages_of(conn, thread.id, MAX_MESSAGES_READ)?
            .into_iter()
            .map(as_sent)
            .collect::<Result<_, _>>()?,
    })
}

/// The thread `id` and the caller's side in it.
fn own_thread(
    conn: &mut AnyConnection,
    caller: &Caller,
    id: i64,
) -> Result<(Thread, MessageSide), AppError> {
    let thread = messages::find_thread(conn, id)?.ok_or_else(no_thread)?;
    let side = seat_in(conn, caller, &thread)?;
    Ok((thread, side))
}

/// How the caller signs a message.
pub(crate) fn sender_name(
    conn: &mut AnyConnection,
    caller: &Caller,
    side: MessageSide,
) -> Result<String, AppError> {
    Ok(match side {
        MessageSide::Seeker => seeker_of(conn, caller)?.name,
        MessageSide::Employer => {
            let company = company_of(conn, caller)?;
            employers::find(conn, company.employer_id)?
                .map_or_else(|| "求人者".to_owned(), |employer| employer.name)
        }
        MessageSide::HelloWork => {
            let counselor = counselors::find(conn, caller.account_id)?.ok_or_else(|| {
                AppError::text(
                    ErrorCode::Forbidden,
                    Text::new("service-no-counselor-record"),
                )
            })?;
            let office = offices::find(conn, &counselor.office_code)?
                .map_or_else(|| "ハローワーク".to_owned(), |office| office.name);
            format!("{office} {}", counselor.name)
        }
    })
}

/// Mails `to` (if anyone) that a message is waiting.
pub(crate) fn tell(state: &AppState, to: Option<Recipient>) {
    if let Some(to) = to {
        state.send_later(
            shigoto_mail::event_mail(to.lang, &to.email, shigoto_mail::EventNotice::NewMessage),
            "new message",
        );
    }
}

/// The reader that keeps `side`'s threads on devices (counselors read online only).
fn device_reader(side: MessageSide) -> Option<messages::Reader> {
    match side {
        MessageSide::Seeker => Some(messages::Reader::Seeker),
        MessageSide::Employer => Some(messages::Reader::Employer),
        MessageSide::HelloWork => None,
    }
}

/// What of the threads of `reader` (the seeker or employer `owner`, signed in as `role`)
/// changed after sync number `since`: the threads as the reader sees them, and their messages
/// the reader has not had (for MyPage sync).
pub(crate) fn threads_changed(
    conn: &mut AnyConnection,
    (reader, owner, role): (messages::Reader, i64, Role),
    since: i64,
) -> Result<(Vec<ThreadSummary>, Vec<ThreadMessage>), AppError> {
    let side = match reader {
        messages::Reader::Seeker => MessageSide::Seeker,
        messages::Reader::Employer => MessageSide::Employer,
    };
    let threads = messages::changed_threads(conn, reader, owner, since)?;
    let ids: Vec<i64> = threads.iter().map(|t| t.id).collect();
    let summaries = threads
        .iter()
        .map(|thread| summary(conn, thread, side, role))
        .collect::<Result<_, _>>()?;
    let sent = messages::changed_messages(conn, reader, &ids, since)?
        .into_iter()
        .map(as_sent)
        .collect::<Result<_, _>>()?;
    Ok((summaries, sent))
}

fn refused(refusal: MessageRefused) -> AppError {
    let text = refusal.text();
    match refusal {
        MessageRefused::SeekerToHelloWork | MessageRefused::NotAParty => {
            AppError::text(ErrorCode::Forbidden, text)
        }
        _ => AppError::text_at(ErrorCode::InvalidParameter, "body", text),
    }
}

/// Who is told by mail of a new message from `from` in `thread`: the other reader, when it is
/// the first message they have not read there, unless they turned mails off.
fn mail_to(
    conn: &mut AnyConnection,
    thread: &Thread,
    from: MessageSide,
) -> Result<Option<Recipient>, AppError> {
    let (seeker_account, employer_account) =
        messages::reader_accounts(conn, thread.seeker_id, thread.employer_id)?;
    let (reader, account) = match from {
        MessageSide::Seeker => (MessageSide::Employer, employer_account),
        MessageSide::Employer | MessageSide::HelloWork => (MessageSide::Seeker, seeker_account),
    };
    let read = messages::read_up_to(conn, thread.id, reader.as_str())?;
    let unread = messages::unread(conn, thread.id, reader.as_str(), read)?;
    if !rules::mail_on_unread(unread) {
        return Ok(None);
    }
    crate::notify::recipient(conn, account)
}

/// A message written: as stored, whether it is new, and whom to tell by mail.
pub(crate) struct Written {
    pub message: ThreadMessage,
    pub stored: bool,
    pub mail_to: Option<Recipient>,
}

/// Checks `new` and stores it in `thread` from the caller on `side`: once per key, within the
/// sender's limit.
pub(crate) fn write(
    conn: &mut AnyConnection,
    caller: &Caller,
    (thread, side): (&Thread, MessageSide),
    new: &NewMessage,
    now: chrono::NaiveDateTime,
) -> Result<Written, AppError> {
    rules::may_write(rule_party(party_of(thread)?), caller.role).map_err(refused)?;
    let body = rules::checked_body(&new.body).map_err(refused)?;
    let key = new.key.trim();
    if key.is_empty()
        || key.len() > 64
        || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "key",
            Text::new("service-message-key-malformed"),
        ));
    }
    // A resend of a stored message (its answer was lost) is answered without counting it.
    if let Some(message) = messages::sent_with_key(conn, caller.account_id, key)? {
        return sent_before(thread, message);
    }
    let bucket = format!("messages:{}", caller.account_id);
    let limit = MESSAGES_PER_SENDER;
    if !rate_limits::take(conn, &bucket, limit.limit, limit.window, now)? {
        return Err(AppError::text(
            ErrorCode::RateLimited,
            Text::new("service-messages-throttled"),
        ));
    }
    let name = sender_name(conn, caller, side)?;
    let (message, stored) = shigoto_server_db::write_transaction(conn, |conn| {
        let (message, stored) = messages::send(
            conn,
            thread,
            &messages::NewMessage {
                thread_id: thread.id,
                sender_account_id: caller.account_id,
                side: side.as_str(),
                sender_name: &name,
                body: &body,
                client_key: key,
                sent_at: now,
                job_number: None,
            },
        )?;
        if stored && caller.role == Role::Counselor {
            let seeker = seekers::find(conn, thread.seeker_id)?
                .ok_or_else(|| AppError::internal("a thread's seeker is gone"))?;
            let kind = CounselorActionKind::Message;
            crate::audit::record_on_seeker(conn, caller, kind, &seeker.seeker_number, now)?;
        }
        Ok::<_, AppError>((message, stored))
    })?;
    if !stored {
        return sent_before(thread, message);
    }
    Ok(Written {
        message: as_sent(message)?,
        stored: true,
        mail_to: mail_to(conn, thread, side)?,
    })
}

/// The answer to a key sent before: the stored message, unless the key was used in another
/// thread.
fn sent_before(thread: &Thread, message: Message) -> Result<Written, AppError> {
    if message.thread_id != thread.id {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "key",
            Text::new("service-message-key-used-elsewhere"),
        ));
    }
    Ok(Written {
        message: as_sent(message)?,
        stored: false,
        mail_to: None,
    })
}

/// The caller's threads and their side in them: a job seeker's or an employer's (counselors
/// write from a seeker's record: 403).
fn threads_of(
    conn: &mut AnyConnection,
    caller: &Caller,
) -> Result<(Vec<Thread>, MessageSide), AppError> {
    match caller.role {
        Role::Seeker => {
            let seeker = seeker_of(conn, caller)?;
            Ok((
                messages::threads_of_seeker(conn, seeker.id)?,
                MessageSide::Seeker,
            ))
        }
        Role::Employer => {
            let company = company_of(conn, caller)?;
            Ok((
                messages::threads_of_employer(conn, company.employer_id)?,
                MessageSide::Employer,
            ))
        }
        Role::Counselor => Err(AppError::text(
            ErrorCode::Forbidden,
            Text::new("service-counselor-writes-from-record"),
        )),
    }
}

/// How many messages the caller has not read, in all their threads (the menu's badge).
#[utoipa::path(get, path = "/api/v1/messages/unread", tag = "messages",
    responses(
        (status = 200, body = UnreadMessages),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
        (status = 404, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn unread(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<UnreadMessages>, AppError> {
    let db = state.db.clone();
    let count = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let (threads, side) = threads_of(conn, &caller)?;
        let mut count: i64 = 0;
        for thread in &threads {
            let read = messages::read_up_to(conn, thread.id, side.as_str())?;
            count += messages::unread(conn, thread.id, side.as_str(), read)?;
        }
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    })
    .await??;
    Ok(Json(UnreadMessages { count }))
}

/// The signed-in job seeker's or employer's threads, the latest first.
#[utoipa::path(get, path = "/api/v1/messages/threads", tag = "messages",
    responses(
        (status = 200, body = [ThreadSummary]),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
        (status = 404, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<ThreadSummary>>, AppError> {
    let db = state.db.clone();
    let listed = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let (threads, side) = threads_of(conn, &caller)?;
        threads
            .iter()
            .map(|thread| summary(conn, thread, side, caller.role))
            .collect::<Result<Vec<_>, _>>()
    })
    .await??;
    Ok(Json(listed))
}

/// One thread with its messages (the newest 1,000, oldest first).
#[utoipa::path(get, path = "/api/v1/messages/threads/{id}", tag = "messages",
    params(("id" = i64, Path, description = "The thread")),
    responses(
        (status = 200, body = ThreadView),
        (status = 404, description = "Not a thread of the caller", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ThreadView>, AppError> {
    let db = state.db.clone();
    let shown = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let (thread, side) = own_thread(&mut conn, &caller, id)?;
        view(&mut conn, &thread, side, caller.role)
    })
    .await??;
    Ok(Json(shown))
}

/// A message sent in a thread: 201 when stored, 200 when the key was sent before.
#[utoipa::path(post, path = "/api/v1/messages/threads/{id}/messages", tag = "messages",
    params(("id" = i64, Path, description = "The thread")),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Sent", body = ThreadMessage),
        (status = 200, description = "Sent before with this key", body = ThreadMessage),
        (status = 400, description = "Empty, too long, control characters, or a bad key", body = ApiError),
        (status = 403, description = "A seeker writing to Hello Work", body = ApiError),
        (status = 404, description = "Not a thread of the caller", body = ApiError),
        (status = 429, description = "Too many messages in a short time", body = ApiError),
        (status = 401, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn send(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(new): ApiJson<NewMessage>,
) -> Result<(StatusCode, Json<ThreadMessage>), AppError> {
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let written = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let (thread, side) = own_thread(&mut conn, &caller, id)?;
        write(&mut conn, &caller, (&thread, side), &new, now)
    })
    .await??;
    let (sent, stored) = (written.message, written.stored);
    tracing::info!(thread = id, message = sent.id, stored, "message sent");
    tell(&state, written.mail_to);
    let status = if stored {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(sent)))
}

/// 既読: the caller has read the thread up to a message.
#[utoipa::path(post, path = "/api/v1/messages/threads/{id}/read", tag = "messages",
    params(("id" = i64, Path, description = "The thread")),
    request_body = MarkRead,
    responses(
        (status = 204, description = "Marked"),
        (status = 404, description = "Not a thread of the caller", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn mark_read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(read): ApiJson<MarkRead>,
) -> Result<StatusCode, AppError> {
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let (thread, side) = own_thread(&mut conn, &caller, id)?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            messages::mark_read(
                conn,
                &thread,
                side.as_str(),
                device_reader(side),
                read.up_to,
            )
        })?;
        Ok(())
    })
    .await??;
    Ok(StatusCode::NO_CONTENT)
}
