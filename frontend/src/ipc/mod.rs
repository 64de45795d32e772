//! Typed wrappers around the Tauri commands. This is the only place that talks to Rust:
//! through `window.__TAURI__.core.invoke` (the app sets `withGlobalTauri: true`).
//!
//! Arguments are serialized as plain JSON (`json_compatible`, so `None` and maps are not turned
//! into `undefined`/`Map`). A rejected call carries the JSON of [`ApiError`]; anything else that
//! goes wrong (no Tauri, an unreadable answer) becomes an [`ErrorCode::Internal`] error with a
//! message in the language shown ([`texts`]), so the UI has one error type to show.

use serde::de::DeserializeOwned;
use serde::Serialize;

use shigoto_shared::{ApiError, ErrorCode};

use crate::state::lang::shown_texts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// One file per command area, as `src-tauri/src/commands/` groups them.
mod account;
mod applications;
mod counselor;
mod employer;
mod messages;
mod mypage;
mod notifications;
mod search;
mod settings;
pub use account::*;
pub use applications::*;
pub use counselor::*;
pub use employer::*;
pub use messages::*;
pub use mypage::*;
pub use notifications::*;
pub use search::*;
pub use settings::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;
}

/// Message shown when the hosted service cannot be reached, in the language shown.
pub fn unreachable_message() -> String {
    shown_texts().t("connection-unreachable")
}

#[derive(Serialize)]
struct NoArgs {}

/// Commands that take one request body, under the argument name `request`.
#[derive(Serialize)]
struct RequestArgs<'a, T> {
    request: &'a T,
}

/// True when the error means the service could not be reached at all.
pub fn is_unreachable(err: &ApiError) -> bool {
    err.code == ErrorCode::ServiceUnreachable
}

async fn call<A: Serialize, R: DeserializeOwned>(cmd: &str, args: &A) -> Result<R, ApiError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args.serialize(&serializer).map_err(|err| {
        internal(shown_texts().t_with(
            "account-ipc-arguments",
            &[("detail", format!("{cmd}: {err}").into())],
        ))
    })?;
    let answer = invoke(cmd, args).await.map_err(error_from_js)?;
    serde_wasm_bindgen::from_value(answer).map_err(|err| {
        internal(shown_texts().t_with(
            "account-ipc-answer",
            &[("detail", format!("{cmd}: {err}").into())],
        ))
    })
}

fn internal(message: String) -> ApiError {
    ApiError::new(ErrorCode::Internal, message)
}

/// Turns whatever a rejected `invoke` carried into an [`ApiError`].
fn error_from_js(value: JsValue) -> ApiError {
    if let Ok(err) = serde_wasm_bindgen::from_value::<ApiError>(value.clone()) {
        return err;
    }
    if let Some(text) = value.as_string() {
        // Some layers hand the error over as JSON text.
        if let Ok(parsed) = js_sys::JSON::parse(&text) {
            if let Ok(err) = serde_wasm_bindgen::from_value::<ApiError>(parsed) {
                return err;
            }
        }
        return internal(shown_texts().t_with("account-ipc-failed", &[("detail", text.into())]));
    }
    if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        let detail = String::from(err.message());
        return internal(shown_texts().t_with("account-ipc-broken", &[("detail", detail.into())]));
    }
    // An object with an error code this version does not know: still show its message.
    let message = js_sys::Reflect::get(&value, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| shown_texts().t("account-ipc-failed-plain"));
    let field = js_sys::Reflect::get(&value, &JsValue::from_str("field"))
        .ok()
        .and_then(|f| f.as_string());
    ApiError {
        code: ErrorCode::Internal,
        message,
        field,
    }
}

/// The Japanese of [`unreachable_message`], as the forms' tests compare with it.
#[cfg(test)]
pub const UNREACHABLE_MESSAGE: &str =
    "求人サービスに接続できません。ネットワーク接続を確認して、しばらくしてから再度お試しください。";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::lang::show_language;
    use shigoto_i18n::Lang;

    #[test]
    fn the_unreachable_message_is_the_catalogue_s() {
        assert_eq!(unreachable_message(), UNREACHABLE_MESSAGE);
        show_language(Lang::En);
        assert!(unreachable_message().starts_with("Cannot reach"));
        show_language(Lang::Ja);
    }
}
