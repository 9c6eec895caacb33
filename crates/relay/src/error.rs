//! What can go wrong with a request, and how each refusal is told to the client: a stable code
//! and a message, always as JSON. Storage details stay in the relay.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use thiserror::Error;

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
        // "db error" alone says nothing to whoever runs the relay: the server's own words.
        RelayError::Internal(match e.as_db_error() {
            Some(db) => format!("{e}: {}", db.message()),
            None => e.to_string(),
        })
    }
}

// No connection to PostgreSQL just now (it is down, or every connection is busy): the client
// is told to come back shortly, as while the relay is stopping.
impl From<deadpool_postgres::PoolError> for RelayError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        // For whoever runs the relay (a wrong password looks like "busy" to the apps): about
        // the database, never about a request.
        tell_operator_now_and_then(&format!("no PostgreSQL connection: {e}"));
        RelayError::Unavailable
    }
}

/// When the operator was last told something, in seconds since the relay's first word, and how
/// many words were left unsaid since.
static LAST_TOLD: std::sync::Mutex<Option<(std::time::Instant, u64)>> = std::sync::Mutex::new(None);

/// Prints `what` for whoever runs the relay, at most once every ten seconds with a count of
/// those not printed: a database away for long, or a flood of requests meanwhile, once wrote a
/// line per request (1.8 million in six minutes).
fn tell_operator_now_and_then(what: &str) {
    let mut last = crate::lock(&LAST_TOLD);
    match last.as_mut() {
        Some((at, unsaid)) if at.elapsed() < std::time::Duration::from_secs(10) => {
            *unsaid += 1;
        }
        _ => {
            let unsaid = last.map_or(0, |(_, unsaid)| unsaid);
            if unsaid > 0 {
                eprintln!("harbour-relay: {what} (and {unsaid} more like it)");
            } else {
                eprintln!("harbour-relay: {what}");
            }
            *last = Some((std::time::Instant::now(), 0));
        }
    }
}

impl RelayError {
    /// What the client is told: a stable code and a message.
    pub(crate) fn body(&self) -> serde_json::Value {
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
        (self.status_and_code().0, axum::Json(self.body())).into_response()
    }
}

/// Every error answer in the relay's JSON form, also those axum makes by itself (a malformed
/// query, a body over the limit, an unknown path or method, a request that isn't a WebSocket
/// upgrade where one is needed), so a client never has to read plain text.
pub(crate) async fn json_errors(response: Response) -> Response {
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
