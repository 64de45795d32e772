//! The 認証キー flows as [`KeyFlowSpec`]s: which form, which commands, which notice.

use crate::flows::key_flow::{Answer, KeyFlowSpec};
use crate::forms::account::{
    OpeningFields, RegistrationFields, ResetFields, OPENED_NOTICE, REGISTERED_NOTICE, RESET_NOTICE,
};
use crate::forms::employer::{EmployerOpeningFields, EMPLOYER_OPENED_NOTICE};
use crate::forms::key_flow::KeyFlow;
use crate::forms::search::FieldError;
use crate::ipc;
use crate::pages::account::{opening, password_reset, registration};
use crate::pages::employer::opening as employer_opening;

/// A flow whose form has `key_request(today)` and `completion(today)`, asking the app through
/// `send` and `complete`.
macro_rules! key_flow_spec {
    (
        $(#[$doc:meta])*
        $fields:ty {
            request: $request:ty => $send:path,
            completion: $completion:ty => $complete:path,
            heading: $heading:expr,
            done: $notice:expr,
            boxes: $box_id:path $(,)?
        }
    ) => {
        $(#[$doc])*
        impl KeyFlowSpec for $fields {
            type KeyRequest = $request;
            type Completion = $completion;
            const HEADING: &'static str = $heading;
            const DONE_NOTICE: &'static str = $notice;

            fn box_id(field: &str) -> Option<&'static str> {
                $box_id(field)
            }
            fn key_request(
                flow: &KeyFlow<Self>,
                today: chrono::NaiveDate,
            ) -> Result<$request, FieldError> {
                flow.key_request(today)
            }
            fn completion(
                flow: &KeyFlow<Self>,
                today: chrono::NaiveDate,
            ) -> Result<$completion, FieldError> {
                flow.completion(today)
            }
            fn send_key(request: $request) -> Answer {
                Box::pin(async move { $send(&request).await })
            }
            fn complete(completion: $completion) -> Answer {
                Box::pin(async move { $complete(&completion).await })
            }
        }
    };
}

key_flow_spec! {
    /// 求職者マイページの開設（ハローワークをご利用中の方）.
    OpeningFields {
        request: shigoto_shared::OpeningKeyRequest => ipc::request_opening_key,
        completion: shigoto_shared::OpeningCompletion => ipc::complete_opening,
        heading: "#opening-step-heading",
        done: OPENED_NOTICE,
        boxes: opening::box_id,
    }
}

key_flow_spec! {
    /// マイページを開設して求職申込み（ハローワークに登録していない方）.
    RegistrationFields {
        request: shigoto_shared::RegistrationKeyRequest => ipc::request_registration_key,
        completion: shigoto_shared::RegistrationCompletion => ipc::complete_registration,
        heading: "#registration-step-heading",
        done: REGISTERED_NOTICE,
        boxes: registration::box_id,
    }
}

key_flow_spec! {
    /// パスワードを忘れた方・ロックされた方.
    ResetFields {
        request: shigoto_shared::PasswordResetKeyRequest => ipc::request_password_reset_key,
        completion: shigoto_shared::PasswordResetCompletion => ipc::complete_password_reset,
        heading: "#reset-step-heading",
        done: RESET_NOTICE,
        boxes: password_reset::box_id,
    }
}

key_flow_spec! {
    /// 求人者マイページの開設（事業主の方）.
    EmployerOpeningFields {
        request: shigoto_shared::RegistrationKeyRequest => ipc::request_employer_opening_key,
        completion: shigoto_shared::EmployerOpeningCompletion => ipc::complete_employer_opening,
        heading: "#employer-opening-step-heading",
        done: EMPLOYER_OPENED_NOTICE,
        boxes: employer_opening::box_id,
    }
}
