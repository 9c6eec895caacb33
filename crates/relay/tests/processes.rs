//! Two relay processes (the real binary, twice) on one PostgreSQL, as a service runs them behind
//! a load balancer: a device on one hears, live and in order, what a device on the other stores
//! and passes on; a change of writers made on one ends the sessions on the other; a process whose
//! listening connection is cut ends its sessions (their devices re-authorise and catch up) and
//! then hears again; a request taken by one is refused as a replay by the other. Both start at
//! once on a new database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use harbour_relay::SIZE_BUCKETS;
use reqwest::Method as M;
use tokio_tungstenite::tungstenite::Message;

#[path = "support/client.rs"]
mod client;
#[path = "support/postgres.rs"]
mod postgres;
use client::*;

/// One `harbour-relay` process, stopped when dropped.
struct Process {
    child: Child,
    base: String,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts a relay process; see [`listening`].
fn launch(database: &str, dir: &std::path::Path, name: &str) -> Process {
    let config = dir.join(format!("{name}.toml"));
    std::fs::write(
        &config,
        format!("listen = \"127.0.0.1:0\"\ndatabase = \"{database}&application_name={name}\"\n"),
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_harbour-relay"))
        .args(["--config", config.to_str().unwrap()])
        .env_remove("HARBOUR_RELAY_DATABASE")
        .env_remove("HARBOUR_RELAY_LISTEN")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join(format!("{name}.log"))).unwrap())
        .spawn()
        .unwrap();
    Process {
        child,
        base: String::new(),
    }
}

/// Waits until the process says where it listens.
fn listening(mut process: Process, dir: &std::path::Path, name: &str) -> Process {
    let log = dir.join(format!("{name}.log"));
    let until = Instant::now() + Duration::from_secs(20);
    while Instant::now() < until {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if let Some(address) = text
            .lines()
            .find_map(|l| l.strip_prefix("harbour-relay: listening on "))
        {
            process.base = format!("http://{address}");
            return process;
        }
        if let Ok(Some(status)) = process.child.try_wait() {
            panic!("{name} stopped ({status}): {text}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "{name} did not start: {}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
}

/// The test server as a `postgres://` URL on a database of its own.
fn url_for(settings: &str, database: &str) -> String {
    let get = |key: &str| {
        settings
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
            .unwrap()
            .to_owned()
    };
    format!(
        "postgres://{}@{}:{}/{database}?sslmode=disable",
        get("user"),
        get("host"),
        get("port")
    )
}

/// The next binary frame as (seq, body), within 5 s.
async fn pushed(socket: &mut Socket) -> (u64, Vec<u8>) {
    let frame = next_binary(socket).await;
    (
        u64::from_be_bytes(frame[..8].try_into().unwrap()),
        frame[8..].to_vec(),
    )
}

/// Whether the relay closes the session within `limit`.
async fn closed_within(socket: &mut Socket, limit: Duration) -> bool {
    tokio::time::timeout(limit, async {
        loop {
            match socket.next().await {
                None | Some(Err(_)) => return,
                Some(Ok(m)) if m.is_close() => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await
    .is_ok()
}

/// A live session, retried while the process is not yet taking them again.
async fn live_again(device: &Device, base: &str, mailbox: &str) -> Socket {
    for _ in 0..100 {
        if let Ok(socket) = live(device, base, mailbox).await {
            return socket;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no live session");
}

#[tokio::test]
async fn two_relay_processes_deliver_to_each_other() {
    let Some(settings) = postgres::postgres_url() else {
        return;
    };
    let database = format!("relay_processes_{}", hex::encode(random::<4>()));
    let (admin, connection) = tokio_postgres::connect(&settings, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    admin
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .await
        .unwrap();
    let url = url_for(&settings, &database);
    let dir = tempfile::tempdir().unwrap();
    // Started together on a new database: both make its tables at once.
    let one = launch(&url, dir.path(), "relay-one");
    let two = launch(&url, dir.path(), "relay-two");
    let one = listening(one, dir.path(), "relay-one");
    let two = listening(two, dir.path(), "relay-two");
    let http = reqwest::Client::new();

    // The person's device owns the mailbox; the advocate's writes to it.
    let person = Device::new();
    let advocate = Device::new();
    let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    let mut body = vec![1u8];
    body.extend_from_slice(&person.public());
    body.extend_from_slice(&advocate.public());
    let r = person
        .send_signed(&http, M::PUT, &one.base, &mailbox, body, now())
        .await;
    assert_eq!(r.status().as_u16(), 201);

    let mut on_one = live(&person, &one.base, &mailbox).await.unwrap();
    let mut on_two = live(&advocate, &two.base, &mailbox).await.unwrap();

    // Stored through the live session on the other process: small enough to be carried in
    // the notice itself.
    on_two
        .send(Message::Binary(vec![5u8; 512].into()))
        .await
        .unwrap();
    assert_eq!(pushed(&mut on_one).await, (1, vec![5u8; 512]));
    // Too large to be carried: read from the database by the process that heard of it.
    let messages = format!("{mailbox}/messages");
    let (status, _) = advocate
        .post(&http, &two.base, &mailbox, SIZE_BUCKETS[3])
        .await;
    assert_eq!(status, 200);
    assert_eq!(pushed(&mut on_one).await, (2, vec![7u8; SIZE_BUCKETS[3]]));
    // Passed on (who is looking at what): heard on the other process, never stored.
    let mut passing = vec![harbour_relay::PASS_ON];
    passing.extend_from_slice(&[9u8; 512]);
    on_two.send(Message::Binary(passing.into())).await.unwrap();
    assert_eq!(pushed(&mut on_one).await, (0, vec![9u8; 512]));
    // The other way, and many at once of mixed sizes: in the order of their numbers.
    for i in 0..20u8 {
        let len = SIZE_BUCKETS[usize::from(i % 4)];
        let r = person
            .send_signed(&http, M::POST, &one.base, &messages, vec![i; len], now())
            .await;
        assert_eq!(r.status().as_u16(), 200);
    }
    let mut heard = Vec::new();
    while heard.len() < 20 {
        let (seq, body) = pushed(&mut on_two).await;
        // Its own post's answer (1), and its own post over HTTP pushed to it (2).
        if seq <= 2 {
            continue;
        }
        heard.push((seq, body[0], body.len()));
    }
    let expected: Vec<(u64, u8, usize)> = (0..20u8)
        .map(|i| (3 + u64::from(i), i, SIZE_BUCKETS[usize::from(i % 4)]))
        .collect();
    assert_eq!(heard, expected);

    // The connection process one listens on is cut (a failover, a restart of PostgreSQL):
    // what was announced meanwhile is lost to it, so its sessions are ended, and once it
    // listens again a new session hears the other process again.
    let cut = admin
        .query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE application_name = 'relay-one' AND query LIKE 'LISTEN%'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(cut.len(), 1, "process one listens on one connection");
    assert!(
        closed_within(&mut on_one, Duration::from_secs(10)).await,
        "process one's session was ended"
    );
    let mut on_one = live_again(&person, &one.base, &mailbox).await;
    let (status, _) = advocate.post(&http, &two.base, &mailbox, 512).await;
    assert_eq!(status, 200);
    assert_eq!(pushed(&mut on_one).await, (23, vec![7u8; 512]));

    // Both post at once, each through their own process: the advocate's session sees every
    // message in the order of its number (one out of order would make its app reconnect and
    // read), those stored through the other process held back for the ones before them.
    // Four posting at once through each process, ten posts each.
    let posting = |device: &Device, base: &str, task: u8| {
        let (http, base, messages) = (http.clone(), base.to_owned(), messages.clone());
        let key = device.key.clone();
        tokio::spawn(async move {
            let device = Device { key };
            for i in 0..10u8 {
                let path = format!("{messages}?n={task}-{i}");
                let r = device
                    .send_signed(&http, M::POST, &base, &path, vec![i; 512], now())
                    .await;
                assert_eq!(r.status().as_u16(), 200);
            }
        })
    };
    let mut posters = Vec::new();
    for task in 0..4 {
        posters.push(posting(&person, &one.base, task));
        posters.push(posting(&advocate, &two.base, task));
    }
    let mut seqs = Vec::new();
    while seqs.len() < 81 {
        let (seq, _) = pushed(&mut on_two).await;
        seqs.push(seq);
    }
    for poster in posters {
        poster.await.unwrap();
    }
    assert_eq!(seqs, (23..=103).collect::<Vec<u64>>());

    // The person takes the advocate off the mailbox through process one: the advocate's
    // session on process two is ended at once, and a new one is refused.
    let r = person
        .send_signed(
            &http,
            M::PUT,
            &one.base,
            &format!("{mailbox}/writers"),
            person.public().to_vec(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 204);
    assert!(
        closed_within(&mut on_two, Duration::from_secs(5)).await,
        "the removed device's session on the other process was ended"
    );
    assert_eq!(live(&advocate, &two.base, &mailbox).await.err(), Some(403));

    // A signed request taken by one process is refused by the other: each request is taken
    // once by the service, not once per process.
    let t = now();
    let path = format!("{messages}?n={}", hex::encode(random::<8>()));
    let first = person
        .send_signed(&http, M::POST, &one.base, &path, vec![4; 512], t)
        .await;
    assert_eq!(first.status().as_u16(), 200);
    let again = person
        .send_signed(&http, M::POST, &two.base, &path, vec![4; 512], t)
        .await;
    assert_eq!(status_and_code(again).await, (409, "replayed".to_owned()));

    drop((one, two, on_one));
    admin
        .batch_execute(&format!("DROP DATABASE {database} WITH (FORCE)"))
        .await
        .unwrap();
}
