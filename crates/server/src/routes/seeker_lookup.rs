//! Finding a job seeker at the counter by 氏名 or フリガナ: `GET /api/v1/counselor/seekers?q=…`
//! lists the registrations of the counselor's prefecture whose name contains every word as
//! typed, or whose フリガナ contains it as katakana, by フリガナ, at most
//! [`MAX_LOOKUP_RESULTS`] (`more` says there are others). Registrations of other prefectures
//! are never listed; other roles get 403.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use shigoto_domain::seeker_lookup::{lookup_words, MAX_LOOKUP_RESULTS};
use shigoto_server_db::seekers;
use shigoto_shared::{ApiError, ErrorCode, Role, SeekerMatch, SeekerMatches};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiQuery;
use crate::routes::counselor::counselor_prefecture;
use crate::routes::seeker_record::registration_of;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Lookup {
    /// 氏名 or フリガナ, words separated by spaces.
    pub q: String,
}

/// The registrations whose 氏名 or フリガナ contain every word of `q`.
#[utoipa::path(get, path = "/api/v1/counselor/seekers", tag = "counselor", params(Lookup),
    responses((status = 200, body = SeekerMatches), (status = 400, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn find(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(lookup): ApiQuery<Lookup>,
) -> Result<Json<SeekerMatches>, AppError> {
    caller.require(Role::Counselor)?;
    let words = lookup_words(&lookup.q).map_err(|refused| {
        AppError::text_at(ErrorCode::InvalidParameter, refused.field, refused.message)
    })?;
    let today = state.clock.today();
    let db = state.db.clone();
    let matches = tokio::task::spawn_blocking(move || -> Result<SeekerMatches, AppError> {
        let mut conn = db.connection()?;
        let prefecture = counselor_prefecture(&mut conn, &caller)?;
        let pairs: Vec<(&str, &str)> = words
            .iter()
            .map(|w| (w.as_typed.as_str(), w.as_kana.as_str()))
            .collect();
        let wanted = i64::try_from(MAX_LOOKUP_RESULTS + 1).unwrap_or(i64::MAX);
        let mut found = seekers::lookup(&mut conn, &prefecture, &pairs, wanted)?;
        let more = found.len() > MAX_LOOKUP_RESULTS;
        found.truncate(MAX_LOOKUP_RESULTS);
        let seekers = found
            .into_iter()
            .map(|seeker| {
                Ok(SeekerMatch {
                    registration: registration_of(&seeker, today)?,
                    seeker_number: seeker.seeker_number,
                    name: seeker.name,
                    name_kana: seeker.name_kana,
                    birth_date: seeker.birth_date,
                    office_code: seeker.office_code,
                    valid_until: seeker.valid_until,
                })
            })
            .collect::<Result<_, AppError>>()?;
        Ok(SeekerMatches { seekers, more })
    })
    .await??;
    Ok(Json(matches))
}
