//! Live delivery across relay processes that share one PostgreSQL: a service runs several
//! behind a load balancer, and the two devices of a mailbox may be on different ones.
//!
//! Each process keeps one connection that `LISTEN`s on [`CHANNEL`]. A stored message is
//! announced once committed, many in one statement ([`Announcer`]); a change of writers
//! or a deletion is announced in the statement that makes it (`pg_notify` is delivered once
//! committed), and a message passed on after. A process pushes what it hears to its own
//! live sessions on that mailbox, if it has any, as if it had been posted there. The notices:
//!
//! ```text
//! s <process> <mailbox> <seq>[ <body>]   stored (the body in hex if at most CARRIED bytes;
//!                                        a larger one is read from the database)
//! p <process> <mailbox> <body>           passed on (only if at most CARRIED bytes)
//! e <process> <mailbox>                  its sessions are ended (writers changed, deleted)
//! ```
//!
//! They carry nothing the database does not already hold: mailbox ids and sealed bytes. If the
//! listening connection drops, what was announced meanwhile is not heard: when it is back,
//! every live session in this process is ended, so each device re-authorises (a removal it
//! missed counts) and catches up with a read. A SQLite relay is one process; none of this runs.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use axum::body::Bytes;
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_postgres::AsyncMessage;

use crate::live::Pushed;
use crate::storage::{MailboxId, Postgres, Storage};
use crate::{MAX_READ_BYTES, Relay};

/// The channel every relay process on the database listens on.
pub(crate) const CHANNEL: &str = "harbour_relay";
/// The largest body a notice carries (twice that in hex, within PostgreSQL's 8,000 bytes): the
/// two smallest size buckets, which most edits and every presence fit in.
const CARRIED: usize = 2048;
/// Notices heard and not yet pushed; past this many, the process has fallen behind and ends
/// its sessions, which catch up with a read.
const BACKLOG: usize = 4096;
/// Between attempts to listen again after the connection dropped.
const RETRY_FIRST: Duration = Duration::from_millis(250);
const RETRY_MOST: Duration = Duration::from_secs(10);
/// Messages too large for a notice being read from the database at once.
const READS_AT_ONCE: usize = 32;
/// How often a listener with nothing to hear checks that its relay is still there.
const CHECK_EVERY: Duration = Duration::from_secs(30);

/// The notice of a stored message.
pub(crate) fn stored_notice(process: u64, id: MailboxId, seq: u64, body: &[u8]) -> String {
    let mut notice = format!("s {process:016x} {} {seq}", hex::encode(id));
    if body.len() <= CARRIED {
        notice.push(' ');
        notice.push_str(&hex::encode(body));
    }
    notice
}

pub(crate) fn ended_notice(process: u64, id: MailboxId) -> String {
    format!("e {process:016x} {}", hex::encode(id))
}

/// Notices of stored messages, and of messages passed on, waiting to be announced; past
/// these, a notice is dropped (see [`Announcer`]).
const STORED_WAITING: usize = 16_384;
const PASSED_ON_WAITING: usize = 1_024;
/// Notices announced in one statement at most (each at most ~4 KiB of hex).
const ANNOUNCED_AT_ONCE: usize = 256;
/// How long making a connection of its own, or one announcement, may take: a database host
/// gone without closing (a failover, a cable) must not hold the announcer or listener for ever.
const ANNOUNCE_WITHIN: Duration = Duration::from_secs(10);

/// Announces what this process stores or passes on to the other processes, on a connection of
/// its own, as many notices as are waiting in one statement. A stored message is announced
/// after its commit, not in the statement that stores: a transaction that notifies holds
/// PostgreSQL's notification lock through its commit, so stores that notified could not share
/// a commit (about 2,300 messages a second across two processes on the bench machine). From
/// the pool's connections, each batch waited behind every post (a few hundred a second).
///
/// Nothing waits on it: a notice that finds its queue full (the database slow or away, or a
/// flood of messages passed on) is dropped, so neither posts nor the pool are held. Two posts
/// to one mailbox may be announced out of order, or one not at all; the receiving process
/// holds a later number back for the one before it (see `live::Channel`) and then pushes it,
/// and a device that sees a gap reads it. Stored messages go before messages passed on.
#[derive(Clone)]
pub(crate) struct Announcer {
    stored: mpsc::Sender<String>,
    passed_on: mpsc::Sender<String>,
}

impl Announcer {
    /// Starts announcing on a connection made from `config`; ends once every clone is dropped.
    pub(crate) fn start(
        config: Arc<tokio_postgres::Config>,
        tls: tokio_postgres_rustls::MakeRustlsConnect,
    ) -> Announcer {
        let (stored, stored_notices) = mpsc::channel(STORED_WAITING);
        let (passed_on, passed_on_notices) = mpsc::channel(PASSED_ON_WAITING);
        tokio::spawn(announce(config, tls, stored_notices, passed_on_notices));
        Announcer { stored, passed_on }
    }

    pub(crate) fn stored(&self, process: u64, id: MailboxId, seq: u64, body: &[u8]) {
        let _ = self.stored.try_send(stored_notice(process, id, seq, body));
    }

    /// A message passed on, if it is small enough to carry (presence is; anything larger stays
    /// with this process's sessions).
    pub(crate) fn passed_on(&self, process: u64, id: MailboxId, body: &[u8]) {
        if body.len() <= CARRIED {
            let notice = format!("p {process:016x} {} {}", hex::encode(id), hex::encode(body));
            let _ = self.passed_on.try_send(notice);
        }
    }
}

async fn announce(
    config: Arc<tokio_postgres::Config>,
    tls: tokio_postgres_rustls::MakeRustlsConnect,
    mut stored: mpsc::Receiver<String>,
    mut passed_on: mpsc::Receiver<String>,
) {
    let mut batch = Vec::with_capacity(ANNOUNCED_AT_ONCE);
    let mut client: Option<tokio_postgres::Client> = None;
    loop {
        // Both are cancel safe: what one branch did not take stays for the next round.
        let taken = tokio::select! {
            biased;
            taken = stored.recv_many(&mut batch, ANNOUNCED_AT_ONCE) => taken,
            notice = passed_on.recv() => match notice {
                Some(notice) => {
                    batch.push(notice);
                    1
                }
                None => 0,
            },
        };
        if taken == 0 {
            return;
        }
        while batch.len() < ANNOUNCED_AT_ONCE {
            let Ok(notice) = passed_on.try_recv() else {
                break;
            };
            batch.push(notice);
        }
        // Tried twice: a connection the server closed, or one that stopped answering, is made
        // again (the one given up on is closed by the kernel: `tcp_user_timeout`).
        for _ in 0..2 {
            if client
                .as_ref()
                .is_none_or(tokio_postgres::Client::is_closed)
            {
                let connecting = config.connect(tls.clone());
                client = match tokio::time::timeout(ANNOUNCE_WITHIN, connecting).await {
                    Ok(Ok((made, connection))) => {
                        tokio::spawn(connection);
                        Some(made)
                    }
                    _ => None,
                };
            }
            let Some(connected) = &client else {
                continue;
            };
            // unnest yields the array's elements in order, each notified as it comes.
            let params: [&(dyn tokio_postgres::types::ToSql + Sync); 2] = [&CHANNEL, &batch];
            let announcing = connected.execute(
                "SELECT pg_notify($1, n)::text FROM unnest($2::text[]) AS n",
                &params,
            );
            if let Ok(Ok(_)) = tokio::time::timeout(ANNOUNCE_WITHIN, announcing).await {
                break;
            }
            client = None;
        }
        batch.clear();
    }
}

/// What another process announced.
#[derive(Debug, PartialEq, Eq)]
enum Notice {
    Stored {
        id: MailboxId,
        seq: u64,
        body: Option<Bytes>,
    },
    PassedOn {
        id: MailboxId,
        body: Bytes,
    },
    Ended {
        id: MailboxId,
    },
}

/// A notice from another process; `None` for this process's own, and for anything malformed
/// (nothing but relays should be notifying on the channel, but nothing is taken on trust).
fn parse(payload: &str, own: u64) -> Option<Notice> {
    let mut words = payload.split(' ');
    let kind = words.next()?;
    let process = u64::from_str_radix(words.next()?, 16).ok()?;
    if process == own {
        return None;
    }
    let id: MailboxId = hex::decode(words.next()?).ok()?.try_into().ok()?;
    let body = |text: &str| -> Option<Bytes> {
        let bytes = hex::decode(text).ok()?;
        (bytes.len() <= CARRIED && crate::SIZE_BUCKETS.contains(&bytes.len()))
            .then(|| Bytes::from(bytes))
    };
    let notice = match kind {
        "s" => {
            let seq = words.next()?.parse().ok()?;
            let body = match words.next() {
                Some(text) => Some(body(text)?),
                None => None,
            };
            Notice::Stored { id, seq, body }
        }
        "p" => Notice::PassedOn {
            id,
            body: body(words.next()?)?,
        },
        "e" => Notice::Ended { id },
        _ => return None,
    };
    words.next().is_none().then_some(notice)
}

/// Listens for the other relay processes until `relay` is dropped, listening again whenever the
/// connection drops; `None` unless the relay is on PostgreSQL.
pub fn listen(relay: &Arc<Relay>) -> Option<tokio::task::JoinHandle<()>> {
    let Storage::Postgres(pg) = relay.storage() else {
        return None;
    };
    let pg = pg.clone();
    let relay = Arc::downgrade(relay);
    Some(tokio::spawn(async move {
        let mut listened_before = false;
        let mut wait = RETRY_FIRST;
        loop {
            match hear(&pg, &relay, &mut listened_before).await {
                Ok(()) => return,
                Err(e) => {
                    // For whoever runs the relay; live delivery from the other processes
                    // pauses until the connection is back.
                    eprintln!("harbour-relay: not hearing the other relay processes: {e}");
                    if listened_before {
                        wait = RETRY_FIRST;
                    }
                }
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(RETRY_MOST);
        }
    }))
}

/// Listens on one connection until it drops (why, as an error) or the relay is gone (`Ok`).
async fn hear(
    pg: &Postgres,
    relay: &Weak<Relay>,
    listened_before: &mut bool,
) -> Result<(), String> {
    let (client, mut connection) =
        tokio::time::timeout(ANNOUNCE_WITHIN, pg.config.connect(pg.tls.clone()))
            .await
            .map_err(|_| "the database did not answer".to_owned())?
            .map_err(|e| e.to_string())?;
    let (heard, mut to_push) = mpsc::channel::<String>(BACKLOG);
    let behind = Arc::new(AtomicBool::new(false));
    let fell_behind = Arc::clone(&behind);
    // The connection is driven here: it delivers the notices as it reads them.
    let driver = tokio::spawn(async move {
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(n)) => {
                    if heard.try_send(n.payload().to_owned()).is_err() {
                        fell_behind.store(true, Ordering::SeqCst);
                    }
                }
                Ok(_) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    });
    let listening = client.batch_execute(&format!("LISTEN {CHANNEL}")).await;
    if let Err(e) = listening {
        driver.abort();
        return Err(e.to_string());
    }
    if *listened_before {
        // Announcements were missed while not listening.
        match relay.upgrade() {
            Some(relay) => relay.live.end_every(),
            None => return Ok(()),
        }
    }
    *listened_before = true;
    let reads = Arc::new(tokio::sync::Semaphore::new(READS_AT_ONCE));
    loop {
        let payload = match tokio::time::timeout(CHECK_EVERY, to_push.recv()).await {
            Ok(Some(payload)) => payload,
            // The connection dropped: the driver tells why.
            Ok(None) => break,
            Err(_) => {
                if relay.strong_count() == 0 {
                    driver.abort();
                    return Ok(());
                }
                continue;
            }
        };
        let Some(relay) = relay.upgrade() else {
            driver.abort();
            return Ok(());
        };
        if behind.swap(false, Ordering::SeqCst) {
            relay.live.end_every();
        }
        if let Some(notice) = parse(&payload, pg.instance) {
            push(&relay, notice, &reads).await;
        }
    }
    drop(client);
    match driver.await {
        Ok(Err(e)) => Err(e.to_string()),
        _ => Err("the database closed the connection".to_owned()),
    }
}

/// Pushes what another process announced to this one's live sessions on the mailbox. A body
/// too large for the notice is read from the database on a task of its own, so one slow read
/// does not hold up what comes after it (the live sessions put them back in order).
async fn push(relay: &Arc<Relay>, notice: Notice, reads: &Arc<tokio::sync::Semaphore>) {
    match notice {
        Notice::Ended { id } => relay.live.end(id),
        Notice::PassedOn { id, body } => relay.live.push(id, Pushed::from_elsewhere(0, body)),
        Notice::Stored { id, seq, body } => {
            if !relay.live.has_sessions(id) {
                return;
            }
            let Some(body) = body else {
                // At most READS_AT_ONCE at a time: past that, the listener waits here.
                let Ok(permit) = Arc::clone(reads).acquire_owned().await else {
                    return;
                };
                let relay = Arc::clone(relay);
                tokio::spawn(async move {
                    let found = relay
                        .storage()
                        .read(id, seq.saturating_sub(1), 1, MAX_READ_BYTES)
                        .await;
                    drop(permit);
                    // Deleted or expired since, or the database away: nothing is pushed, and
                    // the device reads what it missed when the next message shows the gap.
                    if let Ok(mut found) = found
                        && found.first().is_some_and(|m| m.seq == seq)
                    {
                        let body = Bytes::from(found.swap_remove(0).body);
                        relay.live.push(id, Pushed::from_elsewhere(seq, body));
                    }
                });
                return;
            };
            relay.live.push(id, Pushed::from_elsewhere(seq, body));
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn notices_read_back_and_strangers_are_ignored() {
        let id = [3u8; 32];
        let payload = stored_notice(7, id, 42, &[1u8; 512]);
        assert!(payload.len() < 8000);
        assert_eq!(parse(&payload, 7), None, "its own notice");
        assert_eq!(
            parse(&payload, 8),
            Some(Notice::Stored {
                id,
                seq: 42,
                body: Some(Bytes::from(vec![1u8; 512]))
            })
        );
        assert_eq!(
            parse(&stored_notice(7, id, 43, &[1u8; 8192]), 8),
            Some(Notice::Stored {
                id,
                seq: 43,
                body: None
            })
        );
        assert_eq!(parse(&ended_notice(7, id), 8), Some(Notice::Ended { id }));
        let largest = stored_notice(7, id, u64::MAX, &[0u8; CARRIED]);
        assert!(largest.len() < 8000);
        for bad in [
            "",
            "s",
            "s zz 03",
            "x 0000000000000007 0303",
            "s 0000000000000007 0303 1",
            &format!("s 0000000000000007 {} 1 abc", hex::encode(id)),
            &format!(
                "s 0000000000000007 {} 1 {}",
                hex::encode(id),
                "00".repeat(100)
            ),
            &format!("e 0000000000000007 {} more", hex::encode(id)),
        ] {
            assert_eq!(parse(bad, 8), None, "{bad:?}");
        }
    }
}
