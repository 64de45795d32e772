//! The language of an answer: each request is served in the language its `Accept-Language`
//! prefers among the service's (Japanese when it names none; [`Lang::from_accept_language`]),
//! which errors built with texts from the catalogues ([`crate::error::AppError::texted`]) are
//! written in (and say so: `Content-Language`, [`crate::error`]). Every answer says that it
//! may depend on the header (`Vary: Accept-Language`); data such as a 求人票 is as its writer
//! wrote it, in no chosen language.

use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, VARY};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use shigoto_i18n::{catalogue, Catalogue};
use shigoto_shared::Lang;

tokio::task_local! {
    static REQUEST_LANGUAGE: Lang;
}

/// Serves `request` in the language it asks for.
pub async fn choose(request: Request, next: Next) -> Response {
    let lang = Lang::from_accept_language(
        request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    );
    let mut response = REQUEST_LANGUAGE.scope(lang, next.run(request)).await;
    response
        .headers_mut()
        .append(VARY, HeaderValue::from_static("accept-language"));
    response
}

/// The language of the request being answered (Japanese outside one, as in background work).
pub fn current() -> Lang {
    REQUEST_LANGUAGE.try_with(|lang| *lang).unwrap_or_default()
}

/// The texts of the request's language (as [`current`]: read it in the request, not in a
/// blocking closure or a spawned task).
pub fn texts() -> &'static Catalogue {
    catalogue(current())
}
