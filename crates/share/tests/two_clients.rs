//! A person's vault and their advocate's, both real SQLCipher files, and a real relay on
//! 127.0.0.1 (SQLite, and PostgreSQL when `HARBOUR_TEST_POSTGRES` is set; required in CI):
//! pairing over the relay, sharing, concurrent co-editing, an offline spell, replayed and
//! damaged frames, and a search of the relay's database for every canary afterwards.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::time::Duration;

use harbour_relay::Storage;
use harbour_share::{Link, Received, RelayClient, Skip, meeting, sync_now};
use harbour_store::{Applied, ContactFields, Section, Store};
use harbour_sync::pairing::PairingCode;

#[path = "../../relay/tests/support/postgres.rs"]
mod postgres;
use postgres::postgres_url;

mod support;
use support::{link_up, receive, start_relay, vault};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

struct Case {
    person: Store,
    advocate: Store,
    person_link: Link,
    advocate_link: Link,
    person_relay: RelayClient,
    advocate_relay: RelayClient,
    files: Vec<PathBuf>,
    _dir: tempfile::TempDir,
}

async fn pair(base: &str) -> Case {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![dir.path().join("person.db"), dir.path().join("advocate.db")];
    let mut person = vault(&files[0]);
    let mut advocate = vault(&files[1]);
    let (person_link, advocate_link) = link_up(base, &mut person, &mut advocate).await;

    // The links were kept in the vaults and read back the same.
    let reloaded = Link::first(&person).unwrap().unwrap();
    assert_eq!(reloaded.mailbox(), person_link.mailbox());
    assert_eq!(reloaded.epoch(), 1);

    let person_relay = reload_client(&person);
    let advocate_relay = reload_client(&advocate);
    Case {
        person,
        advocate,
        person_link,
        advocate_link,
        person_relay,
        advocate_relay,
        files,
        _dir: dir,
    }
}

fn reload_client(store: &Store) -> RelayClient {
    let link = Link::first(store).unwrap().unwrap();
    link.relay_client().unwrap()
}

/// What the person received (each side's account of what it holds left out: `lost_messages.rs`
/// tests those).
async fn sync_person(case: &mut Case) -> Vec<Received> {
    sync_now(&mut case.person, &mut case.person_link, &case.person_relay)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| !matches!(r, Received::Have(_)))
        .collect()
}

/// What the advocate received from the person (its own frames read back and accounts left
/// out).
async fn sync_advocate(case: &mut Case) -> Vec<Received> {
    sync_now(
        &mut case.advocate,
        &mut case.advocate_link,
        &case.advocate_relay,
    )
    .await
    .unwrap()
    .into_iter()
    .filter(|r| *r != Received::Own && !matches!(r, Received::Have(_)))
    .collect()
}

async fn the_whole_case(storage: Storage, relay_files: &[PathBuf], tag: &str) {
    let base = start_relay(storage).await;
    let mut case = pair(&base).await;
    let canary = |what: &str| format!("CANARY-{tag}-{what}-7f3a");

    // The person shares one plan section and one contact; another section stays private.
    let shared = Section::EscapeBag;
    let private = Section::Home;
    case.person
        .set_section_notes(shared, &format!("Bag at Jo's. {}", canary("notes")))
        .unwrap();
    case.person
        .set_section_notes(private, &canary("private"))
        .unwrap();
    let contact = case
        .person
        .add_contact(&ContactFields {
            name: canary("contact"),
            relationship: "Sister".into(),
            ..Default::default()
        })
        .unwrap();
    case.person
        .share_document(LINK, &shared.document_id())
        .unwrap();
    case.person.share_document(LINK, &contact.id).unwrap();

    sync_person(&mut case).await;
    let got = sync_advocate(&mut case).await;
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|r| matches!(
            r,
            Received::Changed {
                applied: Applied::Current,
                ..
            }
        )),
        "{got:?}"
    );
    assert_eq!(
        case.advocate.plan_section(shared).unwrap().notes,
        format!("Bag at Jo's. {}", canary("notes"))
    );
    assert_eq!(
        case.advocate.contact(&contact.id).unwrap().fields.name,
        canary("contact")
    );
    assert_eq!(case.advocate.plan_section(private).unwrap().notes, "");

    // Both edit the same section at once: the advocate adds an item and edits the start of the
    // notes; the person edits the end and ticks nothing yet.
    case.advocate
        .set_section_notes(shared, &format!("Go bag at Jo's. {}", canary("notes")))
        .unwrap();
    let item = case
        .advocate
        .add_plan_item(shared, &canary("item"))
        .unwrap();
    case.person
        .set_section_notes(
            shared,
            &format!("Bag at Jo's. {} Keys too.", canary("notes")),
        )
        .unwrap();
    sync_advocate(&mut case).await;
    sync_person(&mut case).await;
    sync_advocate(&mut case).await;
    let expected = format!("Go bag at Jo's. {} Keys too.", canary("notes"));
    for store in [&case.person, &case.advocate] {
        let section = store.plan_section(shared).unwrap();
        assert_eq!(section.notes, expected, "every edit survives on both sides");
        assert!(section.items.iter().any(|i| i.id == item.id));
    }

    // The person's app is closed and opened again: the link is read back from the vault (with
    // a new sender id, so no counter is ever reused) and carries on.
    case.person_link = Link::first(&case.person).unwrap().unwrap();

    // The advocate is offline for a while and keeps working; so does the person.
    for n in 0..5 {
        case.advocate
            .add_plan_item(shared, &format!("Offline step {n}"))
            .unwrap();
        case.person
            .add_plan_item(shared, &format!("Person step {n}"))
            .unwrap();
        sync_person(&mut case).await;
    }
    sync_advocate(&mut case).await;
    sync_person(&mut case).await;
    let on_person = case.person.plan_section(shared).unwrap();
    let on_advocate = case.advocate.plan_section(shared).unwrap();
    assert_eq!(on_person, on_advocate);
    assert_eq!(
        on_person
            .items
            .iter()
            .filter(|i| i.text.contains("step"))
            .count(),
        10
    );
    assert_eq!(
        case.person.document_heads(&shared.document_id()).unwrap(),
        case.advocate.document_heads(&shared.document_id()).unwrap()
    );

    // Frames played again, damaged or cut short are refused and change nothing. The person
    // makes one more edit and keeps the frame it went in.
    case.person.add_plan_item(shared, "One more thing").unwrap();
    let outgoing = harbour_share::prepare(&mut case.person, &mut case.person_link).unwrap();
    assert_eq!(outgoing.len(), 1);
    let frame = outgoing[0].frame.clone();
    let mailbox = case.person_link.mailbox();
    let seq = case
        .person_relay
        .post(&mailbox, frame.clone())
        .await
        .unwrap();
    harbour_share::delivered(&mut case.person, &outgoing[0], seq).unwrap();
    let got = sync_advocate(&mut case).await;
    assert!(
        matches!(
            got.as_slice(),
            [Received::Changed {
                applied: Applied::Current,
                ..
            }]
        ),
        "{got:?}"
    );
    let before = case.advocate.plan_section(shared).unwrap();
    case.person_relay
        .post(&mailbox, frame.clone())
        .await
        .unwrap();
    let mut damaged = frame.clone();
    damaged[100] ^= 1;
    let last = case.person_relay.post(&mailbox, damaged).await.unwrap();
    let got = sync_advocate(&mut case).await;
    assert_eq!(
        got,
        [
            Received::Skipped(Skip::Replayed),
            Received::Skipped(Skip::DoesNotOpen)
        ]
    );
    assert_eq!(case.advocate_link.cursor(), last);
    assert_eq!(case.advocate.plan_section(shared).unwrap(), before);
    // A cut frame is not even a frame size the relay takes; the engine refuses it too.
    let cut = &frame[..frame.len() - 1];
    let next = case.advocate_link.cursor() + 1;
    assert_eq!(
        receive(&mut case.advocate, &mut case.advocate_link, next, cut).unwrap(),
        Received::Skipped(Skip::DoesNotOpen)
    );
    // A relay that hands over two frames in swapped order loses neither: the later frame's
    // change waits for the earlier one, which is still taken though its counter is lower.
    let mut frames = Vec::new();
    for text in ["Sent first", "Sent second"] {
        case.person.add_plan_item(shared, text).unwrap();
        let outgoing = harbour_share::prepare(&mut case.person, &mut case.person_link).unwrap();
        assert_eq!(outgoing.len(), 1);
        // Handed over by hand below: no relay number.
        harbour_share::delivered(&mut case.person, &outgoing[0], 0).unwrap();
        frames.push(outgoing[0].frame.clone());
    }
    let next = case.advocate_link.cursor() + 1;
    assert!(matches!(
        receive(
            &mut case.advocate,
            &mut case.advocate_link,
            next,
            &frames[1]
        )
        .unwrap(),
        Received::Changed {
            applied: Applied::Waiting { .. },
            ..
        }
    ));
    assert!(matches!(
        receive(
            &mut case.advocate,
            &mut case.advocate_link,
            next + 1,
            &frames[0]
        )
        .unwrap(),
        Received::Changed {
            applied: Applied::Current,
            ..
        }
    ));
    let items = case.advocate.plan_section(shared).unwrap().items;
    for text in ["Sent first", "Sent second"] {
        assert!(items.iter().any(|i| i.text == text), "{text} arrived");
    }

    // Nothing but ciphertext on the relay, and the vault files are encrypted too.
    let mut canaries = vec![
        canary("notes"),
        canary("private"),
        canary("contact"),
        canary("item"),
    ];
    canaries.push("Offline step".into());
    for path in relay_files.iter().chain(case.files.iter()) {
        for suffix in ["", "-wal", "-journal"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            let Ok(bytes) = std::fs::read(&file) else {
                continue;
            };
            for c in &canaries {
                assert!(
                    !contains(&bytes, c.as_bytes()),
                    "{c} found in {}",
                    file.display()
                );
            }
        }
    }
    case.person.close().unwrap();
    case.advocate.close().unwrap();
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_over_a_sqlite_relay() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("relay.db");
    let storage = Storage::open_sqlite(&db).unwrap();
    the_whole_case(storage, &[db], "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_over_a_postgres_relay() {
    let Some(url) = postgres_url() else { return };
    let storage = Storage::connect_postgres(&url).await.unwrap();
    the_whole_case(storage, &[], "postgres").await;
    // Every row of every relay table, as text (bytea shows as hex, so look for that too).
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let mut dump = String::new();
    for table in ["relay_mailboxes", "relay_messages"] {
        for row in client
            .query(&format!("SELECT t::text FROM {table} t"), &[])
            .await
            .unwrap()
        {
            dump.push_str(row.get::<_, &str>(0));
        }
    }
    assert!(dump.len() > 1000, "the relay stored the session");
    for c in ["notes", "private", "contact", "item"]
        .map(|what| format!("CANARY-postgres-{what}-7f3a"))
        .into_iter()
        .chain(["Offline step".to_owned()])
    {
        assert!(!dump.contains(&c));
        assert!(!dump.contains(&hex::encode(&c)), "{c} found in PostgreSQL");
    }
}

#[tokio::test]
async fn pairing_with_a_mistyped_code_meets_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;
    let code = PairingCode::generate().unwrap();
    let other = PairingCode::generate().unwrap();
    let short = Duration::from_millis(600);
    let (a, p) = tokio::join!(
        meeting::advocate(&base, &code, short),
        meeting::client(&base, &other, short)
    );
    assert!(
        matches!(a, Err(harbour_share::ShareError::TimedOut)),
        "{a:?}"
    );
    assert!(
        matches!(p, Err(harbour_share::ShareError::TimedOut)),
        "{p:?}"
    );
}

/// The invitation the advocate's screen shows (as a QR code and as text), pasted into the
/// person's app: it carries the address and the advocate's key fingerprint, and the key handed
/// over after the words match must be that one.
#[tokio::test]
async fn pairing_by_invitation_checks_the_advocates_key() {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;

    let host = harbour_share::HostInvitation::new(&base).unwrap();
    let shown_key = host.fingerprint();
    let pasted = harbour_share::Invitation::read(&host.text(), "").unwrap();
    assert_eq!(pasted.relay, base, "no address to type");
    let (a, p) = tokio::join!(host.wait(support::TIMEOUT), pasted.join(support::TIMEOUT));
    let (a, p) = (a.unwrap(), p.unwrap());
    assert_eq!(a.phrase(), p.phrase());
    let (advocate_link, person_link) = tokio::join!(a.confirm(), p.confirm());
    let (advocate_link, person_link) = (advocate_link.unwrap(), person_link.unwrap());
    assert_eq!(
        harbour_sync::pairing::key_fingerprint(&person_link.peer_device_key()),
        shown_key
    );
    assert_eq!(advocate_link.peer_device_key(), person_link.device_key());

    // An invitation whose fingerprint isn't the advocate app's key (someone else's screen, or
    // an altered invitation with a code that leaked): the words match, but the person's app
    // refuses the key before handing over its own, and keeps nothing.
    let host = harbour_share::HostInvitation::new(&base).unwrap();
    let other_key = harbour_share::HostInvitation::new(&base)
        .unwrap()
        .fingerprint();
    let text = host.text().replace(
        &host.fingerprint().replace('-', ""),
        &other_key.replace('-', ""),
    );
    let altered = harbour_share::Invitation::read(&text, "").unwrap();
    let short = Duration::from_secs(3);
    let (a, p) = tokio::join!(host.wait(short), altered.join(short));
    let (a, p) = (a.unwrap(), p.unwrap());
    assert_eq!(a.phrase(), p.phrase());
    let (advocate_link, person_link) = tokio::join!(a.confirm(), p.confirm());
    assert!(
        matches!(
            person_link,
            Err(harbour_share::ShareError::Pairing(
                harbour_sync::pairing::PairingError::KeyMismatch
            ))
        ),
        "{person_link:?}"
    );
    assert!(
        advocate_link.is_err(),
        "the advocate's side gets no link either"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_sharing_ends_it_and_nothing_written_later_reaches_the_old_advocate() {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;
    let mut case = pair(&base).await;
    let shared = Section::EscapeBag;
    case.person.set_section_notes(shared, "Before").unwrap();
    case.person
        .share_document(LINK, &shared.document_id())
        .unwrap();
    sync_person(&mut case).await;
    sync_advocate(&mut case).await;
    assert_eq!(case.advocate.plan_section(shared).unwrap().notes, "Before");
    let old_mailbox = case.person_link.mailbox();

    // The person stops sharing everything.
    harbour_share::stop_sharing(&mut case.person, &mut case.person_link, &case.person_relay)
        .await
        .unwrap();
    assert!(Link::first(&case.person).unwrap().is_none());
    assert!(case.person.shared_documents(LINK).unwrap().is_empty());
    assert_eq!(case.person.plan_section(shared).unwrap().notes, "Before");
    // The mailbox and everything in it are gone from the relay.
    assert!(matches!(
        case.advocate_relay.read(&old_mailbox, 0).await,
        Err(harbour_share::ShareError::Gone)
    ));
    // The advocate's copy is marked as ended, and sends nothing more.
    let ended = sync_now(
        &mut case.advocate,
        &mut case.advocate_link,
        &case.advocate_relay,
    )
    .await;
    assert!(
        matches!(ended, Err(harbour_share::ShareError::Revoked)),
        "{ended:?}"
    );
    assert!(Link::first(&case.advocate).unwrap().unwrap().is_revoked());
    assert!(harbour_share::prepare(&mut case.advocate, &mut case.advocate_link).is_err());

    // Later the person shares with someone new. The old advocate, keys and all, can neither
    // reach the new mailbox nor open what is written there.
    let mut newcomer = vault(&dir.path().join("newcomer.db"));
    let (mut person_link, mut newcomer_link) =
        link_up(&base, &mut case.person, &mut newcomer).await;
    // A new number: what the old advocate was known to hold stays under theirs.
    assert_eq!(person_link.id(), LinkId(2));
    case.person
        .share_document(person_link.id(), &shared.document_id())
        .unwrap();
    case.person
        .set_section_notes(shared, "After: new address")
        .unwrap();
    let person_relay = person_link.relay_client().unwrap();
    sync_now(&mut case.person, &mut person_link, &person_relay)
        .await
        .unwrap();
    let newcomer_relay = newcomer_link.relay_client().unwrap();
    sync_now(&mut newcomer, &mut newcomer_link, &newcomer_relay)
        .await
        .unwrap();
    assert_eq!(
        newcomer.plan_section(shared).unwrap().notes,
        "After: new address"
    );

    let new_mailbox = person_link.mailbox();
    assert!(matches!(
        case.advocate_relay.read(&new_mailbox, 0).await,
        Err(harbour_share::ShareError::NotAllowed)
    ));
    let frames = newcomer_relay.read(&new_mailbox, 0).await.unwrap();
    assert!(!frames.is_empty());
    let mut old = Link::first(&case.advocate).unwrap().unwrap();
    for (n, (_, bytes)) in frames.iter().enumerate() {
        assert_eq!(
            receive(&mut case.advocate, &mut old, 1_000 + n as u64, bytes).unwrap(),
            Received::Skipped(Skip::DoesNotOpen)
        );
    }
    assert_eq!(case.advocate.plan_section(shared).unwrap().notes, "Before");
}

/// After pairing, the person's device owns the case's mailbox: the advocate's app can post and
/// read but can neither delete it nor replace its writers (to lock the person out); stopping
/// from the advocate's side leaves its notice for the person, whose app may delete the mailbox.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_persons_device_may_delete_the_mailbox_or_change_its_writers() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::open_sqlite(&dir.path().join("relay.db")).unwrap();
    let base = start_relay(storage).await;
    let mut case = pair(&base).await;
    let mailbox = case.advocate_link.mailbox();
    assert!(matches!(
        case.advocate_relay.delete_mailbox(&mailbox).await,
        Err(harbour_share::ShareError::NotAllowed)
    ));
    assert!(matches!(
        case.advocate_relay
            .set_writers(&mailbox, &[case.advocate_link.device_key()])
            .await,
        Err(harbour_share::ShareError::NotAllowed)
    ));
    // The advocate stops: the notice is posted, the mailbox stays for the person to read it.
    harbour_share::stop_sharing(
        &mut case.advocate,
        &mut case.advocate_link,
        &case.advocate_relay,
    )
    .await
    .unwrap();
    assert!(
        !case
            .person_relay
            .read(&mailbox, 0)
            .await
            .unwrap()
            .is_empty()
    );
    // The person's app reads the notice and, as the owner, deletes the mailbox with all it
    // still holds, instead of leaving it on the relay until it expires.
    let received =
        harbour_share::sync_now(&mut case.person, &mut case.person_link, &case.person_relay)
            .await
            .unwrap();
    assert!(received.contains(&harbour_share::Received::Ended));
    assert!(matches!(
        case.person_relay.read(&mailbox, 0).await,
        Err(harbour_share::ShareError::Gone)
    ));
}
