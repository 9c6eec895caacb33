//! Accepting connections with limits a hostile network cannot get round: `axum::serve` sets no
//! timer, so a client that sends its headers a byte a minute (slowloris) or opens connections
//! and says nothing holds them, and a socket each, for ever.
//!
//! Here every connection is HTTP/1.1 (what a TLS-terminating proxy speaks to the relay, and what
//! a WebSocket upgrade needs), served by hyper with a timer: the headers of each request must
//! arrive within [`RelayConfig::header_timeout_seconds`], which also bounds how long a kept-alive
//! connection may sit idle between requests. A whole request (its body included) must be handled
//! within [`RelayConfig::request_timeout_seconds`] (`408 timeout`). A connection whose other
//! side stops reading what the relay writes (an answer, a live session's pushes) is closed once
//! a write has made no progress for [`RelayConfig::write_stall_seconds`], so it holds neither
//! its place nor the answer's memory. At most [`RelayConfig::max_connections`] are open at once; more wait in
//! the listen queue. On shutdown the live sessions are closed, requests under way are finished,
//! and after [`SHUTDOWN_DEADLINE`] whatever is left is dropped.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::IntoResponse;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

use crate::{RelayConfig, RelayError};

/// How long a stopping relay waits for requests under way before it drops them.
pub const SHUTDOWN_DEADLINE: Duration = Duration::from_secs(10);

/// The bytes read so far on a request's connection, counted below HTTP and WebSocket: a live
/// session tells from it how much of a message its device has sent and not finished (see
/// `live::Unfinished`). Requests not served by [`serve_connections`] count nothing.
#[derive(Clone, Default)]
pub struct BytesRead(Arc<AtomicU64>);

impl BytesRead {
    pub(crate) fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for BytesRead {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<BytesRead>()
            .cloned()
            .unwrap_or_default())
    }
}

/// A connection's socket that fails a write (and so ends the connection) once writing has made
/// no progress for `stall`: a client that never reads cannot hold the connection, its answer
/// or a live session's pushes in memory. It also counts what is read ([`BytesRead`]).
struct Stalling<T> {
    inner: T,
    stall: Duration,
    read: BytesRead,
    /// When the current stretch of no progress will count as a stall.
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> Stalling<T> {
    fn new(inner: T, stall: Duration, read: BytesRead) -> Stalling<T> {
        Stalling {
            inner,
            stall,
            read,
            deadline: None,
        }
    }

    /// After a write returned `result`: progress clears the clock, waiting starts it (or
    /// fails once it has run out).
    fn watch<R>(
        &mut self,
        cx: &mut Context<'_>,
        result: Poll<std::io::Result<R>>,
    ) -> Poll<std::io::Result<R>> {
        match result {
            Poll::Ready(done) => {
                self.deadline = None;
                Poll::Ready(done)
            }
            Poll::Pending => {
                let stall = self.stall;
                let deadline = self
                    .deadline
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(stall)));
                if deadline.as_mut().poll(cx).is_ready() {
                    return Poll::Ready(Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "the other side stopped reading",
                    )));
                }
                Poll::Pending
            }
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Stalling<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = result {
            let read = (buf.filled().len() - before) as u64;
            self.read.0.fetch_add(read, Ordering::Relaxed);
        }
        result
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Stalling<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let result = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.watch(cx, result)
    }

    // Only writes count: a socket's flush is done at once, and taking it for progress would
    // clear the clock while nothing moves.
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Answers `408 timeout` for a request not handled within `limit` (a body sent slowly, a
/// database that does not answer). A WebSocket's handler returns at the upgrade, so a live
/// session is not cut by it.
pub fn with_request_timeout(router: Router, limit: Duration) -> Router {
    router.layer(axum::middleware::from_fn(
        move |request: Request, next: Next| async move {
            match tokio::time::timeout(limit, next.run(request)).await {
                Ok(response) => response,
                Err(_) => RelayError::Timeout.into_response(),
            }
        },
    ))
}

/// Serves `app` on `listener` until `shutdown` completes (see the module documentation).
pub async fn serve_connections(
    listener: TcpListener,
    app: Router,
    config: &RelayConfig,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let header_timeout = Duration::from_secs(config.header_timeout_seconds);
    let write_stall = Duration::from_secs(config.write_stall_seconds);
    let open = Arc::new(Semaphore::new(config.max_connections));
    // `stop` is dropped to tell every connection to finish; each holds a clone of `running`
    // until it has, so `finished.closed()` completes when the last one ends.
    let (stop, stopping) = watch::channel(());
    let (finished, running) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A permit first: over the limit, connections wait in the kernel's queue, not here.
        let permit = tokio::select! {
            permit = Arc::clone(&open).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, or a connection reset before it was accepted: wait a
                // moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let read = BytesRead::default();
        let stream = Stalling::new(stream, write_stall, read.clone());
        let app = TowerToHyperService::new(app.clone());
        let service =
            hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(read.clone());
                hyper::service::Service::call(&app, request)
            });
        let mut stopping = stopping.clone();
        let running = running.clone();
        tokio::spawn(async move {
            // hyper's own HTTP/1 connection: hyper-util's `auto` one first waits, with no timer,
            // for bytes to tell the version by, so a connection that says nothing stays open.
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades();
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stopping.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop(running);
            drop(permit);
        });
    }
    drop(listener);
    drop(stop);
    drop(running);
    let _ = tokio::time::timeout(SHUTDOWN_DEADLINE, finished.closed()).await;
}
