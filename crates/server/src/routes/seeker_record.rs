//! A job seeker's record at the counter: `GET /api/v1/counselor/seekers/{seeker_number}` shows a
//! counselor of the seeker's prefecture who the seeker is, where the registration stands and its
//! 求職状態, their 求職者情報, whether they publish it and the 応募検討依頼 they received. Seekers of other prefectures answer 404, as if they did not exist.

use axum::extract::State;
use axum::Json;
use chrono::NaiveDate;
use shigoto_domain::{account, seeking};
use shigoto_i18n::Text;
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{ApiError, ErrorCode, RegistrationStatus, Role, SeekerRecord};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::routes::counselor::counselor_prefecture;

/// The seeker numbered `number` if the caller's office handles their prefecture; 404 otherwise.
pub fn seeker_of_prefecture(
    conn: &mut AnyConnection,
    caller: &Caller,
    number: &str,
) -> Result<seekers::Seeker, AppError> {
    let prefecture = counselor_prefecture(conn, caller)?;
    seekers::find_by_number(conn, number)?
        .filter(|seeker| seeker.prefecture_code == prefecture)
        .ok_or_else(|| {
            AppError::text(
                ErrorCode::NotFound,
                Text::new("service-no-such-seeker").with("number", number),
            )
        })
}

/// The registration's status on `today` (a provisional one lapses after its 14 days).
pub fn registration_of(
    seeker: &seekers::Seeker,
    today: NaiveDate,
) -> Result<RegistrationStatus, AppError> {
    let stored = RegistrationStatus::from_wire(&seeker.status)
        .ok_or_else(|| AppError::internal(format!("unknown status {}", seeker.status)))?;
    Ok(account::registration_status(
        stored,
        seeker.applied_on,
        today,
    ))
}

/// `seeker` as the counter shows them on `today`, with their 求職者情報.
pub fn record_of(
    conn: &mut AnyConnection,
    seeker: seekers::Seeker,
    today: NaiveDate,
) -> Result<SeekerRecord, AppError> {
    let registration = registration_of(&seeker, today)?;
    let mut requests = crate::routes::direct_requests::requests_changed(
        conn,
        &seeker,
        shigoto_domain::visibility::Viewer::Staff,
        0,
    )?;
    requests.sort_by_key(|request| std::cmp::Reverse(request.id));
    Ok(SeekerRecord {
        profile: crate::routes::seeker_profile::kept(conn, seeker.id)?,
        published_since: shigoto_server_db::profile_publications::find(conn, seeker.id)?
            .filter(|p| p.stopped_at.is_none())
            .map(|p| p.agreed_at),
        requests,
        seeking: seeking::status_on(registration, seeker.valid_until, today),
        registration,
        has_mypage: seeker.account_id.is_some(),
        seeker_number: seeker.seeker_number,
        name: seeker.name,
        name_kana: seeker.name_kana,
        birth_date: seeker.birth_date,
        email: seeker.email,
        office_code: seeker.office_code,
        applied_on: seeker.applied_on,
    })
}

/// One job seeker of the counselor's prefecture.
#[utoipa::path(get, path = "/api/v1/counselor/seekers/{seeker_number}", tag = "counselor",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, body = SeekerRecord),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<SeekerRecord>, AppError> {
    caller.require(Role::Counselor)?;
    let today = state.clock.today();
    let db = state.db.clone();
    let record = tokio::task::spawn_blocking(move || -> Result<SeekerRecord, AppError> {
        let mut conn = db.connection()?;
        let seeker = seeker_of_prefecture(&mut conn, &caller, &number)?;
        record_of(&mut conn, seeker, today)
    })
    .await??;
    Ok(Json(record))
}
