//! [`SyncTransport`]: how the engine reaches the service. The app uses [`ApiClient`] as is;
//! the fault-injecting property test wraps it.

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_shared::{
    NewMessage, PullResponse, PushRequest, PushResponse, SyncCursor, ThreadMessage,
};

/// The service calls a sync pass makes: MyPage edits and messages out, changes in.
pub trait SyncTransport: Send + Sync {
    /// Sends edits; the answer has one result per edit, in order.
    fn push(
        &self,
        token: &str,
        request: &PushRequest,
    ) -> impl std::future::Future<Output = Result<PushResponse, ClientError>> + Send;

    /// Reads what changed after `cursor`; with `new_postings`, also how many postings are new
    /// for each saved search.
    fn pull(
        &self,
        token: &str,
        cursor: SyncCursor,
        new_postings: bool,
    ) -> impl std::future::Future<Output = Result<PullResponse, ClientError>> + Send;

    /// Sends a message written on this device (its key makes a resend harmless).
    fn send_message(
        &self,
        token: &str,
        thread_id: i64,
        message: &NewMessage,
    ) -> impl std::future::Future<Output = Result<ThreadMessage, ClientError>> + Send;

    /// Sends a 既読 marked on this device.
    fn mark_read(
        &self,
        token: &str,
        thread_id: i64,
        up_to: i64,
    ) -> impl std::future::Future<Output = Result<(), ClientError>> + Send;
}

impl SyncTransport for ApiClient {
    async fn push(&self, token: &str, request: &PushRequest) -> Result<PushResponse, ClientError> {
        self.push_mutations(token, request).await
    }

    async fn pull(
        &self,
        token: &str,
        cursor: SyncCursor,
        new_postings: bool,
    ) -> Result<PullResponse, ClientError> {
        self.pull_changes_with(token, cursor, new_postings).await
    }

    async fn send_message(
        &self,
        token: &str,
        thread_id: i64,
        message: &NewMessage,
    ) -> Result<ThreadMessage, ClientError> {
        ApiClient::send_message(self, token, thread_id, message).await
    }

    async fn mark_read(&self, token: &str, thread_id: i64, up_to: i64) -> Result<(), ClientError> {
        ApiClient::mark_read(self, token, thread_id, up_to).await
    }
}
