//! Working together in live sessions: a person's vault and their advocate's (real SQLCipher
//! files), each in its own live session through a real relay on 127.0.0.1 (its SQLite file in
//! a temporary folder). Edits arrive without anyone asking, presence comes and goes, a relay
//! restart in the middle loses nothing, and stopping sharing ends the advocate's session.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use harbour_relay::RelayConfig;
use harbour_share::{LiveControl, LiveNews, Presence, VaultAccess, engine, live};
use harbour_store::{Section, Store};
use tokio::sync::{mpsc, oneshot, watch};

mod support;
use support::{TIMEOUT, link_up, vault};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

/// Listens on `addr`: the port of a relay just stopped may take a moment to be free again.
async fn listen_on(addr: SocketAddr) -> tokio::net::TcpListener {
    let mut tries = 0;
    loop {
        match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => return l,
            Err(_) if tries < 100 => tries += 1,
            Err(e) => panic!("could not listen on {addr}: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A relay serving `database` on `addr` until `stop` fires.
async fn serve(addr: SocketAddr, database: &str) -> oneshot::Sender<()> {
    let config = RelayConfig {
        database: database.to_owned(),
        listen: addr,
        ..RelayConfig::default()
    };
    let listener = listen_on(addr).await;
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        harbour_relay::serve(config, listener, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    stop
}

/// Waits for news matching `wanted`, skipping anything else; fails after the timeout.
async fn expect(
    news: &mut mpsc::UnboundedReceiver<LiveNews>,
    what: &str,
    wanted: impl Fn(&LiveNews) -> bool,
) {
    tokio::time::timeout(TIMEOUT, async {
        loop {
            let n = news.recv().await.expect("the session is still running");
            if wanted(&n) {
                return;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no news: {what}"));
}

/// Waits until `check` holds on the store.
async fn until(vault: &Mutex<&mut Store>, what: &str, check: impl Fn(&mut Store) -> bool) {
    tokio::time::timeout(TIMEOUT, async {
        loop {
            if vault.with_store(|s| Ok(check(s))).unwrap() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("never happened: {what}"));
}

fn notes(store: &mut Store) -> String {
    store.plan_section(Section::EscapeBag).unwrap().notes
}

fn here_viewing(id: Option<String>) -> impl Fn(&LiveNews) -> bool {
    move |n| {
        *n == LiveNews::Presence(Presence {
            here: true,
            viewing: id.clone(),
        })
    }
}

#[tokio::test(flavor = "current_thread")]
async fn working_together_live_through_a_relay_restart() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", dir.path().join("relay.db").display());
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let base = format!("http://{addr}");
    let mut stop_relay = serve(addr, &database).await;

    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (mut person_link, mut advocate_link) = link_up(&base, &mut person, &mut advocate).await;
    let bag = Section::EscapeBag.document_id();
    let private = Section::Children.document_id();
    person.share_document(LINK, &bag).unwrap();
    person
        .share_document(LINK, harbour_store::PLAN_DOC_ID)
        .unwrap();
    person
        .set_section_notes(Section::Children, "PRIVATE-LIVE-CANARY")
        .unwrap();

    let person_vault = Mutex::new(&mut person);
    let advocate_vault = Mutex::new(&mut advocate);
    let (person_stop, stop) = oneshot::channel();
    let (person_viewing, viewing) = watch::channel(None);
    let person_control = LiveControl { stop, viewing };
    let (advocate_stop, stop) = oneshot::channel();
    let (_advocate_viewing, viewing) = watch::channel(None);
    let advocate_control = LiveControl { stop, viewing };
    let (person_tx, mut person_news) = mpsc::unbounded_channel();
    let (advocate_tx, mut advocate_news) = mpsc::unbounded_channel();
    let mut person_tell = |n| {
        let _ = person_tx.send(n);
    };
    let mut advocate_tell = |n| {
        let _ = advocate_tx.send(n);
    };
    let advocate_run = live::run(
        &advocate_vault,
        &mut advocate_link,
        advocate_control,
        &mut advocate_tell,
    );

    let script = async {
        expect(&mut person_news, "person on", |n| *n == LiveNews::On).await;
        expect(&mut advocate_news, "advocate on", |n| *n == LiveNews::On).await;

        // Each sees the other arrive.
        expect(&mut advocate_news, "person here", here_viewing(None)).await;
        expect(&mut person_news, "advocate here", here_viewing(None)).await;

        // What the person looks at is passed on while it is shared, and never named when not.
        person_viewing.send_replace(Some(bag.clone()));
        expect(
            &mut advocate_news,
            "person looks at the bag",
            here_viewing(Some(bag.clone())),
        )
        .await;
        person_viewing.send_replace(Some(private.clone()));
        expect(
            &mut advocate_news,
            "an unshared section is not named",
            here_viewing(None),
        )
        .await;

        // An edit arrives by itself, without a sync.
        person_vault
            .with_store(|s| Ok(s.set_section_notes(Section::EscapeBag, "Go bag at Jo's.")?))
            .unwrap();
        expect(
            &mut advocate_news,
            "the bag changed",
            |n| matches!(n, LiveNews::Changed(ids) if ids.contains(&bag)),
        )
        .await;
        assert_eq!(
            advocate_vault.with_store(|s| Ok(notes(s))).unwrap(),
            "Go bag at Jo's."
        );

        // And the other way.
        advocate_vault
            .with_store(|s| {
                Ok(s.set_section_notes(Section::EscapeBag, "Go bag at Jo's. Passports.")?)
            })
            .unwrap();
        expect(
            &mut person_news,
            "the advocate's edit",
            |n| matches!(n, LiveNews::Changed(ids) if ids.contains(&bag)),
        )
        .await;
        assert_eq!(
            person_vault.with_store(|s| Ok(notes(s))).unwrap(),
            "Go bag at Jo's. Passports."
        );

        // Both type at once, several times: both end with every word.
        for round in 0..5 {
            let at_person = format!(" p{round}");
            let at_advocate = format!(" a{round}");
            person_vault
                .with_store(|s| {
                    let n = notes(s) + &at_person;
                    Ok(s.set_section_notes(Section::EscapeBag, &n)?)
                })
                .unwrap();
            advocate_vault
                .with_store(|s| {
                    let n = notes(s) + &at_advocate;
                    Ok(s.set_section_notes(Section::EscapeBag, &n)?)
                })
                .unwrap();
        }
        let every_word = |s: &mut Store| {
            let n = notes(s);
            (0..5).all(|r| n.contains(&format!("p{r}")) && n.contains(&format!("a{r}")))
        };
        until(&person_vault, "the person has every word", every_word).await;
        until(&advocate_vault, "the advocate has every word", every_word).await;
        until(&person_vault, "both the same", |s| {
            notes(s) == advocate_vault.with_store(|a| Ok(notes(a))).unwrap()
        })
        .await;

        // The relay goes away: both notice, and an edit made meanwhile arrives once it is back.
        let _ = std::mem::replace(&mut stop_relay, oneshot::channel().0).send(());
        expect(&mut person_news, "person offline", |n| {
            *n == LiveNews::Offline
        })
        .await;
        expect(&mut advocate_news, "advocate offline", |n| {
            *n == LiveNews::Offline
        })
        .await;
        person_vault
            .with_store(|s| {
                let n = notes(s) + " Written while the relay was down.";
                Ok(s.set_section_notes(Section::EscapeBag, &n)?)
            })
            .unwrap();
        stop_relay = serve(addr, &database).await;
        expect(&mut person_news, "person back on", |n| *n == LiveNews::On).await;
        expect(&mut advocate_news, "advocate back on", |n| {
            *n == LiveNews::On
        })
        .await;
        until(&advocate_vault, "the edit made offline arrived", |s| {
            notes(s).ends_with(" Written while the relay was down.")
        })
        .await;

        // The person stops working together: the advocate sees them leave at once.
        person_stop.send(()).unwrap();
        expect(&mut advocate_news, "person gone", |n| {
            *n == LiveNews::Presence(Presence::default())
        })
        .await;
    };

    // The advocate's session runs throughout; the person's until they stop it, then they stop
    // sharing (as the app does: the notice, then the relay deletes the mailbox).
    let person_side = async {
        let person_run = live::run(
            &person_vault,
            &mut person_link,
            person_control,
            &mut person_tell,
        );
        let (person_done, ()) = tokio::join!(person_run, script);
        person_done.unwrap();
        let relay = person_link.relay_client().unwrap();
        let notice = person_vault
            .with_store(|s| engine::begin_stop(s, &mut person_link))
            .unwrap();
        relay
            .close_mailbox(&person_link.mailbox(), notice, true)
            .await
            .unwrap();
        person_vault
            .with_store(|s| Ok(s.end_sharing(LINK)?))
            .unwrap();
    };
    let (advocate_done, ()) = tokio::join!(advocate_run, person_side);
    advocate_done.unwrap();
    expect(&mut advocate_news, "sharing ended", |n| {
        *n == LiveNews::Ended
    })
    .await;
    assert!(advocate_link.is_revoked());
    drop(advocate_stop);
    let private_on_advocate = advocate_vault
        .with_store(|s| Ok(s.plan_section(Section::Children)?.notes))
        .unwrap();
    assert!(!private_on_advocate.contains("PRIVATE-LIVE-CANARY"));
    let _ = stop_relay.send(());
}

/// A stand-in relay on `addr` that turns every request away (401), its `Date` header
/// `ahead_seconds` from this computer's clock.
async fn refusing_relay(addr: SocketAddr, ahead_seconds: i64) -> oneshot::Sender<()> {
    let date = chrono::DateTime::from_timestamp(chrono::Utc::now().timestamp() + ahead_seconds, 0)
        .unwrap()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    let app = axum::Router::new().fallback(move || {
        let date = date.clone();
        async move {
            (
                axum::http::StatusCode::UNAUTHORIZED,
                [(axum::http::header::DATE, date)],
                "{\"error\":\"unauthorized\",\"message\":\"the request time is too far from the relay's clock\"}",
            )
        }
    });
    let listener = listen_on(addr).await;
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    stop
}

/// A relay that turns this computer away for its clock is told apart from one that is down or
/// refuses for another reason, so the person can be told to check the date and time.
#[tokio::test(flavor = "current_thread")]
async fn a_wrong_clock_is_told_apart_from_a_relay_that_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", dir.path().join("relay.db").display());
    let addr = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap()
    };
    let base = format!("http://{addr}");
    let stop_relay = serve(addr, &database).await;
    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (mut person_link, _) = link_up(&base, &mut person, &mut advocate).await;
    stop_relay.send(()).unwrap();
    let person_vault = Mutex::new(&mut person);

    for (ahead, clock) in [(20 * 60, true), (10, false)] {
        let stop_fake = refusing_relay(addr, ahead).await;
        let (stop_session, stop) = oneshot::channel();
        let (_viewing, viewing) = watch::channel(None);
        let (tx, mut news) = mpsc::unbounded_channel();
        let mut tell = |n| {
            let _ = tx.send(n);
        };
        let run = live::run(
            &person_vault,
            &mut person_link,
            LiveControl { stop, viewing },
            &mut tell,
        );
        let script = async {
            let said = tokio::time::timeout(TIMEOUT, async {
                loop {
                    match news.recv().await.expect("the session is still running") {
                        LiveNews::Refused { clock } => return clock,
                        n @ (LiveNews::On | LiveNews::Offline) => panic!("told {n:?}"),
                        _ => {}
                    }
                }
            })
            .await
            .expect("told it was refused");
            stop_session.send(()).unwrap();
            said
        };
        let (ran, said) = tokio::join!(run, script);
        ran.unwrap();
        assert_eq!(said, clock, "relay's clock ahead by {ahead} s");
        stop_fake.send(()).unwrap();
    }
}
