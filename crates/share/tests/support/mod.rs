//! What the sharing tests have in common: vaults in real SQLCipher files, and pairing two of
//! them through a relay as the two apps would.
#![allow(dead_code)]

use std::path::Path;
use std::time::Duration;

use harbour_relay::{Relay, RelayConfig, Storage, router};
use harbour_share::{Link, Received, ShareError, meeting};
use harbour_store::Store;
use harbour_sync::pairing::PairingCode;

pub const TIMEOUT: Duration = Duration::from_secs(20);

/// A relay on 127.0.0.1 (default limits) over `storage`; its address.
pub async fn start_relay(storage: Storage) -> String {
    let config = RelayConfig::default();
    let relay = Relay::new(storage, &config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = router(relay, config.max_frame_bytes + 4096);
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    base
}

/// A vault in a real SQLCipher file.
pub fn vault(path: &Path) -> Store {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "key", "correct horse battery staple")
        .unwrap();
    Store::open(conn).unwrap()
}

/// Pairs two vaults through the relay, as the two apps would: the phrases must match.
pub async fn link_up(base: &str, person: &mut Store, advocate: &mut Store) -> (Link, Link) {
    // The advocate shows the code; the person types it (with spaces and lower case).
    let code = PairingCode::generate().unwrap();
    let typed = PairingCode::parse(&code.display().to_lowercase().replace('-', " ")).unwrap();
    let (a, p) = tokio::join!(
        meeting::advocate(base, &code, TIMEOUT),
        meeting::client(base, &typed, TIMEOUT)
    );
    let (a, p) = (a.unwrap(), p.unwrap());
    assert_eq!(a.phrase(), p.phrase(), "both screens show the same phrase");
    assert_eq!(a.phrase().split(' ').count(), 4);
    let (advocate_link, person_link) = tokio::join!(a.confirm(), p.confirm());
    let (mut advocate_link, mut person_link) = (advocate_link.unwrap(), person_link.unwrap());
    advocate_link.save(advocate).unwrap();
    person_link.save(person).unwrap();
    assert_eq!(advocate_link.mailbox(), person_link.mailbox());
    assert_eq!(advocate_link.peer_device_key(), person_link.device_key());
    assert_eq!(person_link.peer_device_key(), advocate_link.device_key());
    (person_link, advocate_link)
}

/// Deals with one message from the relay with the store held by this test alone; what it did.
pub fn receive(
    store: &mut Store,
    link: &mut Link,
    seq: u64,
    bytes: &[u8],
) -> Result<Received, ShareError> {
    harbour_share::receive(&std::sync::Mutex::new(store), link, seq, bytes).map(|r| r.received)
}

/// Seals frames as the advocate's paired device would (a hostile advocate, or whoever has their
/// laptop): the case key and device key read from the advocate's vault.
pub struct Forger {
    key: harbour_sync::CaseKey,
    device: ed25519_dalek::SigningKey,
    counter: u64,
}

impl Forger {
    pub fn of(store: &Store) -> Forger {
        let record: serde_json::Value = serde_json::from_slice(
            &store
                .share_state(harbour_store::LinkId::FIRST, "link")
                .unwrap()
                .unwrap(),
        )
        .unwrap();
        let device: [u8; 32] = hex::decode(record["device"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let last = record["keys"].as_array().unwrap().last().unwrap().clone();
        Forger {
            key: harbour_sync::CaseKey::from_bytes(
                last[0].as_u64().unwrap() as u32,
                hex::decode(last[1].as_str().unwrap())
                    .unwrap()
                    .try_into()
                    .unwrap(),
            ),
            device: ed25519_dalek::SigningKey::from_bytes(&device),
            counter: 1 << 40,
        }
    }

    /// `content` sealed as a frame of `kind`, under the next counter.
    pub fn seal(&mut self, kind: harbour_sync::frame::FrameKind, content: &[u8]) -> Vec<u8> {
        self.counter += 1;
        harbour_sync::frame::seal_signed(
            &self.key,
            &self.device,
            kind,
            [0xab; 16],
            self.counter,
            content,
        )
        .unwrap()
    }
}
