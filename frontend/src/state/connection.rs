//! Whether the hosted service answers, as the last answers showed: the header's indicator and
//! the banner under it. Every call through [`crate::hooks::api`] reports here; the status (with
//! the count of postings) is also read again every few minutes, so the count follows the
//! service.

use shigoto_shared::{ApiError, ServiceStatus};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::hooks::every::use_every;
use crate::ipc;
use crate::state::store::{use_store, StoreHandle, Update};

/// What is known about the connection to the hosted service.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Connection {
    #[default]
    Checking,
    Online(ServiceStatus),
    /// Not reachable; the status is kept when it was known, for the service address.
    Offline(Option<ServiceStatus>),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectionState {
    pub connection: Connection,
    /// The service could not be reached on the last call: show the banner.
    pub unreachable: bool,
}

impl ConnectionState {
    pub fn went_offline(&mut self) {
        self.unreachable = true;
        let known = match &self.connection {
            Connection::Online(status) => Some(status.clone()),
            Connection::Offline(status) => status.clone(),
            Connection::Checking => None,
        };
        self.connection = Connection::Offline(known);
    }

    pub fn came_online(&mut self) {
        self.unreachable = false;
        if let Connection::Offline(Some(status)) = &self.connection {
            let mut status = status.clone();
            status.reachable = true;
            self.connection = Connection::Online(status);
        }
    }

    fn checking(&mut self) {
        if !matches!(self.connection, Connection::Online(_)) {
            self.connection = Connection::Checking;
        }
    }

    fn status_loaded(&mut self, result: Result<ServiceStatus, ApiError>) {
        match result {
            Ok(status) if status.reachable => {
                self.unreachable = false;
                self.connection = Connection::Online(status);
            }
            Ok(status) => {
                self.unreachable = true;
                self.connection = Connection::Offline(Some(status));
            }
            Err(err) => {
                self.unreachable = ipc::is_unreachable(&err);
                self.connection = Connection::Offline(None);
            }
        }
    }
}

/// The connection context.
#[derive(Clone, PartialEq)]
pub struct ConnectionContext(pub StoreHandle<ConnectionState>);

impl ConnectionContext {
    pub fn state(&self) -> &ConnectionState {
        &self.0
    }

    /// Asks `service_status` again (start-up, 「再確認」).
    pub fn recheck(&self) {
        self.0.update(ConnectionState::checking);
        let store = self.0.clone();
        spawn_local(async move {
            let result = ipc::service_status().await;
            store.update_once(move |s| s.status_loaded(result));
        });
    }

    /// A pass of the background sync could not reach the service.
    pub fn went_offline(&self) {
        self.0.update(ConnectionState::went_offline);
    }

    /// Notes what a call's answer says about the connection.
    pub fn answered<T>(&self, result: &Result<T, ApiError>) {
        let reached = match result {
            Ok(_) => Some(true),
            Err(err) if ipc::is_unreachable(err) => Some(false),
            Err(_) => None,
        };
        match reached {
            Some(true) => self.0.update(ConnectionState::came_online),
            Some(false) => self.0.update(ConnectionState::went_offline),
            None => {}
        }
    }
}

/// How often the header's status (reachable, 公開求人 N件) is read again while the app runs.
const STATUS_REFRESH_SECONDS: u64 = 5 * 60;

#[hook]
pub fn use_connection_store() -> ConnectionContext {
    let store = use_store::<ConnectionState>();
    let context = ConnectionContext(store);
    {
        let context = context.clone();
        use_effect_with((), move |()| context.recheck());
    }
    {
        let context = context.clone();
        use_every(
            STATUS_REFRESH_SECONDS,
            Callback::from(move |()| context.recheck()),
        );
    }
    context
}

/// The connection context. The provider tree in [`crate::app`] always provides it.
#[hook]
pub fn use_connection() -> ConnectionContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    use_context::<ConnectionContext>().expect("ConnectionContext is provided by the app")
}
