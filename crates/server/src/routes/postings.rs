//! The employer's 求人申込み (`/api/v1/employer/postings…`): the list, new drafts (empty or a
//! copy of one of their postings), reading and keeping a draft (一時保存), deleting it, filing
//! it (申込み, checked by every step's rules), and the life of a published posting: a change
//! (a new draft reviewed like a new posting while the published one stays), the one
//! extension, and 募集停止. Only employers whose 事業所登録 is accepted, and only their own
//! postings: another employer's answer 404 as if they did not exist.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDateTime;
use shigoto_domain::posting::{self as rules, Context};
use shigoto_i18n::Text;
use shigoto_server_db::job_postings::{self, Created, NewDraft, Posting};
use shigoto_server_db::{jobs, AnyConnection};
use shigoto_shared::{
    ApiError, ErrorCode, JobStatus, NewPosting, PostingDetail, PostingForm, PostingItem,
    PostingSave, PostingStatus, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::posting_views::{
    company_of, detail, form_of, items, list_title, stored_status, Company,
};

/// Runs `work` on a blocking thread with a connection and the caller's company.
pub(crate) async fn with_company<T: Send + 'static>(
    state: &AppState,
    caller: Caller,
    work: impl FnOnce(&mut AnyConnection, &Company) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    caller.require(Role::Employer)?;
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let company = company_of(&mut conn, &caller)?;
        work(&mut conn, &company)
    })
    .await?
}

/// The employer's own posting `id` (404 for anyone else's, or none).
fn own_posting(conn: &mut AnyConnection, company: &Company, id: i64) -> Result<Posting, AppError> {
    job_postings::find(conn, id)?
        .filter(|posting| posting.employer_id == company.employer_id)
        .ok_or_else(|| AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting")))
}

/// The employer's own posting `id` as they open it.
fn own_detail(
    conn: &mut AnyConnection,
    company: &Company,
    id: i64,
    today: chrono::NaiveDate,
) -> Result<PostingDetail, AppError> {
    let posting = own_posting(conn, company, id)?;
    detail(conn, posting, today)
}

fn form_json(form: &PostingForm) -> Result<String, AppError> {
    serde_json::to_string(form).map_err(AppError::internal)
}

fn too_many_drafts() -> AppError {
    AppError::text(
        ErrorCode::Conflict,
        Text::new("service-too-many-drafts").with("max", rules::MAX_DRAFTS),
    )
}

/// Creates a draft holding `form` (a change when `revises` names the published posting).
fn create(
    conn: &mut AnyConnection,
    company: &Company,
    form: &PostingForm,
    revises: Option<i64>,
    now: chrono::NaiveDateTime,
) -> Result<i64, AppError> {
    let text = form_json(form)?;
    let title = list_title(form);
    let created = shigoto_server_db::write_transaction(conn, |conn| {
        job_postings::create_draft(
            conn,
            NewDraft {
                employer_id: company.employer_id,
                form: &text,
                title: &title,
                prefecture_code: &company.prefecture_code,
                office_code: &company.office_code,
                revises_id: revises,
            },
            i64::try_from(rules::MAX_DRAFTS).unwrap_or(i64::MAX),
            now,
        )
    })?;
    match created {
        Created::Draft(id) => Ok(id),
        Created::TooManyDrafts => Err(too_many_drafts()),
        Created::ChangeUnderWay => Err(AppError::text(
            ErrorCode::Conflict,
            Text::new("service-change-under-way"),
        )),
    }
}

/// The employer's postings (new ones, changes under way and published ones), newest first.
#[utoipa::path(get, path = "/api/v1/employer/postings", tag = "postings",
    responses((status = 200, body = [PostingItem]), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<PostingItem>>, AppError> {
    let today = state.clock.today();
    let list = with_company(&state, caller, move |conn, company| {
        let postings = job_postings::of_employer(conn, company.employer_id)?;
        items(conn, &postings, today)
    })
    .await?;
    Ok(Json(list))
}

/// A new draft: empty, or a copy of one of the employer's postings (「過去の求人を複製」).
#[utoipa::path(post, path = "/api/v1/employer/postings", tag = "postings",
    request_body = NewPosting,
    responses((status = 201, body = PostingDetail), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn create_draft(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<NewPosting>,
) -> Result<(StatusCode, Json<PostingDetail>), AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let created = with_company(&state, caller, move |conn, company| {
        let form = match request.copy_from {
            Some(id) => form_of(&own_posting(conn, company, id)?)?,
            None => PostingForm::default(),
        };
        let id = create(conn, company, &form, None, now)?;
        own_detail(conn, company, id, today)
    })
    .await?;
    tracing::info!(posting = created.item.id, "posting draft created");
    Ok((StatusCode::CREATED, Json(created)))
}

/// One of the employer's postings with its form (and, once published, its sheet).
#[utoipa::path(get, path = "/api/v1/employer/postings/{id}", tag = "postings",
    params(("id" = i64, Path, description = "The posting's id")),
    responses((status = 200, body = PostingDetail), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PostingDetail>, AppError> {
    let today = state.clock.today();
    let found = with_company(&state, caller, move |conn, company| {
        own_detail(conn, company, id, today)
    })
    .await?;
    Ok(Json(found))
}

fn not_editable(posting: &Posting) -> AppError {
    match PostingStatus::from_wire(&posting.status) {
        Some(PostingStatus::Submitted) => AppError::text(
            ErrorCode::Conflict,
            Text::new("service-posting-under-review"),
        ),
        _ => AppError::text(
            ErrorCode::Conflict,
            Text::new("service-published-posting-not-editable"),
        ),
    }
}

/// 一時保存: keeps whatever was typed in a draft or a returned posting, unchecked.
#[utoipa::path(put, path = "/api/v1/employer/postings/{id}", tag = "postings",
    params(("id" = i64, Path, description = "The posting's id")),
    request_body = PostingSave,
    responses((status = 200, body = PostingDetail), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn save(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<PostingSave>,
) -> Result<Json<PostingDetail>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let saved = with_company(&state, caller, move |conn, company| {
        let posting = own_posting(conn, company, id)?;
        write_form(conn, &posting, &request.form, now, job_postings::save_form)?;
        own_detail(conn, company, id, today)
    })
    .await?;
    Ok(Json(saved))
}

/// Deletes a draft.
#[utoipa::path(delete, path = "/api/v1/employer/postings/{id}", tag = "postings",
    params(("id" = i64, Path, description = "The posting's id")),
    responses((status = 204, description = "Deleted"), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, AppError> {
    with_company(&state, caller, move |conn, company| {
        own_posting(conn, company, id)?;
        if !job_postings::delete_draft(conn, id, company.employer_id)? {
            return Err(AppError::text(
                ErrorCode::Conflict,
                Text::new("service-only-drafts-deleted"),
            ));
        }
        Ok(())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// 申込み: files a draft or a returned posting after checking every step; a counselor of the
/// office holding the 事業所登録 reviews it.
#[utoipa::path(post, path = "/api/v1/employer/postings/{id}/submit", tag = "postings",
    params(("id" = i64, Path, description = "The posting's id")),
    request_body = PostingSave,
    responses((status = 200, body = PostingDetail), (status = 400, description = "A step's rule refused a field (`field` is its path in the form)", body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn submit(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<PostingSave>,
) -> Result<Json<PostingDetail>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let filed = with_company(&state, caller, move |conn, company| {
        let posting = own_posting(conn, company, id)?;
        let context = Context {
            today,
            company: &company.profile,
        };
        if let Err(problems) = rules::check(&request.form, &context) {
            let first = problems
                .first()
                .ok_or_else(|| AppError::internal("a refused form without a problem"))?;
            return Err(AppError::text_at(
                ErrorCode::InvalidParameter,
                first.field.clone(),
                first.message.clone(),
            ));
        }
        write_form(conn, &posting, &request.form, now, job_postings::submit)?;
        own_detail(conn, company, id, today)
    })
    .await?;
    tracing::info!(
        posting = filed.item.id,
        change = filed.item.is_change,
        "posting filed"
    );
    Ok(Json(filed))
}

/// The guarded writes of a posting's form: (id, employer, form as JSON, list title, now), false
/// when the posting is not in a state that takes the form.
type FormWrite =
    fn(&mut AnyConnection, i64, i64, &str, &str, NaiveDateTime) -> diesel::QueryResult<bool>;

/// Writes `form` into the employer's `posting` with `write`; refused when its state does not
/// take a form (filed, published or stopped meanwhile).
fn write_form(
    conn: &mut AnyConnection,
    posting: &Posting,
    form: &PostingForm,
    now: NaiveDateTime,
    write: FormWrite,
) -> Result<(), AppError> {
    let text = form_json(form)?;
    let written = write(
        conn,
        posting.id,
        posting.employer_id,
        &text,
        &list_title(form),
        now,
    )?;
    if written {
        Ok(())
    } else {
        Err(not_editable(posting))
    }
}

/// The employer's published posting `id` with its sheet, open on `today`.
fn open_posting(
    conn: &mut AnyConnection,
    company: &Company,
    id: i64,
    today: chrono::NaiveDate,
) -> Result<(Posting, jobs::StoredJob), AppError> {
    let posting = own_posting(conn, company, id)?;
    let stored = posting
        .job_number
        .as_deref()
        .map(|number| jobs::find(conn, number))
        .transpose()?
        .flatten();
    match (stored_status(&posting)?, stored) {
        (PostingStatus::Published, Some(job)) => {
            if rules::status_on(
                PostingStatus::Published,
                Some(job.sheet.referral_deadline),
                today,
            ) == PostingStatus::Expired
            {
                return Err(AppError::text(
                    ErrorCode::Conflict,
                    Text::new("service-posting-expired"),
                ));
            }
            Ok((posting, job))
        }
        _ => Err(AppError::text(
            ErrorCode::Conflict,
            Text::new("service-posting-not-published"),
        )),
    }
}

/// A change of a published posting: a draft holding its current form, reviewed like a new
/// posting while the published version stays in search.
#[utoipa::path(post, path = "/api/v1/employer/postings/{id}/change", tag = "postings",
    params(("id" = i64, Path, description = "The published posting's id")),
    responses((status = 201, body = PostingDetail), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn change(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<(StatusCode, Json<PostingDetail>), AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let created = with_company(&state, caller, move |conn, company| {
        let (posting, _) = open_posting(conn, company, id, today)?;
        let change = create(conn, company, &form_of(&posting)?, Some(posting.id), now)?;
        own_detail(conn, company, change, today)
    })
    .await?;
    tracing::info!(
        posting = id,
        change = created.item.id,
        "posting change started"
    );
    Ok((StatusCode::CREATED, Json(created)))
}

/// Extends a published posting once, by a month, before it expires.
#[utoipa::path(post, path = "/api/v1/employer/postings/{id}/extend", tag = "postings",
    params(("id" = i64, Path, description = "The published posting's id")),
    responses((status = 200, body = PostingDetail), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, description = "Not published, expired, or extended before", body = ApiError)))]
pub async fn extend(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PostingDetail>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let extended = with_company(&state, caller, move |conn, company| {
        let posting = own_posting(conn, company, id)?;
        let stored = stored_status(&posting)?;
        let job = posting
            .job_number
            .as_deref()
            .map(|number| jobs::find(conn, number))
            .transpose()?
            .flatten()
            .ok_or_else(|| {
                AppError::text(
                    ErrorCode::Conflict,
                    rules::ExtensionRefused::NotPublished.text(),
                )
            })?;
        let deadline =
            rules::extension(stored, job.sheet.referral_deadline, posting.extended, today)
                .map_err(|refused| AppError::text(ErrorCode::Conflict, refused.text()))?;
        shigoto_server_db::write_transaction(conn, |conn| -> Result<(), AppError> {
            if !job_postings::mark_extended(conn, id, company.employer_id, now)? {
                return Err(AppError::text(
                    ErrorCode::Conflict,
                    rules::ExtensionRefused::AlreadyExtended.text(),
                ));
            }
            let mut sheet = job.sheet.clone();
            sheet.referral_deadline = deadline;
            jobs::update(conn, &sheet, now)?;
            Ok(())
        })?;
        own_detail(conn, company, id, today)
    })
    .await?;
    tracing::info!(posting = id, "posting extended");
    Ok(Json(extended))
}

/// 募集停止: the posting leaves search at once; favorites show it ended. A change under way
/// is dropped.
#[utoipa::path(post, path = "/api/v1/employer/postings/{id}/stop", tag = "postings",
    params(("id" = i64, Path, description = "The published posting's id")),
    responses((status = 200, body = PostingDetail), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn stop(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PostingDetail>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let stopped = with_company(&state, caller, move |conn, company| {
        let posting = own_posting(conn, company, id)?;
        shigoto_server_db::write_transaction(conn, |conn| -> Result<(), AppError> {
            if !job_postings::mark_stopped(conn, id, company.employer_id, now)? {
                return Err(AppError::text(
                    ErrorCode::Conflict,
                    Text::new("service-posting-not-published"),
                ));
            }
            job_postings::drop_change(conn, id)?;
            if let Some(number) = &posting.job_number {
                jobs::set_status(conn, number, JobStatus::Closed, now)?;
            }
            Ok(())
        })?;
        own_detail(conn, company, id, today)
    })
    .await?;
    tracing::info!(posting = id, "posting stopped");
    Ok(Json(stopped))
}
