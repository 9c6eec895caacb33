//! The relay over real HTTP and WebSocket on 127.0.0.1, against SQLite and against a real
//! PostgreSQL (`HARBOUR_TEST_POSTGRES`, set by scripts/with-postgres.sh; required when CI=true).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use futures_util::StreamExt;
use harbour_relay::{Quota, RelayConfig, SIZE_BUCKETS, Storage};

#[path = "support/client.rs"]
mod client;
#[path = "support/postgres.rs"]
mod postgres;
use client::*;

async fn the_mailbox_lifecycle(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let server = start(storage(backend, &dir).await, &RelayConfig::default()).await;
    let base = server.base.clone();
    let http = reqwest::Client::new();
    let (victim, advocate, stranger) = (Device::new(), Device::new(), Device::new());
    let id = hex::encode(random::<32>());
    let mailbox = format!("/v1/mailboxes/{id}");
    let writers = [victim.public(), advocate.public()].concat();
    use reqwest::Method as M;

    let health = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);

    // Creating: only a listed key may, a retry is fine, other writers conflict.
    let r = stranger
        .send_signed(&http, M::PUT, &base, &mailbox, writers.clone(), now())
        .await;
    assert_eq!(status_and_code(r).await, (403, "forbidden".into()));
    let r = victim
        .send_signed(&http, M::PUT, &base, &mailbox, writers.clone(), now())
        .await;
    assert_eq!(r.status().as_u16(), 201);
    let r = advocate
        .send_signed(&http, M::PUT, &base, &mailbox, writers.clone(), now())
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let r = stranger
        .send_signed(
            &http,
            M::PUT,
            &base,
            &mailbox,
            stranger.public().to_vec(),
            now(),
        )
        .await;
    assert_eq!(status_and_code(r).await, (409, "conflict".into()));

    // A live session on the advocate's side.
    let mut socket = live(&advocate, &base, &mailbox).await.unwrap();
    // A stranger cannot open one.
    assert_eq!(live(&stranger, &base, &mailbox).await.err(), Some(403));

    // Messages: numbered in order, pushed live, read back.
    let messages = format!("{mailbox}/messages");
    let first = random::<512>().to_vec();
    let second = vec![7u8; SIZE_BUCKETS[1]];
    for (body, seq) in [(&first, 1), (&second, 2)] {
        let r = victim
            .send_signed(&http, M::POST, &base, &messages, body.clone(), now())
            .await;
        assert_eq!(r.status().as_u16(), 200);
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(v["seq"], seq);
    }
    for (seq, body) in [(1u64, &first), (2, &second)] {
        let frame = next_binary(&mut socket).await;
        assert_eq!(u64::from_be_bytes(frame[..8].try_into().unwrap()), seq);
        assert_eq!(&frame[8..], body.as_slice());
    }
    // Posting on a live session: acknowledged with its number, pushed to the other side only.
    let mut victim_live = live(&victim, &base, &mailbox).await.unwrap();
    let third = vec![9u8; 512];
    use futures_util::SinkExt;
    victim_live
        .send(tokio_tungstenite::tungstenite::Message::Binary(
            third.clone().into(),
        ))
        .await
        .unwrap();
    assert_eq!(next_binary(&mut victim_live).await, 3u64.to_be_bytes());
    let pushed = next_binary(&mut socket).await;
    assert_eq!(
        (&pushed[..8], &pushed[8..]),
        (&3u64.to_be_bytes()[..], third.as_slice())
    );
    // A message of the wrong size on a live session is refused, and the session goes on.
    victim_live
        .send(tokio_tungstenite::tungstenite::Message::Binary(
            vec![1u8; 600].into(),
        ))
        .await
        .unwrap();
    let refusal = tokio::time::timeout(Duration::from_secs(5), victim_live.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(refusal.into_text().unwrap().contains("bad_request"));
    // Passed on, not stored: pushed to the other side with number 0, not answered, and not in
    // the read below.
    let passing = vec![7u8; 512];
    let mut pass_on = vec![harbour_relay::PASS_ON];
    pass_on.extend_from_slice(&passing);
    victim_live
        .send(tokio_tungstenite::tungstenite::Message::Binary(
            pass_on.into(),
        ))
        .await
        .unwrap();
    let pushed = next_binary(&mut socket).await;
    assert_eq!(
        (&pushed[..8], &pushed[8..]),
        (&0u64.to_be_bytes()[..], passing.as_slice())
    );
    let read = format!("{messages}?after=0");
    let bytes = advocate
        .send_signed(&http, M::GET, &base, &read, vec![], now())
        .await
        .bytes()
        .await
        .unwrap();
    assert!(
        parse_read(&bytes) == vec![(1, first.clone()), (2, second.clone()), (3, third.clone())],
        "read after 0"
    );
    let after_one = format!("{messages}?after=1&limit=10");
    let bytes = victim
        .send_signed(&http, M::GET, &base, &after_one, vec![], now())
        .await
        .bytes()
        .await
        .unwrap();
    assert!(
        parse_read(&bytes) == vec![(2, second.clone()), (3, third.clone())],
        "read after 1"
    );

    // Bad requests get clean errors and change nothing.
    let odd = victim
        .send_signed(&http, M::POST, &base, &messages, vec![1; 700], now())
        .await;
    assert_eq!(status_and_code(odd).await, (400, "bad_request".into()));
    let unsigned = http
        .post(format!("{base}{messages}"))
        .body(vec![0u8; 512])
        .send()
        .await
        .unwrap();
    assert_eq!(
        status_and_code(unsigned).await,
        (401, "unauthorized".into())
    );
    let old = victim
        .send_signed(&http, M::POST, &base, &messages, vec![0; 512], now() - 3600)
        .await;
    assert_eq!(status_and_code(old).await, (401, "unauthorized".into()));
    // Signed for one body, sent with another.
    let forged = victim
        .signed(&http, M::POST, &base, &messages, vec![0; 512], now())
        .body(vec![1u8; 512])
        .send()
        .await
        .unwrap();
    assert_eq!(status_and_code(forged).await, (401, "unauthorized".into()));
    // The same signed request twice: the second is refused.
    let t = now();
    let body = vec![3u8; 512];
    let r = victim
        .send_signed(&http, M::POST, &base, &messages, body.clone(), t)
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let again = victim
        .send_signed(&http, M::POST, &base, &messages, body, t)
        .await;
    assert_eq!(status_and_code(again).await, (409, "replayed".into()));
    let nosy = stranger
        .send_signed(&http, M::GET, &base, &read, vec![], now())
        .await;
    assert_eq!(status_and_code(nosy).await, (403, "forbidden".into()));
    let missing = format!("/v1/mailboxes/{}/messages", hex::encode(random::<32>()));
    let r = victim
        .send_signed(&http, M::POST, &base, &missing, vec![0; 512], now())
        .await;
    assert_eq!(status_and_code(r).await, (404, "not_found".into()));

    // A device removed from the mailbox can neither write nor read any more.
    let writers_path = format!("{mailbox}/writers");
    let r = victim
        .send_signed(
            &http,
            M::PUT,
            &base,
            &writers_path,
            victim.public().to_vec(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 204);
    let r = advocate
        .send_signed(&http, M::POST, &base, &messages, vec![0; 512], now())
        .await;
    assert_eq!(status_and_code(r).await, (403, "forbidden".into()));
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(m)) = socket.next().await {
            if m.is_close() {
                break;
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "the removed device's live session ends");
    // (A second later, so the signature differs from the first session's.)
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(live(&advocate, &base, &mailbox).await.err(), Some(403));
    let mut socket = victim_live;

    // Revoking sharing deletes the mailbox: the live session ends and nothing is left.
    let r = victim
        .send_signed(&http, M::DELETE, &base, &mailbox, vec![], now())
        .await;
    assert_eq!(r.status().as_u16(), 204);
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(m)) = socket.next().await {
            if m.is_close() {
                break;
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "the live session ends when the mailbox goes");
    drop(socket);
    let r = victim
        .send_signed(&http, M::GET, &base, &read, vec![], now())
        .await;
    assert_eq!(status_and_code(r).await, (404, "not_found".into()));

    // Graceful shutdown: the server finishes.
    let mut server = server;
    server.stop.take().unwrap().send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), &mut server.task)
        .await
        .expect("stops promptly")
        .unwrap();
}

#[tokio::test]
async fn mailbox_lifecycle_on_sqlite() {
    the_mailbox_lifecycle(Backend::Sqlite).await;
}

#[tokio::test]
async fn mailbox_lifecycle_on_postgres() {
    if postgres_url().is_some() {
        the_mailbox_lifecycle(Backend::Postgres).await;
    }
}

#[tokio::test]
async fn a_busy_mailbox_is_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        rate_per_second: 0.5,
        burst: 3.0,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    use reqwest::Method as M;
    let messages = format!("{mailbox}/messages");
    let mut statuses = Vec::new();
    for i in 0..5u8 {
        let r = device
            .send_signed(&http, M::POST, &server.base, &messages, vec![i; 512], now())
            .await;
        statuses.push(r.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
}

#[tokio::test]
async fn stopping_the_relay_ends_live_sessions_instead_of_waiting_on_them() {
    let dir = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let config = RelayConfig {
        database: format!("sqlite:{}", dir.path().join("relay.db").display()),
        ..Default::default()
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(harbour_relay::serve(config, listener, async move {
        let _ = stopped.await;
    }));
    let http = reqwest::Client::new();
    let health = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200, "the storage answers");

    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &base).await;
    let mut socket = live(&device, &base, &mailbox).await.unwrap();

    stop.send(()).unwrap();
    // The session is closed by the relay, and the relay stops, well within the wait.
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match socket.next().await {
                None | Some(Err(_)) => return,
                Some(Ok(m)) if m.is_close() => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "the live session was closed");
    let result = tokio::time::timeout(Duration::from_secs(5), relay).await;
    assert!(
        matches!(result, Ok(Ok(Ok(())))),
        "the relay stopped: {result:?}"
    );
}

/// Answers axum makes by itself (a malformed query, an unknown path or method, a body over the
/// limit, a plain GET where a WebSocket is needed) are JSON like the relay's own.
#[tokio::test]
async fn every_error_is_json() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig::default();
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    use reqwest::Method as M;

    let bad_query = device
        .send_signed(
            &http,
            M::GET,
            &server.base,
            &format!("{mailbox}/messages?after=yesterday"),
            Vec::new(),
            now(),
        )
        .await;
    let (status, body) = json_error(bad_query).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("bad_request")));

    let unknown = http
        .get(format!("{}/v1/nothing-here", server.base))
        .send()
        .await
        .unwrap();
    let (status, body) = json_error(unknown).await;
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")));

    let wrong_method = http
        .patch(format!("{}{mailbox}/messages", server.base))
        .send()
        .await
        .unwrap();
    let (status, body) = json_error(wrong_method).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (405, Some("method_not_allowed"))
    );

    let too_big = device
        .send_signed(
            &http,
            M::POST,
            &server.base,
            &format!("{mailbox}/messages"),
            vec![0; config.max_frame_bytes + 8192],
            now(),
        )
        .await;
    let (status, body) = json_error(too_big).await;
    assert_eq!((status, body["error"].as_str()), (413, Some("too_large")));

    let not_a_websocket = device
        .send_signed(
            &http,
            M::GET,
            &server.base,
            &format!("{mailbox}/live"),
            Vec::new(),
            now(),
        )
        .await;
    let (status, _) = json_error(not_a_websocket).await;
    assert!((400..500).contains(&status), "{status}");

    // The relay's own errors are unchanged.
    let (status, body) = json_error(
        http.put(format!("{}{mailbox}", server.base))
            .body(vec![0u8; 32])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("unauthorized"))
    );
}

/// New mailboxes are limited for the whole relay, whoever signs: keys cost nothing to make.
#[tokio::test]
async fn a_flood_of_new_mailboxes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let config = RelayConfig {
        new_mailboxes_per_minute: 3.0,
        ..RelayConfig::default()
    };
    let server = start(storage(Backend::Sqlite, &dir).await, &config).await;
    let http = reqwest::Client::new();
    let create = async |device: &Device, mailbox: &str| {
        device
            .send_signed(
                &http,
                reqwest::Method::PUT,
                &server.base,
                mailbox,
                device.public().to_vec(),
                now(),
            )
            .await
    };
    let mut statuses = Vec::new();
    // Creating the same mailbox again (both apps create the meeting place) takes nothing.
    let first = Device::new();
    let meeting = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    for i in 0..4 {
        // Each request signed afresh (a signature is taken once).
        let again = format!("{meeting}?n={i}");
        statuses.push(create(&first, &again).await.status().as_u16());
    }
    for _ in 0..4 {
        // A new key each time, as a flood would.
        let device = Device::new();
        let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
        statuses.push(create(&device, &mailbox).await.status().as_u16());
    }
    assert_eq!(statuses, [201, 200, 200, 200, 201, 201, 429, 429]);
}

/// PostgreSQL closing the relay's connections (a restart, a failover) doesn't take the relay
/// down: closed connections are replaced, and nothing stored before is lost.
#[tokio::test]
async fn the_relay_carries_on_after_postgres_drops_its_connections() {
    let Some(url) = postgres_url() else {
        return;
    };
    // Named, so that only this relay's connections are ended (other tests use the database at
    // the same time).
    let name = format!("relay-reconnect-{}", hex::encode(random::<4>()));
    let named = with_setting(&url, "application_name", &name, &name);
    let storage = Storage::connect_postgres(&named).await.unwrap();
    let server = start(storage, &RelayConfig::default()).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    let messages = format!("{mailbox}/messages");
    use reqwest::Method as M;
    let r = device
        .send_signed(&http, M::POST, &server.base, &messages, vec![1; 512], now())
        .await;
    assert_eq!(r.status().as_u16(), 200);

    // The relay's connections are ended by the server, as a restart would.
    let (admin, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let ended = admin
        .query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
            &[&name],
        )
        .await
        .unwrap();
    assert!(!ended.is_empty(), "the relay had connections to end");

    // The relay answers again on its own (the first request may still meet a connection the
    // server is closing; a client retries).
    let mut answered = None;
    for _ in 0..50 {
        let r = device
            .send_signed(&http, M::POST, &server.base, &messages, vec![2; 512], now())
            .await;
        if r.status().as_u16() == 200 {
            answered = Some(r.text().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let answered = answered.expect("the relay recovered");
    assert!(answered.contains("\"seq\":2"), "{answered}");
    let read = device
        .send_signed(
            &http,
            M::GET,
            &server.base,
            &format!("{messages}?after=0"),
            Vec::new(),
            now(),
        )
        .await;
    assert_eq!(read.status().as_u16(), 200);
    let bytes = read.bytes().await.unwrap();
    assert_eq!(bytes.len(), 2 * (12 + 512), "both messages are there");
}

/// `url` with one more connection setting, in whichever form the url is written (`value` as
/// typed in a key=value string, `encoded` as written in a URL's query).
fn with_setting(url: &str, key: &str, value: &str, encoded: &str) -> String {
    if !url.starts_with("postgres") {
        format!("{url} {key}='{value}'")
    } else if url.contains('?') {
        format!("{url}&{key}={encoded}")
    } else {
        format!("{url}?{key}={encoded}")
    }
}

/// Messages older than the retention are removed (on PostgreSQL a batch at a time), and the
/// mailbox carries on numbering after them.
async fn old_messages_expire(storage: Storage) {
    let server = start(storage.clone(), &RelayConfig::default()).await;
    let http = reqwest::Client::new();
    let device = Device::new();
    let mailbox = device.new_mailbox(&http, &server.base).await;
    let messages = format!("{mailbox}/messages");
    use reqwest::Method as M;
    for fill in 1..=5u8 {
        let r = device
            .send_signed(
                &http,
                M::POST,
                &server.base,
                &messages,
                vec![fill; 512],
                now(),
            )
            .await;
        assert_eq!(r.status().as_u16(), 200);
    }
    assert_eq!(
        storage.expire(now() - 3600).await.unwrap(),
        0,
        "none is old"
    );
    assert_eq!(storage.expire_in_batches(now() + 60, 2).await.unwrap(), 5);
    let read = |after: u64| {
        let (http, device, base) = (&http, &device, &server.base);
        // A fresh `n`, as the apps send: the relay takes each signed request once.
        let path = format!("{messages}?after={after}&n={}", hex::encode(random::<8>()));
        async move {
            let r = device
                .send_signed(http, M::GET, base, &path, Vec::new(), now())
                .await;
            assert_eq!(r.status().as_u16(), 200);
            parse_read(&r.bytes().await.unwrap())
        }
    };
    assert!(read(0).await.is_empty());
    let r = device
        .send_signed(&http, M::POST, &server.base, &messages, vec![6; 512], now())
        .await;
    assert!(r.text().await.unwrap().contains("\"seq\":6"));
    assert_eq!(
        read(0).await.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec![6]
    );
}

/// A mailbox that holds nothing and that none of its writers has used for `mailbox_idle_days`
/// is removed at the hourly sweep; one a writer used (a request, a live session), one still
/// holding messages and one made before the day was kept stay. A stranger's knock does not
/// keep a mailbox.
async fn unused_empty_mailboxes_are_removed(storage: Storage) {
    let server = start(storage.clone(), &RelayConfig::default()).await;
    let http = reqwest::Client::new();
    let (person, advocate, stranger) = (Device::new(), Device::new(), Device::new());
    let today = now().div_euclid(86_400);
    let long_ago = today - 366;
    let writers = [person.public(), advocate.public()];
    let made = |day: i64| {
        let storage = storage.clone();
        async move {
            let id = random::<32>();
            storage
                .create_mailbox(id, &writers, &writers[..1], day)
                .await
                .unwrap();
            id
        }
    };
    let (quiet, used, live_box, knocked, holding, from_before) = (
        made(long_ago).await,
        made(long_ago).await,
        made(long_ago).await,
        made(long_ago).await,
        made(long_ago).await,
        made(0).await,
    );
    let path = |id: [u8; 32]| format!("/v1/mailboxes/{}/messages?after=0", hex::encode(id));
    use reqwest::Method as M;
    let r = advocate
        .send_signed(&http, M::GET, &server.base, &path(used), Vec::new(), now())
        .await;
    assert_eq!(r.status().as_u16(), 200);
    // Opening the session marks it used (and kept open, it marks each new day).
    let _session = live(
        &person,
        &server.base,
        &format!("/v1/mailboxes/{}", hex::encode(live_box)),
    )
    .await
    .unwrap();
    let r = stranger
        .send_signed(
            &http,
            M::GET,
            &server.base,
            &path(knocked),
            Vec::new(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 403);
    storage
        .append(
            holding,
            vec![7; 512],
            now() - 366 * 86_400,
            Quota {
                bytes: 1 << 20,
                messages: 10,
            },
        )
        .await
        .unwrap();
    for id in [quiet, knocked] {
        assert_eq!(
            storage.access(id).await.unwrap().unwrap().1,
            long_ago,
            "not marked"
        );
    }
    assert_eq!(storage.access(used).await.unwrap().unwrap().1, today);

    assert_eq!(server.relay.remove_idle(365).await.unwrap(), 2);
    for id in [quiet, knocked] {
        assert!(
            storage.access(id).await.unwrap().is_none(),
            "an unused mailbox stays"
        );
    }
    for id in [used, live_box, holding, from_before] {
        assert!(
            storage.access(id).await.unwrap().is_some(),
            "a mailbox in use was removed"
        );
    }
    // Made before the day was kept: counted from this sweep, not as used in 1970.
    assert_eq!(storage.access(from_before).await.unwrap().unwrap().1, today);
    // A writer's request to a removed mailbox reads as gone (the apps: sharing ended).
    let r = person
        .send_signed(&http, M::GET, &server.base, &path(quiet), Vec::new(), now())
        .await;
    assert_eq!(r.status().as_u16(), 404);
    // Nothing is removed twice, and a day already marked is not moved back.
    assert_eq!(server.relay.remove_idle(365).await.unwrap(), 0);
    storage.mark_used(used, long_ago).await.unwrap();
    assert_eq!(storage.access(used).await.unwrap().unwrap().1, today);
}

#[tokio::test]
async fn unused_empty_mailboxes_are_removed_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    unused_empty_mailboxes_are_removed(storage(Backend::Sqlite, &dir).await).await;
}

#[tokio::test]
async fn unused_empty_mailboxes_are_removed_on_postgres() {
    let Some(url) = postgres_url() else {
        return;
    };
    // A schema of its own: the sweep would remove other tests' mailboxes too.
    in_own_schema(&url, "idle", |own| async move {
        unused_empty_mailboxes_are_removed(Storage::connect_postgres(&own).await.unwrap()).await;
    })
    .await;
}

/// A post to a mailbox unused for a year, committed while the sweep's delete is on its way to
/// the row (a slow disk, stood in for by a trigger that sleeps), keeps the mailbox and its
/// message: PostgreSQL checks a row changed meanwhile against the delete's own conditions only.
#[tokio::test]
async fn a_post_committed_during_the_sweep_keeps_its_mailbox_on_postgres() {
    let Some(url) = postgres_url() else {
        return;
    };
    in_own_schema(&url, "sweep_race", |own| async move {
        let storage = Storage::connect_postgres(&own).await.unwrap();
        let today = now().div_euclid(86_400);
        let (id, writer) = (random::<32>(), random::<32>());
        storage
            .create_mailbox(id, &[writer], &[writer], today - 400)
            .await
            .unwrap();
        let (slow, connection) = tokio_postgres::connect(&own, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        slow.batch_execute(
            "CREATE FUNCTION slow_insert() RETURNS trigger AS $$
             BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$ LANGUAGE plpgsql;
             CREATE TRIGGER slow_insert BEFORE INSERT ON relay_messages
                 FOR EACH ROW EXECUTE FUNCTION slow_insert();",
        )
        .await
        .unwrap();
        let quota = Quota {
            bytes: 1 << 30,
            messages: 1 << 20,
        };
        let posting = storage.clone();
        let post =
            tokio::spawn(async move { posting.append(id, vec![9; 512], now(), quota).await });
        tokio::time::sleep(Duration::from_millis(300)).await;
        let removed = storage.remove_idle(365, today).await.unwrap();
        assert_eq!(post.await.unwrap().unwrap(), 1, "the post was acknowledged");
        assert!(
            removed.is_empty(),
            "the sweep removed a mailbox just posted to"
        );
        assert!(storage.access(id).await.unwrap().is_some());
        assert_eq!(storage.read(id, 0, 10, 1 << 20).await.unwrap().len(), 1);
    })
    .await;
}

/// The connection that tells the other relay processes what this one stored stops answering (a
/// database host gone mid-statement; stood in for by stopping its server process): posts go on
/// being stored and answered, more of them than wait to be announced, and the database is
/// still there for everything else. Before, every post in the process waited once 16,384 were
/// waiting, each holding one of the pool's connections.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posts_go_on_while_the_announcing_connection_hangs_on_postgres() {
    let Some(url) = postgres_url() else {
        return;
    };
    in_own_schema(&url, "announcer", |own| async move {
        let storage = Storage::connect_postgres(&own).await.unwrap();
        let (admin, connection) = tokio_postgres::connect(&own, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        let (id, writer) = (random::<32>(), random::<32>());
        storage
            .create_mailbox(id, &[writer], &[writer], now() / 86_400)
            .await
            .unwrap();
        let quota = Quota {
            bytes: 1 << 40,
            messages: 1 << 30,
        };
        storage
            .append(id, vec![1; 512], now(), quota)
            .await
            .unwrap();
        let announcer: i32 = loop {
            let row = admin
                .query_opt(
                    "SELECT pid FROM pg_stat_activity
                     WHERE query LIKE '%unnest($2::text[])%' AND pid <> pg_backend_pid()",
                    &[],
                )
                .await
                .unwrap();
            if let Some(row) = row {
                break row.get(0);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        /// Lets the stopped server process go on however the test ends.
        struct Resume(String);
        impl Drop for Resume {
            fn drop(&mut self) {
                let _ = std::process::Command::new("kill")
                    .args(["-CONT", &self.0])
                    .status();
            }
        }
        let stopped = std::process::Command::new("kill")
            .args(["-STOP", &announcer.to_string()])
            .status()
            .unwrap();
        assert!(stopped.success(), "kill -STOP {announcer}");
        let resume = Resume(announcer.to_string());
        let posts = 16_384 + 600;
        let stored = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut posters = Vec::new();
        for _ in 0..16 {
            let (storage, stored) = (storage.clone(), std::sync::Arc::clone(&stored));
            posters.push(tokio::spawn(async move {
                while stored.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < posts {
                    let post = storage.append(id, vec![2; 512], now(), quota);
                    // A post here takes milliseconds; one waiting for the announcer would wait
                    // until it gives up on its connection (10 s).
                    if tokio::time::timeout(Duration::from_secs(2), post)
                        .await
                        .is_err()
                    {
                        return false;
                    }
                }
                true
            }));
        }
        let mut all = true;
        for poster in posters {
            all &= poster.await.unwrap();
        }
        let answers = tokio::time::timeout(Duration::from_secs(5), storage.check()).await;
        drop(resume);
        assert!(all, "a post waited more than 2 s with the announcer stuck");
        assert!(
            matches!(answers, Ok(Ok(()))),
            "the database was not there for the rest"
        );
    })
    .await;
}

#[tokio::test]
async fn old_messages_expire_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    old_messages_expire(storage(Backend::Sqlite, &dir).await).await;
}

#[tokio::test]
async fn old_messages_expire_on_postgres() {
    let Some(url) = postgres_url() else {
        return;
    };
    // A schema of its own: expiry removes every old message, and other tests share the
    // database meanwhile.
    in_own_schema(&url, "expiry", |own| async move {
        old_messages_expire(Storage::connect_postgres(&own).await.unwrap()).await;
    })
    .await;
}

/// Runs `test` with a connection string for a new schema of the test database (through the
/// operator's `options`, which the relay keeps), dropped after.
async fn in_own_schema<F: std::future::Future<Output = ()>>(
    url: &str,
    name: &str,
    test: impl FnOnce(String) -> F,
) {
    let schema = format!("{name}_{}", hex::encode(random::<4>()));
    let (admin, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap();
    let own = with_setting(
        url,
        "options",
        &format!("-c search_path={schema}"),
        &format!("-c%20search_path%3D{schema}"),
    );
    test(own).await;
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
}

/// PostgreSQL reached over TLS has its certificate checked: with the CA that signed it the
/// relay works; with another CA (someone on the network posing as the database) or the
/// system's roots it is refused. A database on another host without `sslmode=require` is
/// refused before anything is sent.
#[tokio::test]
async fn postgres_over_tls_checks_the_servers_certificate() {
    let Some(tls) = postgres::postgres_tls() else {
        return;
    };
    let storage = Storage::connect_postgres_with(&tls.url, Some(&tls.ca))
        .await
        .unwrap();
    storage.check().await.unwrap();
    for wrong in [Some(tls.other_ca.as_path()), None] {
        assert!(
            Storage::connect_postgres_with(&tls.url, wrong)
                .await
                .is_err(),
            "{wrong:?}"
        );
    }
    for elsewhere in [
        "host=db.example.org user=relay dbname=relay",
        "postgres://relay@db.example.org/relay?sslmode=prefer",
        "host=10.0.0.5 user=relay sslmode=disable",
        "host=localhost,db.example.org user=relay",
    ] {
        assert!(
            matches!(
                Storage::connect_postgres_with(elsewhere, None).await,
                Err(harbour_relay::RelayError::BadRequest(_))
            ),
            "{elsewhere}"
        );
    }
}

/// The person's device owns the case's mailbox: the advocate's (a writer, not an owner) may post
/// and read but neither replace the writers (to lock the person out, or let another key in) nor
/// delete it; the owner may do both, and cannot write itself out. Creating it again with other
/// owners is a conflict, which is how the person's app finds an advocate's app that kept the
/// ownership for itself.
#[tokio::test]
async fn a_writer_that_is_not_the_owner_cannot_delete_or_replace_the_writers() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(
        storage(Backend::Sqlite, &dir).await,
        &RelayConfig::default(),
    )
    .await;
    let http = reqwest::Client::new();
    let (person, advocate, stranger) = (Device::new(), Device::new(), Device::new());
    let mailbox = format!("/v1/mailboxes/{}", hex::encode(random::<32>()));
    use reqwest::Method as M;
    // Made by the advocate's app, owned by the person's device.
    let body = [&[1u8][..], &person.public(), &advocate.public()].concat();
    let made = advocate
        .send_signed(&http, M::PUT, &server.base, &mailbox, body.clone(), now())
        .await;
    assert_eq!(made.status().as_u16(), 201);
    // The person's app checks: the same writers and owners is fine; the advocate as owner is not.
    let again = format!("{mailbox}?n=1");
    let same = person
        .send_signed(&http, M::PUT, &server.base, &again, body, now())
        .await;
    assert_eq!(same.status().as_u16(), 200);
    let claimed = [&[1u8][..], &advocate.public(), &person.public()].concat();
    let other = format!("{mailbox}?n=2");
    let r = person
        .send_signed(&http, M::PUT, &server.base, &other, claimed, now())
        .await;
    assert_eq!(status_and_code(r).await, (409, "conflict".to_owned()));

    let writers = format!("{mailbox}/writers");
    let locked_out = [advocate.public(), stranger.public()].concat();
    let r = advocate
        .send_signed(
            &http,
            M::PUT,
            &server.base,
            &writers,
            locked_out.clone(),
            now(),
        )
        .await;
    assert_eq!(status_and_code(r).await, (403, "forbidden".to_owned()));
    let r = advocate
        .send_signed(&http, M::DELETE, &server.base, &mailbox, Vec::new(), now())
        .await;
    assert_eq!(status_and_code(r).await, (403, "forbidden".to_owned()));
    // The advocate still posts and reads.
    assert_eq!(
        advocate.post(&http, &server.base, &mailbox, 512).await.0,
        200
    );
    // The owner may not write itself out, but may remove the advocate and delete.
    let r = person
        .send_signed(&http, M::PUT, &server.base, &writers, locked_out, now())
        .await;
    assert_eq!(status_and_code(r).await, (400, "bad_request".to_owned()));
    let r = person
        .send_signed(
            &http,
            M::PUT,
            &server.base,
            &format!("{writers}?n=1"),
            person.public().to_vec(),
            now(),
        )
        .await;
    assert_eq!(r.status().as_u16(), 204);
    let r = person
        .send_signed(&http, M::DELETE, &server.base, &mailbox, Vec::new(), now())
        .await;
    assert_eq!(r.status().as_u16(), 204);
}
