//! A document answered as a download: its content type and an `attachment` disposition with
//! the file name a browser or the app saves it under (ASCII: the names are made here).

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// `body` as a download named `file`.
pub fn attachment(content_type: &str, file: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}
