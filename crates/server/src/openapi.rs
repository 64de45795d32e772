//! The OpenAPI document of the HTTP API, generated from the handlers and wire types and served
//! at `GET /api/v1/openapi.json`.

use axum::Json;
use utoipa::OpenApi;

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "Shigoto API", description = "Public job search and job sheets of the Shigoto service."),
    paths(
        crate::routes::health::healthz,
        crate::routes::jobs::search_jobs,
        crate::routes::jobs::get_job,
        crate::routes::jobs::get_job_pdf,
        crate::routes::offices::list,
        crate::routes::accounts::sign_in,
        crate::routes::accounts::sign_out,
        crate::routes::accounts::me,
        crate::routes::mail_language::change,
        crate::routes::notification_settings::read,
        crate::routes::notification_settings::change,
        crate::routes::accounts::change_password,
        crate::routes::opening::request_key,
        crate::routes::opening::complete,
        crate::routes::password_reset::request_key,
        crate::routes::password_reset::complete,
        crate::routes::counselor::register_seeker,
        crate::routes::seeker_lookup::find,
        crate::routes::counselor_actions::list,
        crate::routes::counselor::list_provisional,
        crate::routes::counselor::confirm_seeker,
        crate::routes::registration::request_key,
        crate::routes::registration::complete,
        crate::routes::email_change::request_key,
        crate::routes::email_change::confirm,
        crate::routes::employer::request_key,
        crate::routes::employer::complete,
        crate::routes::employer::registration,
        crate::routes::employer::refile,
        crate::routes::counselor_employers::list,
        crate::routes::counselor_employers::accept,
        crate::routes::counselor_employers::send_back,
        crate::routes::postings::list,
        crate::routes::postings::create_draft,
        crate::routes::postings::read,
        crate::routes::postings::save,
        crate::routes::postings::delete,
        crate::routes::postings::submit,
        crate::routes::postings::change,
        crate::routes::postings::extend,
        crate::routes::postings::stop,
        crate::routes::counselor_postings::list,
        crate::routes::counselor_postings::read,
        crate::routes::counselor_postings::accept,
        crate::routes::counselor_postings::send_back,
        crate::routes::mypage::push,
        crate::routes::mypage::pull,
        crate::routes::publication::read,
        crate::routes::publication::publish,
        crate::routes::publication::stop,
        crate::routes::profile_search::search,
        crate::routes::direct_requests::send,
        crate::routes::direct_requests::list,
        crate::routes::direct_requests::decline,
        crate::routes::seeker_record::read,
        crate::routes::applications::profile,
        crate::routes::applications::apply,
        crate::routes::applications::list_mine,
        crate::routes::applications::withdraw,
        crate::routes::applicants::list,
        crate::routes::applicants::read,
        crate::routes::applicants::record_result,
        crate::routes::referrals::refer,
        crate::routes::referrals::list,
        crate::routes::introductions::introduce,
        crate::routes::introductions::apply,
        crate::routes::counselling::record_session,
        crate::routes::messages::list,
        crate::routes::messages::unread,
        crate::routes::messages::read,
        crate::routes::messages::send,
        crate::routes::messages::mark_read,
        crate::routes::counselor_messages::read,
        crate::routes::counselor_messages::send,
        crate::routes::counselling::list,
        crate::routes::referral_letters::for_employer,
        crate::routes::referral_letters::for_seeker,
        crate::routes::application_documents::for_employer,
        crate::routes::application_documents::for_seeker,
        crate::routes::activity_report::csv,
        crate::routes::activity_report::pdf,
        crate::routes::seeking::switch_valid,
        crate::routes::seeking::reactivate,
    ),
    modifiers(&BearerAuth, &CommonAnswers),
    tags(
        (name = "jobs", description = "求人検索と求人票"),
        (name = "service", description = "Service status"),
        (name = "accounts", description = "ログイン・ログアウト・マイページ開設"),
        (name = "counselor", description = "ハローワーク職員の機能"),
        (name = "employer", description = "求人者マイページ"),
        (name = "postings", description = "求人申込み（下書き・申込み・延長・変更・募集停止）"),
        (name = "mypage", description = "お気に入り・保存した検索条件と端末との同期"),
        (name = "applications", description = "応募（オンライン自主応募・辞退）と応募者の採否"),
        (name = "messages", description = "メッセージ（求職者と求人者、ハローワークから求職者へ）"),
        (name = "offices", description = "ハローワークの所在地・管轄"),
    )
)]
pub struct ApiDoc;

/// Declares the bearer token scheme of signed-in calls.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Answers every operation of a kind can give, whatever its handler: 400 for a malformed body,
/// path or query (or one over its size limit), 401 for a dead token (the public reads take an
/// optional one), and 503 with `Retry-After` on the credential and public document routes when
/// their gate is full.
struct CommonAnswers;

impl utoipa::Modify for CommonAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let open =
                path == "/healthz" || path == "/api/v1/openapi.json" || path == "/api/v1/offices";
            let gated = crate::admission::CREDENTIAL_PATHS.contains(&path.as_str())
                || crate::admission::PUBLIC_DOCUMENT_PATHS.contains(&path.as_str());
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                let takes_input = operation.request_body.is_some()
                    || operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
                if takes_input {
                    add_answer(operation, "400", "Malformed or refused input");
                }
                if !open {
                    add_answer(operation, "401", "The bearer token is not a live session");
                }
                if gated {
                    add_answer(
                        operation,
                        "503",
                        "Too many credential checks or documents at once; retry later (Retry-After)",
                    );
                }
            }
        }
    }
}

/// Documents a JSON `ApiError` answer with `status` unless the handler already does.
fn add_answer(operation: &mut utoipa::openapi::path::Operation, status: &str, description: &str) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ApiError")))
                        .build(),
                )
                .build()
                .into()
        });
}

/// Handler serving the document.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
