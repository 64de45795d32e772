//! The 認証キー flows as [`KeyFlowSpec`]s: which form, which commands, which notice.

use chrono::NaiveDate;
use shigoto_shared::{
    EmployerOpeningCompletion, OpeningCompletion, OpeningKeyRequest, PasswordResetCompletion,
    PasswordResetKeyRequest, RegistrationCompletion, RegistrationKeyRequest,
};

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

/// 求職者マイページの開設（ハローワークをご利用中の方）.
impl KeyFlowSpec for OpeningFields {
    type KeyRequest = OpeningKeyRequest;
    type Completion = OpeningCompletion;
    const HEADING: &'static str = "#opening-step-heading";
    const DONE_NOTICE: &'static str = OPENED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        opening::box_id(field)
    }
    fn key_request(
        flow: &KeyFlow<Self>,
        today: NaiveDate,
    ) -> Result<OpeningKeyRequest, FieldError> {
        flow.key_request(today)
    }
    fn completion(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<OpeningCompletion, FieldError> {
        flow.completion()
    }
    fn send_key(request: OpeningKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_opening_key(&request).await })
    }
    fn complete(completion: OpeningCompletion) -> Answer {
        Box::pin(async move { ipc::complete_opening(&completion).await })
    }
}

/// マイページを開設して求職申込み（ハローワークに登録していない方）.
impl KeyFlowSpec for RegistrationFields {
    type KeyRequest = RegistrationKeyRequest;
    type Completion = RegistrationCompletion;
    const HEADING: &'static str = "#registration-step-heading";
    const DONE_NOTICE: &'static str = REGISTERED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        registration::box_id(field)
    }
    fn key_request(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<RegistrationKeyRequest, FieldError> {
        flow.key_request()
    }
    fn completion(
        flow: &KeyFlow<Self>,
        today: NaiveDate,
    ) -> Result<RegistrationCompletion, FieldError> {
        flow.completion(today)
    }
    fn send_key(request: RegistrationKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_registration_key(&request).await })
    }
    fn complete(completion: RegistrationCompletion) -> Answer {
        Box::pin(async move { ipc::complete_registration(&completion).await })
    }
}

/// パスワードを忘れた方・ロックされた方.
impl KeyFlowSpec for ResetFields {
    type KeyRequest = PasswordResetKeyRequest;
    type Completion = PasswordResetCompletion;
    const HEADING: &'static str = "#reset-step-heading";
    const DONE_NOTICE: &'static str = RESET_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        password_reset::box_id(field)
    }
    fn key_request(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<PasswordResetKeyRequest, FieldError> {
        flow.key_request()
    }
    fn completion(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<PasswordResetCompletion, FieldError> {
        flow.completion()
    }
    fn send_key(request: PasswordResetKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_password_reset_key(&request).await })
    }
    fn complete(completion: PasswordResetCompletion) -> Answer {
        Box::pin(async move { ipc::complete_password_reset(&completion).await })
    }
}

/// 求人者マイページの開設（事業主の方）.
impl KeyFlowSpec for EmployerOpeningFields {
    type KeyRequest = RegistrationKeyRequest;
    type Completion = EmployerOpeningCompletion;
    const HEADING: &'static str = "#employer-opening-step-heading";
    const DONE_NOTICE: &'static str = EMPLOYER_OPENED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        employer_opening::box_id(field)
    }
    fn key_request(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<RegistrationKeyRequest, FieldError> {
        flow.key_request()
    }
    fn completion(
        flow: &KeyFlow<Self>,
        _today: NaiveDate,
    ) -> Result<EmployerOpeningCompletion, FieldError> {
        flow.completion()
    }
    fn send_key(request: RegistrationKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_employer_opening_key(&request).await })
    }
    fn complete(completion: EmployerOpeningCompletion) -> Answer {
        Box::pin(async move { ipc::complete_employer_opening(&completion).await })
    }
}
