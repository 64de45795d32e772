//! An employer's search of published 求職情報: `GET /api/v1/employer/seekers?occupation=…&
//! prefecture=…&experience=…&licence=…&page=…` lists, newest first, the anonymous views of job
//! seekers who publish and whose registration is 有効 today. Only employers whose 事業所登録 was
//! accepted may search; they see the views and the opaque `public_id`, nothing else.

use axum::extract::State;
use axum::Json;
use shigoto_domain::direct_request::PROFILES_PER_PAGE;
use shigoto_domain::profile::search;
use shigoto_server_db::profile_publications::{self, StoredPublication};
use shigoto_shared::{
    ApiError, ErrorCode, ProfileSearch, PublishedProfile, PublishedProfiles, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiQuery;
use crate::routes::posting_views::company_of;

/// A stored publication as employers see it.
pub(crate) fn published(stored: StoredPublication) -> Result<PublishedProfile, AppError> {
    Ok(PublishedProfile {
        view: serde_json::from_str(&stored.view).map_err(AppError::internal)?,
        public_id: stored.public_id,
        published_at: stored.agreed_at,
    })
}

/// Published 求職情報 matching the conditions.
#[utoipa::path(get, path = "/api/v1/employer/seekers", tag = "employer", params(ProfileSearch),
    responses(
        (status = 200, body = PublishedProfiles),
        (status = 400, description = "A condition is not one of the lists", body = ApiError),
        (status = 409, description = "The 事業所登録 is not accepted yet", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn search(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(conditions): ApiQuery<ProfileSearch>,
) -> Result<Json<PublishedProfiles>, AppError> {
    caller.require(Role::Employer)?;
    let checked = search::check(&conditions).map_err(|refused| {
        AppError::text_at(ErrorCode::InvalidParameter, refused.field, refused.message)
    })?;
    let today = state.clock.today();
    let db = state.db.clone();
    let found = tokio::task::spawn_blocking(move || -> Result<PublishedProfiles, AppError> {
        let mut conn = db.connection()?;
        company_of(&mut conn, &caller)?;
        let per_page = PROFILES_PER_PAGE as i64;
        let offset = i64::from(checked.page - 1) * per_page;
        let (page, total) = profile_publications::search(
            &mut conn,
            &checked.groups,
            checked.licence.as_deref(),
            today,
            (offset, per_page),
        )?;
        Ok(PublishedProfiles {
            items: page.into_iter().map(published).collect::<Result<_, _>>()?,
            total: u64::try_from(total).unwrap_or(0),
            page: checked.page,
        })
    })
    .await??;
    Ok(Json(found))
}
