//! Serving connections: hyper with limits that plain `axum::serve` does not set. A client that
//! sends its request headers too slowly is dropped ([`HEADER_READ_TIMEOUT`]); the router cuts
//! off a request body that trickles ([`BODY_TIMEOUT`]) and caps bodies ([`MAX_BODY_BYTES`]),
//! answering the usual JSON error; stopping waits for requests in flight.

use std::time::Duration;

use axum::extract::{ConnectInfo, Request};
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceExt as _;

/// A connection must deliver a request's headers within this time.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// A request's body must arrive within this time.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(15);
/// Request bodies larger than this are refused (413) before they are read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The largest body of the MyPage sync push (up to 500 queued edits).
pub const MAX_PUSH_BODY_BYTES: usize = 1024 * 1024;
/// The largest body of 応募する: three PDFs of 5 MB in base64, and the rest of the request.
pub const MAX_UPLOAD_BODY_BYTES: usize = shigoto_domain::application::MAX_DOCUMENTS
    * (shigoto_domain::application::MAX_DOCUMENT_BYTES as usize).div_ceil(3)
    * 4
    + MAX_BODY_BYTES;
/// 応募する's body must arrive within this time (20 MB over a slow uplink).
pub const UPLOAD_BODY_TIMEOUT: Duration = Duration::from_secs(120);
/// Answers larger than this are gzip-compressed for clients that accept it (smaller ones
/// would gain too little for the work).
pub const COMPRESS_ABOVE_BYTES: u16 = 1024;
/// How long stopping waits for requests in flight.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Accepts connections on `listener` and serves `app` on each until `stopped` turns true, then
/// lets the requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    mut stopped: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(Duration::from_secs(30)));
    let graceful = GracefulShutdown::new();
    let stop = async move {
        // The guard `wait_for` returns is dropped at once: it must not live across an await.
        let _ = stopped.wait_for(|stop| *stop).await.is_ok();
    };
    tokio::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let service =
            app.clone()
                .map_request(move |mut request: Request<hyper::body::Incoming>| {
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request
                });
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service))
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(error = %err, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN_TIMEOUT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after the drain timeout were dropped");
    }
    Ok(())
}
