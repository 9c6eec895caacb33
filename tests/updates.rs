//! "Check for updates" through IPC, against an HTTP server on 127.0.0.1: nothing is asked until
//! the person presses the button; a tampered manifest is refused as not genuine; a good one is
//! offered, and offered again at the next check until installed; and once it has been seen, an
//! older signed manifest replayed is refused even though it is newer than the running app.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{app, setup};
use harbour_release::ReleaseKey;
use harbour_release::manifest::{self, Manifest};
use serde_json::json;

/// Serves fixed bodies by path on a thread of its own and counts the requests.
fn serve(routes: Vec<(String, Vec<u8>)>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&request).into_owned();
            let path = text.split(' ').nth(1).unwrap_or("/");
            let (status, body) = routes
                .iter()
                .find(|(p, _)| p == path)
                .map_or((404, &b"no"[..]), |(_, b)| (200, b.as_slice()));
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(body);
        }
    });
    (base, asked)
}

#[test]
fn updates_are_asked_for_only_when_checked_and_only_signed_newer_ones_offered() {
    // The app reads its release key from the environment (debug builds only), once per process:
    // the check runs in a child process of this test binary with a throwaway key's public half.
    let Ok(seed) = std::env::var("UPDATES_TEST_SEED") else {
        let key = ReleaseKey::generate().unwrap();
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "updates_are_asked_for_only_when_checked_and_only_signed_newer_ones_offered",
                "--nocapture",
            ])
            .env("HARBOUR_RELEASE_KEY", key.public_hex())
            .env("UPDATES_TEST_SEED", hex::encode(*key.seed()))
            .status()
            .unwrap();
        assert!(status.success(), "the check in the child process failed");
        return;
    };
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(seed, &mut bytes).unwrap();
    let key = ReleaseKey::from_seed(&bytes);
    let signed = |version: &str| {
        manifest::sign(
            &key,
            &Manifest {
                version: version.to_owned(),
                published: "2027-01-10".to_owned(),
                url: "https://example.org/Calculator_9.deb".to_owned(),
                sha256: "ab".repeat(32),
            },
        )
        .unwrap()
    };
    let good = signed("0.3.0");
    let tampered = good.replacen("2027-01-10", "2027-01-11", 1);
    let (base, asked) = serve(vec![
        ("/good".into(), good.into_bytes()),
        ("/tampered".into(), tampered.into_bytes()),
        ("/older".into(), signed("0.2.0").into_bytes()),
    ]);

    let a = app();
    setup(&a);
    let settings = a.call("update_settings", json!({})).unwrap();
    assert_eq!(settings["can_check"], json!(true));
    assert_eq!(settings["address"], json!(""));
    let err = a.call("check_for_updates", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "no address yet: {err}");
    let err = a
        .call(
            "set_update_address",
            json!({"address": "http://example.org/m"}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "plain http elsewhere: {err}");

    a.call(
        "set_update_address",
        json!({"address": format!("{base}/tampered")}),
    )
    .unwrap();
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "nothing asked before the check"
    );
    let err = a.call("check_for_updates", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("not_genuine"), "{err}");

    a.call(
        "set_update_address",
        json!({"address": format!("{base}/good")}),
    )
    .unwrap();
    let found = a.call("check_for_updates", json!({})).unwrap();
    assert_eq!(found["kind"], json!("available"));
    assert_eq!(found["version"], json!("0.3.0"));
    assert_eq!(found["file_name"], json!("Calculator_9.deb"));
    // Checked again before downloading: still offered.
    let found = a.call("check_for_updates", json!({})).unwrap();
    assert_eq!(found["version"], json!("0.3.0"), "{found}");

    // Replayed: genuine, newer than this app, but older than the version already seen.
    a.call(
        "set_update_address",
        json!({"address": format!("{base}/older")}),
    )
    .unwrap();
    let err = a.call("check_for_updates", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("not_genuine"), "{err}");
    assert_eq!(err["reason"], json!("updates-older-than-seen"), "{err}");
    assert_eq!(err["args"]["seen"], json!("0.3.0"), "{err}");
    assert_eq!(asked.load(Ordering::SeqCst), 4, "one request per check");

    // Kept in the vault: after a hide and unlock the address is still there, and checking
    // while locked asks nothing.
    a.call("hide_now", json!({})).unwrap();
    let err = a.call("check_for_updates", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("locked"));
    assert_eq!(asked.load(Ordering::SeqCst), 4);
    a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    let settings = a.call("update_settings", json!({})).unwrap();
    assert_eq!(settings["address"], json!(format!("{base}/older")));
}
