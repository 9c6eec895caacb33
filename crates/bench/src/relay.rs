//! Relay figures, measured from outside against the real `harbour-relay` binary on 127.0.0.1
//! (a child process with its own SQLite file, so its memory is its own):
//!
//! 1. Latency: a message posted by one device until it arrives on the other's live WebSocket
//!    (goal: p50 <= 50 ms, p99 <= 150 ms).
//! 2. Load: N live WebSocket sessions held open (default 10,000, one mailbox each), while
//!    messages are posted to those mailboxes from 64 concurrent clients for a fixed time:
//!    messages stored and pushed per second (goal >= 10,000/s) and the relay's RSS
//!    (goal <= 500 MB).
//!
//! Usage: harbour-relay-bench [connections, default 10000] [seconds, default 10]
//! (needs `ulimit -n` above twice the connections; scripts/bench-relay.sh sets it)

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ed25519_dalek::{Signer, SigningKey};
use futures_util::StreamExt;
use harbour_relay::auth::{KEY_HEADER, SIGNATURE_HEADER, TIME_HEADER, signed_message};

type AnyResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

struct Device {
    key: SigningKey,
    hex: String,
}

impl Device {
    fn new(seed: u64) -> Device {
        let mut bytes = [0u8; 32];
        bytes[..8].copy_from_slice(&seed.to_be_bytes());
        bytes[8] = 1;
        let key = SigningKey::from_bytes(&bytes);
        let hex = hex::encode(key.verifying_key().to_bytes());
        Device { key, hex }
    }

    /// Signature headers; `salt` keeps otherwise identical requests distinct (replay check).
    fn headers(&self, method: &str, path: &str, body: &[u8]) -> [(&'static str, String); 3] {
        let time = now();
        let sig = self.key.sign(&signed_message(method, path, time, body));
        [
            (KEY_HEADER, self.hex.clone()),
            (TIME_HEADER, time.to_string()),
            (SIGNATURE_HEADER, hex::encode(sig.to_bytes())),
        ]
    }

    fn request(
        &self,
        http: &reqwest::Client,
        method: reqwest::Method,
        base: &str,
        path: &str,
        body: Vec<u8>,
    ) -> reqwest::RequestBuilder {
        let mut r = http.request(method.clone(), format!("{base}{path}"));
        for (k, v) in self.headers(method.as_str(), path, &body) {
            r = r.header(k, v);
        }
        r.body(body)
    }

    async fn live(
        &self,
        base: &str,
        path: &str,
    ) -> AnyResult<
        tokio_tungstenite::WebSocketStream<
            tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
        >,
    > {
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut request =
            format!("{}{path}", base.replacen("http", "ws", 1)).into_client_request()?;
        for (k, v) in self.headers("GET", path, &[]) {
            request.headers_mut().insert(k, v.parse()?);
        }
        Ok(tokio_tungstenite::connect_async(request).await?.0)
    }
}

fn mailbox(n: u64) -> String {
    let mut id = [0u8; 32];
    id[..8].copy_from_slice(&n.to_be_bytes());
    id[31] = 0x5a;
    format!("/v1/mailboxes/{}", hex::encode(id))
}

/// A message body of the smallest bucket, different every time.
fn body(n: u64) -> Vec<u8> {
    let mut b = vec![0u8; 512];
    b[..8].copy_from_slice(&n.to_be_bytes());
    b
}

fn rss_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("relay bench failed: {e}");
        std::process::exit(1);
    }
}

async fn run() -> AnyResult<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let connections: u64 = args
        .first()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(10_000);
    let seconds: u64 = args.get(1).map(|a| a.parse()).transpose()?.unwrap_or(10);

    let dir = tempfile::tempdir()?;
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
        probe.local_addr()?.port()
    };
    let relay_bin = std::env::current_exe()?
        .parent()
        .ok_or("no exe dir")?
        .join("harbour-relay");
    let config = dir.path().join("relay.toml");
    std::fs::write(
        &config,
        format!(
            "listen = \"127.0.0.1:{port}\"\ndatabase = \"sqlite:{}\"\nrate_per_second = 1000.0\nburst = 1000.0\n",
            dir.path().join("relay.db").display()
        ),
    )?;
    let mut child = std::process::Command::new(&relay_bin)
        .arg("--config")
        .arg(&config)
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let pid = child.id();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()?;
    for _ in 0..100 {
        if http.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!("== relay: {} (SQLite), pid {pid}", relay_bin.display());
    let result = measure(&http, &base, pid, connections, seconds).await;
    let _ = child.kill();
    let _ = child.wait();
    result
}

async fn measure(
    http: &reqwest::Client,
    base: &str,
    pid: u32,
    connections: u64,
    seconds: u64,
) -> AnyResult<()> {
    use reqwest::Method as M;
    // 1. Latency, one pair of devices.
    let (victim, advocate) = (Device::new(1), Device::new(2));
    let pair = mailbox(u64::MAX);
    let writers = [
        victim.key.verifying_key().to_bytes(),
        advocate.key.verifying_key().to_bytes(),
    ]
    .concat();
    victim
        .request(http, M::PUT, base, &pair, writers)
        .send()
        .await?
        .error_for_status()?;
    let mut socket = advocate.live(base, &format!("{pair}/live")).await?;
    let path = format!("{pair}/messages");
    let mut times = Vec::new();
    for n in 0..600u64 {
        let started = Instant::now();
        victim
            .request(http, M::POST, base, &path, body(n))
            .send()
            .await?
            .error_for_status()?;
        let frame = tokio::time::timeout(Duration::from_secs(5), socket.next())
            .await?
            .ok_or("live session ended")??;
        if frame.into_data().len() != 8 + 512 {
            return Err("unexpected frame".into());
        }
        if n >= 100 {
            times.push(started.elapsed());
        }
    }
    times.sort();
    println!(
        "post -> pushed to the peer (500 runs): p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&times, 1.0)
    );
    drop(socket);

    // 2. Load: many live sessions, one mailbox each.
    let opened = Instant::now();
    let counter = Arc::new(AtomicU64::new(0));
    let mut listeners = Vec::new();
    let setup_concurrency = 200u64;
    let mut next = 0u64;
    while next < connections {
        let batch: Vec<u64> = (next..(next + setup_concurrency).min(connections)).collect();
        next += batch.len() as u64;
        let mut tasks = Vec::new();
        for n in batch {
            let http = http.clone();
            let base = base.to_owned();
            tasks.push(tokio::spawn(async move {
                let device = Device::new(1000 + n);
                let mb = mailbox(n);
                device
                    .request(
                        &http,
                        M::PUT,
                        &base,
                        &mb,
                        device.key.verifying_key().to_bytes().to_vec(),
                    )
                    .send()
                    .await?
                    .error_for_status()?;
                let socket = device.live(&base, &format!("{mb}/live")).await?;
                AnyResult::Ok(socket)
            }));
        }
        for t in tasks {
            let mut socket = t.await??;
            let counter = Arc::clone(&counter);
            listeners.push(tokio::spawn(async move {
                while let Some(Ok(m)) = socket.next().await {
                    if m.is_binary() {
                        counter.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }));
        }
    }
    let (rss_idle, _) = rss_mib(pid);
    println!(
        "{connections} live sessions open in {:.1} s; relay RSS {:.0} MiB",
        opened.elapsed().as_secs_f64(),
        rss_idle
    );

    let posted = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut posters = Vec::new();
    for worker in 0..64u64 {
        let http = http.clone();
        let base = base.to_owned();
        let posted = Arc::clone(&posted);
        posters.push(tokio::spawn(async move {
            let mut n = worker;
            while Instant::now() < deadline {
                let target = n % connections;
                let device = Device::new(1000 + target);
                let path = format!("{}/messages", mailbox(target));
                let ok = device
                    .request(&http, M::POST, &base, &path, body(n))
                    .send()
                    .await
                    .map(|r| r.status().is_success())
                    .unwrap_or(false);
                if ok {
                    posted.fetch_add(1, Ordering::Relaxed);
                }
                n += 64;
            }
        }));
    }
    let started = Instant::now();
    for p in posters {
        p.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let stored = posted.load(Ordering::Relaxed);
    let pushed = counter.load(Ordering::Relaxed);
    let (rss, hwm) = rss_mib(pid);
    println!(
        "load for {elapsed:.1} s: {:.0} messages/s stored, {:.0}/s pushed to live sessions ({stored} stored, {pushed} pushed)",
        stored as f64 / elapsed,
        pushed as f64 / elapsed
    );
    println!("relay RSS {rss:.0} MiB now, peak {hwm:.0} MiB");
    for l in listeners {
        l.abort();
    }
    Ok(())
}
