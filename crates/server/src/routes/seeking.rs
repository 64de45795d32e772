//! 求職状態 back to 有効: `POST /api/v1/mypage/seeking/valid` switches the signed-in job
//! seeker's lapsed registration (求職有効 → 完了) when the domain allows it online;
//! `POST /api/v1/counselor/seekers/{seeker_number}/reactivate` is the counter's switch for a
//! seeker of the counselor's prefecture, however long ago it lapsed. Either way the favorites'
//! sheets are sent again, since a 有効 seeker sees more of some postings.

use axum::extract::State;
use axum::Json;
use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::seeking;
use shigoto_i18n::Text;
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{
    ApiError, CounselorActionKind, ErrorCode, JobSeekingState, RegistrationStatus, Role,
    SeekerRecord, SeekingStatus,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::routes::seeker_record::{record_of, registration_of, seeker_of_prefecture};

/// Moves `seeker`'s validity to `until` and sends the favorites' sheets again, in one
/// transaction; refused as 有効 already when another switch moved it first.
fn renew(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    until: NaiveDate,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    shigoto_server_db::write_transaction(conn, |conn| {
        if !seekers::renew_validity(conn, seeker.id, seeker.valid_until, until, now)? {
            return Err(AppError::text(
                ErrorCode::Conflict,
                seeking::SwitchRefused::AlreadyValid.text(),
            ));
        }
        if let Some(account_id) = seeker.account_id {
            shigoto_server_db::mypage::resend_favorites(conn, account_id)?;
        }
        Ok(())
    })
}

/// 求職有効: a lapsed registration valid again to 翌々月末日 from today.
#[utoipa::path(post, path = "/api/v1/mypage/seeking/valid", tag = "mypage",
    responses(
        (status = 200, description = "有効 again; the new last valid day", body = SeekingStatus),
        (status = 409, description = "Already 有効, not 本登録 yet, or lapsed too long ago to switch online (visit an office)", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn switch_valid(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<SeekingStatus>, AppError> {
    caller.require(Role::Seeker)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let status = tokio::task::spawn_blocking(move || -> Result<SeekingStatus, AppError> {
        let mut conn = db.connection()?;
        let seeker = seekers::find_by_account(&mut conn, caller.account_id)?.ok_or_else(|| {
            AppError::text(
                ErrorCode::NotFound,
                Text::new("service-no-seeker-registration"),
            )
        })?;
        let registration = registration_of(&seeker, today)?;
        let until = seeking::switch_online(registration, seeker.valid_until, today)
            .map_err(|refused| AppError::text(ErrorCode::Conflict, refused.text()))?;
        // Of concurrent switches one moves the date; the others find it valid already.
        renew(&mut conn, &seeker, until, now)?;
        tracing::info!(seeker = seeker.id, %until, "求職状態 switched to valid");
        Ok(seeking::status_on(registration, until, today))
    })
    .await??;
    Ok(Json(status))
}

/// The counter's 求職有効: a registered seeker of the counselor's prefecture whose registration
/// lapsed, however long ago, is valid again to 翌々月末日 from today.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/reactivate", tag = "counselor",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, description = "有効 again; the new last valid day", body = SeekerRecord),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 409, description = "Still 有効, or not 本登録", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn reactivate(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<SeekerRecord>, AppError> {
    caller.require(Role::Counselor)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let renewed = tokio::task::spawn_blocking(move || -> Result<SeekerRecord, AppError> {
        let mut conn = db.connection()?;
        let seeker = seeker_of_prefecture(&mut conn, &caller, &number)?;
        let registration = registration_of(&seeker, today)?;
        if registration != RegistrationStatus::Registered {
            return Err(AppError::text(
                ErrorCode::Conflict,
                seeking::SwitchRefused::NotRegistered.text(),
            ));
        }
        if seeking::state_on(registration, seeker.valid_until, today) == JobSeekingState::Valid {
            return Err(AppError::text(
                ErrorCode::Conflict,
                seeking::SwitchRefused::AlreadyValid.text(),
            ));
        }
        let until = seeking::reactivate_at_office(today);
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            renew(conn, &seeker, until, now)?;
            let kind = CounselorActionKind::Reactivate;
            crate::audit::record_on_seeker(conn, &caller, kind, &seeker.seeker_number, now)
        })?;
        record_of(
            &mut conn,
            seekers::Seeker {
                valid_until: until,
                ..seeker
            },
            today,
        )
    })
    .await??;
    tracing::info!(seeker = %renewed.seeker_number, "求職状態 reactivated at the counter");
    Ok(Json(renewed))
}
