//! What the relay's tests share: a relay on 127.0.0.1 (served as `harbour-relay` serves it, with
//! its timeouts), and a device that signs its requests.
#![allow(dead_code)]

use std::time::Duration;

use ed25519_dalek::{Signer as _, SigningKey};
use futures_util::StreamExt;
use harbour_relay::auth::{KEY_HEADER, SIGNATURE_HEADER, TIME_HEADER, signed_message};
use harbour_relay::{Relay, RelayConfig, Storage, router};

pub use super::postgres::postgres_url;

pub struct Server {
    pub base: String,
    pub relay: std::sync::Arc<Relay>,
    _dir: tempfile::TempDir,
    pub stop: Option<tokio::sync::oneshot::Sender<()>>,
    pub task: tokio::task::JoinHandle<()>,
}

pub async fn start(storage: Storage, config: &RelayConfig) -> Server {
    let relay = Relay::new(storage, config);
    // As `serve` does: on PostgreSQL, it hears the other relay processes.
    let _ = harbour_relay::peers::listen(&relay);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = harbour_relay::server::with_request_timeout(
        router(std::sync::Arc::clone(&relay), config.max_frame_bytes + 4096),
        Duration::from_secs(config.request_timeout_seconds),
    );
    let config = config.clone();
    let task = tokio::spawn(async move {
        harbour_relay::server::serve_connections(listener, app, &config, async move {
            let _ = stopped.await;
        })
        .await;
    });
    Server {
        base,
        relay,
        _dir: tempfile::tempdir().unwrap(),
        stop: Some(stop),
        task,
    }
}

pub async fn storage(backend: Backend, dir: &tempfile::TempDir) -> Storage {
    match backend {
        Backend::Sqlite => Storage::open_sqlite(&dir.path().join("relay.db")).unwrap(),
        Backend::Postgres => Storage::connect_postgres(&postgres_url().unwrap())
            .await
            .unwrap(),
    }
}

#[derive(Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).unwrap();
    b
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

pub struct Device {
    pub key: SigningKey,
}

impl Device {
    pub fn new() -> Device {
        Device {
            key: SigningKey::from_bytes(&random()),
        }
    }

    pub fn public(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// Sends a signed request; the response, whatever its status.
    pub async fn send_signed(
        &self,
        client: &reqwest::Client,
        method: reqwest::Method,
        base: &str,
        path: &str,
        body: Vec<u8>,
        time: i64,
    ) -> reqwest::Response {
        self.signed(client, method, base, path, body, time)
            .send()
            .await
            .unwrap()
    }

    /// Posts a message of `len` bytes to `mailbox`: the status and the error code, if any.
    pub async fn post(
        &self,
        client: &reqwest::Client,
        base: &str,
        mailbox: &str,
        len: usize,
    ) -> (u16, String) {
        // A fresh `n`: the relay takes each signed request once.
        let path = format!("{mailbox}/messages?n={}", hex::encode(random::<8>()));
        let response = self
            .send_signed(
                client,
                reqwest::Method::POST,
                base,
                &path,
                vec![7; len],
                now(),
            )
            .await;
        status_and_code(response).await
    }

    /// Makes a new mailbox with this device as its only writer; its path.
    pub async fn new_mailbox(&self, client: &reqwest::Client, base: &str) -> String {
        let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
        let r = self
            .send_signed(
                client,
                reqwest::Method::PUT,
                base,
                &mailbox,
                self.public().to_vec(),
                now(),
            )
            .await;
        assert_eq!(r.status().as_u16(), 201);
        mailbox
    }

    pub fn signed(
        &self,
        client: &reqwest::Client,
        method: reqwest::Method,
        base: &str,
        path: &str,
        body: Vec<u8>,
        time: i64,
    ) -> reqwest::RequestBuilder {
        let signature = self
            .key
            .sign(&signed_message(method.as_str(), path, time, &body));
        client
            .request(method, format!("{base}{path}"))
            .header(KEY_HEADER, hex::encode(self.public()))
            .header(TIME_HEADER, time.to_string())
            .header(SIGNATURE_HEADER, hex::encode(signature.to_bytes()))
            .body(body)
    }
}

pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A live session, or the HTTP status the upgrade was refused with.
pub async fn live(device: &Device, base: &str, mailbox: &str) -> Result<Socket, u16> {
    // A fresh `n`, as the apps send: the relay takes each signed request once.
    let path = format!("{mailbox}/live?n={}", hex::encode(random::<8>()));
    let t = now();
    let sig = device.key.sign(&signed_message("GET", &path, t, &[]));
    let mut request =
        tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(format!(
            "{}{path}",
            base.replacen("http", "ws", 1)
        ))
        .unwrap();
    let h = request.headers_mut();
    h.insert(KEY_HEADER, hex::encode(device.public()).parse().unwrap());
    h.insert(TIME_HEADER, t.to_string().parse().unwrap());
    h.insert(
        SIGNATURE_HEADER,
        hex::encode(sig.to_bytes()).parse().unwrap(),
    );
    tokio_tungstenite::connect_async(request)
        .await
        .map(|(s, _)| s)
        .map_err(|e| match e {
            tokio_tungstenite::tungstenite::Error::Http(response) => response.status().as_u16(),
            _ => 0,
        })
}

pub async fn next_binary(socket: &mut Socket) -> Vec<u8> {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await
            .expect("a frame within 5 s")
            .unwrap()
            .unwrap();
        if m.is_binary() {
            return m.into_data().to_vec();
        }
    }
}

pub async fn status_and_code(response: reqwest::Response) -> (u16, String) {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let code = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["error"].as_str().map(str::to_owned))
        .unwrap_or_default();
    (status, code)
}

pub fn parse_read(bytes: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let seq = u64::from_be_bytes(bytes[i..i + 8].try_into().unwrap());
        let len = u32::from_be_bytes(bytes[i + 8..i + 12].try_into().unwrap()) as usize;
        out.push((seq, bytes[i + 12..i + 12 + len].to_vec()));
        i += 12 + len;
    }
    out
}

pub async fn json_error(response: reqwest::Response) -> (u16, serde_json::Value) {
    let status = response.status().as_u16();
    let is_json = response
        .headers()
        .get("content-type")
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let text = response.text().await.unwrap();
    assert!(is_json, "{status} answered with {text:?}");
    (status, serde_json::from_str(&text).unwrap())
}
