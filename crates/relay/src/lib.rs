//! The relay between a victim's app and their advocate's: it stores and forwards sealed bytes
//! and learns nothing else.
//!
//! A *mailbox* is a random 32-byte id chosen by the apps at pairing, with the public keys of the
//! devices allowed to use it. Every request is signed by one of those keys (see [`auth`]);
//! messages are opaque, already padded by the client to one of [`SIZE_BUCKETS`], and numbered
//! per mailbox. Live sessions hold a WebSocket on which new messages are pushed as they arrive;
//! everything else is plain HTTP.
//!
//! HTTP API (all bodies are bytes; every error is JSON `{"error": code, "message": text}`; the
//! limits on each, and their refusals, are in `limits.rs`, `server.rs` and docs/relay.md):
//!
//! | Request | What it does |
//! |---|---|
//! | `GET /healthz` | `{"status":"ok"}` once the database has answered; 500 `internal` if it does not |
//! | `PUT /v1/mailboxes/{id}` | creates a mailbox; body: the number of owners (one byte), then the writers' keys, 32 bytes each, the owners first (without the count byte: every writer owns it); signed by one of them |
//! | `PUT /v1/mailboxes/{id}/writers` | replaces the writers (device removed, keys rotated); owners only, and the owners stay writers |
//! | `DELETE /v1/mailboxes/{id}` | removes the mailbox and every message in it (sharing revoked); owners only |
//! | `POST /v1/mailboxes/{id}/messages` | stores one message; answers `{"seq": n}` |
//! | `GET /v1/mailboxes/{id}/messages?after=n&limit=m` | messages after `n`, each as `seq u64 BE, length u32 BE, bytes` |
//! | `GET /v1/mailboxes/{id}/live` | WebSocket (see below) |
//!
//! A live session is authorised once, by the signed upgrade request. From then on the relay
//! pushes every new message in the mailbox as one binary frame (`seq u64 BE`, then the bytes),
//! and the device may post messages as binary frames too (each padded to a bucket; the relay
//! answers with an 8-byte frame holding the stored `seq`). Changing a mailbox's writers or
//! deleting it ends its live sessions; a device removed from it cannot come back.
//!
//! A live session may also *pass on* a message without storing it (who is looking at what,
//! which is only worth anything for a moment): a binary frame of [`PASS_ON`] followed by a
//! padded message goes to the mailbox's other live sessions, pushed with `seq` 0, and is never
//! answered (one over the rate limit is dropped).
//!
//! Several relay processes may share one PostgreSQL behind a load balancer: each pushes what
//! the others store to its own live sessions (see [`peers`]).

pub mod auth;
pub mod config;
mod error;
mod limits;
mod live;
pub mod peers;
mod routes;
pub mod server;
pub mod storage;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;

pub use config::RelayConfig;
pub use error::RelayError;
pub use routes::router;
pub use storage::{Access, MailboxId, PublicKey, Quota, Storage};

use auth::SeenSignatures;
use limits::{Buckets, SessionLimits};
use live::{Live, Pushed};

/// Sizes a message may have: the client pads to the next one (a sealed frame, see
/// `harbour_sync::frame`), so the relay (and anyone watching it) learns only the bucket.
pub use harbour_sync::{PASS_ON, SIZE_BUCKETS};
/// At most this many writers per mailbox (a victim's devices and an advocate's).
pub const MAX_WRITERS: usize = 16;
/// At most this many messages per read, and at most about this many bytes (always at least one
/// message), so one read cannot take the relay's memory.
pub const MAX_READ: u32 = 64;
pub const MAX_READ_BYTES: usize = 8 * 1024 * 1024;
/// The most bytes of read answers held at once, across the whole relay: a read waits for room
/// (within its request's time) rather than many readers that never take their answers filling
/// the relay's memory. Each answer's share is given back as it is dropped.
const READS_IN_FLIGHT: usize = 256 * 1024 * 1024;
/// The most bytes of request bodies (posts) being read at once across the relay, for the same
/// reason: many slow posts of a megabyte each would otherwise fill its memory.
const BODIES_IN_FLIGHT: usize = 256 * 1024 * 1024;
/// How often buckets that have refilled are forgotten.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// Everything the handlers share.
pub struct Relay {
    storage: Storage,
    seen: SeenSignatures,
    /// Messages per mailbox.
    buckets: Buckets<MailboxId>,
    /// New mailboxes, for the whole relay and per key.
    new_mailboxes: Buckets<()>,
    new_mailboxes_per_key: Buckets<PublicKey>,
    sessions_open: Arc<SessionLimits>,
    /// Bytes of read answers held now (see [`READS_IN_FLIGHT`]).
    reads_in_flight: Arc<tokio::sync::Semaphore>,
    /// Bytes of request bodies being read now (see [`BODIES_IN_FLIGHT`]).
    bodies_in_flight: Arc<tokio::sync::Semaphore>,
    quota: Quota,
    min_free_bytes: u64,
    /// How long a live session may take to send one message (as a whole request may).
    message_within: Duration,
    live: Live,
    clock: fn() -> i64,
}

/// Locks `m`, also after a panic elsewhere while it was held: the maps behind these locks stay
/// consistent between statements, and refusing every later request would be worse.
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn system_clock() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl Relay {
    pub fn new(storage: Storage, config: &RelayConfig) -> Arc<Relay> {
        Arc::new(Relay {
            storage,
            seen: SeenSignatures::default(),
            buckets: Buckets::new(config.rate_per_second, config.burst),
            new_mailboxes: Buckets::new(
                config.new_mailboxes_per_minute / 60.0,
                config.new_mailboxes_per_minute.max(1.0),
            ),
            new_mailboxes_per_key: Buckets::new(
                config.new_mailboxes_per_key_per_hour / 3600.0,
                config.new_mailboxes_per_key_per_hour.max(1.0),
            ),
            sessions_open: Arc::new(SessionLimits::new(config)),
            reads_in_flight: Arc::new(tokio::sync::Semaphore::new(READS_IN_FLIGHT)),
            bodies_in_flight: Arc::new(tokio::sync::Semaphore::new(BODIES_IN_FLIGHT)),
            quota: Quota {
                bytes: config.mailbox_max_bytes,
                messages: config.mailbox_max_messages,
            },
            min_free_bytes: config.min_free_disk_mb.saturating_mul(1024 * 1024),
            message_within: Duration::from_secs(config.request_timeout_seconds),
            live: Live::default(),
            clock: system_clock,
        })
    }

    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    fn now(&self) -> i64 {
        (self.clock)()
    }

    /// Days since 1970 by this process's clock: how a mailbox's last use is kept.
    fn today(&self) -> i64 {
        self.now().div_euclid(86_400)
    }

    /// Records that a writer used mailbox `id` today, if [`Storage::access`] said it was last
    /// used on `used_day`, before. A failure is not the request's: the mailbox is marked the
    /// next time.
    async fn mark_used(&self, id: MailboxId, used_day: i64) {
        let today = self.today();
        if used_day < today {
            let _ = self.storage.mark_used(id, today).await;
        }
    }

    /// Removes the mailboxes that hold nothing and that no writer has used for `idle_days`,
    /// ending any session on them here; returns how many.
    pub async fn remove_idle(&self, idle_days: u32) -> Result<usize, RelayError> {
        let today = self.today();
        let removed = self.storage.remove_idle(idle_days, today).await?;
        for id in &removed {
            self.live.end(*id);
            self.buckets.forget(*id);
        }
        Ok(removed.len())
    }

    /// Forgets the rate buckets that have refilled; returns how many are left.
    pub fn prune(&self) -> usize {
        self.buckets.prune() + self.new_mailboxes.prune() + self.new_mailboxes_per_key.prune()
    }

    /// Stops taking live sessions and ends every open one (each is told with a close frame).
    pub fn end_all_sessions(&self) {
        self.live.stop();
    }

    /// Stores a message and pushes it to the mailbox's live sessions (those in other relay
    /// processes hear of it from the database: see [`peers`]).
    async fn store(
        &self,
        id: MailboxId,
        body: Bytes,
        from_session: u64,
    ) -> Result<u64, RelayError> {
        if !SIZE_BUCKETS.contains(&body.len()) {
            return Err(RelayError::BadRequest(
                "a message must be padded to one of the size buckets",
            ));
        }
        if !self.buckets.take(id) {
            return Err(RelayError::RateLimited);
        }
        if !self.storage.has_room(self.min_free_bytes) {
            return Err(RelayError::RelayFull);
        }
        let seq = self
            .storage
            .append(id, body.to_vec(), self.now(), self.quota)
            .await?;
        // Nobody listening is fine: the message waits in the mailbox.
        self.live.push(
            id,
            Pushed {
                seq,
                body,
                from_session,
            },
        );
        Ok(seq)
    }

    /// Pushes a message to the mailbox's other live sessions without storing it.
    fn pass_on(&self, id: MailboxId, body: Bytes, from_session: u64) -> Result<(), RelayError> {
        if !SIZE_BUCKETS.contains(&body.len()) {
            return Err(RelayError::BadRequest(
                "a message must be padded to one of the size buckets",
            ));
        }
        if !self.buckets.take(id) {
            return Err(RelayError::RateLimited);
        }
        if let Storage::Postgres(pg) = &self.storage {
            pg.announcer.passed_on(pg.instance, id, &body);
        }
        self.live.push(
            id,
            Pushed {
                seq: 0,
                body,
                from_session,
            },
        );
        Ok(())
    }

    /// Checks a claimed signature over the request, and that it is used for the first time by
    /// this process and by any other sharing its database: the signer.
    async fn accept(
        &self,
        claim: auth::Claim,
        method: &str,
        path_and_query: &str,
        body: &[u8],
    ) -> Result<PublicKey, RelayError> {
        let now = self.now();
        let (fingerprint, signed_at) = (claim.fingerprint(), claim.time());
        let auth::Signer(key) = claim.check(method, path_and_query, body, now, &self.seen)?;
        // Kept by the time it was signed, not this process's clock: another process whose
        // clock is a little off forgets it no sooner than the window allows.
        if !self.storage.first_use(fingerprint, signed_at).await? {
            return Err(RelayError::Replayed);
        }
        Ok(key)
    }

    /// Who may use the mailbox, if `key` is one of its writers.
    async fn check_writer(&self, id: MailboxId, key: PublicKey) -> Result<Access, RelayError> {
        let (access, used_day) = self.storage.access(id).await?.ok_or(RelayError::NotFound)?;
        if !access.writers.contains(&key) {
            return Err(RelayError::Forbidden);
        }
        self.mark_used(id, used_day).await;
        Ok(access)
    }
}

/// Runs the relay until `shutdown` completes, then finishes requests under way and stops.
/// Expired messages, and mailboxes nobody has used for `mailbox_idle_days` that hold nothing,
/// are removed at start and every hour.
pub async fn serve(
    config: RelayConfig,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), RelayError> {
    let storage = Storage::open(&config.database, config.database_ca.as_deref()).await?;
    let relay = Relay::new(storage, &config);
    let peers = peers::listen(&relay);
    let retention = i64::from(config.retention_days) * 86_400;
    let idle_days = config.mailbox_idle_days;
    let expiring = Arc::clone(&relay);
    let expiry = tokio::spawn(async move {
        loop {
            // Told to the operator (it is about the database, never a request); tried again
            // at the next sweep.
            if let Err(e) = expiring.storage.expire(expiring.now() - retention).await {
                eprintln!("harbour-relay: removing old messages failed: {e}");
            }
            if let Err(e) = expiring.remove_idle(idle_days).await {
                eprintln!("harbour-relay: removing unused mailboxes failed: {e}");
            }
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });
    let pruning = Arc::clone(&relay);
    let prune = tokio::spawn(async move {
        loop {
            tokio::time::sleep(PRUNE_EVERY).await;
            pruning.prune();
            // Signed this long ago, a request is refused by its time in every process, with
            // five minutes to spare for their clocks to differ.
            let cutoff = pruning.now() - 2 * auth::WINDOW_SECONDS;
            if let Err(e) = pruning.storage.forget_signatures(cutoff).await {
                eprintln!("harbour-relay: forgetting old signatures failed: {e}");
            }
        }
    });
    // Messages held for one numbered before them go out once they have waited long enough.
    let releasing = Arc::clone(&relay);
    let release = tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(100));
        loop {
            tick.tick().await;
            releasing.live.release_overdue();
        }
    });
    let stopping = Arc::clone(&relay);
    let shutdown = async move {
        shutdown.await;
        // Live sessions never end on their own: close them, or the graceful shutdown waits.
        stopping.end_all_sessions();
    };
    let app = server::with_request_timeout(
        router(relay, config.max_frame_bytes + 4096),
        Duration::from_secs(config.request_timeout_seconds),
    );
    server::serve_connections(listener, app, &config, shutdown).await;
    expiry.abort();
    prune.abort();
    release.abort();
    if let Some(peers) = peers {
        peers.abort();
    }
    Ok(())
}
