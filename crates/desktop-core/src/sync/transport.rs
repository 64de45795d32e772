//! [`SyncTransport`]: how the engine reaches the service. The app uses [`ApiClient`] as is;
//! the fault-injecting property test wraps it.

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_shared::{PullResponse, PushRequest, PushResponse, SyncCursor};

/// The service calls a sync pass makes.
pub trait SyncTransport: Send + Sync {
    /// Sends edits; the answer has one result per edit, in order.
    fn push(
        &self,
        token: &str,
        request: &PushRequest,
    ) -> impl std::future::Future<Output = Result<PushResponse, ClientError>> + Send;

    /// Reads what changed after `cursor`.
    fn pull(
        &self,
        token: &str,
        cursor: SyncCursor,
    ) -> impl std::future::Future<Output = Result<PullResponse, ClientError>> + Send;
}

impl SyncTransport for ApiClient {
    async fn push(&self, token: &str, request: &PushRequest) -> Result<PushResponse, ClientError> {
        self.push_mutations(token, request).await
    }

    async fn pull(&self, token: &str, cursor: SyncCursor) -> Result<PullResponse, ClientError> {
        self.pull_changes(token, cursor).await
    }
}
