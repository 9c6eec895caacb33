//! Relay figures, measured from outside against the real `harbour-relay` binary on 127.0.0.1
//! (a child process with its own SQLite file, so its memory is its own):
//!
//! 1. Latency: a message posted by one device until it arrives on the other's live WebSocket
//!    (goal: p50 <= 50 ms, p99 <= 150 ms).
//! 2. Load: N live WebSocket sessions held open (default 10,000: two devices on each of 5,000
//!    mailboxes), one device of each pair posting on its session and waiting for each
//!    acknowledgement, the other receiving the pushes, for a fixed time: messages stored and
//!    pushed per second (goal >= 10,000/s) and the relay's RSS (goal <= 500 MB).
//!
//! With `--postgres` (and `HARBOUR_TEST_POSTGRES`, as scripts/with-postgres.sh sets it): two
//! relay processes on that PostgreSQL, as a service behind a load balancer runs them. Every
//! message is then posted through the first and pushed to its peer by the second, so both
//! figures are across processes (goal p99 <= 150 ms).
//!
//! Usage: harbour-relay-bench [--postgres] [connections, default 10000] [seconds, default 10]
//! (needs `ulimit -n` above twice the connections; scripts/bench-relay.sh sets it)

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ed25519_dalek::{Signer, SigningKey};
use futures_util::StreamExt;
use harbour_relay::auth::{KEY_HEADER, SIGNATURE_HEADER, TIME_HEADER, signed_message};

mod figures;
mod memory;

use figures::percentile;

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

/// The relay's resident memory now and at its peak, MiB.
fn rss_mib(pid: u32) -> (f64, f64) {
    let field = |name| memory::status_mib(Some(pid), name).unwrap_or(0.0);
    (field("VmRSS:"), field("VmHWM:"))
}

/// CPU seconds the process has used (user + system).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

#[tokio::main]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("relay bench failed: {e}");
        std::process::exit(1);
    }
}

async fn run() -> AnyResult<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let postgres = args.first().is_some_and(|a| a == "--postgres");
    if postgres {
        args.remove(0);
    }
    let connections: u64 = args
        .first()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(10_000);
    let seconds: u64 = args.get(1).map(|a| a.parse()).transpose()?.unwrap_or(10);

    let dir = tempfile::tempdir()?;
    let database = if postgres {
        postgres_url()?
    } else {
        format!("sqlite:{}", dir.path().join("relay.db").display())
    };
    let mut relays = Vec::new();
    for n in 0..if postgres { 2 } else { 1 } {
        relays.push(Relay::start(dir.path(), &database, n)?);
    }
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()?;
    for relay in &relays {
        for _ in 0..100 {
            if http
                .get(format!("{}/healthz", relay.base))
                .send()
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    let pids: Vec<u32> = relays.iter().map(|r| r.child.id()).collect();
    let bases: Vec<String> = relays.iter().map(|r| r.base.clone()).collect();
    if postgres {
        println!(
            "== relay: two processes (pids {pids:?}) on one PostgreSQL; posts go through the first, pushes come from the second"
        );
    } else {
        println!("== relay: one process (pid {}) on SQLite", pids[0]);
    }
    measure(&http, &bases, &pids, connections, seconds).await
}

/// One `harbour-relay` process, stopped when dropped.
struct Relay {
    child: std::process::Child,
    base: String,
}

impl Relay {
    fn start(dir: &std::path::Path, database: &str, n: usize) -> AnyResult<Relay> {
        let port = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0")?;
            probe.local_addr()?.port()
        };
        let relay_bin = std::env::current_exe()?
            .parent()
            .ok_or("no exe dir")?
            .join("harbour-relay");
        let config = dir.join(format!("relay-{n}.toml"));
        std::fs::write(
            &config,
            format!(
                "listen = \"127.0.0.1:{port}\"\ndatabase = \"{database}\"\nrate_per_second = 1000.0\nburst = 1000.0\nnew_mailboxes_per_minute = 1000000.0\nnew_mailboxes_per_key_per_hour = 1000000.0\n"
            ),
        )?;
        let child = std::process::Command::new(&relay_bin)
            .arg("--config")
            .arg(&config)
            .stderr(std::process::Stdio::null())
            .spawn()?;
        Ok(Relay {
            child,
            base: format!("http://127.0.0.1:{port}"),
        })
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `HARBOUR_TEST_POSTGRES` (key=value, as scripts/with-postgres.sh sets it) as a URL.
fn postgres_url() -> AnyResult<String> {
    let settings = std::env::var("HARBOUR_TEST_POSTGRES")
        .map_err(|_| "--postgres needs HARBOUR_TEST_POSTGRES (scripts/with-postgres.sh)")?;
    let get = |key: &str| {
        settings
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
            .map(str::to_owned)
            .ok_or(format!("HARBOUR_TEST_POSTGRES has no {key}"))
    };
    Ok(format!(
        "postgres://{}@{}:{}/{}?sslmode=disable",
        get("user")?,
        get("host")?,
        get("port")?,
        get("dbname")?
    ))
}

/// `bases`: the relay processes; mailboxes are made and posted to through the first, and the
/// peers that receive hold their sessions on the last.
async fn measure(
    http: &reqwest::Client,
    bases: &[String],
    pids: &[u32],
    connections: u64,
    seconds: u64,
) -> AnyResult<()> {
    use reqwest::Method as M;
    let (base, far) = (&bases[0], &bases[bases.len() - 1]);
    let rss = || {
        pids.iter()
            .map(|p| rss_mib(*p))
            .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y))
    };
    let cpu = || pids.iter().map(|p| cpu_seconds(*p)).sum::<f64>();
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
    let mut socket = advocate.live(far, &format!("{pair}/live")).await?;
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

    // 2. Load: many live sessions, two per mailbox (one device posting on its session, the
    // other receiving), so every message is stored and pushed once.
    let mailboxes = (connections / 2).max(1);
    let opened = Instant::now();
    let stored = Arc::new(AtomicU64::new(0));
    let pushed = Arc::new(AtomicU64::new(0));
    let mut pairs = Vec::new();
    let setup_concurrency = 100u64;
    let mut next = 0u64;
    while next < mailboxes {
        let batch: Vec<u64> = (next..(next + setup_concurrency).min(mailboxes)).collect();
        next += batch.len() as u64;
        let mut tasks = Vec::new();
        for n in batch {
            let http = http.clone();
            let base = base.to_owned();
            let far = far.to_owned();
            tasks.push(tokio::spawn(async move {
                let (a, b) = (Device::new(10_000 + 2 * n), Device::new(10_001 + 2 * n));
                let mb = mailbox(n);
                let writers = [
                    a.key.verifying_key().to_bytes(),
                    b.key.verifying_key().to_bytes(),
                ]
                .concat();
                a.request(&http, M::PUT, &base, &mb, writers)
                    .send()
                    .await?
                    .error_for_status()?;
                let live = format!("{mb}/live");
                AnyResult::Ok((a.live(&base, &live).await?, b.live(&far, &live).await?))
            }));
        }
        for t in tasks {
            pairs.push(t.await??);
        }
    }
    let (rss_idle, _) = rss();
    println!(
        "{} live sessions ({mailboxes} mailboxes) open in {:.1} s; relay RSS {:.0} MiB",
        2 * mailboxes,
        opened.elapsed().as_secs_f64(),
        rss_idle
    );

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for (n, (sender, mut receiver)) in pairs.into_iter().enumerate() {
        let pushed = Arc::clone(&pushed);
        tasks.push(tokio::spawn(async move {
            while let Some(Ok(m)) = receiver.next().await {
                if m.is_binary() {
                    pushed.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
        let stored = Arc::clone(&stored);
        tasks.push(tokio::spawn(async move {
            use futures_util::SinkExt;
            let mut sender = sender;
            let mut i = n as u64;
            while Instant::now() < deadline {
                let frame = tokio_tungstenite::tungstenite::Message::Binary(body(i).into());
                if sender.send(frame).await.is_err() {
                    return;
                }
                // The acknowledgement (8 bytes: the stored seq).
                match sender.next().await {
                    Some(Ok(m)) if m.is_binary() && m.len() == 8 => {
                        stored.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => return,
                }
                i += 1 << 32;
            }
        }));
    }
    let started = Instant::now();
    let cpu_before = cpu();
    tokio::time::sleep_until(tokio::time::Instant::from_std(deadline)).await;
    let elapsed = started.elapsed().as_secs_f64();
    let stored_n = stored.load(Ordering::Relaxed);
    let relay_cpu = cpu() - cpu_before;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let pushed_n = pushed.load(Ordering::Relaxed);
    let (rss, hwm) = rss();
    println!(
        "relay CPU during the load: {:.0}% of one core, {:.0} µs per message (the load generator shares the machine)",
        relay_cpu / elapsed * 100.0,
        relay_cpu / stored_n.max(1) as f64 * 1e6
    );
    println!(
        "load for {elapsed:.1} s: {:.0} messages/s stored and acknowledged, {:.0}/s pushed ({stored_n} stored, {pushed_n} pushed)",
        stored_n as f64 / elapsed,
        pushed_n as f64 / elapsed
    );
    println!("relay RSS {rss:.0} MiB now, peak {hwm:.0} MiB");
    for t in tasks {
        t.abort();
    }
    Ok(())
}
