//! Live sessions: a device's WebSocket on a mailbox, on which every new message is pushed as it
//! arrives, and on which it may post (stored, answered with the number) or pass on (not stored,
//! not answered). See the crate docs for the frames.
//!
//! Each mailbox with sessions has one broadcast channel; a message stored or passed on in this
//! process is pushed into it, and so is one heard from another relay process (`peers`).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use tokio::sync::broadcast;

use crate::routes::Authorised;
use crate::server::BytesRead;
use crate::{MailboxId, PASS_ON, Relay, RelayError, SIZE_BUCKETS, lock};

/// One message as pushed to live sessions: its number (0 when passed on), its bytes, and the
/// session that posted it (0 for HTTP and other processes), which already knows it.
pub(crate) struct Pushed {
    pub seq: u64,
    pub body: Bytes,
    pub from_session: u64,
}

impl Pushed {
    /// One that no session in this process posted (heard from another relay process).
    pub fn from_elsewhere(seq: u64, body: Bytes) -> Pushed {
        Pushed {
            seq,
            body,
            from_session: 0,
        }
    }
}

/// Per live session, far less than tungstenite's defaults (128 KiB each way): thousands of
/// sessions are held open, and a message larger than this still arrives (the buffer grows).
const SESSION_BUFFER: usize = 4096;
/// Messages a live session may fall behind before it is told to catch up with a read.
const SESSION_BACKLOG: usize = 16;
/// How often a live session is pinged, and how long it may stay silent (no pong, no post)
/// before the relay ends it.
const PING_EVERY: Duration = Duration::from_secs(30);
const SILENT_FOR: Duration = Duration::from_secs(90);
/// How long a push may wait on a device that does not read: past it the session ends (its
/// device catches up with a read when it comes back), so one stuck socket holds nothing.
const SEND_WITHIN: Duration = Duration::from_secs(20);

/// How long a stored message may wait for one numbered before it (stored through another
/// relay process, or by a statement that finished later): past it, it is pushed anyway and the
/// device reads what it missed. And how many may wait at once.
const HOLD_FOR: Duration = Duration::from_millis(250);
const HOLD_MOST: usize = 64;

/// What a device may have sent of a message and not finished, for any time: a few frames'
/// headers and a small message. Past it, the rest must come within the relay's request time.
const UNFINISHED_FREE: u64 = 64 * 1024;

/// How much of a message a live session's device has sent and not finished: the bytes read on
/// its connection less those of the frames taken whole. tungstenite keeps an unfinished frame,
/// and an unfinished message (up to the largest bucket, in fragments kept alive with pongs), in
/// memory; a device that keeps more than [`UNFINISHED_FREE`] unfinished for longer than a whole
/// request may take is ended, so sessions held open by the thousand cannot each hold a
/// megabyte or two. (A device that sends fragments has some of their headers counted as
/// unfinished: the apps send each message whole.)
struct Unfinished {
    read: BytesRead,
    taken: u64,
    since: Option<tokio::time::Instant>,
}

impl Unfinished {
    fn new(read: BytesRead) -> Unfinished {
        let taken = read.get();
        Unfinished {
            read,
            taken,
            since: None,
        }
    }

    /// A frame carrying `payload` bytes came whole (a device's frames are masked).
    fn took(&mut self, payload: usize) {
        let length = match payload {
            0..=125 => 0,
            126..=65_535 => 2,
            _ => 8,
        };
        self.taken += 2 + 4 + length + payload as u64;
    }

    /// Whether more than [`UNFINISHED_FREE`] has stayed unfinished for longer than `within`.
    fn overdue(&mut self, within: Duration) -> bool {
        if self.read.get().saturating_sub(self.taken) <= UNFINISHED_FREE {
            self.since = None;
            return false;
        }
        self.since
            .get_or_insert_with(tokio::time::Instant::now)
            .elapsed()
            > within
    }
}

/// The channels of the mailboxes that have live sessions in this process.
#[derive(Default)]
pub(crate) struct Live {
    channels: Mutex<HashMap<MailboxId, Channel>>,
    next_session: AtomicU64,
    /// Set when the relay is stopping: no new live sessions.
    stopping: AtomicBool,
}

/// One mailbox's sessions, and the order its stored messages go out in: by their numbers, as
/// a device expects them (one out of order makes it reconnect and read).
struct Channel {
    sender: broadcast::Sender<Arc<Pushed>>,
    /// The number expected next, once one has been pushed.
    next: Option<u64>,
    /// Messages that came before one numbered below them, and since when.
    held: std::collections::BTreeMap<u64, (Pushed, tokio::time::Instant)>,
}

impl Channel {
    fn send(&self, message: Pushed) {
        let _ = self.sender.send(Arc::new(message));
    }

    /// Sends what was held and is next in line, or has waited long enough.
    fn release(&mut self, now: tokio::time::Instant) {
        loop {
            let crowded = self.held.len() > HOLD_MOST;
            let Some(entry) = self.held.first_entry() else {
                return;
            };
            let (seq, (_, since)) = (*entry.key(), entry.get());
            let next = self.next.unwrap_or(seq);
            if seq > next && now.duration_since(*since) < HOLD_FOR && !crowded {
                return;
            }
            let (message, _) = entry.remove();
            self.next = Some(seq.max(next) + 1);
            self.send(message);
        }
    }
}

impl Live {
    /// Pushes to the mailbox's live sessions, if it has any (nothing is kept for one that has
    /// none: a map entry per mailbox ever written to would grow for ever). Stored messages go
    /// out in the order of their numbers; one that comes before a lower one waits for it (see
    /// [`HOLD_FOR`]).
    pub fn push(&self, id: MailboxId, message: Pushed) {
        let mut channels = lock(&self.channels);
        let Some(channel) = channels.get_mut(&id) else {
            return;
        };
        let seq = message.seq;
        match channel.next {
            // Passed on (never stored), the first since the sessions began, or one already
            // overtaken (a device that needs it reads it): at once.
            _ if seq == 0 => channel.send(message),
            None => {
                channel.next = Some(seq + 1);
                channel.send(message);
            }
            Some(next) if seq < next => channel.send(message),
            Some(_) => {
                channel
                    .held
                    .insert(seq, (message, tokio::time::Instant::now()));
            }
        }
        channel.release(tokio::time::Instant::now());
    }

    /// Pushes what has waited too long for a message before it (call now and then).
    pub fn release_overdue(&self) {
        let now = tokio::time::Instant::now();
        for channel in lock(&self.channels).values_mut() {
            if !channel.held.is_empty() {
                channel.release(now);
            }
        }
    }

    pub fn has_sessions(&self, id: MailboxId) -> bool {
        lock(&self.channels).contains_key(&id)
    }

    fn subscribe(&self, id: MailboxId) -> broadcast::Receiver<Arc<Pushed>> {
        lock(&self.channels)
            .entry(id)
            .or_insert_with(|| Channel {
                sender: broadcast::channel(SESSION_BACKLOG).0,
                next: None,
                held: Default::default(),
            })
            .sender
            .subscribe()
    }

    /// Ends every live session on a mailbox (its writers changed, or it was deleted): each
    /// re-authorises when its device connects again.
    pub fn end(&self, id: MailboxId) {
        lock(&self.channels).remove(&id);
    }

    /// Ends every live session in this process (each is told with a close frame).
    pub fn end_every(&self) {
        lock(&self.channels).clear();
    }

    /// Stops taking live sessions and ends every open one, so the graceful shutdown does not
    /// wait on them for ever.
    pub fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.end_every();
    }

    /// Forgets a mailbox's channel once its last session has gone, so the map stays small.
    fn session_ended(&self, id: MailboxId) {
        let mut channels = lock(&self.channels);
        if channels
            .get(&id)
            .is_some_and(|c| c.sender.receiver_count() == 0)
        {
            channels.remove(&id);
        }
    }
}

/// `GET /v1/mailboxes/{id}/live`: a signed WebSocket upgrade by one of the mailbox's writers.
pub(crate) async fn open(
    State(relay): State<Arc<Relay>>,
    read: BytesRead,
    upgrade: WebSocketUpgrade,
    request: Authorised,
) -> Result<Response, RelayError> {
    let id = request.id;
    if relay.live.stopping.load(Ordering::SeqCst) {
        return Err(RelayError::Unavailable);
    }
    // Held for as long as the session is open.
    let slot = relay
        .sessions_open
        .open(request.signer, id)
        .ok_or(RelayError::TooManySessions)?;
    let receiver = relay.live.subscribe(id);
    // Checked again once subscribed: a removal that ended the sessions in between must not
    // leave this one on a fresh channel.
    relay.check_writer(id, request.signer).await?;
    let session = relay.live.next_session.fetch_add(1, Ordering::Relaxed) + 1;
    Ok(upgrade
        .read_buffer_size(SESSION_BUFFER)
        .write_buffer_size(0)
        // One byte more than the largest bucket: a message passed on carries the PASS_ON byte.
        .max_message_size(SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] + 1)
        .max_frame_size(SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] + 1)
        .on_upgrade(move |socket| async move {
            run(socket, &relay, id, session, receiver, read).await;
            drop(slot);
            relay.live.session_ended(id);
        }))
}

/// Pushes each new message and stores what the device posts, until either side goes away or
/// the mailbox's sessions are ended.
async fn run(
    mut socket: WebSocket,
    relay: &Relay,
    id: MailboxId,
    session: u64,
    mut receiver: broadcast::Receiver<Arc<Pushed>>,
    read: BytesRead,
) {
    let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + PING_EVERY, PING_EVERY);
    let mut unfinished = Unfinished::new(read);
    let check_every = (relay.message_within / 4).max(Duration::from_millis(100));
    let mut check =
        tokio::time::interval_at(tokio::time::Instant::now() + check_every, check_every);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_heard = tokio::time::Instant::now();
    // The open marked the mailbox used today; a session kept open for days marks each one, or
    // a quiet case's mailbox would be removed as unused under it.
    let mut marked = relay.today();
    loop {
        tokio::select! {
            _ = ping.tick() => {
                // A device that vanished without closing (sleep, a dropped network) would
                // otherwise hold its session until a push happened to fail.
                if last_heard.elapsed() > SILENT_FOR {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return;
                }
                if send(&mut socket, Message::Ping(Bytes::new())).await.is_err() {
                    return;
                }
                if relay.today() > marked {
                    relay.mark_used(id, marked).await;
                    marked = relay.today();
                }
            }
            _ = check.tick() => {
                if unfinished.overdue(relay.message_within) {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return;
                }
            }
            message = receiver.recv() => match message {
                Ok(m) if m.from_session == session => {}
                Ok(m) => {
                    let mut frame = Vec::with_capacity(8 + m.body.len());
                    frame.extend_from_slice(&m.seq.to_be_bytes());
                    frame.extend_from_slice(&m.body);
                    if send(&mut socket, Message::Binary(frame.into())).await.is_err() {
                        return;
                    }
                }
                // Fell behind: the client catches up with a read.
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    if send(&mut socket, Message::Text("lagged".into())).await.is_err() {
                        return;
                    }
                }
                Err(broadcast::error::RecvError::Closed) => {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return;
                }
            },
            incoming = socket.recv() => {
                last_heard = tokio::time::Instant::now();
                match incoming {
                Some(Ok(Message::Binary(body))) => {
                    unfinished.took(body.len());
                    // Sessions ended (writers changed, mailbox deleted) take no more posts.
                    if receiver.is_closed() {
                        let _ = send(&mut socket, Message::Close(None)).await;
                        return;
                    }
                    // One byte longer than a bucket, so never mistaken for a message to store.
                    let passing = body.first() == Some(&PASS_ON)
                        && SIZE_BUCKETS.contains(&(body.len() - 1));
                    let reply = if passing {
                        // Never answered, not even when refused: answers pair one to one with
                        // stored posts, and what is passed on is worth little a moment later.
                        let _ = relay.pass_on(id, body.slice(1..), session);
                        None
                    } else {
                        Some(match relay.store(id, body, session).await {
                            Ok(seq) => Message::Binary(seq.to_be_bytes().to_vec().into()),
                            Err(e) => Message::Text(e.body().to_string().into()),
                        })
                    };
                    if let Some(reply) = reply
                        && send(&mut socket, reply).await.is_err()
                    {
                        return;
                    }
                }
                Some(Ok(Message::Ping(payload) | Message::Pong(payload))) => {
                    unfinished.took(payload.len());
                }
                _ => return,
                }
            },
        }
    }
}

/// Sends one frame, or fails if the device has not taken it within [`SEND_WITHIN`].
async fn send(socket: &mut WebSocket, message: Message) -> Result<(), ()> {
    match tokio::time::timeout(SEND_WITHIN, socket.send(message)).await {
        Ok(Ok(())) => Ok(()),
        _ => Err(()),
    }
}
