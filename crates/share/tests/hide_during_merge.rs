//! The other side can send the largest change the vault takes (a quarter of a million
//! operations: seconds of automerge's work) to keep the vault held while the person hides. The
//! merge runs without the vault (`harbour_store::applying`), so a hide closes the vault at once;
//! nothing of the change is written then, and it is taken in whole the next time.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use automerge::transaction::Transactable;
use automerge::{ActorId, AutoCommit, ObjType, ROOT, ReadDoc};
use harbour_relay::Storage;
use harbour_share::{
    Link, Received, RelayClient, ShareError, VaultAccess, content, exchange, sync_now,
};
use harbour_store::{LinkId, Section, Store};
use harbour_sync::frame::FrameKind;

mod support;
use support::{Forger, link_up, start_relay, vault};

/// The vault as the app holds it: behind one lock, taken out (and closed) by a hide. Counts
/// how many times the engine reached for it.
struct Held {
    store: Mutex<Option<Store>>,
    reached: AtomicUsize,
}

impl VaultAccess for Held {
    fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, ShareError> {
        self.reached.fetch_add(1, Ordering::SeqCst);
        match self.store.lock().unwrap().as_mut() {
            Some(store) => f(store),
            None => Err(ShareError::Closed),
        }
    }
}

/// A change to `id` as the advocate's copy holds it, under an author of its own, that types
/// `ops` letters into a new text: as many operations.
fn heavy_change(advocate: &Store, id: &str, ops: usize) -> Vec<u8> {
    let mut am = AutoCommit::load(&advocate.document_bytes(id).unwrap()).unwrap();
    am.set_actor(ActorId::random());
    let text = am.put_object(ROOT, "scratch", ObjType::Text).unwrap();
    am.splice_text(&text, 0, 0, &"x".repeat(ops)).unwrap();
    am.commit();
    assert_eq!(am.length(&text), ops);
    am.get_last_local_change().unwrap().raw_bytes().to_vec()
}

/// A person and their advocate paired through a relay on 127.0.0.1 (real SQLCipher vaults in
/// `dir`), the person's escape bag shared and synced to both.
struct Case {
    dir: tempfile::TempDir,
    person: Store,
    advocate: Store,
    person_link: Link,
    advocate_link: Link,
    person_relay: RelayClient,
    advocate_relay: RelayClient,
    id: String,
}

async fn escape_bag_shared() -> Case {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;
    let person_path = dir.path().join("person.db");
    let mut person = vault(&person_path);
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (mut person_link, mut advocate_link) = link_up(&base, &mut person, &mut advocate).await;
    let id = Section::EscapeBag.document_id();
    person.share_document(LinkId::FIRST, &id).unwrap();
    person
        .add_plan_item(Section::EscapeBag, "Spare keys with Jo")
        .unwrap();
    let person_relay = person_link.relay_client().unwrap();
    let advocate_relay = advocate_link.relay_client().unwrap();
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    Case {
        dir,
        person,
        advocate,
        person_link,
        advocate_link,
        person_relay,
        advocate_relay,
        id,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hide_while_the_largest_change_is_merged_closes_the_vault_at_once_and_loses_nothing() {
    let Case {
        dir,
        person,
        advocate,
        mut person_link,
        advocate_link,
        person_relay,
        advocate_relay,
        id,
    } = escape_bag_shared().await;
    let person_path = dir.path().join("person.db");

    let change = heavy_change(&advocate, &id, 240_000);
    let hash = automerge::Change::try_from(change.as_slice())
        .unwrap()
        .hash()
        .0;
    let mut forger = Forger::of(&advocate);
    let packed = content::pack(&id, &[change]).unwrap();
    assert_eq!(packed.len(), 1);
    let frame = forger.seal(FrameKind::Change, &packed[0]);
    let heavy = advocate_relay
        .post(&advocate_link.mailbox(), frame)
        .await
        .unwrap();
    // What the person reads before it (their own frames read back, the advocate's account):
    // each is dealt with in one step.
    let cursor_before = person_link.cursor();
    let before_it = person_relay
        .read(&person_link.mailbox(), cursor_before)
        .await
        .unwrap()
        .iter()
        .filter(|(seq, _)| *seq < heavy)
        .count();

    let held = Arc::new(Held {
        store: Mutex::new(Some(person)),
        reached: AtomicUsize::new(0),
    });
    // The hide: as soon as the engine has reached for the vault to take the change in, take
    // the vault out and close it, however long that has to wait.
    let hiding = {
        let held = held.clone();
        std::thread::spawn(move || {
            while held.reached.load(Ordering::SeqCst) <= before_it {
                std::thread::sleep(Duration::from_millis(1));
            }
            let asked = Instant::now();
            drop(held.store.lock().unwrap().take());
            asked.elapsed()
        })
    };
    let started = Instant::now();
    let done = exchange(&*held, &mut person_link, &person_relay).await;
    let took = started.elapsed();
    let waited = hiding.join().unwrap();
    println!("the hide waited {waited:?}; taking the change in ran {took:?}");
    assert!(matches!(done, Err(ShareError::Closed)), "{done:?}");

    // Opened again: the hide came before anything of the change was written, and the frame
    // was not passed over.
    let mut person = vault(&person_path);
    assert!(
        !person.document_heads(&id).unwrap().contains(&hash),
        "the change was written before the vault closed: the hide waited for the merge"
    );
    let mut person_link = Link::load(&person, LinkId::FIRST).unwrap().unwrap();
    assert_eq!(person_link.cursor(), heavy - 1);
    let received = sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(
        received
            .iter()
            .any(|r| matches!(r, Received::Changed { .. })),
        "{received:?}"
    );
    assert!(person.document_heads(&id).unwrap().contains(&hash));
    let items: Vec<String> = person
        .plan_section(Section::EscapeBag)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(items, ["Spare keys with Jo"]);
}

/// The vault as the app holds it, with the person saving the shared section after every step
/// the engine takes (as fast as anyone could): each merge without the vault is handed back,
/// and the last brings the person's edits in.
struct Typing {
    store: Mutex<Store>,
    typed: AtomicUsize,
}

impl VaultAccess for Typing {
    fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, ShareError> {
        let mut store = self.store.lock().unwrap();
        let out = f(&mut store);
        let n = self.typed.fetch_add(1, Ordering::SeqCst);
        store
            .add_plan_item(Section::EscapeBag, &format!("Typed {n}"))
            .unwrap();
        out
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_person_saving_all_the_while_neither_keeps_a_change_out_nor_loses_an_edit() {
    let Case {
        dir: _dir,
        person,
        mut advocate,
        mut person_link,
        mut advocate_link,
        person_relay,
        advocate_relay,
        id: _,
    } = escape_bag_shared().await;
    advocate
        .add_plan_item(Section::EscapeBag, "Copies of the order")
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();

    let typing = Typing {
        store: Mutex::new(person),
        typed: AtomicUsize::new(0),
    };
    let done = exchange(&typing, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(
        done.received
            .iter()
            .any(|r| matches!(r, Received::Changed { .. })),
        "{:?}",
        done.received
    );
    let typed = typing.typed.load(Ordering::SeqCst);
    let mut person = typing.store.into_inner().unwrap();
    let items: Vec<String> = person
        .plan_section(Section::EscapeBag)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert!(items.contains(&"Copies of the order".to_owned()));
    assert!(items.contains(&"Spare keys with Jo".to_owned()));
    for n in 0..typed {
        assert!(items.contains(&format!("Typed {n}")), "Typed {n} lost");
    }
    // And what the person typed reaches the advocate.
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(
        advocate
            .plan_section(Section::EscapeBag)
            .unwrap()
            .items
            .len(),
        items.len()
    );
}
