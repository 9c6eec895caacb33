//! Talking to the relay: signed HTTP requests for mailboxes and messages, and a WebSocket for a
//! live session.
//!
//! Every request carries a fresh random `n` in its query: the relay accepts each signature once,
//! and ed25519 signatures are deterministic, so two identical requests in the same second (two
//! reads, or both apps creating the pairing mailbox at once) would otherwise look like a replay.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signer as _, SigningKey};
use futures_util::{SinkExt, StreamExt};
use harbour_sync::request::{KEY_HEADER, SIGNATURE_HEADER, TIME_HEADER, signed_message};
use tokio_tungstenite::tungstenite::{self, Message};

use crate::ShareError;

/// How long a connection may stay silent (connecting, or mid-way) before it counts as dropped.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// The slowest connection a request is given time for, on top of [`REQUEST_TIMEOUT`], in bytes
/// a second (128 kbit/s): a slow but working connection still moves a 1 MiB frame (a part of a
/// file) or a full read, while one that stalls is caught by the silence limit.
const SLOWEST_BYTES_PER_SECOND: u64 = 16 * 1024;

/// The most a request moving `bytes` (sent or read) may take in all.
fn time_for(bytes: u64) -> Duration {
    REQUEST_TIMEOUT + Duration::from_secs(bytes / SLOWEST_BYTES_PER_SECOND)
}

/// The most one read may return: the relay's own cap (8 MiB) plus one largest frame.
const MAX_READ_BYTES: u64 = 8 * 1024 * 1024 + 1024 * 1024 + 4096;

/// One relay, spoken to on behalf of one device key.
pub struct RelayClient {
    http: reqwest::Client,
    base: String,
    key: SigningKey,
}

impl std::fmt::Debug for RelayClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelayClient").finish_non_exhaustive()
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn nonce() -> Result<String, ShareError> {
    let mut n = [0u8; 12];
    getrandom::fill(&mut n).map_err(|_| ShareError::Random)?;
    Ok(hex::encode(n))
}

fn mailbox_path(mailbox: &[u8; 32]) -> String {
    format!("/v1/mailboxes/{}", hex::encode(mailbox))
}

/// How far this computer's clock may be from the relay's before a refused signature is put down
/// to the clock (the relay takes five minutes either way).
const CLOCK_SLACK_SECONDS: i64 = 240;

/// What the relay said when it refused, mapped to what the app can act on. A signature refused
/// by a relay whose clock (its `Date` header) is minutes away from this computer's was refused
/// for its time: a wrong clock here, which the person can put right.
fn refusal(status: u16, relay_date: Option<&str>) -> ShareError {
    let clock_off = || {
        relay_date
            .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
            .is_some_and(|relay| (relay.timestamp() - now()).abs() > CLOCK_SLACK_SECONDS)
    };
    match status {
        401 if clock_off() => ShareError::ClockWrong,
        401 | 403 => ShareError::NotAllowed,
        404 => ShareError::Gone,
        409 => ShareError::Conflict,
        // Too many requests or sessions, the relay's database away for a moment, a request
        // that took too long, or a mailbox or disk full until old messages expire: nothing
        // is lost here, and it is sent again later.
        408 => ShareError::Offline,
        429 | 503 | 507 => ShareError::Busy,
        _ => ShareError::Relay,
    }
}

/// `https://…`, or `http://` to a loopback address (`localhost`, 127.0.0.0/8, `::1`).
fn secure_or_here(base: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(base) else {
        return false;
    };
    match (url.scheme(), url.host()) {
        ("https", Some(_)) => true,
        ("http", Some(url::Host::Domain(name))) => name.eq_ignore_ascii_case("localhost"),
        ("http", Some(url::Host::Ipv4(ip))) => ip.is_loopback(),
        ("http", Some(url::Host::Ipv6(ip))) => ip.is_loopback(),
        _ => false,
    }
}

fn date_header(headers: &reqwest::header::HeaderMap) -> Option<&str> {
    headers
        .get(reqwest::header::DATE)
        .and_then(|v| v.to_str().ok())
}

/// A message as the relay stored it: its sequence number and bytes.
pub type Stored = (u64, Vec<u8>);

impl RelayClient {
    /// `base` is the relay's address, e.g. `https://relay.example.org`: `https` always, but
    /// for a relay on this computer (tests, a relay run beside the app). Redirects are never
    /// followed: one could take the signed request to another host, or from https to http.
    pub fn new(base: &str, key: SigningKey) -> Result<RelayClient, ShareError> {
        if !secure_or_here(base) {
            return Err(ShareError::Insecure);
        }
        let http = reqwest::Client::builder()
            .connect_timeout(REQUEST_TIMEOUT)
            .read_timeout(REQUEST_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| ShareError::Offline)?;
        Ok(RelayClient {
            http,
            base: base.trim_end_matches('/').to_owned(),
            key,
        })
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    fn headers(&self, method: &str, path: &str, body: &[u8]) -> [(&'static str, String); 3] {
        let time = now();
        let signature = self.key.sign(&signed_message(method, path, time, body));
        [
            (KEY_HEADER, hex::encode(self.public_key())),
            (TIME_HEADER, time.to_string()),
            (SIGNATURE_HEADER, hex::encode(signature.to_bytes())),
        ]
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<reqwest::Response, ShareError> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let path = &format!("{path}{separator}n={}", nonce()?);
        // A read may bring back up to MAX_READ_BYTES; anything else carries its body.
        let moved = if method == reqwest::Method::GET {
            MAX_READ_BYTES
        } else {
            body.len() as u64
        };
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.base))
            .timeout(time_for(moved));
        for (name, value) in self.headers(method.as_str(), path, &body) {
            request = request.header(name, value);
        }
        let response = request
            .body(body)
            .send()
            .await
            .map_err(|_| ShareError::Offline)?;
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(refusal(
                response.status().as_u16(),
                date_header(response.headers()),
            ))
        }
    }

    /// Creates the mailbox with these writers (this device must be one), of whom `owners` may
    /// replace the writers and delete it. Creating it again with the same writers and owners is
    /// fine; with others it is [`ShareError::Conflict`] (so a side can check what the other
    /// created).
    pub async fn create_mailbox(
        &self,
        mailbox: &[u8; 32],
        writers: &[[u8; 32]],
        owners: &[[u8; 32]],
    ) -> Result<(), ShareError> {
        let count = u8::try_from(owners.len()).map_err(|_| ShareError::TooLarge)?;
        let mut body = vec![count];
        for key in owners {
            body.extend_from_slice(key);
        }
        for key in writers.iter().filter(|k| !owners.contains(k)) {
            body.extend_from_slice(key);
        }
        self.send(reqwest::Method::PUT, &mailbox_path(mailbox), body)
            .await
            .map(drop)
    }

    /// Replaces the mailbox's writers; live sessions end, so a removed device is out at once.
    pub async fn set_writers(
        &self,
        mailbox: &[u8; 32],
        writers: &[[u8; 32]],
    ) -> Result<(), ShareError> {
        let path = format!("{}/writers", mailbox_path(mailbox));
        self.send(reqwest::Method::PUT, &path, writers.concat())
            .await
            .map(drop)
    }

    /// Deletes the mailbox and everything in it.
    pub async fn delete_mailbox(&self, mailbox: &[u8; 32]) -> Result<(), ShareError> {
        self.send(reqwest::Method::DELETE, &mailbox_path(mailbox), Vec::new())
            .await
            .map(drop)
    }

    /// Ends a case's mailbox: posts the other side's notice (best effort: deleting is what ends
    /// sharing), then deletes the mailbox and everything in it. Already gone counts as done.
    pub async fn close_mailbox(
        &self,
        mailbox: &[u8; 32],
        notice: Vec<u8>,
        owner: bool,
    ) -> Result<(), ShareError> {
        // A side that does not own the mailbox (the advocate's) cannot delete it: its notice
        // is all, and the owner's app deletes the mailbox (or the relay lets it expire).
        if !owner {
            return match self.post(mailbox, notice).await {
                Ok(_) | Err(ShareError::Gone) => Ok(()),
                Err(e) => Err(e),
            };
        }
        let _ = self.post(mailbox, notice).await;
        match self.delete_mailbox(mailbox).await {
            Ok(()) | Err(ShareError::Gone) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Posts a frame; the relay's sequence number for it.
    pub async fn post(&self, mailbox: &[u8; 32], frame: Vec<u8>) -> Result<u64, ShareError> {
        let path = format!("{}/messages", mailbox_path(mailbox));
        let response = self.send(reqwest::Method::POST, &path, frame).await?;
        let bytes = response.bytes().await.map_err(|_| ShareError::Offline)?;
        let body: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| ShareError::Relay)?;
        body["seq"].as_u64().ok_or(ShareError::Relay)
    }

    /// Messages after `after`, oldest first (the relay returns at most a few megabytes; call
    /// again from the last one until nothing comes back).
    pub async fn read(&self, mailbox: &[u8; 32], after: u64) -> Result<Vec<Stored>, ShareError> {
        let path = format!("{}/messages?after={after}", mailbox_path(mailbox),);
        let response = self.send(reqwest::Method::GET, &path, Vec::new()).await?;
        if response
            .content_length()
            .is_some_and(|l| l > MAX_READ_BYTES)
        {
            return Err(ShareError::Relay);
        }
        let bytes = response.bytes().await.map_err(|_| ShareError::Offline)?;
        if bytes.len() as u64 > MAX_READ_BYTES {
            return Err(ShareError::Relay);
        }
        parse_read(&bytes)
    }

    /// Opens a live session on the mailbox.
    pub async fn live(&self, mailbox: &[u8; 32]) -> Result<LiveSession, ShareError> {
        let path = format!("{}/live?n={}", mailbox_path(mailbox), nonce()?);
        let url = format!("{}{path}", self.base.replacen("http", "ws", 1));
        let mut request = tungstenite::client::IntoClientRequest::into_client_request(url)
            .map_err(|_| ShareError::Relay)?;
        for (name, value) in self.headers("GET", &path, &[]) {
            request
                .headers_mut()
                .insert(name, value.parse().map_err(|_| ShareError::Relay)?);
        }
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .map_err(|e| match e {
                tungstenite::Error::Http(response) => {
                    refusal(response.status().as_u16(), date_header(response.headers()))
                }
                _ => ShareError::Offline,
            })?;
        Ok(LiveSession { socket })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_this_computer_is_spoken_to() {
        for base in [
            "https://relay.example.org",
            "https://relay.example.org:8443/path",
            "http://localhost:7000",
            "http://127.0.0.1:7000",
            "http://127.3.4.5",
            "http://[::1]:7000",
        ] {
            assert!(secure_or_here(base), "{base}");
        }
        for base in [
            "http://relay.example.org",
            "http://10.0.0.1",
            "http://localhost.example.org",
            "http://127.0.0.1.example.org",
            "ws://127.0.0.1",
            "ftp://relay.example.org",
            "relay.example.org",
            "",
        ] {
            assert!(!secure_or_here(base), "{base}");
            let key = SigningKey::from_bytes(&[7; 32]);
            assert!(matches!(
                RelayClient::new(base, key),
                Err(ShareError::Insecure)
            ));
        }
    }

    /// A relay (or something in front of it) answering with a redirect to plain http elsewhere:
    /// the request is not repeated there, and the signed headers never reach it.
    #[tokio::test]
    async fn a_redirect_is_never_followed() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let reached = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&reached);
        let elsewhere = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let elsewhere_at = elsewhere.local_addr().unwrap();
        tokio::spawn(async move {
            let app = axum::Router::new().fallback(move || {
                counter.fetch_add(1, Ordering::SeqCst);
                async { "taken" }
            });
            let _ = axum::serve(elsewhere, app).await;
        });
        let relay = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let relay_at = relay.local_addr().unwrap();
        tokio::spawn(async move {
            let app = axum::Router::new().fallback(move || async move {
                (
                    axum::http::StatusCode::TEMPORARY_REDIRECT,
                    [(
                        axum::http::header::LOCATION,
                        format!("http://{elsewhere_at}/steal"),
                    )],
                )
            });
            let _ = axum::serve(relay, app).await;
        });
        let client = RelayClient::new(
            &format!("http://{relay_at}"),
            SigningKey::from_bytes(&[7; 32]),
        )
        .unwrap();
        let result = client
            .create_mailbox(&[1; 32], &[client.public_key()], &[client.public_key()])
            .await;
        assert!(matches!(result, Err(ShareError::Relay)), "{result:?}");
        assert_eq!(
            reached.load(Ordering::SeqCst),
            0,
            "the redirect was followed"
        );
    }

    fn http_date(at: i64) -> String {
        chrono::DateTime::from_timestamp(at, 0)
            .map(|t| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
            .unwrap_or_default()
    }

    #[test]
    fn a_refused_signature_is_put_down_to_the_clock_only_when_the_clocks_differ() {
        let near = http_date(now() + 30);
        let far = http_date(now() - 20 * 60);
        assert!(matches!(refusal(401, Some(&far)), ShareError::ClockWrong));
        assert!(matches!(refusal(401, Some(&near)), ShareError::NotAllowed));
        assert!(matches!(refusal(401, None), ShareError::NotAllowed));
        assert!(matches!(
            refusal(401, Some("not a date")),
            ShareError::NotAllowed
        ));
        assert!(matches!(refusal(403, Some(&far)), ShareError::NotAllowed));
        assert!(matches!(refusal(404, None), ShareError::Gone));
        assert!(matches!(refusal(429, None), ShareError::Busy));
        assert!(matches!(refusal(503, None), ShareError::Busy));
    }
}

fn parse_read(mut bytes: &[u8]) -> Result<Vec<Stored>, ShareError> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        if bytes.len() < 12 {
            return Err(ShareError::Relay);
        }
        let seq = u64::from_be_bytes(bytes[..8].try_into().map_err(|_| ShareError::Relay)?);
        let len =
            u32::from_be_bytes(bytes[8..12].try_into().map_err(|_| ShareError::Relay)?) as usize;
        let body = bytes.get(12..12 + len).ok_or(ShareError::Relay)?;
        out.push((seq, body.to_vec()));
        bytes = &bytes[12 + len..];
    }
    Ok(out)
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A live session: the relay pushes each new message as it is stored, and takes posts.
pub struct LiveSession {
    socket: Socket,
}

impl std::fmt::Debug for LiveSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveSession").finish_non_exhaustive()
    }
}

/// What a live session brought.
#[derive(Debug, PartialEq, Eq)]
pub enum LiveEvent {
    /// A message from the other side.
    Message(u64, Vec<u8>),
    /// The relay stored this device's post under this sequence number.
    Posted(u64),
    /// This device fell behind: read from the cursor to catch up.
    Lagged,
    /// The relay refused a post (its JSON error code).
    Refused(String),
    /// A message the other side passed on without the relay storing it (presence).
    Passing(Vec<u8>),
}

impl LiveSession {
    /// Posts a frame; the answer comes as [`LiveEvent::Posted`] or [`LiveEvent::Refused`].
    pub async fn post(&mut self, frame: Vec<u8>) -> Result<(), ShareError> {
        self.socket
            .send(Message::Binary(frame.into()))
            .await
            .map_err(|_| ShareError::Offline)
    }

    /// Sends a frame to the other side's live sessions without the relay storing it. Not
    /// answered unless refused.
    pub async fn pass_on(&mut self, frame: &[u8]) -> Result<(), ShareError> {
        let mut message = Vec::with_capacity(frame.len() + 1);
        message.push(harbour_sync::PASS_ON);
        message.extend_from_slice(frame);
        self.socket
            .send(Message::Binary(message.into()))
            .await
            .map_err(|_| ShareError::Offline)
    }

    /// The next event; `Err(Offline)` once the session has ended.
    pub async fn next(&mut self) -> Result<LiveEvent, ShareError> {
        loop {
            let message = self
                .socket
                .next()
                .await
                .ok_or(ShareError::Offline)?
                .map_err(|_| ShareError::Offline)?;
            match message {
                Message::Binary(bytes) if bytes.len() == 8 => {
                    let seq =
                        u64::from_be_bytes(bytes[..].try_into().map_err(|_| ShareError::Relay)?);
                    return Ok(LiveEvent::Posted(seq));
                }
                Message::Binary(bytes) if bytes.len() > 8 => {
                    let seq =
                        u64::from_be_bytes(bytes[..8].try_into().map_err(|_| ShareError::Relay)?);
                    if seq == 0 {
                        return Ok(LiveEvent::Passing(bytes[8..].to_vec()));
                    }
                    return Ok(LiveEvent::Message(seq, bytes[8..].to_vec()));
                }
                Message::Text(text) if text.as_str() == "lagged" => return Ok(LiveEvent::Lagged),
                Message::Text(text) => {
                    let code = serde_json::from_str::<serde_json::Value>(text.as_str())
                        .ok()
                        .and_then(|v| v["error"].as_str().map(str::to_owned))
                        .unwrap_or_default();
                    return Ok(LiveEvent::Refused(code));
                }
                Message::Close(_) => return Err(ShareError::Offline),
                _ => {}
            }
        }
    }

    pub async fn close(mut self) {
        let _ = self.socket.close(None).await;
    }
}
