//! Working together: a live session on the case mailbox while both people have the plan open.
//!
//! Edits are sent within a moment of being saved, the other side's are applied as the relay
//! pushes them, and each side passes on (never stores) who is here and what they are looking
//! at. A dropped connection is retried by itself, with a read from the cursor first, so nothing
//! is missed in between; the session is only ever a faster way to do what [`exchange`] does.
//!
//! The vault is reached through [`VaultAccess`] for each step and never held while waiting on
//! the network, so the app can hide (and close the vault) at any moment; the next step then
//! fails with [`ShareError::Closed`] and the session ends.

use std::collections::{BTreeSet, VecDeque};
use std::time::Duration;

use harbour_store::INCIDENT_LOG_ID;
use tokio::sync::{oneshot, watch};
use tokio::time::Instant;

use crate::client::{LiveEvent, LiveSession};
use crate::engine::{self, Outgoing, Presence, PresenceGuard, Received};
use crate::link::{self, Link};
use crate::vault::VaultAccess;
use crate::{RelayClient, ShareError};

/// What one exchange over plain HTTP did.
#[derive(Debug, Default)]
pub struct Exchanged {
    /// What each received frame did, in the relay's order.
    pub received: Vec<Received>,
    /// Frames sent.
    pub sent: usize,
    /// The mailbox is gone: the other side stopped sharing (this copy is now marked as ended).
    pub gone: bool,
}

impl Exchanged {
    /// Sharing has ended, by a notice or because the mailbox is gone.
    pub fn ended(&self) -> bool {
        self.gone || self.received.contains(&Received::Ended)
    }
}

/// Takes in everything that arrived, then sends what is unsent (what this side sends then builds
/// on what it received): the way to catch up after being offline.
pub async fn exchange(
    vault: &impl VaultAccess,
    link: &mut Link,
    relay: &RelayClient,
) -> Result<Exchanged, ShareError> {
    if link.is_revoked() {
        return Err(ShareError::Revoked);
    }
    let mut done = Exchanged::default();
    loop {
        let batch = match relay.read(&link.mailbox(), link.cursor()).await {
            Ok(batch) => batch,
            Err(ShareError::Gone) => {
                vault.with_store(|store| link.mark_revoked(store))?;
                done.gone = true;
                return Ok(done);
            }
            Err(e) => return Err(e),
        };
        if batch.is_empty() {
            break;
        }
        let received = engine::receive_batch(vault, link, &batch)?;
        done.received.extend(received);
        if link.is_revoked() {
            return Ok(done);
        }
    }
    // Read to the end: no send of this side's can have a higher number than the cursor.
    let (id, cursor) = (link.id(), link.cursor());
    vault.with_store(|store| Ok(store.clamp_sent_seq(id, cursor)?))?;
    // Files go a few parts per round, so rounds go on while parts are left, for a while: a
    // long file on a slow line is carried on by the next exchange, so a stop never waits long
    // (and a file whose parts stopped counting as sent cannot keep this going).
    let sending_since = Instant::now();
    for _ in 0..MAX_SEND_ROUNDS {
        let outgoing = vault.with_store(|store| engine::prepare(store, link))?;
        for out in &outgoing {
            // Taken back since it was sealed: this part, and the rest, stay here.
            if !vault.with_store(|store| out.still_wanted(store))? {
                break;
            }
            let seq = relay.post(&link.mailbox(), out.frame.clone()).await?;
            vault.with_store(|store| engine::delivered(store, out, seq))?;
            done.sent += 1;
        }
        if !outgoing.last().is_some_and(Outgoing::is_file_part)
            || sending_since.elapsed() > SEND_FILES_FOR
        {
            break;
        }
    }
    // Last, after the changes it names: what this side holds, when that is due.
    if let Some(have) = vault.with_store(|store| engine::have_due(store, link))? {
        let seq = relay.post(&link.mailbox(), have.frame.clone()).await?;
        vault.with_store(|store| engine::delivered(store, &have, seq))?;
    }
    vault.with_store(|store| link::record_synced(store, id))?;
    Ok(done)
}

/// What the app is told while working together.
#[derive(Clone, PartialEq, Eq)]
pub enum LiveNews {
    /// Connecting, or connecting again after a drop.
    Connecting,
    /// Connected: edits go across as they are saved.
    On,
    /// The relay cannot be reached; trying again by itself.
    Offline,
    /// The relay refuses this device: this computer's clock is wrong (`clock`), or the device
    /// is no longer allowed. Trying again by itself, slowly.
    Refused { clock: bool },
    /// The other side's edits to these documents were applied.
    Changed(Vec<String>),
    /// The other person came, went, or looks at something else.
    Presence(Presence),
    /// Whether catching up is stuck changed (see [`crate::have::stuck`]).
    Stuck(crate::Stuck),
    /// Sharing has ended (the other side stopped it); the session is over.
    Ended,
}

// Document ids say what is being planned: never in a log.
impl std::fmt::Debug for LiveNews {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LiveNews::Connecting => f.write_str("Connecting"),
            LiveNews::On => f.write_str("On"),
            LiveNews::Offline => f.write_str("Offline"),
            LiveNews::Refused { clock } => write!(f, "Refused {{ clock: {clock} }}"),
            LiveNews::Changed(ids) => write!(f, "Changed({} documents)", ids.len()),
            LiveNews::Presence(p) => write!(f, "{p:?}"),
            LiveNews::Stuck(stuck) => write!(f, "{stuck:?}"),
            LiveNews::Ended => f.write_str("Ended"),
        }
    }
}

/// How the app steers a session.
pub struct LiveControl {
    /// Ends the session (also when the sender is dropped, as when the app hides).
    pub stop: oneshot::Receiver<()>,
    /// The id of the document this person is looking at, if any. Passed on only while that
    /// document is shared.
    pub viewing: watch::Receiver<Option<String>>,
}

/// How often to look for saved edits to send (a save also wakes the session at once).
const LOOK_EVERY: Duration = Duration::from_secs(1);
/// How often to see whether this side's account of what it holds is due (see `have.rs`).
const HAVE_EVERY: Duration = Duration::from_secs(20);
/// Sends in one [`exchange`], at most: with [`engine::PARTS_PER_SEND`] parts each, more than
/// the largest file.
const MAX_SEND_ROUNDS: usize = 100;
/// After this long, an [`exchange`] seals no more parts of files (the next one carries on).
const SEND_FILES_FOR: Duration = Duration::from_secs(10);
/// How often to say "still here"; the other side gives up on silence after `GONE_AFTER`.
const PRESENCE_EVERY: Duration = Duration::from_secs(20);
const GONE_AFTER: Duration = Duration::from_secs(50);
/// Waits between attempts to reconnect, doubling up to the last.
const RETRY_FIRST: Duration = Duration::from_secs(1);
const RETRY_MOST: Duration = Duration::from_secs(30);
/// After the relay refuses a post (too many at once), wait before sending again.
const AFTER_REFUSAL: Duration = Duration::from_secs(1);
/// The longest a goodbye may take when stopping.
const GOODBYE_WITHIN: Duration = Duration::from_secs(2);

/// Why one connection ended.
enum Pass {
    Stopped,
    Ended,
    /// Fell behind, or a message was missed: read from the cursor, then go on.
    CatchUp,
    Dropped,
    /// The relay refused this device (`true`: for this computer's clock).
    Refused(bool),
}

/// A refusal of this device, as a pass's end; anything else is a dropped connection.
fn dropped_or_refused(e: &ShareError) -> Pass {
    match e {
        ShareError::ClockWrong => Pass::Refused(true),
        ShareError::NotAllowed => Pass::Refused(false),
        _ => Pass::Dropped,
    }
}

/// Works together until stopped, until sharing ends, or until the vault closes (then
/// `Err(Closed)`). Connection trouble is reported as news and retried, never returned.
pub async fn run(
    vault: &impl VaultAccess,
    link: &mut Link,
    mut control: LiveControl,
    news: &mut (dyn FnMut(LiveNews) + Send),
) -> Result<(), ShareError> {
    let relay = link.relay_client()?;
    // Woken by every save, so an edit goes the moment it is saved.
    let saved = std::sync::Arc::new(tokio::sync::Notify::new());
    let wake = std::sync::Arc::clone(&saved);
    vault.with_store(|store| {
        store.listen_for_saves(Some(std::sync::Arc::new(move || wake.notify_one())));
        Ok(())
    })?;
    let result = keep_going(vault, link, &relay, &mut control, &saved, news).await;
    // The vault may be closed already, and then there is nothing to stop listening to.
    let _ = vault.with_store(|store| {
        store.listen_for_saves(None);
        Ok(())
    });
    result
}

async fn keep_going(
    vault: &impl VaultAccess,
    link: &mut Link,
    relay: &RelayClient,
    control: &mut LiveControl,
    saved: &tokio::sync::Notify,
    news: &mut (dyn FnMut(LiveNews) + Send),
) -> Result<(), ShareError> {
    let mut state = SessionState::default();
    let mut retry = RETRY_FIRST;
    news(LiveNews::Connecting);
    loop {
        let pass = connected(vault, link, relay, control, saved, &mut state, news).await?;
        match pass {
            Pass::Stopped => return Ok(()),
            Pass::Ended => {
                ended_by_the_other_side(link, relay).await;
                news(LiveNews::Ended);
                return Ok(());
            }
            Pass::CatchUp => continue,
            Pass::Dropped => {
                if state.on || state.refused.is_some() {
                    state.on = false;
                    state.refused = None;
                    news(LiveNews::Offline);
                }
            }
            Pass::Refused(clock) => {
                // Not a dropped connection, so it is said even when never on (once, not at every
                // try); and it takes the person (a clock put right) to change, so it is tried
                // again only slowly.
                state.on = false;
                state.connected_once = false;
                if state.refused != Some(clock) {
                    state.refused = Some(clock);
                    news(LiveNews::Refused { clock });
                }
                retry = RETRY_MOST;
            }
        }
        if state.peer.take().is_some() {
            news(LiveNews::Presence(Presence::default()));
        }
        // A connection that got going was fine until now: try again soon.
        if std::mem::take(&mut state.connected_once) {
            retry = RETRY_FIRST;
        }
        tokio::select! {
            _ = &mut control.stop => return Ok(()),
            () = tokio::time::sleep(retry) => {}
        }
        retry = (retry * 2).min(RETRY_MOST);
    }
}

/// What lasts from one connection to the next.
#[derive(Default)]
struct SessionState {
    on: bool,
    /// Last told the app the relay refuses this device (`Some(true)`: for the clock).
    refused: Option<bool>,
    /// Set when a connection got as far as being on, so the next drop retries quickly.
    connected_once: bool,
    /// The other person's presence, and when it was last heard.
    peer: Option<(Presence, Instant)>,
    guard: PresenceGuard,
    presence_counter: u64,
    /// Last told the app about catching up.
    stuck: crate::Stuck,
}

/// Tells the app when catching up became stuck, or came unstuck.
fn tell_stuck(
    vault: &impl VaultAccess,
    link: &Link,
    state: &mut SessionState,
    news: &mut (dyn FnMut(LiveNews) + Send),
) -> Result<(), ShareError> {
    let now = vault.with_store(|store| crate::have::stuck(store, link.id()))?;
    if now != state.stuck {
        state.stuck = now;
        news(LiveNews::Stuck(now));
    }
    Ok(())
}

/// One connection: catch up, then live until it drops or is stopped.
async fn connected(
    vault: &impl VaultAccess,
    link: &mut Link,
    relay: &RelayClient,
    control: &mut LiveControl,
    saved: &tokio::sync::Notify,
    state: &mut SessionState,
    news: &mut (dyn FnMut(LiveNews) + Send),
) -> Result<Pass, ShareError> {
    // Subscribe first and read second, so nothing stored in between is missed (anything
    // pushed that the read already brought is then seen as old).
    let mailbox = link.mailbox();
    let mut session = tokio::select! {
        _ = &mut control.stop => return Ok(Pass::Stopped),
        s = relay.live(&mailbox) => match s {
            Ok(s) => s,
            Err(ShareError::Gone) => return ended_by_gone(vault, link),
            Err(e) => return Ok(dropped_or_refused(&e)),
        },
    };
    let caught_up = tokio::select! {
        _ = &mut control.stop => return Ok(Pass::Stopped),
        r = exchange(vault, link, relay) => r,
    };
    let mut sent_at = match caught_up {
        Ok(done) => {
            report_changes(&done.received, news);
            if done.ended() {
                return Ok(Pass::Ended);
            }
            tell_stuck(vault, link, state, news)?;
            vault.with_store(|store| Ok(store.document_saves()))?
        }
        Err(ShareError::Revoked) => return Ok(Pass::Ended),
        Err(ShareError::Store(e)) => return Err(ShareError::Store(e)),
        Err(ShareError::Closed) => return Err(ShareError::Closed),
        Err(e) => return Ok(dropped_or_refused(&e)),
    };
    if !state.on {
        state.on = true;
        state.refused = None;
        news(LiveNews::On);
    }
    state.connected_once = true;

    let mut in_flight: VecDeque<Outgoing> = VecDeque::new();
    // Answers still to come for posts given up on after a refusal: they must not mark anything
    // as delivered (a document's heads move only with its last frame, and an earlier frame of
    // it was not stored).
    let mut stale_answers = 0usize;
    let mut own_posts: BTreeSet<u64> = BTreeSet::new();
    let mut send_after = Instant::now();
    let mut refusals: u32 = 0;
    let mut look = tokio::time::interval(LOOK_EVERY);
    look.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut next_presence = Instant::now();
    let mut next_have = Instant::now() + HAVE_EVERY;
    let mut dirty = false;
    loop {
        if Instant::now() >= next_presence {
            next_presence = Instant::now() + PRESENCE_EVERY;
            let viewing = control.viewing.borrow().clone();
            if pass_on_presence(vault, link, &mut session, state, viewing, true)
                .await
                .is_err()
            {
                return Ok(Pass::Dropped);
            }
            // Now and then, look for anything unsent even without a save being counted.
            dirty = true;
        }
        tokio::select! {
            _ = &mut control.stop => {
                // A goodbye, but never held up by a stalled connection: the app waits on this.
                let _ = tokio::time::timeout(
                    GOODBYE_WITHIN,
                    pass_on_presence(vault, link, &mut session, state, None, false),
                )
                .await;
                close_quickly(session).await;
                return Ok(Pass::Stopped);
            }
            changed = control.viewing.changed() => {
                if changed.is_err() {
                    close_quickly(session).await;
                    return Ok(Pass::Stopped);
                }
                next_presence = Instant::now();
            }
            () = saved.notified() => look.reset_immediately(),
            _ = look.tick() => {
                if let Some((_, heard)) = &state.peer
                    && heard.elapsed() > GONE_AFTER
                {
                    state.peer = None;
                    news(LiveNews::Presence(Presence::default()));
                }
                let saves = vault.with_store(|store| Ok(store.document_saves()))?;
                if (saves != sent_at || dirty) && in_flight.is_empty() && Instant::now() >= send_after {
                    dirty = false;
                    let (outgoing, saves) = vault.with_store(|store| {
                        Ok((engine::prepare(store, link)?, store.document_saves()))
                    })?;
                    sent_at = saves;
                    for out in outgoing {
                        // Taken back since it was sealed: this part, and the rest, stay here.
                        if !vault.with_store(|store| out.still_wanted(store))? {
                            break;
                        }
                        if session.post(out.frame.clone()).await.is_err() {
                            return Ok(Pass::Dropped);
                        }
                        in_flight.push_back(out);
                    }
                }
                // Once nothing else is waiting to go, so it follows the changes it names.
                if in_flight.is_empty() && Instant::now() >= next_have && Instant::now() >= send_after {
                    next_have = Instant::now() + HAVE_EVERY;
                    if let Some(have) = vault.with_store(|store| engine::have_due(store, link))? {
                        if session.post(have.frame.clone()).await.is_err() {
                            return Ok(Pass::Dropped);
                        }
                        in_flight.push_back(have);
                    }
                }
            }
            event = session.next() => match event {
                Ok(LiveEvent::Posted(seq)) => {
                    own_posts.insert(seq);
                    skip_own(link, &mut own_posts);
                    if stale_answers > 0 {
                        stale_answers -= 1;
                        continue;
                    }
                    let Some(out) = in_flight.pop_front() else { continue };
                    refusals = 0;
                    vault.with_store(|store| {
                        engine::delivered(store, &out, seq)?;
                        link::record_synced(store, link.id())
                    })?;
                    if out.is_have() {
                        tell_stuck(vault, link, state, news)?;
                    }
                    // The last of a send carried part of a file: the next parts go at once.
                    if in_flight.is_empty() && out.is_file_part() {
                        dirty = true;
                        look.reset_immediately();
                    }
                }
                Ok(LiveEvent::Refused(_)) => {
                    if stale_answers > 0 {
                        stale_answers -= 1;
                        continue;
                    }
                    // Not stored: this batch is given up on, and everything in it goes again
                    // (no heads moved for it), after a pause.
                    in_flight.pop_front();
                    stale_answers = in_flight.len();
                    in_flight.clear();
                    dirty = true;
                    // Longer each time in a row (a relay whose database is away answers every
                    // post so), up to the reconnecting pause.
                    refusals = refusals.saturating_add(1);
                    let pause = AFTER_REFUSAL
                        .saturating_mul(1 << refusals.min(6).saturating_sub(1))
                        .min(RETRY_MOST);
                    send_after = Instant::now() + pause;
                }
                Ok(LiveEvent::Message(seq, bytes)) => {
                    skip_own(link, &mut own_posts);
                    if seq <= link.cursor() {
                        continue;
                    }
                    if seq != link.cursor() + 1 {
                        // Something in between was missed: read it.
                        close_quickly(session).await;
                        return Ok(Pass::CatchUp);
                    }
                    let receipt = engine::receive(vault, link, seq, &bytes)?;
                    let id = link.id();
                    vault.with_store(|store| link::record_synced(store, id))?;
                    // What was just applied need not be sent back; an edit saved before it
                    // still must be.
                    if let Some((before, after)) = receipt.saves
                        && before == sent_at
                    {
                        sent_at = after;
                    }
                    let received = receipt.received;
                    skip_own(link, &mut own_posts);
                    match &received {
                        Received::Ended => {
                            close_quickly(session).await;
                            return Ok(Pass::Ended);
                        }
                        // The other side lacks what was sent: it goes again now; and it may
                        // have asked for an account in return.
                        Received::Have(taken) => {
                            if taken.sending_again {
                                dirty = true;
                                look.reset_immediately();
                            }
                            // Only an asking account is answered at once; any other waits for
                            // the usual look, so two sides never answer each other for ever.
                            if taken.asked {
                                next_have = Instant::now();
                            }
                            tell_stuck(vault, link, state, news)?;
                        }
                        // Everything before it has been read, so what it waits for was lost:
                        // ask at the next look.
                        Received::Changed { applied: harbour_store::Applied::Waiting { .. }, .. } => {
                            next_have = Instant::now();
                        }
                        _ => {}
                    }
                    report_changes(std::slice::from_ref(&received), news);
                }
                Ok(LiveEvent::Passing(bytes)) => {
                    if let Some(presence) = engine::open_presence(link, &mut state.guard, &bytes) {
                        let changed = state.peer.as_ref().map(|(p, _)| p) != Some(&presence);
                        state.peer = presence.here.then(|| (presence.clone(), Instant::now()));
                        if changed {
                            news(LiveNews::Presence(presence));
                        }
                    }
                }
                Ok(LiveEvent::Lagged) => {
                    close_quickly(session).await;
                    return Ok(Pass::CatchUp);
                }
                Err(_) => return Ok(Pass::Dropped),
            },
        }
    }
}

/// The other side stopped sharing. Only the person's device owns the mailbox (the advocate's
/// app can post its notice but not delete it): the person's app deletes it now, with all it
/// still holds, rather than leaving it on the relay until it expires. Not waited on for long,
/// and if the relay cannot be reached it expires there after the retention.
pub(crate) async fn ended_by_the_other_side(link: &Link, relay: &RelayClient) {
    if link.role() == harbour_sync::pairing::Role::Client {
        let _ = tokio::time::timeout(GOODBYE_WITHIN, relay.delete_mailbox(&link.mailbox())).await;
    }
}

/// Closes a live session, without waiting long on a stalled connection.
async fn close_quickly(session: LiveSession) {
    let _ = tokio::time::timeout(GOODBYE_WITHIN, session.close()).await;
}

/// The mailbox is gone: the other side stopped sharing.
fn ended_by_gone(vault: &impl VaultAccess, link: &mut Link) -> Result<Pass, ShareError> {
    vault.with_store(|store| link.mark_revoked(store))?;
    Ok(Pass::Ended)
}

/// Moves the cursor over this device's own posts, which the relay does not push back to it.
fn skip_own(link: &mut Link, own_posts: &mut BTreeSet<u64>) {
    while own_posts.remove(&(link.cursor() + 1)) {
        link.cursor += 1;
    }
    // Anything at or below the cursor is done with.
    let cursor = link.cursor();
    own_posts.retain(|seq| *seq > cursor);
}

/// Tells the app which documents changed.
fn report_changes(received: &[Received], news: &mut (dyn FnMut(LiveNews) + Send)) {
    let mut documents: Vec<String> = Vec::new();
    for r in received {
        let document = match r {
            Received::Changed { document, .. } => document.as_str(),
            // A shared file came on: the incident log is where it shows.
            Received::FilePart(_) => INCIDENT_LOG_ID,
            _ => continue,
        };
        if !documents.iter().any(|d| d == document) {
            documents.push(document.to_owned());
        }
    }
    if !documents.is_empty() {
        news(LiveNews::Changed(documents));
    }
}

/// Says who is here and what they look at; a document not shared is never named.
async fn pass_on_presence(
    vault: &impl VaultAccess,
    link: &Link,
    session: &mut LiveSession,
    state: &mut SessionState,
    viewing: Option<String>,
    here: bool,
) -> Result<(), ShareError> {
    let viewing = match viewing {
        Some(id) => vault.with_store(|store| {
            Ok(store
                .shared_documents(link.id())?
                .into_iter()
                .any(|d| d.id == id)
                .then_some(id))
        })?,
        None => None,
    };
    let frame = engine::seal_presence(
        link,
        &Presence { here, viewing },
        &mut state.presence_counter,
    )?;
    session.pass_on(&frame).await
}
