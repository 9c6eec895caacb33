//! The relay against a hostile network and a greedy client, each test performing the attack:
//! slow headers (slowloris) and idle connections, a stranger announcing a large body, a body
//! sent a byte at a time, a mailbox filled past its quota, a disk nearly full, a read of many
//! large messages, more live sessions than a key may hold, and one key making mailboxes for
//! everyone.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use harbour_relay::{RelayConfig, SIZE_BUCKETS};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[path = "support/client.rs"]
mod client;
#[path = "support/postgres.rs"]
mod postgres;
use client::*;

use reqwest::Method as M;

const LARGEST: usize = SIZE_BUCKETS[SIZE_BUCKETS.len() - 1];

/// Whether the relay closes `stream` (or answers and closes) within `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let until = Instant::now() + limit;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // An answer (a 408) before the close: keep reading to the close.
            Ok(Ok(_)) => continue,
            Err(_) => return false,
        }
    }
}

fn raise_open_files_limit() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        limit.current = limit.maximum;
        let _ = setrlimit(Resource::Nofile, limit);
    }
}

/// 1,000 connections that send their headers a line every half second (and never finish them)
/// hold nothing: a device is served all along, and each slow connection is closed once its
/// headers are overdue.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slow_connections_do_not_keep_a_device_from_being_served() {
    raise_open_files_limit();
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        header_timeout_seconds: 2,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut slow = Vec::new();
    for _ in 0..1000 {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: relay\r\n")
            .await
            .unwrap();
        slow.push(stream);
    }
    let opened = Instant::now();
    // The slow ones keep trickling; the device asks meanwhile.
    let trickle = tokio::spawn(async move {
        for _ in 0..6 {
            for stream in &mut slow {
                let _ = stream.write_all(b"X-Slow: 1\r\n").await;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        slow
    });
    let http = reqwest::Client::new();
    let device = Device::new();
    let mut latencies = Vec::new();
    for _ in 0..20 {
        let at = Instant::now();
        let mailbox = device.new_mailbox(&http, &server.base).await;
        assert_eq!(device.post(&http, &server.base, &mailbox, 512).await.0, 200);
        latencies.push(at.elapsed());
    }
    latencies.sort();
    println!(
        "with 1,000 slow connections: a device's mailbox and message in p50 {:?}, max {:?}",
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1]
    );
    let mut slow = trickle.await.unwrap();
    // Each was given 2 s for its headers; by 3 s after the last was opened they are gone.
    let wait = Duration::from_secs(3).saturating_sub(opened.elapsed()) + Duration::from_secs(2);
    let mut closed = 0;
    for stream in &mut slow {
        if closed_within(stream, wait).await {
            closed += 1;
        }
    }
    assert_eq!(closed, 1000, "slow connections the relay closed");
}

/// A connection that says nothing, and one kept alive after its request, are closed once the
/// header timeout passes.
#[tokio::test]
async fn idle_connections_are_closed() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        header_timeout_seconds: 1,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let mut silent = TcpStream::connect(&address).await.unwrap();
    let mut kept = TcpStream::connect(&address).await.unwrap();
    kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n")
        .await
        .unwrap();
    let mut answer = [0u8; 256];
    let n = kept.read(&mut answer).await.unwrap();
    assert!(answer[..n].starts_with(b"HTTP/1.1 200"));
    assert!(closed_within(&mut silent, Duration::from_secs(4)).await);
    assert!(closed_within(&mut kept, Duration::from_secs(4)).await);
}

/// The headers of a signed post by `key` (the signature is not checked until the body is in).
fn post_headers(mailbox: &str, key: [u8; 32], length: usize) -> String {
    format!(
        "POST {mailbox}/messages HTTP/1.1\r\nHost: relay\r\nContent-Length: {length}\r\n\
         x-relay-key: {}\r\nx-relay-time: {}\r\nx-relay-signature: {}\r\n\r\n",
        hex::encode(key),
        now(),
        "ab".repeat(64)
    )
}

/// The relay's answer on `stream`, up to the end of its JSON body, within `limit`.
async fn answer_within(
    stream: &mut (impl tokio::io::AsyncRead + Unpin),
    limit: Duration,
) -> String {
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    while !answer.ends_with(b"}") {
        let n = tokio::time::timeout(limit, stream.read(&mut buf))
            .await
            .expect("an answer in time")
            .unwrap();
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&answer).into_owned()
}

/// Someone who is not a writer of a mailbox (no key at all, a stranger's key, a mailbox that
/// does not exist) is answered as soon as the headers are in: the relay never waits for, or
/// holds, the megabyte their headers announce.
#[tokio::test]
async fn a_stranger_is_refused_before_the_body_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        request_timeout_seconds: 20,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let http = reqwest::Client::new();
    let owner = Device::new();
    let mailbox = owner.new_mailbox(&http, &server.base).await;
    let stranger = Device::new();
    let unsigned = format!(
        "POST {mailbox}/messages HTTP/1.1\r\nHost: relay\r\nContent-Length: {LARGEST}\r\n\r\n"
    );
    let nowhere = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    for (headers, expected) in [
        (unsigned, "401"),
        (post_headers(&mailbox, stranger.public(), LARGEST), "403"),
        (post_headers(&nowhere, stranger.public(), LARGEST), "404"),
    ] {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        stream.write_all(headers.as_bytes()).await.unwrap();
        let started = Instant::now();
        // No byte of the body is sent.
        let answer = answer_within(&mut stream, Duration::from_secs(5)).await;
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {expected}")),
            "{answer}"
        );
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}

/// A writer's body sent a byte at a time is cut off with `408 timeout` when the request's time
/// is up.
#[tokio::test]
async fn a_body_sent_slowly_is_answered_408_when_the_request_time_is_up() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        request_timeout_seconds: 1,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    let mut stream = TcpStream::connect(&address).await.unwrap();
    stream
        .write_all(post_headers(&mailbox, device.public(), 512).as_bytes())
        .await
        .unwrap();
    let started = Instant::now();
    let (mut read, mut write) = stream.into_split();
    let dribble = tokio::spawn(async move {
        for _ in 0..100 {
            if write.write_all(b"x").await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let text = answer_within(&mut read, Duration::from_secs(5)).await;
    dribble.abort();
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("\"error\":\"timeout\""), "{text}");
    assert!(started.elapsed() < Duration::from_secs(4));
}

/// A mailbox takes messages up to its quota (by count and by bytes) and then `507
/// mailbox_full`, and takes more again once messages have expired.
async fn a_full_mailbox(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let storage = storage(backend, &dir).await;
    let config = RelayConfig {
        mailbox_max_messages: 3,
        mailbox_max_bytes: LARGEST as u64 + 512,
        ..RelayConfig::default()
    };
    let server = start(storage.clone(), &config).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let by_count = device.new_mailbox(&http, &server.base).await;
    for _ in 0..3 {
        assert_eq!(
            device.post(&http, &server.base, &by_count, 512).await,
            (200, String::new())
        );
    }
    assert_eq!(
        device.post(&http, &server.base, &by_count, 512).await,
        (507, "mailbox_full".to_owned())
    );
    let by_bytes = device.new_mailbox(&http, &server.base).await;
    assert_eq!(
        device.post(&http, &server.base, &by_bytes, LARGEST).await.0,
        200
    );
    assert_eq!(
        device.post(&http, &server.base, &by_bytes, 512).await.0,
        200
    );
    assert_eq!(
        device.post(&http, &server.base, &by_bytes, 512).await,
        (507, "mailbox_full".to_owned())
    );
    // Another mailbox is not affected.
    let other = device.new_mailbox(&http, &server.base).await;
    assert_eq!(device.post(&http, &server.base, &other, 512).await.0, 200);
    // Expired, the messages no longer count.
    storage.expire(now() + 7200).await.unwrap();
    assert_eq!(
        device.post(&http, &server.base, &by_count, 512).await.0,
        200
    );
    assert_eq!(
        device.post(&http, &server.base, &by_bytes, LARGEST).await.0,
        200
    );
}

#[tokio::test]
async fn a_full_mailbox_refuses_more_until_messages_expire_on_sqlite() {
    a_full_mailbox(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_full_mailbox_refuses_more_until_messages_expire_on_postgres() {
    if postgres_url().is_none() {
        return;
    }
    a_full_mailbox(Backend::Postgres).await;
}

/// Below the disk watermark, messages are refused with `507 relay_full`; what is stored can
/// still be read (and mailboxes deleted), so nobody loses what is there.
#[tokio::test]
async fn writes_stop_before_the_disk_is_full_and_reads_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let storage = storage(Backend::Sqlite, &dir).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let roomy = start(storage.clone(), &RelayConfig::default()).await;
    let mailbox = device.new_mailbox(&http, &roomy.base).await;
    assert_eq!(device.post(&http, &roomy.base, &mailbox, 512).await.0, 200);
    // The same database, a relay told to keep more free than any disk has.
    let full = start(
        storage,
        &RelayConfig {
            min_free_disk_mb: u64::MAX / (1024 * 1024),
            ..RelayConfig::default()
        },
    )
    .await;
    assert_eq!(
        device.post(&http, &full.base, &mailbox, 512).await,
        (507, "relay_full".to_owned())
    );
    let read = device
        .send_signed(
            &http,
            M::GET,
            &full.base,
            &format!("{mailbox}/messages?after=0"),
            Vec::new(),
            now(),
        )
        .await;
    assert_eq!(read.status().as_u16(), 200);
    assert_eq!(parse_read(&read.bytes().await.unwrap()).len(), 1);
}

/// Twelve messages of the largest size: a read returns at most 8 MiB of them, the rest on the
/// next read, none lost.
#[tokio::test]
async fn a_read_of_many_large_messages_stops_at_its_byte_cap() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        burst: 20.0,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    for _ in 0..12 {
        assert_eq!(
            device.post(&http, &server.base, &mailbox, LARGEST).await.0,
            200
        );
    }
    let read = |after: u64| {
        let (http, device, base) = (&http, &device, &server.base);
        let path = format!("{mailbox}/messages?after={after}");
        async move {
            let r = device
                .send_signed(http, M::GET, base, &path, Vec::new(), now())
                .await;
            assert_eq!(r.status().as_u16(), 200);
            parse_read(&r.bytes().await.unwrap())
        }
    };
    let first = read(0).await;
    let bytes: usize = first.iter().map(|m| m.1.len()).sum();
    assert!(bytes <= harbour_relay::MAX_READ_BYTES, "{bytes}");
    assert_eq!(first.len(), harbour_relay::MAX_READ_BYTES / LARGEST);
    let rest = read(first.last().unwrap().0).await;
    assert_eq!(first.len() + rest.len(), 12);
    assert_eq!(rest.last().unwrap().0, 12);
}

/// A key holds at most its number of live sessions, a mailbox its own; a session that ends
/// frees its place.
#[tokio::test]
async fn live_sessions_are_limited_per_key_and_per_mailbox() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        max_sessions_per_key: 2,
        max_sessions_per_mailbox: 3,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let (victim, advocate) = (Device::new(), Device::new());
    let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    let r = victim
        .send_signed(
            &http,
            M::PUT,
            &server.base,
            &mailbox,
            [victim.public(), advocate.public()].concat(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 201);
    let first = live(&victim, &server.base, &mailbox).await.unwrap();
    let _second = live(&victim, &server.base, &mailbox).await.unwrap();
    assert_eq!(live(&victim, &server.base, &mailbox).await.err(), Some(429));
    let _third = live(&advocate, &server.base, &mailbox).await.unwrap();
    assert_eq!(
        live(&advocate, &server.base, &mailbox).await.err(),
        Some(429),
        "the mailbox's limit"
    );
    drop(first);
    // The relay notices the closed socket at once or at its next read.
    let mut again = Err(0);
    for _ in 0..50 {
        again = live(&victim, &server.base, &mailbox).await;
        if again.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(again.is_ok(), "a place freed by a session that ended");
}

/// One key making mailboxes is stopped at its own limit; another key can still make one.
#[tokio::test]
async fn one_key_cannot_use_up_the_relays_new_mailboxes() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        new_mailboxes_per_key_per_hour: 2.0,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let greedy = Device::new();
    let create = async |device: &Device| {
        let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
        status_and_code(
            device
                .send_signed(
                    &http,
                    M::PUT,
                    &server.base,
                    &mailbox,
                    device.public().to_vec(),
                    now(),
                )
                .await,
        )
        .await
    };
    assert_eq!(create(&greedy).await.0, 201);
    assert_eq!(create(&greedy).await.0, 201);
    assert_eq!(create(&greedy).await, (429, "rate_limited".to_owned()));
    assert_eq!(create(&Device::new()).await.0, 201);
}

/// A device's own large messages read many times and never taken (the same holds for answers
/// to requests pipelined without a key): each connection is closed once writing to it has made
/// no progress for the stall time, so it holds neither its place nor the answers' memory, and
/// an honest device is served meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_reads_its_answers_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        write_stall_seconds: 2,
        // Long enough that, without the stall rule, a drained connection would stay open.
        header_timeout_seconds: 60,
        request_timeout_seconds: 60,
        burst: 20.0,
        max_connections: 20,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    for _ in 0..8 {
        assert_eq!(
            device.post(&http, &server.base, &mailbox, LARGEST).await.0,
            200
        );
    }
    // A small receive window, as an attacker would set, so the relay's writes fill up soon.
    let connect = || async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        socket.connect(address.parse().unwrap()).await.unwrap()
    };
    let mut stalled = Vec::new();
    // With the device's key: eight reads of 8 MiB each, never taken.
    for _ in 0..8 {
        let path = format!(
            "{mailbox}/messages?after=0&n={}",
            hex::encode(random::<8>())
        );
        let request = device
            .signed(&http, M::GET, &server.base, &path, Vec::new(), now())
            .build()
            .unwrap();
        let mut stream = connect().await;
        let mut head = format!("GET {path} HTTP/1.1\r\nHost: relay\r\n");
        for (name, value) in request.headers() {
            head.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        stalled.push(stream);
    }
    // An honest device is served meanwhile.
    let health = http
        .get(format!("{}/healthz", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    // Past the stall time, each was closed: reading now drains what was sent before, then
    // meets the close (without the rule, a drained connection stays open for its minute).
    tokio::time::sleep(Duration::from_secs(4)).await;
    let started = Instant::now();
    for (i, stream) in stalled.iter_mut().enumerate() {
        assert!(
            closed_within(stream, Duration::from_secs(8)).await,
            "connection {i} still open"
        );
    }
    println!(
        "non-reading connections found closed in {:?}",
        started.elapsed()
    );
}

/// A device that starts a message of the largest size and never finishes it, keeping its live
/// session alive with pings, would hold a megabyte or two of the relay's memory for as long as
/// it likes, in every session it opens: the relay ends a session whose unfinished message is
/// older than a whole request may take. A device that sends the largest message whole, after
/// sitting silent all the while, is served as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_never_finished_on_a_live_session_ends_it() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;
    use tokio_tungstenite::tungstenite::protocol::frame::Frame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        request_timeout_seconds: 2,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let (hostile, honest) = (Device::new(), Device::new());
    let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    let r = hostile
        .send_signed(
            &http,
            M::PUT,
            &server.base,
            &mailbox,
            [hostile.public(), honest.public()].concat(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 201);
    let mut holding = live(&hostile, &server.base, &mailbox).await.unwrap();
    let mut whole = live(&honest, &server.base, &mailbox).await.unwrap();

    // Half of the largest message, as the first fragment of one that never ends.
    let first = Frame::message(vec![1u8; LARGEST / 2], OpCode::Data(Data::Binary), false);
    holding.send(Message::Frame(first)).await.unwrap();
    let started = Instant::now();
    let ended = loop {
        if started.elapsed() > Duration::from_secs(10) {
            break false;
        }
        if holding
            .send(Message::Ping(Default::default()))
            .await
            .is_err()
        {
            break true;
        }
        if let Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) =
            tokio::time::timeout(Duration::from_millis(200), holding.next()).await
        {
            break true;
        }
    };
    let after = started.elapsed();
    println!("the session holding an unfinished message ended after {after:?}");
    assert!(ended, "still open after 10 s, pinging");
    assert!(
        after >= Duration::from_secs(2),
        "ended before its time was up"
    );

    whole
        .send(Message::Binary(vec![2u8; LARGEST].into()))
        .await
        .unwrap();
    assert_eq!(next_binary(&mut whole).await.len(), 8, "the stored number");
}
