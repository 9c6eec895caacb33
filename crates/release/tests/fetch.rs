//! "Check for updates" against a real HTTP server on 127.0.0.1: a good manifest and its
//! download, and the attacks: a tampered manifest, a replayed older one, a redirect, a plain
//! `http://` address elsewhere, an endless answer and a swapped download.
#![cfg(feature = "fetch")]

use std::collections::HashMap;
use std::sync::Arc;

use harbour_release::ReleaseError;
use harbour_release::ReleaseKey;
use harbour_release::fetch::{self, FetchError};
use harbour_release::manifest::{self, Manifest};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

type Routes = HashMap<&'static str, (u16, String, Vec<u8>)>;

/// Answers each path with a fixed status, headers and body; anything else is a 404.
fn serve(listener: TcpListener, routes: Routes) {
    let routes = Arc::new(routes);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let routes = routes.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let line = String::from_utf8_lossy(&request);
                let path = line.split(' ').nth(1).unwrap_or("/").to_owned();
                let (status, headers, body) = routes.get(path.as_str()).cloned().unwrap_or((
                    404,
                    String::new(),
                    b"not here".to_vec(),
                ));
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n{headers}\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
            });
        }
    });
}

fn manifest_for(version: &str, url: &str, bytes: &[u8]) -> Manifest {
    Manifest {
        version: version.to_owned(),
        published: "2027-01-10".to_owned(),
        url: url.to_owned(),
        sha256: hex::encode(Sha256::digest(bytes)),
    }
}

#[tokio::test]
async fn a_signed_newer_manifest_is_taken_and_its_download_checked_and_every_forgery_refused() {
    let key = ReleaseKey::generate().unwrap();
    let public = key.public_hex();
    let package = b"the new package's bytes".repeat(1000);
    // The manifests name the server's own address, known once it listens.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());

    let good = manifest::sign(
        &key,
        &manifest_for("0.3.0", &format!("{base}/pkg.deb"), &package),
    )
    .unwrap();
    let older = manifest::sign(
        &key,
        &manifest_for("0.2.0", &format!("{base}/old.deb"), b"old"),
    )
    .unwrap();
    let tampered = good.replacen("pkg.deb", "evil.deb", 1);
    let other_key = ReleaseKey::generate().unwrap();
    let forged = manifest::sign(
        &other_key,
        &manifest_for("0.9.0", &format!("{base}/evil.deb"), b"evil"),
    )
    .unwrap();
    let swapped = manifest::sign(
        &key,
        &manifest_for("0.4.0", &format!("{base}/evil.deb"), &package),
    )
    .unwrap();

    let mut routes = HashMap::new();
    routes.insert("/good", (200, String::new(), good.into_bytes()));
    routes.insert("/older", (200, String::new(), older.into_bytes()));
    routes.insert("/tampered", (200, String::new(), tampered.into_bytes()));
    routes.insert("/forged", (200, String::new(), forged.into_bytes()));
    routes.insert("/swapped", (200, String::new(), swapped.into_bytes()));
    routes.insert(
        "/moved",
        (302, format!("location: {base}/good\r\n"), Vec::new()),
    );
    routes.insert("/huge", (200, String::new(), vec![b'{'; 100_000]));
    routes.insert("/pkg.deb", (200, String::new(), package.clone()));
    routes.insert(
        "/evil.deb",
        (200, String::new(), b"something else".to_vec()),
    );

    serve(listener, routes);

    // Good: taken, and its download arrives whole and matching.
    let taken = fetch::fetch_manifest(&format!("{base}/good"), &public, "0.1.0", None)
        .await
        .unwrap();
    assert_eq!(taken.version, "0.3.0");
    let mut out = Vec::new();
    let size = fetch::download(&taken, &mut out, || true).await.unwrap();
    assert_eq!(size, package.len() as u64);
    assert_eq!(out, package);

    // Stopped half way (the app was hidden): nothing more is taken.
    let mut out = Vec::new();
    assert!(matches!(
        fetch::download(&taken, &mut out, || false).await,
        Err(FetchError::Stopped)
    ));

    // Replayed: a genuine older manifest, still newer than the app, is refused once 0.3.0 has
    // been seen.
    let seen = Some(taken.version.as_str());
    assert!(matches!(
        fetch::fetch_manifest(&format!("{base}/older"), &public, "0.1.0", seen).await,
        Err(FetchError::Release(ReleaseError::OlderThanSeen { offered, seen }))
            if offered == "0.2.0" && seen == "0.3.0"
    ));
    // The newest seen is offered again (not downloaded yet, or its download failed).
    assert_eq!(
        fetch::fetch_manifest(&format!("{base}/good"), &public, "0.1.0", seen)
            .await
            .unwrap()
            .version,
        "0.3.0"
    );
    // Once running 0.3.0 it is no longer news.
    assert!(matches!(
        fetch::fetch_manifest(&format!("{base}/good"), &public, "0.3.0", seen).await,
        Err(FetchError::Release(ReleaseError::NotNewer(_)))
    ));

    // Tampered (one word of the body changed) and forged (another key): not genuine.
    for path in ["/tampered", "/forged"] {
        assert!(
            matches!(
                fetch::fetch_manifest(&format!("{base}{path}"), &public, "0.1.0", None).await,
                Err(FetchError::Release(ReleaseError::BadSignature))
            ),
            "{path} was taken"
        );
    }

    // A redirect is not followed, even to the good manifest.
    assert!(matches!(
        fetch::fetch_manifest(&format!("{base}/moved"), &public, "0.1.0", None).await,
        Err(FetchError::Status(302))
    ));
    // An answer larger than a manifest can be is cut off.
    assert!(matches!(
        fetch::fetch_manifest(&format!("{base}/huge"), &public, "0.1.0", None).await,
        Err(FetchError::TooLarge)
    ));
    // A genuine manifest whose download was swapped on the server: the bytes do not match.
    let swapped = fetch::fetch_manifest(&format!("{base}/swapped"), &public, "0.1.0", None)
        .await
        .unwrap();
    let mut out = Vec::new();
    assert!(matches!(
        fetch::download(&swapped, &mut out, || true).await,
        Err(FetchError::Mismatch)
    ));

    // Plain http to anywhere but this computer is never even tried; nor is an address with a
    // user name in it.
    for address in [
        "http://example.org/manifest",
        "http://127.0.0.1.example.org/m",
        "http://localhost:8080/m",
        "https://user@example.org/m",
        "ftp://example.org/m",
        "example.org",
    ] {
        assert!(
            matches!(
                fetch::fetch_manifest(address, &public, "0.1.0", None).await,
                Err(FetchError::Address)
            ),
            "{address} was tried"
        );
    }
    // Nothing listening: unreachable, said as such.
    assert!(matches!(
        fetch::fetch_manifest("http://127.0.0.1:9/m", &public, "0.1.0", None).await,
        Err(FetchError::Unreachable)
    ));
}

/// Where the child run of the proxy test finds the real server (set only for that child).
const PROXY_CHILD: &str = "HARBOUR_TEST_PROXY_CHILD";

/// Someone with the computer's password can name a proxy in the environment and watch (or
/// answer) what goes through it. The update check must go only where the person's address says.
/// Environment variables cannot be set safely in a running test, so the test runs itself again
/// with every proxy variable pointing at a listener that counts who comes to it; that child
/// first shows that an ordinary client does use the proxy, then checks for updates.
#[tokio::test]
async fn a_proxy_named_in_the_environment_is_not_used() {
    if let Ok(base) = std::env::var(PROXY_CHILD) {
        let ordinary = reqwest::Client::new()
            .get(format!("{base}/good"))
            .send()
            .await
            .unwrap();
        assert_eq!(ordinary.status().as_u16(), 502, "answered by the proxy");
        let public = std::env::var("HARBOUR_TEST_PROXY_KEY").unwrap();
        let taken = fetch::fetch_manifest(&format!("{base}/good"), &public, "0.1.0", None)
            .await
            .unwrap();
        assert_eq!(taken.version, "0.3.0");
        return;
    }

    let key = ReleaseKey::generate().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let good = manifest::sign(&key, &manifest_for("0.3.0", &format!("{base}/pkg"), b"x")).unwrap();
    let mut routes = HashMap::new();
    routes.insert("/good", (200, String::new(), good.into_bytes()));
    serve(listener, routes);

    // The proxy: counts each connection and answers 502 to anything.
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_address = format!("http://127.0.0.1:{}", proxy.local_addr().unwrap().port());
    let visits = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = visits.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = proxy.accept().await {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let _ = socket
                    .write_all(b"HTTP/1.1 502 X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
            });
        }
    });

    let mut child = std::process::Command::new(std::env::current_exe().unwrap());
    child
        .args(["--exact", "a_proxy_named_in_the_environment_is_not_used"])
        .env(PROXY_CHILD, &base)
        .env("HARBOUR_TEST_PROXY_KEY", key.public_hex())
        .env_remove("NO_PROXY")
        .env_remove("no_proxy");
    for name in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        child.env(name, &proxy_address);
    }
    // Waited for off the runtime, which goes on serving the server and the proxy meanwhile.
    let out = tokio::task::spawn_blocking(move || child.output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 passed"),
        "the child ran the test"
    );
    assert_eq!(
        visits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "only the ordinary client went through the proxy"
    );
}
