//! The HTTP routes: mailboxes made, their writers replaced, deleted; messages posted and read.
//! Every request to an existing mailbox comes in as an [`Authorised`] one.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;

use crate::auth;
use crate::storage::{self, Access, MailboxId, PublicKey};
use crate::{MAX_READ, MAX_READ_BYTES, MAX_WRITERS, Relay, RelayError, error, live};

/// The room a read takes before it knows its size: its bodies' cap and their framing.
const READ_RESERVE: usize = MAX_READ_BYTES + 12 * MAX_READ as usize;
/// A read answer is sent in pieces of this size.
const READ_CHUNK: usize = 64 * 1024;
/// The largest body of a request that names keys (a new mailbox, new writers): room for a few
/// more than [`MAX_WRITERS`], so too many is told as such, not as a body too large.
const KEYS_BODY_MAX: usize = 1 + 32 * 2 * MAX_WRITERS;

/// The HTTP and WebSocket routes over `relay`; `max_body`: the largest message's body.
pub fn router(relay: Arc<Relay>, max_body: usize) -> Router {
    Router::new()
        .route("/healthz", get(health))
        .route(
            "/v1/mailboxes/{id}",
            put(create_mailbox)
                .layer(DefaultBodyLimit::max(KEYS_BODY_MAX))
                .delete(delete_mailbox),
        )
        .route(
            "/v1/mailboxes/{id}/writers",
            put(set_writers).layer(DefaultBodyLimit::max(KEYS_BODY_MAX)),
        )
        .route(
            "/v1/mailboxes/{id}/messages",
            post(post_message).get(read_messages),
        )
        .route("/v1/mailboxes/{id}/live", get(live::open))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::map_response(error::json_errors))
        .with_state(relay)
}

/// A request to an existing mailbox by one of its writers, its signature checked over the
/// whole request and accepted once.
///
/// Who signed, and whether that key may use the mailbox, are asked before the body is read:
/// someone who is not a writer cannot make the relay take in (and hold, if they send it slowly)
/// a body of up to a megabyte. A writer can (a key and a mailbox cost nothing), so all bodies
/// being read share one budget.
pub(crate) struct Authorised {
    pub id: MailboxId,
    pub signer: PublicKey,
    pub access: Access,
    pub body: Bytes,
    /// The body's share of the relay's budget, given back when the request is done.
    _room: tokio::sync::OwnedSemaphorePermit,
}

/// The most a request's body may take (the largest message, with room to spare).
const BODY_MOST: usize = crate::SIZE_BUCKETS[crate::SIZE_BUCKETS.len() - 1] + 4096;

/// What a request says its body will take: its length, the most if it is sent in chunks, and
/// nothing if it has none.
fn announced_body(headers: &axum::http::HeaderMap) -> usize {
    if let Some(length) = headers.get(axum::http::header::CONTENT_LENGTH) {
        return length
            .to_str()
            .ok()
            .and_then(|l| l.parse::<usize>().ok())
            .map_or(BODY_MOST, |l| l.min(BODY_MOST));
    }
    if headers.contains_key(axum::http::header::TRANSFER_ENCODING) {
        BODY_MOST
    } else {
        0
    }
}

impl Authorised {
    /// For what only an owner may do: replace the writers, delete the mailbox.
    fn owner_only(&self) -> Result<(), RelayError> {
        if self.access.owners.contains(&self.signer) {
            Ok(())
        } else {
            Err(RelayError::Forbidden)
        }
    }
}

impl FromRequest<Arc<Relay>> for Authorised {
    type Rejection = Response;

    async fn from_request(request: Request, relay: &Arc<Relay>) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let Path(id) = Path::<String>::from_request_parts(&mut parts, relay)
            .await
            .map_err(IntoResponse::into_response)?;
        let refuse = IntoResponse::into_response;
        let id = mailbox_id(&id).map_err(refuse)?;
        let claim = auth::claim(&parts.headers, relay.now()).map_err(refuse)?;
        let access = relay.check_writer(id, claim.key).await.map_err(refuse)?;
        let method = parts.method.clone();
        let uri = parts.uri.clone();
        // Room for the body among all those being read, before it is read (a writer's key
        // costs nothing to make): past the budget a request waits, within its time.
        let announced = announced_body(&parts.headers);
        let mut room = Arc::clone(&relay.bodies_in_flight)
            .acquire_many_owned(u32::try_from(announced).unwrap_or(u32::MAX))
            .await
            .map_err(|_| RelayError::Unavailable.into_response())?;
        let body = Bytes::from_request(Request::from_parts(parts, body), relay)
            .await
            .map_err(IntoResponse::into_response)?;
        drop(room.split(announced.saturating_sub(body.len())));
        let signer = relay
            .accept(claim, method.as_str(), path_and_query(&uri), &body)
            .await
            .map_err(refuse)?;
        Ok(Authorised {
            id,
            signer,
            access,
            body,
            _room: room,
        })
    }
}

fn path_and_query(uri: &Uri) -> &str {
    uri.path_and_query()
        .map(|p| p.as_str())
        .unwrap_or(uri.path())
}

/// Healthy when the storage answers (a load balancer should stop sending requests otherwise).
async fn health(
    State(relay): State<Arc<Relay>>,
) -> Result<axum::Json<serde_json::Value>, RelayError> {
    relay.storage.check().await?;
    Ok(axum::Json(json!({ "status": "ok" })))
}

/// `PUT /v1/mailboxes/{id}`: the one request to a mailbox not yet made, so signed by a key the
/// body names.
async fn create_mailbox(
    State(relay): State<Arc<Relay>>,
    Path(id): Path<String>,
    method: Method,
    uri: Uri,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Result<StatusCode, RelayError> {
    let id = mailbox_id(&id)?;
    let Access {
        writers,
        owners,
        owners_named,
    } = access_from(&body)?;
    let claim = auth::claim(&headers, relay.now())?;
    let key = relay
        .accept(claim, method.as_str(), path_and_query(&uri), &body)
        .await?;
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
    let created = relay
        .storage
        .create_mailbox(id, &writers, named, relay.today())
        .await;
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
    request: Authorised,
) -> Result<StatusCode, RelayError> {
    request.owner_only()?;
    let writers = keys_from(&request.body)?;
    let current = &request.access;
    // An owner cannot be written out: the mailbox would have nobody who may delete it. (Made
    // before owners were named, every writer owns it, and the one replacing them stays.)
    let staying: &[PublicKey] = if current.owners_named {
        &current.owners
    } else {
        std::slice::from_ref(&request.signer)
    };
    if !staying.iter().all(|o| writers.contains(o)) {
        return Err(RelayError::BadRequest("the owners must stay writers"));
    }
    // Only if nobody changed them since they were checked: a device being removed cannot
    // race its own removal and write itself back.
    relay
        .storage
        .set_writers(request.id, &current.writers, &writers)
        .await?;
    // Sessions re-authorise when they reconnect, so a removed device is out at once.
    relay.live.end(request.id);
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_mailbox(
    State(relay): State<Arc<Relay>>,
    request: Authorised,
) -> Result<StatusCode, RelayError> {
    request.owner_only()?;
    relay.storage.delete_mailbox(request.id).await?;
    relay.live.end(request.id);
    relay.buckets.forget(request.id);
    Ok(StatusCode::NO_CONTENT)
}

async fn post_message(
    State(relay): State<Arc<Relay>>,
    request: Authorised,
) -> Result<axum::Json<serde_json::Value>, RelayError> {
    let seq = relay.store(request.id, request.body, 0).await?;
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
    Query(query): Query<ReadQuery>,
    request: Authorised,
) -> Result<Response, RelayError> {
    // Room for the answer before anything is loaded; what it does not use is given back.
    let reserve = u32::try_from(READ_RESERVE).unwrap_or(u32::MAX);
    let mut room = Arc::clone(&relay.reads_in_flight)
        .acquire_many_owned(reserve)
        .await
        .map_err(|_| RelayError::Unavailable)?;
    let limit = query.limit.unwrap_or(MAX_READ).clamp(1, MAX_READ);
    let messages = relay
        .storage
        .read(request.id, query.after, limit, MAX_READ_BYTES)
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
