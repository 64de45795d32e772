//! 求職情報公開 of the signed-in job seeker: `GET /api/v1/mypage/publication` answers where it
//! stands with the preview of what employers would see from the current 求職者情報;
//! `PUT` publishes exactly the preview the seeker saw, with their consent (the view and the time
//! are stored; a preview that no longer matches the profile is a 409); `DELETE` stops it. A
//! registration no longer 有効 is not shown to employers, whatever was agreed.

use axum::extract::State;
use axum::Json;
use chrono::NaiveDate;
use shigoto_domain::profile::publication::{anonymous_view, may_publish, PublishRefused};
use shigoto_domain::seeking;
use shigoto_i18n::Catalogue;
use shigoto_server_db::{profile_publications, seekers, AnyConnection};
use shigoto_shared::{
    AnonymousProfile, ApiError, ErrorCode, Publication, PublicationStatus, PublishRequest, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiJson;
use crate::routes::seeker_record::registration_of;

/// The seeker of the caller's account.
fn own_seeker(conn: &mut AnyConnection, caller: &Caller) -> Result<seekers::Seeker, AppError> {
    caller.require(Role::Seeker)?;
    seekers::find_by_account(conn, caller.account_id)?
        .ok_or_else(|| AppError::not_found("求職登録が見つかりません。"))
}

/// The texts of the request's language (taken before the work leaves the request's task).
fn request_texts() -> &'static Catalogue {
    shigoto_i18n::catalogue(crate::language::current())
}

/// Where the seeker's publication stands on `today`, with the preview; why it is refused is
/// written with `texts`.
fn status_of(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    today: NaiveDate,
    texts: &Catalogue,
) -> Result<PublicationStatus, AppError> {
    standing(conn, seeker, today, texts).map(|(status, _)| status)
}

/// [`status_of`], and why publishing is refused now.
fn standing(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    today: NaiveDate,
    texts: &Catalogue,
) -> Result<(PublicationStatus, Option<PublishRefused>), AppError> {
    let profile = crate::routes::seeker_profile::kept(conn, seeker.id)?
        .map(|kept| kept.profile)
        .unwrap_or_default();
    let registration = registration_of(seeker, today)?;
    let state = seeking::state_on(registration, seeker.valid_until, today);
    let refusal = may_publish(registration, state, &profile).err();
    let refused = refusal.map(|refusal| texts.text(&refusal.text()));
    let stored = profile_publications::find(conn, seeker.id)?.filter(|p| p.stopped_at.is_none());
    let (published, suspended) = match stored {
        None => (None, None),
        Some(stored) => {
            let view: AnonymousProfile =
                serde_json::from_str(&stored.view).map_err(AppError::internal)?;
            let publication = Publication {
                view,
                agreed_at: stored.agreed_at,
            };
            if state == shigoto_shared::JobSeekingState::Valid {
                (Some(publication), None)
            } else {
                let why = "求職状態が無効のため、求人者には表示されていません。求職有効にすると再び表示されます。";
                (None, Some(why.to_owned()))
            }
        }
    };
    let status = PublicationStatus {
        published,
        suspended,
        preview: anonymous_view(&profile, seeker.birth_date, today),
        refused,
    };
    Ok((status, refusal))
}

/// Publishes `view` for the seeker, agreed at `now`, under a new public id with its search
/// terms (inside the caller's transaction).
pub(crate) fn store(
    conn: &mut AnyConnection,
    seeker_id: i64,
    view: &AnonymousProfile,
    now: chrono::NaiveDateTime,
) -> Result<(), AppError> {
    let text = serde_json::to_string(view).map_err(AppError::internal)?;
    let public_id = uuid::Uuid::new_v4().to_string();
    let terms = shigoto_domain::profile::search::terms_of(view);
    let licences = view.licences.join("\n");
    let published = profile_publications::Published {
        public_id: &public_id,
        view: &text,
        licences: &licences,
        terms: &terms,
    };
    Ok(profile_publications::publish(
        conn, seeker_id, published, now,
    )?)
}

/// Where the signed-in seeker's 求職情報公開 stands, and the preview.
#[utoipa::path(get, path = "/api/v1/mypage/publication", tag = "mypage",
    responses((status = 200, body = PublicationStatus), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<PublicationStatus>, AppError> {
    let today = state.clock.today();
    let db = state.db.clone();
    let texts = request_texts();
    let status = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let seeker = own_seeker(&mut conn, &caller)?;
        status_of(&mut conn, &seeker, today, texts)
    })
    .await??;
    Ok(Json(status))
}

/// Publishes the previewed view with the seeker's consent.
#[utoipa::path(put, path = "/api/v1/mypage/publication", tag = "mypage",
    request_body = PublishRequest,
    responses(
        (status = 200, description = "Published", body = PublicationStatus),
        (status = 400, description = "No consent", body = ApiError),
        (status = 409, description = "Not 本登録 or not 有効, nothing to search by, or the 求職者情報 changed since the preview", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn publish(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<PublishRequest>,
) -> Result<Json<PublicationStatus>, AppError> {
    if !request.agreed {
        return Err(AppError::invalid(
            "agreed",
            "公開する内容を確認し、同意してください。",
        ));
    }
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let texts = request_texts();
    let status = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let seeker = own_seeker(&mut conn, &caller)?;
        let (current, refusal) = standing(&mut conn, &seeker, today, texts)?;
        if let Some(refusal) = refusal {
            return Err(AppError::text(ErrorCode::Conflict, refusal.text()));
        }
        if current.preview != request.view {
            return Err(AppError::conflict(
                "求職者情報が確認の後に変わりました。公開する内容をもう一度確認してください。",
            ));
        }
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            store(conn, seeker.id, &current.preview, now)
        })?;
        tracing::info!(seeker = seeker.id, "求職情報 published");
        status_of(&mut conn, &seeker, today, texts)
    })
    .await??;
    Ok(Json(status))
}

/// Stops the seeker's 求職情報公開 (nothing to stop is fine).
#[utoipa::path(delete, path = "/api/v1/mypage/publication", tag = "mypage",
    responses((status = 200, body = PublicationStatus), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
pub async fn stop(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<PublicationStatus>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let texts = request_texts();
    let status = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let seeker = own_seeker(&mut conn, &caller)?;
        if shigoto_server_db::write_transaction(&mut conn, |conn| {
            profile_publications::stop(conn, seeker.id, now)
        })? {
            tracing::info!(seeker = seeker.id, "求職情報 no longer published");
        }
        status_of(&mut conn, &seeker, today, texts)
    })
    .await??;
    Ok(Json(status))
}
