//! The fault-injecting transport of the sync property test: the real client, with each
//! request of a pass delivered, lost, answered into the void, duplicated, held back behind the
//! next one, or followed by the app's death.

use std::collections::VecDeque;
use std::sync::Mutex;

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_desktop_core::sync::SyncTransport;
use shigoto_shared::{
    NewMessage, PullResponse, PushRequest, PushResponse, SyncCursor, ThreadMessage,
};

/// What happens to the next request of a sync pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Delivered and answered.
    None,
    /// Never reaches the service.
    RequestLost,
    /// Reaches the service; the answer is lost.
    AnswerLost,
    /// Reaches the service twice.
    Duplicated,
    /// Held back and delivered after the next request (which then overtakes it).
    Reordered,
    /// Reaches the service, then the app is killed before it hears back.
    Killed,
}

/// A request of a sync pass that writes (pulls only read, so they are lost or delivered).
#[derive(Debug, Clone)]
enum Request {
    Push(PushRequest),
    Message(i64, NewMessage),
    Read(i64, i64),
}

/// The service's answer to a [`Request`].
enum Answer {
    Pushed(PushResponse),
    Sent(ThreadMessage),
    Read,
}

/// The real client with faults injected between the engine and the service.
pub struct FaultyTransport {
    client: ApiClient,
    pub faults: Mutex<VecDeque<Fault>>,
    held: Mutex<Option<Request>>,
    pub killed: Mutex<bool>,
}

fn lost() -> ClientError {
    ClientError::Unreachable("injected fault".into())
}

impl FaultyTransport {
    pub fn new(client: ApiClient) -> Self {
        Self {
            client,
            faults: Mutex::new(VecDeque::new()),
            held: Mutex::new(None),
            killed: Mutex::new(false),
        }
    }

    fn next_fault(&self) -> Fault {
        self.faults
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Fault::None)
    }

    async fn deliver(&self, token: &str, request: &Request) -> Result<Answer, ClientError> {
        match request {
            Request::Push(push) => self
                .client
                .push_mutations(token, push)
                .await
                .map(Answer::Pushed),
            Request::Message(thread, message) => self
                .client
                .send_message(token, *thread, message)
                .await
                .map(Answer::Sent),
            Request::Read(thread, up_to) => self
                .client
                .mark_read(token, *thread, *up_to)
                .await
                .map(|()| Answer::Read),
        }
    }

    /// Delivers a request held back earlier (its answer goes nowhere).
    pub async fn deliver_held(&self, token: &str) {
        let held = self.held.lock().unwrap().take();
        if let Some(request) = held {
            let _ = self.deliver(token, &request).await;
        }
    }

    /// `request` through the next fault.
    async fn faulty(&self, token: &str, request: Request) -> Result<Answer, ClientError> {
        let answer = match self.next_fault() {
            Fault::None => self.deliver(token, &request).await,
            Fault::RequestLost => Err(lost()),
            Fault::AnswerLost => self.deliver(token, &request).await.and(Err(lost())),
            Fault::Duplicated => {
                let _ = self.deliver(token, &request).await;
                self.deliver(token, &request).await
            }
            Fault::Reordered => {
                *self.held.lock().unwrap() = Some(request);
                return Err(lost());
            }
            Fault::Killed => {
                let _ = self.deliver(token, &request).await;
                *self.killed.lock().unwrap() = true;
                Err(lost())
            }
        };
        // A held-back request arrives after this newer one.
        self.deliver_held(token).await;
        answer
    }
}

fn unexpected() -> ClientError {
    ClientError::Unreachable("an answer of another request".into())
}

impl SyncTransport for FaultyTransport {
    async fn push(&self, token: &str, request: &PushRequest) -> Result<PushResponse, ClientError> {
        match self.faulty(token, Request::Push(request.clone())).await? {
            Answer::Pushed(answer) => Ok(answer),
            _ => Err(unexpected()),
        }
    }

    async fn pull(
        &self,
        token: &str,
        cursor: SyncCursor,
        new_postings: bool,
    ) -> Result<PullResponse, ClientError> {
        match self.next_fault() {
            Fault::RequestLost | Fault::AnswerLost | Fault::Killed | Fault::Reordered => {
                Err(lost())
            }
            Fault::None | Fault::Duplicated => {
                self.client
                    .pull_changes_with(token, cursor, new_postings)
                    .await
            }
        }
    }

    async fn send_message(
        &self,
        token: &str,
        thread_id: i64,
        message: &NewMessage,
    ) -> Result<ThreadMessage, ClientError> {
        match self
            .faulty(token, Request::Message(thread_id, message.clone()))
            .await?
        {
            Answer::Sent(sent) => Ok(sent),
            _ => Err(unexpected()),
        }
    }

    async fn mark_read(&self, token: &str, thread_id: i64, up_to: i64) -> Result<(), ClientError> {
        match self.faulty(token, Request::Read(thread_id, up_to)).await? {
            Answer::Read => Ok(()),
            _ => Err(unexpected()),
        }
    }
}
