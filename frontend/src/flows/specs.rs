//! The 認証キー flows as [`KeyFlowSpec`]s: which form, which commands, which notice.

use chrono::NaiveDate;
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, KeySent, OpeningCompletion, OpeningKeyRequest,
    PasswordResetCompletion, PasswordResetKeyRequest, RegistrationCompletion,
    RegistrationKeyRequest,
};

use crate::flows::key_flow::{Answer, KeyFlowSpec};
use crate::forms::account::{
    OpeningState, OpeningStep, RegistrationState, RegistrationStep, ResetState, ResetStep,
    OPENED_NOTICE, REGISTERED_NOTICE, RESET_NOTICE,
};
use crate::forms::employer::{EmployerOpeningState, EmployerOpeningStep, EMPLOYER_OPENED_NOTICE};
use crate::forms::search::FieldError;
use crate::ipc;
use crate::pages::account::{opening, password_reset, registration};
use crate::pages::employer::opening as employer_opening;

crate::form_status!(
    OpeningState,
    ResetState,
    RegistrationState,
    EmployerOpeningState
);

/// The parts of a flow that its form already has as methods of the same names.
macro_rules! delegate_steps {
    ($form:ty, $step:ty) => {
        fn go_to(&mut self, step: $step) {
            <$form>::go_to(self, step)
        }
        fn key_sent(&mut self, sent: KeySent) {
            <$form>::key_sent(self, sent)
        }
        fn completed(&mut self, done: KeySent) {
            <$form>::completed(self, done)
        }
        fn failed(&mut self, err: &ApiError) {
            <$form>::failed(self, err)
        }
    };
}

/// 求職者マイページの開設（ハローワークをご利用中の方）.
impl KeyFlowSpec for OpeningState {
    type Step = OpeningStep;
    type KeyRequest = OpeningKeyRequest;
    type Completion = OpeningCompletion;
    const HEADING: &'static str = "#opening-step-heading";
    const DONE_NOTICE: &'static str = OPENED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        opening::box_id(field)
    }
    fn is_done(&self) -> bool {
        self.step == OpeningStep::Done
    }
    fn key_request(&self, today: NaiveDate) -> Result<OpeningKeyRequest, FieldError> {
        OpeningState::key_request(self, today)
    }
    fn completion(&self, _today: NaiveDate) -> Result<OpeningCompletion, FieldError> {
        OpeningState::completion(self)
    }
    fn send_key(request: OpeningKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_opening_key(&request).await })
    }
    fn complete(completion: OpeningCompletion) -> Answer {
        Box::pin(async move { ipc::complete_opening(&completion).await })
    }
    delegate_steps!(OpeningState, OpeningStep);
}

/// マイページを開設して求職申込み（ハローワークに登録していない方）.
impl KeyFlowSpec for RegistrationState {
    type Step = RegistrationStep;
    type KeyRequest = RegistrationKeyRequest;
    type Completion = RegistrationCompletion;
    const HEADING: &'static str = "#registration-step-heading";
    const DONE_NOTICE: &'static str = REGISTERED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        registration::box_id(field)
    }
    fn is_done(&self) -> bool {
        self.step == RegistrationStep::Done
    }
    fn key_request(&self, _today: NaiveDate) -> Result<RegistrationKeyRequest, FieldError> {
        RegistrationState::key_request(self)
    }
    fn completion(&self, today: NaiveDate) -> Result<RegistrationCompletion, FieldError> {
        RegistrationState::completion(self, today)
    }
    fn send_key(request: RegistrationKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_registration_key(&request).await })
    }
    fn complete(completion: RegistrationCompletion) -> Answer {
        Box::pin(async move { ipc::complete_registration(&completion).await })
    }
    delegate_steps!(RegistrationState, RegistrationStep);
}

/// パスワードを忘れた方・ロックされた方.
impl KeyFlowSpec for ResetState {
    type Step = ResetStep;
    type KeyRequest = PasswordResetKeyRequest;
    type Completion = PasswordResetCompletion;
    const HEADING: &'static str = "#reset-step-heading";
    const DONE_NOTICE: &'static str = RESET_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        password_reset::box_id(field)
    }
    fn is_done(&self) -> bool {
        self.step == ResetStep::Done
    }
    fn key_request(&self, _today: NaiveDate) -> Result<PasswordResetKeyRequest, FieldError> {
        ResetState::key_request(self)
    }
    fn completion(&self, _today: NaiveDate) -> Result<PasswordResetCompletion, FieldError> {
        ResetState::completion(self)
    }
    fn send_key(request: PasswordResetKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_password_reset_key(&request).await })
    }
    fn complete(completion: PasswordResetCompletion) -> Answer {
        Box::pin(async move { ipc::complete_password_reset(&completion).await })
    }
    delegate_steps!(ResetState, ResetStep);
}

/// 求人者マイページの開設（事業主の方）.
impl KeyFlowSpec for EmployerOpeningState {
    type Step = EmployerOpeningStep;
    type KeyRequest = RegistrationKeyRequest;
    type Completion = EmployerOpeningCompletion;
    const HEADING: &'static str = "#employer-opening-step-heading";
    const DONE_NOTICE: &'static str = EMPLOYER_OPENED_NOTICE;

    fn box_id(field: &str) -> Option<&'static str> {
        employer_opening::box_id(field)
    }
    fn is_done(&self) -> bool {
        self.step == EmployerOpeningStep::Done
    }
    fn key_request(&self, _today: NaiveDate) -> Result<RegistrationKeyRequest, FieldError> {
        EmployerOpeningState::key_request(self)
    }
    fn completion(&self, _today: NaiveDate) -> Result<EmployerOpeningCompletion, FieldError> {
        EmployerOpeningState::completion(self)
    }
    fn send_key(request: RegistrationKeyRequest) -> Answer {
        Box::pin(async move { ipc::request_employer_opening_key(&request).await })
    }
    fn complete(completion: EmployerOpeningCompletion) -> Answer {
        Box::pin(async move { ipc::complete_employer_opening(&completion).await })
    }
    delegate_steps!(EmployerOpeningState, EmployerOpeningStep);
}
