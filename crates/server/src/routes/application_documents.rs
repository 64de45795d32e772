//! One 応募書類 (a PDF the seeker sent with an application), read whole: by the employer of the
//! posting (`GET /api/v1/employer/applicants/{id}/documents/{number}`) and by the seeker who
//! sent it (`GET /api/v1/mypage/applications/{id}/documents/{number}`). Anyone else's answer
//! 404, as if it did not exist.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use shigoto_i18n::Text;
use shigoto_server_db::application_documents;
use shigoto_server_db::applications;
use shigoto_server_db::AnyConnection;
use shigoto_shared::{ApiError, ErrorCode, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::routes::applicants::own_application;
use crate::routes::application_views::seeker_of;
use crate::routes::posting_views::company_of;

fn no_document() -> AppError {
    AppError::text(ErrorCode::NotFound, Text::new("service-no-such-document"))
}

/// The `Content-Disposition` of a document named `file_name`: an ASCII stand-in, and the
/// name itself percent-encoded as RFC 6266 allows.
fn disposition(file_name: &str, id: i64, number: i32) -> String {
    let encoded: String = file_name
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("attachment; filename=\"document-{id}-{number}.pdf\"; filename*=UTF-8''{encoded}")
}

/// Reads document `number` of the application `find` allows the caller, off the async workers.
async fn document_of(
    state: &AppState,
    caller: Caller,
    role: Role,
    (id, number): (i64, i32),
    allowed: impl FnOnce(&mut AnyConnection, &Caller) -> Result<(), AppError> + Send + 'static,
) -> Result<Response, AppError> {
    caller.require(role)?;
    let db = state.db.clone();
    let (entry, content) = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        allowed(&mut conn, &caller)?;
        application_documents::read(&mut conn, id, number)?.ok_or_else(no_document)
    })
    .await??;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                disposition(&entry.file_name, id, number),
            ),
        ],
        content,
    )
        .into_response())
}

/// A 応募書類 of one of the employer's applicants.
#[utoipa::path(get, path = "/api/v1/employer/applicants/{id}/documents/{number}", tag = "applications",
    params(
        ("id" = i64, Path, description = "The application"),
        ("number" = i32, Path, description = "The document's number within the application (1–3)"),
    ),
    responses(
        (status = 200, description = "The PDF as the seeker sent it", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "Not a number", body = ApiError),
        (status = 404, description = "Not a document of an applicant of the employer's postings", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn for_employer(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath((id, number)): ApiPath<(i64, i32)>,
) -> Result<Response, AppError> {
    document_of(
        &state,
        caller,
        Role::Employer,
        (id, number),
        move |conn, caller| {
            let company = company_of(conn, caller)?;
            own_application(conn, &company, id)?;
            Ok(())
        },
    )
    .await
}

/// A 応募書類 the signed-in seeker sent.
#[utoipa::path(get, path = "/api/v1/mypage/applications/{id}/documents/{number}", tag = "applications",
    params(
        ("id" = i64, Path, description = "The application"),
        ("number" = i32, Path, description = "The document's number within the application (1–3)"),
    ),
    responses(
        (status = 200, description = "The PDF as sent", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "Not a number", body = ApiError),
        (status = 404, description = "Not a document of the seeker's applications", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn for_seeker(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath((id, number)): ApiPath<(i64, i32)>,
) -> Result<Response, AppError> {
    document_of(
        &state,
        caller,
        Role::Seeker,
        (id, number),
        move |conn, caller| {
            let seeker = seeker_of(conn, caller)?;
            applications::find(conn, id)?
                .filter(|application| application.seeker_id == seeker.id)
                .ok_or_else(no_document)?;
            Ok(())
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::disposition;

    #[test]
    fn a_japanese_name_is_percent_encoded_beside_an_ascii_stand_in() {
        assert_eq!(
            disposition("履歴書 v2.pdf", 7, 1),
            "attachment; filename=\"document-7-1.pdf\"; \
             filename*=UTF-8''%E5%B1%A5%E6%AD%B4%E6%9B%B8%20v2.pdf"
        );
    }
}
