//! A relay that loses messages it acknowledged (here: rows deleted from the real relay's SQLite
//! database behind its back, as a hostile or broken relay would) must not leave either copy
//! short without anyone knowing. Each side's account of what it holds (`have.rs`) gets what was
//! lost sent again, and a loss that keeps happening is told to both people.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use harbour_relay::Storage;
use harbour_share::{Link, Received, RelayClient, Stuck, stuck, sync_now};
use harbour_store::{Section, Store};

mod support;
use support::{Forger, link_up, start_relay, vault};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

/// The kind byte of a sealed frame (in its clear header, as the relay sees it): 5 is an account
/// of what the sender holds, 1 a change.
const HAVE: u8 = 5;

struct Side {
    store: Store,
    link: Link,
    relay: RelayClient,
}

impl Side {
    async fn sync(&mut self) -> Vec<Received> {
        sync_now(&mut self.store, &mut self.link, &self.relay)
            .await
            .unwrap()
    }

    fn items(&self, section: Section) -> Vec<String> {
        self.store
            .plan_section(section)
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.text)
            .collect()
    }
}

/// Deletes from the relay's database the messages of `mailbox` stored after `after` for which
/// `lose` says so (by their clear header), as if the relay had lost them. How many it deleted.
fn lose(db: &Path, mailbox: [u8; 32], after: u64, lose: impl Fn(&[u8]) -> bool) -> usize {
    let conn = rusqlite::Connection::open(db).unwrap();
    let rows: Vec<(i64, Vec<u8>)> = conn
        .prepare("SELECT seq, body FROM relay_messages WHERE mailbox = ?1 AND seq > ?2")
        .unwrap()
        .query_map((mailbox.as_slice(), after as i64), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut lost = 0;
    for (seq, body) in rows {
        if lose(&body) {
            conn.execute(
                "DELETE FROM relay_messages WHERE mailbox = ?1 AND seq = ?2",
                (mailbox.as_slice(), seq),
            )
            .unwrap();
            lost += 1;
        }
    }
    lost
}

/// `rounds` rounds of sync on both sides, the relay losing every change the person sends (and
/// passing every account on).
async fn rounds_losing_changes(person: &mut Side, advocate: &mut Side, db: &Path, rounds: usize) {
    let mailbox = person.link.mailbox();
    for _ in 0..rounds {
        let before = relay_number(db, mailbox);
        person.sync().await;
        lose(db, mailbox, before, |b| !is_have(b));
        advocate.sync().await;
    }
}

fn is_have(body: &[u8]) -> bool {
    body.get(5) == Some(&HAVE)
}

fn relay_number(db: &Path, mailbox: [u8; 32]) -> u64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let last: i64 = conn
        .query_row(
            "SELECT last_seq FROM relay_mailboxes WHERE id = ?1",
            [mailbox.as_slice()],
            |r| r.get(0),
        )
        .unwrap();
    last as u64
}

async fn shared_case() -> (Side, Side, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relay.db");
    let base = start_relay(Storage::open_sqlite(&db).unwrap()).await;
    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (person_link, advocate_link) = link_up(&base, &mut person, &mut advocate).await;
    person
        .share_document(LINK, &Section::EscapeBag.document_id())
        .unwrap();
    person
        .add_plan_item(Section::EscapeBag, "Spare keys with Jo")
        .unwrap();
    let person_relay = person_link.relay_client().unwrap();
    let advocate_relay = advocate_link.relay_client().unwrap();
    let mut person = Side {
        store: person,
        link: person_link,
        relay: person_relay,
    };
    let mut advocate = Side {
        store: advocate,
        link: advocate_link,
        relay: advocate_relay,
    };
    person.sync().await;
    advocate.sync().await;
    assert_eq!(advocate.items(Section::EscapeBag), ["Spare keys with Jo"]);
    (person, advocate, db, dir)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_the_relay_loses_is_sent_again_and_arrives() {
    let (mut person, mut advocate, db, _dir) = shared_case().await;
    let mailbox = person.link.mailbox();

    // The person's last change is lost after the relay acknowledged it; their account of what
    // they hold gets through.
    person
        .store
        .add_plan_item(Section::EscapeBag, "Bus pass in the bag")
        .unwrap();
    let before = relay_number(&db, mailbox);
    person.sync().await;
    assert_eq!(lose(&db, mailbox, before, |b| !is_have(b)), 1);
    let got = advocate.sync().await;
    assert!(
        got.iter().any(|r| matches!(r, Received::Have(_))),
        "{got:?}"
    );
    assert!(
        !advocate
            .items(Section::EscapeBag)
            .contains(&"Bus pass in the bag".to_owned())
    );
    // The advocate noticed and asked; the person's app sends it again; it arrives.
    let got = person.sync().await;
    assert!(
        got.iter()
            .any(|r| matches!(r, Received::Have(t) if t.sending_again)),
        "the person's app sends again what the advocate lacks: {got:?}"
    );
    advocate.sync().await;
    assert!(
        advocate
            .items(Section::EscapeBag)
            .contains(&"Bus pass in the bag".to_owned())
    );

    // A change lost in the middle, with its account lost too: the next change waits for it, and
    // that alone is enough to ask.
    person
        .store
        .add_plan_item(Section::EscapeBag, "Copy of the order")
        .unwrap();
    let before = relay_number(&db, mailbox);
    person.sync().await;
    assert!(lose(&db, mailbox, before, |_| true) >= 1);
    person
        .store
        .add_plan_item(Section::EscapeBag, "Phone charger")
        .unwrap();
    let before = relay_number(&db, mailbox);
    person.sync().await;
    lose(&db, mailbox, before, is_have);
    advocate.sync().await;
    assert!(
        !advocate
            .items(Section::EscapeBag)
            .contains(&"Phone charger".to_owned())
    );
    person.sync().await;
    advocate.sync().await;
    let items = advocate.items(Section::EscapeBag);
    for text in ["Copy of the order", "Phone charger"] {
        assert!(
            items.contains(&text.to_owned()),
            "{text} arrived: {items:?}"
        );
    }

    // The advocate's change lost on its way to the person comes back the same way.
    advocate
        .store
        .add_plan_item(Section::EscapeBag, "Ring the refuge on Monday")
        .unwrap();
    let before = relay_number(&db, mailbox);
    advocate.sync().await;
    assert_eq!(lose(&db, mailbox, before, |b| !is_have(b)), 1);
    person.sync().await;
    advocate.sync().await;
    person.sync().await;
    assert!(
        person
            .items(Section::EscapeBag)
            .contains(&"Ring the refuge on Monday".to_owned())
    );

    // Both copies are the same, nothing is stuck, and a quiet round sends nothing more.
    assert_eq!(
        person.items(Section::EscapeBag),
        advocate.items(Section::EscapeBag)
    );
    assert_eq!(stuck(&person.store, LINK).unwrap(), Stuck::default());
    assert_eq!(stuck(&advocate.store, LINK).unwrap(), Stuck::default());
    person.sync().await;
    advocate.sync().await;
    let quiet = relay_number(&db, mailbox);
    person.sync().await;
    advocate.sync().await;
    assert_eq!(
        relay_number(&db, mailbox),
        quiet,
        "nothing is sent when nothing is new"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relay_that_keeps_losing_changes_is_told_to_both_people_and_nothing_is_lost() {
    let (mut person, mut advocate, db, _dir) = shared_case().await;
    person
        .store
        .add_plan_item(Section::EscapeBag, "Birth certificates")
        .unwrap();

    // The relay passes on every account but loses every change, round after round.
    rounds_losing_changes(&mut person, &mut advocate, &db, 3).await;
    assert!(
        !advocate
            .items(Section::EscapeBag)
            .contains(&"Birth certificates".to_owned())
    );
    assert_eq!(
        stuck(&advocate.store, LINK).unwrap(),
        Stuck {
            here: true,
            there: false
        },
        "the advocate is told changes have not arrived"
    );
    assert_eq!(
        stuck(&person.store, LINK).unwrap(),
        Stuck {
            here: false,
            there: true
        },
        "the person is told their changes have not reached the advocate"
    );
    // Still theirs: nothing was taken from the person's copy.
    assert!(
        person
            .items(Section::EscapeBag)
            .contains(&"Birth certificates".to_owned())
    );

    // The relay behaves again: the change arrives and both messages go.
    for _ in 0..2 {
        person.sync().await;
        advocate.sync().await;
    }
    assert!(
        advocate
            .items(Section::EscapeBag)
            .contains(&"Birth certificates".to_owned())
    );
    person.sync().await;
    assert_eq!(stuck(&advocate.store, LINK).unwrap(), Stuck::default());
    assert_eq!(stuck(&person.store, LINK).unwrap(), Stuck::default());
}

/// Waits until `check` holds on the store.
async fn until(vault: &std::sync::Mutex<&mut Store>, what: &str, check: impl Fn(&Store) -> bool) {
    use harbour_share::VaultAccess;
    tokio::time::timeout(support::TIMEOUT, async {
        loop {
            if vault.with_store(|s| Ok(check(s))).unwrap() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("never happened: {what}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_session_sends_again_what_the_other_side_asks_for() {
    use harbour_share::{LiveControl, LiveNews, live};
    use tokio::sync::{mpsc, oneshot, watch};

    let (mut person, mut advocate, db, _dir) = shared_case().await;
    let mailbox = person.link.mailbox();
    person
        .store
        .add_plan_item(Section::EscapeBag, "Torch and batteries")
        .unwrap();
    let before = relay_number(&db, mailbox);
    person.sync().await;
    assert_eq!(lose(&db, mailbox, before, |b| !is_have(b)), 1);

    // The person works in a live session; the advocate's app then catches up (reading the
    // person's account, and asking); the person's session answers by itself.
    let person_vault = std::sync::Mutex::new(&mut person.store);
    let (stop_person, stop) = oneshot::channel();
    let (_viewing, viewing) = watch::channel(None);
    let (tx, mut news) = mpsc::unbounded_channel();
    let mut tell = move |n| {
        let _ = tx.send(n);
    };
    let person_link = &mut person.link;
    let session = live::run(
        &person_vault,
        person_link,
        LiveControl { stop, viewing },
        &mut tell,
    );
    let script = async {
        tokio::time::timeout(support::TIMEOUT, async {
            while news.recv().await != Some(LiveNews::On) {}
        })
        .await
        .expect("the person's session comes on");
        let mut arrived = false;
        for _ in 0..100 {
            advocate.sync().await;
            if advocate
                .items(Section::EscapeBag)
                .contains(&"Torch and batteries".to_owned())
            {
                arrived = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(arrived, "the person's session sent the lost change again");
        until(&person_vault, "the person's app knows it arrived", |s| {
            stuck(s, LINK).unwrap() == Stuck::default()
        })
        .await;
        let _ = stop_person.send(());
    };
    let (ran, ()) = tokio::join!(session, script);
    ran.unwrap();
}

/// How many messages of each kind the relay holds after `after`: (changes, accounts).
fn stored_after(db: &Path, mailbox: [u8; 32], after: u64) -> (usize, usize) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let bodies: Vec<Vec<u8>> = conn
        .prepare("SELECT body FROM relay_messages WHERE mailbox = ?1 AND seq > ?2")
        .unwrap()
        .query_map((mailbox.as_slice(), after as i64), |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let haves = bodies.iter().filter(|b| is_have(b)).count();
    (bodies.len() - haves, haves)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_cannot_be_mended_does_not_keep_both_sides_posting() {
    let (mut person, mut advocate, db, _dir) = shared_case().await;
    let mailbox = person.link.mailbox();
    // A change is lost, the next one waits on the advocate's side for it, and then the person
    // stops sharing that section: what waits can never be completed.
    person
        .store
        .add_plan_item(Section::EscapeBag, "Lost one")
        .unwrap();
    let before = relay_number(&db, mailbox);
    person.sync().await;
    lose(&db, mailbox, before, |b| !is_have(b));
    person
        .store
        .add_plan_item(Section::EscapeBag, "Waits for it")
        .unwrap();
    person.sync().await;
    advocate.sync().await;
    assert!(advocate.store.waiting_changes(LINK).unwrap() > 0);
    person
        .store
        .unshare_document(LINK, &Section::EscapeBag.document_id())
        .unwrap();
    for _ in 0..3 {
        person.sync().await;
        advocate.sync().await;
    }
    // Then it goes quiet: nothing more is posted, and nothing is said to be stuck.
    let quiet = relay_number(&db, mailbox);
    for _ in 0..6 {
        person.sync().await;
        advocate.sync().await;
    }
    assert_eq!(stored_after(&db, mailbox, quiet), (0, 0));
    assert_eq!(advocate.store.waiting_changes(LINK).unwrap(), 0);
    assert_eq!(stuck(&advocate.store, LINK).unwrap(), Stuck::default());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_made_up_relay_number_does_not_stop_a_lost_change_from_going_again() {
    let (mut person, mut advocate, db, _dir) = shared_case().await;
    let mailbox = person.link.mailbox();
    person
        .store
        .add_plan_item(Section::EscapeBag, "Passport in the safe")
        .unwrap();
    // The relay stores the change, answers with a number far beyond any it gave, then loses it.
    let before = relay_number(&db, mailbox);
    for out in harbour_share::prepare(&mut person.store, &mut person.link).unwrap() {
        person
            .relay
            .post(&mailbox, out.frame.clone())
            .await
            .unwrap();
        harbour_share::delivered(&mut person.store, &out, u64::MAX).unwrap();
    }
    assert!(lose(&db, mailbox, before, |_| true) >= 1);
    for _ in 0..3 {
        person.sync().await;
        advocate.sync().await;
    }
    assert!(
        advocate
            .items(Section::EscapeBag)
            .contains(&"Passport in the safe".to_owned())
    );
}

/// An account, laid out as `have.rs` reads one, sealed as the advocate's device would.
fn have(
    forger: &mut Forger,
    asking: bool,
    complete: bool,
    read_to: u64,
    docs: &[(&str, &[[u8; 32]])],
) -> Vec<u8> {
    let mut content = vec![1u8, u8::from(asking) | if complete { 2 } else { 0 }];
    content.extend_from_slice(&read_to.to_be_bytes());
    content.extend_from_slice(&(docs.len() as u32).to_be_bytes());
    for (id, heads) in docs {
        content.extend_from_slice(&(id.len() as u16).to_be_bytes());
        content.extend_from_slice(id.as_bytes());
        content.push(heads.len() as u8);
        for head in *heads {
            content.extend_from_slice(head);
        }
    }
    forger.seal(harbour_sync::frame::FrameKind::Have, &content)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn made_up_accounts_from_the_other_side_cost_the_person_little() {
    use harbour_share::Skip;
    let (mut person, advocate, db, _dir) = shared_case().await;
    let mailbox = person.link.mailbox();
    for i in 0..40 {
        person
            .store
            .add_plan_item(Section::EscapeBag, &format!("Item {i}"))
            .unwrap();
    }
    person.sync().await;
    let bag = Section::EscapeBag.document_id();
    let mut forger = Forger::of(&advocate.store);

    // A document listed twice (thousands of times would freeze the vault) is refused whole.
    let twice = have(
        &mut forger,
        true,
        true,
        u64::MAX,
        &[(&bag, &[]), (&bag, &[])],
    );
    advocate.relay.post(&mailbox, twice).await.unwrap();
    let got = person.sync().await;
    assert!(got.contains(&Received::Skipped(Skip::Refused)), "{got:?}");

    // Accounts claiming the person's copy is missing everything, over and over: the person's
    // app sends it all again a few times in a row, then no more than once in ten minutes.
    let before = relay_number(&db, mailbox);
    for _ in 0..8 {
        let empty = have(&mut forger, false, true, u64::MAX, &[]);
        advocate.relay.post(&mailbox, empty).await.unwrap();
        person.sync().await;
    }
    let (changes, _) = stored_after(&db, mailbox, before);
    // What one send of the section takes, in frames.
    let copy = person.store.document_changes(&bag, &[]).unwrap().0;
    let one_send = harbour_share::content::pack(&bag, &copy).unwrap().len();
    assert!(
        changes <= 3 * one_send,
        "{changes} change frames sent for 8 made-up accounts (one send is {one_send})"
    );
    assert!(changes >= one_send, "the first claims are taken: {changes}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_press_of_send_and_receive_does_not_wait_out_the_pause() {
    let (mut person, mut advocate, db, _dir) = shared_case().await;
    person
        .store
        .add_plan_item(Section::EscapeBag, "Keys cut for Jo")
        .unwrap();
    // Losses long enough for both sides to pause before their next round.
    rounds_losing_changes(&mut person, &mut advocate, &db, 5).await;
    // The relay behaves again, but rounds that start by themselves wait out the pause.
    for _ in 0..2 {
        person.sync().await;
        advocate.sync().await;
    }
    assert!(
        !advocate
            .items(Section::EscapeBag)
            .contains(&"Keys cut for Jo".to_owned())
    );
    // The person presses "Send and receive now": their app asks for the advocate's account and
    // sends again what it lacks as soon as that comes.
    harbour_share::have::pressed(&mut person.store, LINK).unwrap();
    person.sync().await;
    advocate.sync().await;
    person.sync().await;
    advocate.sync().await;
    assert!(
        advocate
            .items(Section::EscapeBag)
            .contains(&"Keys cut for Jo".to_owned())
    );
}
