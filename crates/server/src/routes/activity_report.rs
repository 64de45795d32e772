//! 求職活動実績: the signed-in seeker's applications, referrals and 職業相談 of a period (at most a year),
//! oldest first, as a CSV for a spreadsheet (`GET /api/v1/mypage/activity-report.csv`) or an A4
//! PDF to copy into the 失業認定申告書 (`GET /api/v1/mypage/activity-report.pdf`).

use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;
use shigoto_documents::{activity_csv, activity_report_pdf, ReportHeading};
use shigoto_domain::activity_report::{check_period, lines_of};
use shigoto_i18n::{catalogue, Catalogue};
use shigoto_server_db::{counselling, seekers, AnyConnection};
use shigoto_shared::{
    ActivityKind, ActivityRecord, ApiError, ApplicationKind, CounsellingTopic, ErrorCode, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiQuery;
use crate::routes::application_views::{applications_of, seeker_of, viewer_of};
use crate::routes::download::attachment;

/// Most applications (and most counselling sessions) one report reads (newest first).
const MAX_READ: i64 = 2000;

/// The period of a report, both days included.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Period {
    /// The first day (YYYY-MM-DD).
    pub from: NaiveDate,
    /// The last day (YYYY-MM-DD).
    pub to: NaiveDate,
}

/// The seeker's lines of the period.
fn records(
    conn: &mut AnyConnection,
    texts: &Catalogue,
    seeker: &seekers::Seeker,
    period: &Period,
    today: NaiveDate,
) -> Result<Vec<ActivityRecord>, AppError> {
    let viewer = viewer_of(seeker, today)?;
    let counselling = counselling::of_seeker(conn, seeker.id, MAX_READ)?
        .into_iter()
        .map(|session| ActivityRecord {
            date: session.held_on,
            kind: ActivityKind::Counselling,
            employer_name: session.office_name,
            job_number: String::new(),
            title: CounsellingTopic::from_wire(&session.topic)
                .map_or_else(|| session.topic.clone(), |topic| topic.label_in(texts)),
            status: None,
        });
    let records = applications_of(conn, seeker, viewer, MAX_READ)?
        .into_iter()
        .map(|application| ActivityRecord {
            date: application.applied_on,
            kind: match application.kind {
                ApplicationKind::SelfApplied => ActivityKind::SelfApplication,
                ApplicationKind::Referred => ActivityKind::Referral,
            },
            employer_name: application
                .employer_name
                .unwrap_or_else(|| texts.t("document-activity-employer-hidden")),
            job_number: application.job_number,
            title: application.title,
            status: Some(application.status),
        })
        .chain(counselling)
        .collect();
    Ok(lines_of(records, period.from, period.to))
}

/// The report in `format`, made off the async workers.
async fn report(
    state: &AppState,
    caller: Caller,
    period: Period,
    pdf: bool,
) -> Result<Response, AppError> {
    caller.require(Role::Seeker)?;
    check_period(period.from, period.to)
        .map_err(|refused| AppError::text_at(ErrorCode::InvalidParameter, "to", refused.text()))?;
    let today = state.clock.today();
    let texts = catalogue(crate::language::current());
    let (db, fonts) = (state.db.clone(), state.fonts.clone());
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let seeker = seeker_of(&mut conn, &caller)?;
        let lines = records(&mut conn, texts, &seeker, &period, today)?;
        let name = format!("activity-{}-{}", period.from, period.to);
        let (body, content_type, file) = if pdf {
            let heading = ReportHeading {
                seeker_name: seeker.name.clone(),
                seeker_number: seeker.seeker_number.clone(),
                from: period.from,
                to: period.to,
                made_on: today,
            };
            let pdf =
                activity_report_pdf(&fonts, texts, &heading, &lines).map_err(AppError::internal)?;
            (pdf, "application/pdf", format!("{name}.pdf"))
        } else {
            let csv = activity_csv(texts, &lines).map_err(AppError::internal)?;
            (csv, "text/csv; charset=utf-8", format!("{name}.csv"))
        };
        Ok(attachment(content_type, &file, body))
    })
    .await?
}

/// 求職活動実績 of a period as CSV (UTF-8 with a byte-order mark).
#[utoipa::path(get, path = "/api/v1/mypage/activity-report.csv", tag = "applications", params(Period),
    responses(
        (status = 200, description = "The lines of the period, oldest first", content_type = "text/csv", body = String),
        (status = 400, description = "Not dates, reversed, or longer than a year", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn csv(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(period): ApiQuery<Period>,
) -> Result<Response, AppError> {
    report(&state, caller, period, false).await
}

/// 求職活動実績 of a period as an A4 PDF.
#[utoipa::path(get, path = "/api/v1/mypage/activity-report.pdf", tag = "applications", params(Period),
    responses(
        (status = 200, description = "The lines of the period, oldest first", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "Not dates, reversed, or longer than a year", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn pdf(
    State(state): State<AppState>,
    caller: Caller,
    ApiQuery(period): ApiQuery<Period>,
) -> Result<Response, AppError> {
    report(&state, caller, period, true).await
}
