//! The relay between a victim's app and their advocate's: it stores and forwards sealed bytes
//! and learns nothing else.
//!
//! A *mailbox* is a random 32-byte id chosen by the apps at pairing, with the public keys of the
//! devices allowed to use it. Every request is signed by one of those keys (see [`auth`]);
//! messages are opaque, already padded by the client to one of [`SIZE_BUCKETS`], and numbered
//! per mailbox. Live sessions hold a WebSocket on which new messages are pushed as they arrive;
//! everything else is plain HTTP.
//!
//! HTTP API (all bodies are bytes; every error is JSON `{"error": code, "message": text}`; the
//! limits on each, and their refusals, are in `limits.rs`, `server.rs` and docs/relay.md):
//!
//! | Request | What it does |
//! |---|---|
//! | `GET /healthz` | `{"status":"ok"}` once the database has answered; 500 `internal` if it does not |
//! | `PUT /v1/mailboxes/{id}` | creates a mailbox; body: the number of owners (one byte), then the writers' keys, 32 bytes each, the owners first (without the count byte: every writer owns it); signed by one of them |
//! | `PUT /v1/mailboxes/{id}/writers` | replaces the writers (device removed, keys rotated); owners only, and the owners stay writers |
//! | `DELETE /v1/mailboxes/{id}` | removes the mailbox and every message in it (sharing revoked); owners only |
//! | `POST /v1/mailboxes/{id}/messages` | stores one message; answers `{"seq": n}` |
//! | `GET /v1/mailboxes/{id}/messages?after=n&limit=m` | messages after `n`, each as `seq u64 BE, length u32 BE, bytes` |
//! | `GET /v1/mailboxes/{id}/live` | WebSocket (see below) |
//!
//! A live session is authorised once, by the signed upgrade request. From then on the relay
//! pushes every new message in the mailbox as one binary frame (`seq u64 BE`, then the bytes),
//! and the device may post messages as binary frames too (each padded to a bucket; the relay
//! answers with an 8-byte frame holding the stored `seq`). Changing a mailbox's writers or
//! deleting it ends its live sessions; a device removed from it cannot come back.
//!
//! A live session may also *pass on* a message without storing it (who is looking at what,
//! which is only worth anything for a moment): a binary frame of [`PASS_ON`] followed by a
//! padded message goes to the mailbox's other live sessions, pushed with `seq` 0, and is never
//! answered (one over the rate limit is dropped).

pub mod auth;
pub mod config;
mod limits;
pub mod server;
pub mod storage;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;
use thiserror::Error;
use tokio::sync::broadcast;

pub use config::RelayConfig;
pub use storage::{Access, MailboxId, PublicKey, Quota, Storage};

use auth::{SeenSignatures, Signer};
use limits::{Buckets, SessionLimits};

/// Sizes a message may have: the client pads to the next one (a sealed frame, see
/// `harbour_sync::frame`), so the relay (and anyone watching it) learns only the bucket.
pub use harbour_sync::{PASS_ON, SIZE_BUCKETS};
/// At most this many writers per mailbox (a victim's devices and an advocate's).
pub const MAX_WRITERS: usize = 16;
/// At most this many messages per read, and at most about this many bytes (always at least one
/// message), so one read cannot take the relay's memory.
pub const MAX_READ: u32 = 64;
pub const MAX_READ_BYTES: usize = 8 * 1024 * 1024;
/// The most bytes of read answers held at once, across the whole relay: a read waits for room
/// (within its request's time) rather than many readers that never take their answers filling
/// the relay's memory. Each answer's share is given back as it is dropped.
const READS_IN_FLIGHT: usize = 256 * 1024 * 1024;
/// The room a read takes before it knows its size: its bodies' cap and their framing.
const READ_RESERVE: usize = MAX_READ_BYTES + 12 * MAX_READ as usize;
/// A read answer is sent in pieces of this size.
const READ_CHUNK: usize = 64 * 1024;

#[derive(Debug, Error)]
pub enum RelayError {
    #[error("{0}")]
    BadRequest(&'static str),
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("this key may not use this mailbox")]
    Forbidden,
    #[error("no such mailbox")]
    NotFound,
    #[error("the mailbox exists with other writers")]
    Conflict,
    #[error("this request was already received")]
    Replayed,
    #[error("too many requests; try again shortly")]
    RateLimited,
    #[error("too many live sessions for this key or mailbox; close one first")]
    TooManySessions,
    #[error("the request took too long")]
    Timeout,
    #[error("the mailbox holds all it may; messages are removed as they expire")]
    MailboxFull,
    #[error("the relay's disk is nearly full; try again later")]
    RelayFull,
    #[error("the relay is stopping or its database is away; try again shortly")]
    Unavailable,
    #[error("storage: {0}")]
    Internal(String),
}

impl From<rusqlite::Error> for RelayError {
    fn from(e: rusqlite::Error) -> Self {
        RelayError::Internal(e.to_string())
    }
}

impl From<tokio_postgres::Error> for RelayError {
    fn from(e: tokio_postgres::Error) -> Self {
        RelayError::Internal(e.to_string())
    }
}

// No connection to PostgreSQL just now (it is down, or every connection is busy): the client
// is told to come back shortly, as while the relay is stopping.
impl From<deadpool_postgres::PoolError> for RelayError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        // For whoever runs the relay (a wrong password looks like "busy" to the apps): about
        // the database, never about a request.
        eprintln!("harbour-relay: no PostgreSQL connection: {e}");
        RelayError::Unavailable
    }
}

impl RelayError {
    /// What the client is told: a stable code and a message. Storage details stay in the relay.
    fn body(&self) -> serde_json::Value {
        let message = match self {
            RelayError::Internal(_) => "the relay could not do this just now".to_owned(),
            other => other.to_string(),
        };
        json!({ "error": self.status_and_code().1, "message": message })
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            RelayError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            RelayError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            RelayError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            RelayError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            RelayError::Conflict => (StatusCode::CONFLICT, "conflict"),
            RelayError::Replayed => (StatusCode::CONFLICT, "replayed"),
            RelayError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            RelayError::TooManySessions => (StatusCode::TOO_MANY_REQUESTS, "too_many_sessions"),
            RelayError::Timeout => (StatusCode::REQUEST_TIMEOUT, "timeout"),
            RelayError::MailboxFull => (StatusCode::INSUFFICIENT_STORAGE, "mailbox_full"),
            RelayError::RelayFull => (StatusCode::INSUFFICIENT_STORAGE, "relay_full"),
            RelayError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            RelayError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for RelayError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        // Storage details stay in the relay; the client gets the code.
        let message = match &self {
            RelayError::Internal(_) => "the relay could not do this just now".to_owned(),
            other => other.to_string(),
        };
        (
            status,
            axum::Json(json!({ "error": code, "message": message })),
        )
            .into_response()
    }
}

/// One message as pushed to live sessions: its number, its bytes, and the session that posted
/// it (0 for HTTP), which already knows it.
type Pushed = Arc<(u64, Bytes, u64)>;

/// Per live session, far less than tungstenite's defaults (128 KiB each way): thousands of
/// sessions are held open, and a message larger than this still arrives (the buffer grows).
const SESSION_BUFFER: usize = 4096;
/// Messages a live session may fall behind before it is told to catch up with a read.
const SESSION_BACKLOG: usize = 16;
/// How often a live session is pinged, and how long it may stay silent (no pong, no post)
/// before the relay ends it.
const PING_EVERY: Duration = Duration::from_secs(30);
const SILENT_FOR: Duration = Duration::from_secs(90);
/// How long a push may wait on a device that does not read: past it the session ends (its
/// device catches up with a read when it comes back), so one stuck socket holds nothing.
const SEND_WITHIN: Duration = Duration::from_secs(20);
/// How often buckets that have refilled are forgotten.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// Everything the handlers share.
pub struct Relay {
    storage: Storage,
    seen: SeenSignatures,
    /// Messages per mailbox.
    buckets: Buckets<MailboxId>,
    /// New mailboxes, for the whole relay and per key.
    new_mailboxes: Buckets<()>,
    new_mailboxes_per_key: Buckets<PublicKey>,
    sessions_open: Arc<SessionLimits>,
    /// Bytes of read answers held now (see [`READS_IN_FLIGHT`]).
    reads_in_flight: Arc<tokio::sync::Semaphore>,
    quota: Quota,
    min_free_bytes: u64,
    live: Mutex<HashMap<MailboxId, broadcast::Sender<Pushed>>>,
    sessions: std::sync::atomic::AtomicU64,
    /// Set when the relay is stopping: no new live sessions, and the open ones are ended so
    /// the graceful shutdown does not wait on them for ever.
    stopping: std::sync::atomic::AtomicBool,
    clock: fn() -> i64,
}

/// Locks `m`, also after a panic elsewhere while it was held: the maps behind these locks stay
/// consistent between statements, and refusing every later request would be worse.
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn system_clock() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl Relay {
    pub fn new(storage: Storage, config: &RelayConfig) -> Arc<Relay> {
        Arc::new(Relay {
            storage,
            seen: SeenSignatures::default(),
            buckets: Buckets::new(config.rate_per_second, config.burst),
            new_mailboxes: Buckets::new(
                config.new_mailboxes_per_minute / 60.0,
                config.new_mailboxes_per_minute.max(1.0),
            ),
            new_mailboxes_per_key: Buckets::new(
                config.new_mailboxes_per_key_per_hour / 3600.0,
                config.new_mailboxes_per_key_per_hour.max(1.0),
            ),
            sessions_open: Arc::new(SessionLimits::new(config)),
            reads_in_flight: Arc::new(tokio::sync::Semaphore::new(READS_IN_FLIGHT)),
            quota: Quota {
                bytes: config.mailbox_max_bytes,
                messages: config.mailbox_max_messages,
            },
            min_free_bytes: config.min_free_disk_mb.saturating_mul(1024 * 1024),
            live: Mutex::new(HashMap::new()),
            sessions: std::sync::atomic::AtomicU64::new(1),
            stopping: std::sync::atomic::AtomicBool::new(false),
            clock: system_clock,
        })
    }

    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// Forgets the rate buckets that have refilled; returns how many are left.
    pub fn prune(&self) -> usize {
        self.buckets.prune() + self.new_mailboxes.prune() + self.new_mailboxes_per_key.prune()
    }

    /// Pushes to the mailbox's live sessions, if it has any (nothing is kept for one that has
    /// none: a map entry per mailbox ever written to would grow for ever).
    fn push(&self, id: MailboxId, message: Pushed) {
        if let Some(sender) = lock(&self.live).get(&id) {
            let _ = sender.send(message);
        }
    }

    fn live_sender(&self, id: MailboxId) -> broadcast::Sender<Pushed> {
        let mut live = lock(&self.live);
        live.entry(id)
            .or_insert_with(|| broadcast::channel(SESSION_BACKLOG).0)
            .clone()
    }

    /// Ends every live session on a mailbox (its writers changed, or it was deleted).
    fn end_sessions(&self, id: MailboxId) {
        let mut live = lock(&self.live);
        live.remove(&id);
    }

    /// Stops taking live sessions and ends every open one (each is told with a close frame).
    pub fn end_all_sessions(&self) {
        self.stopping
            .store(true, std::sync::atomic::Ordering::SeqCst);
        lock(&self.live).clear();
    }

    /// Forgets a mailbox's channel once its last session has gone, so the map stays small.
    fn session_ended(&self, id: MailboxId) {
        let mut live = lock(&self.live);
        if live.get(&id).is_some_and(|s| s.receiver_count() == 0) {
            live.remove(&id);
        }
    }

    /// Stores a message and pushes it to the mailbox's live sessions.
    async fn store(
        &self,
        id: MailboxId,
        body: Bytes,
        from_session: u64,
    ) -> Result<u64, RelayError> {
        if !SIZE_BUCKETS.contains(&body.len()) {
            return Err(RelayError::BadRequest(
                "a message must be padded to one of the size buckets",
            ));
        }
        if !self.buckets.take(id) {
            return Err(RelayError::RateLimited);
        }
        if !self.storage.has_room(self.min_free_bytes) {
            return Err(RelayError::RelayFull);
        }
        let seq = self
            .storage
            .append(id, body.to_vec(), (self.clock)(), self.quota)
            .await?;
        // Nobody listening is fine: the message waits in the mailbox.
        self.push(id, Arc::new((seq, body, from_session)));
        Ok(seq)
    }

    /// Pushes a message to the mailbox's other live sessions without storing it.
    fn pass_on(&self, id: MailboxId, body: Bytes, from_session: u64) -> Result<(), RelayError> {
        if !SIZE_BUCKETS.contains(&body.len()) {
            return Err(RelayError::BadRequest(
                "a message must be padded to one of the size buckets",
            ));
        }
        if !self.buckets.take(id) {
            return Err(RelayError::RateLimited);
        }
        self.push(id, Arc::new((0, body, from_session)));
        Ok(())
    }

    /// Checks the signature and that the signer may use the mailbox; who may.
    async fn authorise(
        &self,
        id: MailboxId,
        headers: &HeaderMap,
        method: &Method,
        uri: &Uri,
        body: &[u8],
    ) -> Result<Access, RelayError> {
        let signer = self.verify(headers, method, uri, body)?;
        self.check_writer(id, signer).await
    }

    /// [`Relay::authorise`], for what only an owner may do (replace the writers, delete): the
    /// owner who signed, and who may use the mailbox.
    async fn authorise_owner(
        &self,
        id: MailboxId,
        headers: &HeaderMap,
        method: &Method,
        uri: &Uri,
        body: &[u8],
    ) -> Result<(PublicKey, Access), RelayError> {
        let Signer(key) = self.verify(headers, method, uri, body)?;
        let access = self.check_writer(id, Signer(key)).await?;
        if !access.owners.contains(&key) {
            return Err(RelayError::Forbidden);
        }
        Ok((key, access))
    }

    /// Who may use the mailbox, if `signer` is one of its writers.
    async fn check_writer(&self, id: MailboxId, Signer(key): Signer) -> Result<Access, RelayError> {
        let access = self.storage.access(id).await?.ok_or(RelayError::NotFound)?;
        if !access.writers.contains(&key) {
            return Err(RelayError::Forbidden);
        }
        Ok(access)
    }

    fn verify(
        &self,
        headers: &HeaderMap,
        method: &Method,
        uri: &Uri,
        body: &[u8],
    ) -> Result<Signer, RelayError> {
        let path = uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or(uri.path());
        auth::verify(
            headers,
            method.as_str(),
            path,
            body,
            (self.clock)(),
            &self.seen,
        )
    }
}

fn mailbox_id(text: &str) -> Result<MailboxId, RelayError> {
    hex::decode(text)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(RelayError::BadRequest(
            "the mailbox id must be 32 bytes in hex",
        ))
}

/// A new mailbox's writers and owners from its body: a count of owners then the keys, owners
/// first; or the keys alone, every writer an owner (as mailboxes were made before owners).
fn access_from(body: &[u8]) -> Result<Access, RelayError> {
    if body.len() % 32 != 1 {
        let writers = keys_from(body)?;
        return Ok(Access {
            owners: writers.clone(),
            writers,
            owners_named: false,
        });
    }
    let owners = usize::from(body[0]);
    let keys = &body[1..];
    if owners == 0 || owners * 32 > keys.len() {
        return Err(RelayError::BadRequest(
            "the owners must be 1 or more of the writers",
        ));
    }
    Ok(Access {
        writers: keys_from(keys)?,
        owners: keys_from(&keys[..owners * 32])?,
        owners_named: true,
    })
}

fn keys_from(body: &[u8]) -> Result<Vec<PublicKey>, RelayError> {
    if body.is_empty() || !body.len().is_multiple_of(32) || body.len() / 32 > MAX_WRITERS {
        return Err(RelayError::BadRequest(
            "the writers must be 1 to 16 keys of 32 bytes",
        ));
    }
    let mut keys: Vec<PublicKey> = body
        .chunks_exact(32)
        .filter_map(|c| c.try_into().ok())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    Ok(keys)
}

/// The HTTP and WebSocket routes over `relay`.
pub fn router(relay: Arc<Relay>, max_body: usize) -> Router {
    Router::new()
        .route("/healthz", get(health))
        .route(
            "/v1/mailboxes/{id}",
            put(create_mailbox).delete(delete_mailbox),
        )
        .route("/v1/mailboxes/{id}/writers", put(set_writers))
        .route(
            "/v1/mailboxes/{id}/messages",
            post(post_message).get(read_messages),
        )
        .route("/v1/mailboxes/{id}/live", get(live))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::map_response(json_errors))
        .with_state(relay)
}

/// Every error answer in the relay's JSON form, also those axum makes by itself (a malformed
/// query, a body over the limit, an unknown path or method, a request that isn't a WebSocket
/// upgrade where one is needed), so a client never has to read plain text.
async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let code = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    let message = status
        .canonical_reason()
        .unwrap_or("the request could not be handled")
        .to_ascii_lowercase();
    let mut json = (
        status,
        axum::Json(json!({ "error": code, "message": message })),
    )
        .into_response();
    // The original's other headers (such as `Allow` on a 405) still hold.
    for (name, value) in response.headers() {
        if name != axum::http::header::CONTENT_TYPE && name != axum::http::header::CONTENT_LENGTH {
            json.headers_mut().append(name, value.clone());
        }
    }
    json
}

/// Healthy when the storage answers (a load balancer should stop sending requests otherwise).
async fn health(
    State(relay): State<Arc<Relay>>,
) -> Result<axum::Json<serde_json::Value>, RelayError> {
    relay.storage.check().await?;
    Ok(axum::Json(json!({ "status": "ok" })))
}

async fn create_mailbox(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, RelayError> {
    let id = mailbox_id(&id)?;
    let Access {
        writers,
        owners,
        owners_named,
    } = access_from(&body)?;
    let Signer(key) = relay.verify(&headers, &method, &uri, &body)?;
    if !writers.contains(&key) {
        return Err(RelayError::Forbidden);
    }
    // The key's own limit first: one key making many cannot use up everyone's.
    if !relay.new_mailboxes_per_key.take(key) {
        return Err(RelayError::RateLimited);
    }
    if !relay.new_mailboxes.take(()) {
        relay.new_mailboxes_per_key.give_back(key);
        return Err(RelayError::RateLimited);
    }
    let named: &[PublicKey] = if owners_named { &owners } else { &[] };
    let created = relay.storage.create_mailbox(id, &writers, named).await;
    if !matches!(created, Ok(storage::Created::New)) {
        // Only a new mailbox counts (both apps create the meeting place; one makes it).
        relay.new_mailboxes.give_back(());
        relay.new_mailboxes_per_key.give_back(key);
    }
    match created? {
        storage::Created::New => Ok(StatusCode::CREATED),
        storage::Created::Same => Ok(StatusCode::OK),
        storage::Created::Conflict => Err(RelayError::Conflict),
    }
}

async fn set_writers(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, RelayError> {
    let id = mailbox_id(&id)?;
    let writers = keys_from(&body)?;
    let (key, current) = relay
        .authorise_owner(id, &headers, &method, &uri, &body)
        .await?;
    // An owner cannot be written out: the mailbox would have nobody who may delete it. (Made
    // before owners were named, every writer owns it, and the one replacing them stays.)
    let staying: &[PublicKey] = if current.owners_named {
        &current.owners
    } else {
        std::slice::from_ref(&key)
    };
    if !staying.iter().all(|o| writers.contains(o)) {
        return Err(RelayError::BadRequest("the owners must stay writers"));
    }
    // Only if nobody changed them since they were checked: a device being removed cannot
    // race its own removal and write itself back.
    relay
        .storage
        .set_writers(id, &current.writers, &writers)
        .await?;
    // Sessions re-authorise when they reconnect, so a removed device is out at once.
    relay.end_sessions(id);
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_mailbox(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, RelayError> {
    let id = mailbox_id(&id)?;
    relay
        .authorise_owner(id, &headers, &method, &uri, &body)
        .await?;
    relay.storage.delete_mailbox(id).await?;
    relay.end_sessions(id);
    relay.buckets.forget(id);
    Ok(StatusCode::NO_CONTENT)
}

async fn post_message(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<axum::Json<serde_json::Value>, RelayError> {
    let id = mailbox_id(&id)?;
    relay.authorise(id, &headers, &method, &uri, &body).await?;
    let seq = relay.store(id, body, 0).await?;
    Ok(axum::Json(json!({ "seq": seq })))
}

#[derive(Deserialize)]
struct ReadQuery {
    #[serde(default)]
    after: u64,
    limit: Option<u32>,
}

async fn read_messages(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    Query(query): Query<ReadQuery>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, RelayError> {
    let id = mailbox_id(&id)?;
    relay.authorise(id, &headers, &method, &uri, &[]).await?;
    // Room for the answer before anything is loaded; what it does not use is given back.
    let reserve = u32::try_from(READ_RESERVE).unwrap_or(u32::MAX);
    let mut room = Arc::clone(&relay.reads_in_flight)
        .acquire_many_owned(reserve)
        .await
        .map_err(|_| RelayError::Unavailable)?;
    let limit = query.limit.unwrap_or(MAX_READ).clamp(1, MAX_READ);
    let messages = relay
        .storage
        .read(id, query.after, limit, MAX_READ_BYTES)
        .await?;
    let mut out = Vec::new();
    // The storage kept the bodies within MAX_READ_BYTES; each adds its 12 bytes of framing.
    for m in messages {
        out.extend_from_slice(&m.seq.to_be_bytes());
        let len = u32::try_from(m.body.len())
            .map_err(|_| RelayError::Internal("message too large".into()))?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&m.body);
    }
    drop(room.split(READ_RESERVE.saturating_sub(out.len())));
    // Sent in pieces; the room is given back when the answer is dropped (sent, or the
    // connection closed for not reading it).
    let out = Bytes::from(out);
    let pieces: Vec<Bytes> = (0..out.len())
        .step_by(READ_CHUNK)
        .map(|at| out.slice(at..(at + READ_CHUNK).min(out.len())))
        .collect();
    let body = futures_util::stream::iter(pieces).map(move |piece| {
        let _held = &room;
        Ok::<_, std::convert::Infallible>(piece)
    });
    Ok(axum::body::Body::from_stream(body).into_response())
}

async fn live(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Result<Response, RelayError> {
    let id = mailbox_id(&id)?;
    let signer = relay.verify(&headers, &method, &uri, &[])?;
    relay.check_writer(id, signer).await?;
    if relay.stopping.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(RelayError::Unavailable);
    }
    // Held for as long as the session is open.
    let slot = relay
        .sessions_open
        .open(signer.0, id)
        .ok_or(RelayError::TooManySessions)?;
    let receiver = relay.live_sender(id).subscribe();
    // Checked again once subscribed: a removal that ended the sessions in between must not
    // leave this one on a fresh channel.
    relay.check_writer(id, signer).await?;
    let session = relay
        .sessions
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(upgrade
        .read_buffer_size(SESSION_BUFFER)
        .write_buffer_size(0)
        // One byte more than the largest bucket: a message passed on carries the PASS_ON byte.
        .max_message_size(SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] + 1)
        .max_frame_size(SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] + 1)
        .on_upgrade(move |socket| async move {
            live_session(socket, &relay, id, session, receiver).await;
            drop(slot);
            relay.session_ended(id);
        }))
}

/// Pushes each new message and stores what the device posts, until either side goes away or
/// the mailbox's sessions are ended.
async fn live_session(
    mut socket: WebSocket,
    relay: &Relay,
    id: MailboxId,
    session: u64,
    mut receiver: broadcast::Receiver<Pushed>,
) {
    let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + PING_EVERY, PING_EVERY);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_heard = tokio::time::Instant::now();
    loop {
        tokio::select! {
            _ = ping.tick() => {
                // A device that vanished without closing (sleep, a dropped network) would
                // otherwise hold its session until a push happened to fail.
                if last_heard.elapsed() > SILENT_FOR {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return;
                }
                if send(&mut socket, Message::Ping(Bytes::new())).await.is_err() {
                    return;
                }
            }
            message = receiver.recv() => match message {
                Ok(m) if m.2 == session => {}
                Ok(m) => {
                    let mut frame = Vec::with_capacity(8 + m.1.len());
                    frame.extend_from_slice(&m.0.to_be_bytes());
                    frame.extend_from_slice(&m.1);
                    if send(&mut socket, Message::Binary(frame.into())).await.is_err() {
                        return;
                    }
                }
                // Fell behind: the client catches up with a read.
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    if send(&mut socket, Message::Text("lagged".into())).await.is_err() {
                        return;
                    }
                }
                Err(broadcast::error::RecvError::Closed) => {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return;
                }
            },
            incoming = socket.recv() => {
                last_heard = tokio::time::Instant::now();
                match incoming {
                Some(Ok(Message::Binary(body))) => {
                    // Sessions ended (writers changed, mailbox deleted) take no more posts.
                    if receiver.is_closed() {
                        let _ = send(&mut socket, Message::Close(None)).await;
                        return;
                    }
                    // One byte longer than a bucket, so never mistaken for a message to store.
                    let passing = body.first() == Some(&PASS_ON)
                        && SIZE_BUCKETS.contains(&(body.len() - 1));
                    let reply = if passing {
                        // Never answered, not even when refused: answers pair one to one with
                        // stored posts, and what is passed on is worth little a moment later.
                        let _ = relay.pass_on(id, body.slice(1..), session);
                        None
                    } else {
                        Some(match relay.store(id, body, session).await {
                            Ok(seq) => Message::Binary(seq.to_be_bytes().to_vec().into()),
                            Err(e) => Message::Text(e.body().to_string().into()),
                        })
                    };
                    if let Some(reply) = reply
                        && send(&mut socket, reply).await.is_err()
                    {
                        return;
                    }
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                _ => return,
                }
            },
        }
    }
}

/// Sends one frame, or fails if the device has not taken it within [`SEND_WITHIN`].
async fn send(socket: &mut WebSocket, message: Message) -> Result<(), ()> {
    match tokio::time::timeout(SEND_WITHIN, socket.send(message)).await {
        Ok(Ok(())) => Ok(()),
        _ => Err(()),
    }
}

/// Runs the relay until `shutdown` completes, then finishes requests under way and stops.
/// Expired messages are removed at start and every hour.
pub async fn serve(
    config: RelayConfig,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), RelayError> {
    let storage = Storage::open(&config.database, config.database_ca.as_deref()).await?;
    let relay = Relay::new(storage, &config);
    let retention = i64::from(config.retention_days) * 86_400;
    let expiring = Arc::clone(&relay);
    let expiry = tokio::spawn(async move {
        loop {
            // Told to the operator (it is about the database, never a request); tried again
            // at the next sweep.
            if let Err(e) = expiring
                .storage
                .expire((expiring.clock)() - retention)
                .await
            {
                eprintln!("harbour-relay: removing old messages failed: {e}");
            }
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });
    let pruning = Arc::clone(&relay);
    let prune = tokio::spawn(async move {
        loop {
            tokio::time::sleep(PRUNE_EVERY).await;
            pruning.prune();
        }
    });
    let stopping = Arc::clone(&relay);
    let shutdown = async move {
        shutdown.await;
        // Live sessions never end on their own: close them, or the graceful shutdown waits.
        stopping.end_all_sessions();
    };
    let app = server::with_request_timeout(
        router(relay, config.max_frame_bytes + 4096),
        Duration::from_secs(config.request_timeout_seconds),
    );
    server::serve_connections(listener, app, &config, shutdown).await;
    expiry.abort();
    prune.abort();
    Ok(())
}
