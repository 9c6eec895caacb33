//! Where mailboxes and their messages are kept: an embedded SQLite file (one command starts a
//! relay) or PostgreSQL (a service with many advocates).
//!
//! What is stored is the least a relay needs: a random mailbox id, the public keys allowed to
//! write to it, and per message its sequence number, the sealed bytes (already padded to a size
//! bucket by the client) and the hour it arrived. No names, no addresses, nothing readable.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::OptionalExtension;

use crate::RelayError;

pub type MailboxId = [u8; 32];
pub type PublicKey = [u8; 32];

/// One stored message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub seq: u64,
    pub body: Vec<u8>,
}

/// Who may use a mailbox: its writers post and read; its owners (some of the writers) may also
/// replace the writers and delete it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub writers: Vec<PublicKey>,
    pub owners: Vec<PublicKey>,
    /// Made with owners named; a mailbox made before them is owned by whoever writes to it.
    pub owners_named: bool,
}

/// What creating a mailbox found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    New,
    /// It exists already with the same writers (a retried create).
    Same,
    /// It exists with other writers.
    Conflict,
}

#[derive(Clone)]
pub enum Storage {
    Sqlite(Arc<Sqlite>),
    Postgres(Postgres),
}

/// PostgreSQL through a pool of connections: many requests at once each get a connection, and
/// one the server closed (a restart, a failover, an idle timeout) is replaced with a new one
/// the next time it is needed, so the relay carries on without being restarted.
#[derive(Clone)]
pub struct Postgres {
    pool: deadpool_postgres::Pool,
    /// For the one connection that hears the other relay processes (see `peers`).
    pub(crate) config: Arc<tokio_postgres::Config>,
    pub(crate) tls: tokio_postgres_rustls::MakeRustlsConnect,
    /// This process among those sharing the database, so it does not hear its own notices.
    pub(crate) instance: u64,
    /// Tells the other processes what this one stored or passed on.
    pub(crate) announcer: crate::peers::Announcer,
}

/// Connections the relay keeps to PostgreSQL at most.
const POSTGRES_CONNECTIONS: usize = 16;
/// How long a request waits for a connection (or for a new one to be made) before the client is
/// told to come back shortly.
const POSTGRES_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
/// Longest a statement may run, in milliseconds, unless the operator set a limit of their own:
/// every request's statements take milliseconds, so one stuck behind a lock fails instead of
/// holding a connection, and the request a client is waiting on, for ever.
const POSTGRES_STATEMENT_TIMEOUT_MS: u32 = 30_000;
/// Messages removed per statement by the expiry sweep on PostgreSQL.
const EXPIRY_BATCH: i64 = 5000;
/// Idle mailboxes removed per statement, for the same reason.
const IDLE_BATCH: i64 = 1000;

/// Sets the relay's statement timeout on a new connection, unless the operator chose one (in
/// the connection string's `options`, or for the role or the database; 0 too): PostgreSQL's
/// default is none. (Kept across uses: the pool recycles connections without `RESET ALL`.)
async fn limit_statements(client: &tokio_postgres::Client) -> Result<(), tokio_postgres::Error> {
    let row = client
        .query_one(
            "SELECT source FROM pg_settings WHERE name = 'statement_timeout'",
            &[],
        )
        .await?;
    let source: String = row.get(0);
    if source == "default" {
        client
            .batch_execute(&format!(
                "SET statement_timeout = {POSTGRES_STATEMENT_TIMEOUT_MS}"
            ))
            .await?;
    }
    Ok(())
}

impl Postgres {
    pub(crate) async fn client(&self) -> Result<deadpool_postgres::Object, RelayError> {
        Ok(self.pool.get().await?)
    }
}

/// SQLite: one connection for everything but appends, and a writer thread with its own
/// connection that commits the appends waiting at any moment in one transaction ("group
/// commit"), so many mailboxes writing at once cost one commit, not one each.
pub struct Sqlite {
    conn: Arc<Mutex<rusqlite::Connection>>,
    appends: std::sync::mpsc::Sender<Append>,
    /// Bytes of messages waiting for the writer thread (see [`APPENDS_WAITING`]).
    waiting: Arc<tokio::sync::Semaphore>,
    /// The folder the database is in, and the free space there as last measured (at most once
    /// a second).
    dir: std::path::PathBuf,
    free: Mutex<Option<(std::time::Instant, u64)>>,
}

impl Sqlite {
    /// Bytes free to this process on the database's disk; `None` where that is not known.
    fn free_bytes(&self) -> Option<u64> {
        let mut free = crate::lock(&self.free);
        if let Some((at, bytes)) = *free
            && at.elapsed() < std::time::Duration::from_secs(1)
        {
            return Some(bytes);
        }
        let bytes = free_space(&self.dir)?;
        *free = Some((std::time::Instant::now(), bytes));
        Some(bytes)
    }
}

#[cfg(unix)]
fn free_space(dir: &Path) -> Option<u64> {
    let stat = rustix::fs::statvfs(dir).ok()?;
    Some(stat.f_bavail.saturating_mul(stat.f_frsize))
}

#[cfg(not(unix))]
fn free_space(_: &Path) -> Option<u64> {
    None
}

struct Append {
    id: MailboxId,
    body: Vec<u8>,
    at: i64,
    quota: Quota,
    reply: tokio::sync::oneshot::Sender<Result<u64, RelayError>>,
    /// Its share of [`APPENDS_WAITING`], given back once it is written (or refused).
    _room: tokio::sync::OwnedSemaphorePermit,
}

/// The most bytes of messages waiting for the SQLite writer at once: past it a post waits
/// (within its request's time) for room, so a disk slower than the posts cannot fill memory.
const APPENDS_WAITING: usize = 256 * 1024 * 1024;

/// What one mailbox may hold at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub bytes: u64,
    pub messages: u64,
}

impl Quota {
    fn bytes(&self) -> i64 {
        i64::try_from(self.bytes).unwrap_or(i64::MAX)
    }

    fn messages(&self) -> i64 {
        i64::try_from(self.messages).unwrap_or(i64::MAX)
    }
}

/// At most this many appends in one transaction.
const GROUP_COMMIT: usize = 1024;

fn append_one(tx: &rusqlite::Savepoint<'_>, job: &Append) -> Result<u64, RelayError> {
    let len = job.body.len() as i64;
    let seq: Option<i64> = tx
        .prepare_cached(
            "UPDATE relay_mailboxes SET last_seq = last_seq + 1,
                 stored_count = stored_count + 1, stored_bytes = stored_bytes + ?2
             WHERE id = ?1 AND stored_count < ?3 AND stored_bytes + ?2 <= ?4
             RETURNING last_seq",
        )?
        .query_row(
            (&job.id[..], len, job.quota.messages(), job.quota.bytes()),
            |r| r.get(0),
        )
        .optional()?;
    let Some(seq) = seq else {
        let exists = tx
            .query_row(
                "SELECT 1 FROM relay_mailboxes WHERE id = ?1",
                [&job.id[..]],
                |_| Ok(()),
            )
            .optional()?;
        return Err(match exists {
            Some(()) => RelayError::MailboxFull,
            None => RelayError::NotFound,
        });
    };
    tx.prepare_cached(
        "INSERT INTO relay_messages(mailbox, seq, body, stored_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute((&job.id[..], seq, &job.body, job.at))?;
    seq_out(seq)
}

/// Runs until every sender is gone (the storage was dropped).
fn write_appends(mut conn: rusqlite::Connection, jobs: std::sync::mpsc::Receiver<Append>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < GROUP_COMMIT {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let results: Result<Vec<Result<u64, RelayError>>, RelayError> = (|| {
            let mut tx =
                conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut results = Vec::with_capacity(batch.len());
            for job in &batch {
                // A savepoint per message: a mailbox deleted meanwhile fails only its own.
                let sp = tx.savepoint()?;
                match append_one(&sp, job) {
                    Ok(seq) => {
                        sp.commit()?;
                        results.push(Ok(seq));
                    }
                    Err(e @ (RelayError::NotFound | RelayError::MailboxFull)) => {
                        results.push(Err(e))
                    }
                    // Anything else fails the whole batch, so nothing is half-stored.
                    Err(other) => return Err(other),
                }
            }
            tx.commit()?;
            Ok(results)
        })();
        match results {
            Ok(results) => {
                for (job, result) in batch.into_iter().zip(results) {
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                for job in batch {
                    let _ = job.reply.send(Err(RelayError::Internal(e.to_string())));
                }
            }
        }
    }
}

/// Per connection.
const SQLITE_PRAGMAS: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = 5000;
";

const SQLITE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS relay_mailboxes (
    id           BLOB PRIMARY KEY,
    writers      BLOB NOT NULL,
    last_seq     INTEGER NOT NULL DEFAULT 0,
    stored_count INTEGER NOT NULL DEFAULT 0,
    stored_bytes INTEGER NOT NULL DEFAULT 0,
    owners       BLOB NOT NULL DEFAULT x'',
    used_day     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE IF NOT EXISTS relay_messages (
    mailbox   BLOB NOT NULL REFERENCES relay_mailboxes(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    body      BLOB NOT NULL,
    stored_at INTEGER NOT NULL,
    PRIMARY KEY (mailbox, seq)
) STRICT;
CREATE INDEX IF NOT EXISTS relay_messages_age ON relay_messages(stored_at);
";

/// What a mailbox holds is counted as messages are stored (in the append's own statement, where
/// the quota is checked) and uncounted as they go (expired, or the mailbox deleted) by trigger.
const SQLITE_COUNTING: &str = "
CREATE TRIGGER IF NOT EXISTS relay_messages_gone AFTER DELETE ON relay_messages BEGIN
    UPDATE relay_mailboxes
    SET stored_count = stored_count - 1, stored_bytes = stored_bytes - length(OLD.body)
    WHERE id = OLD.mailbox;
END;
";

const POSTGRES_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS relay_mailboxes (
    id           BYTEA PRIMARY KEY,
    writers      BYTEA NOT NULL,
    last_seq     BIGINT NOT NULL DEFAULT 0,
    stored_count BIGINT NOT NULL DEFAULT 0,
    stored_bytes BIGINT NOT NULL DEFAULT 0,
    owners       BYTEA NOT NULL DEFAULT ''::bytea,
    used_day     BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS relay_messages (
    mailbox   BYTEA NOT NULL REFERENCES relay_mailboxes(id) ON DELETE CASCADE,
    seq       BIGINT NOT NULL,
    body      BYTEA NOT NULL,
    stored_at BIGINT NOT NULL,
    PRIMARY KEY (mailbox, seq)
);
CREATE INDEX IF NOT EXISTS relay_messages_age ON relay_messages(stored_at);
-- Signatures taken, so that each is taken once by every relay process on this database.
CREATE TABLE IF NOT EXISTS relay_signatures_seen (
    fingerprint BIGINT PRIMARY KEY,
    seen_at     BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS relay_signatures_seen_at ON relay_signatures_seen(seen_at);
";

/// The advisory lock taken while the tables are made (any number the relay alone uses).
const SCHEMA_LOCK: i64 = 0x0068_6172_626f_7572;

/// As [`SQLITE_COUNTING`]. Relays made before the counters existed get them (counted once).
const POSTGRES_COUNTING: &str = "
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_name = 'relay_mailboxes' AND column_name = 'stored_count') THEN
        ALTER TABLE relay_mailboxes ADD COLUMN stored_count BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE relay_mailboxes ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
        UPDATE relay_mailboxes m SET stored_count = c.n, stored_bytes = c.b
        FROM (SELECT mailbox, count(*) AS n, sum(length(body)) AS b
              FROM relay_messages GROUP BY mailbox) c
        WHERE m.id = c.mailbox;
    END IF;
END $$;
-- Owners: a mailbox made before them (none recorded) is owned by all its writers.
ALTER TABLE relay_mailboxes ADD COLUMN IF NOT EXISTS owners BYTEA NOT NULL DEFAULT ''::bytea;
-- The day a mailbox was last used: 0 (made before it was kept) counts from the next sweep.
ALTER TABLE relay_mailboxes ADD COLUMN IF NOT EXISTS used_day BIGINT NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS relay_mailboxes_used ON relay_mailboxes(used_day);
CREATE OR REPLACE FUNCTION relay_messages_gone() RETURNS trigger AS $$
BEGIN
    UPDATE relay_mailboxes
    SET stored_count = stored_count - 1, stored_bytes = stored_bytes - length(OLD.body)
    WHERE id = OLD.mailbox;
    RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE OR REPLACE TRIGGER relay_messages_gone AFTER DELETE ON relay_messages
    FOR EACH ROW EXECUTE FUNCTION relay_messages_gone();
";

/// Whether every host in `config` is this computer (a Unix socket, `localhost`, a loopback
/// address), where a plain connection crosses no network.
fn only_this_computer(config: &tokio_postgres::Config) -> bool {
    use tokio_postgres::config::Host;
    config.get_hosts().iter().all(|host| match host {
        #[cfg(unix)]
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name.eq_ignore_ascii_case("localhost")
                || name
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    }) && config.get_hostaddrs().iter().all(|ip| ip.is_loopback())
}

/// The TLS settings for PostgreSQL: rustls with ring, trusting `ca`'s certificates (PEM) or,
/// without one, the system's.
fn tls_config(ca: Option<&Path>) -> Result<rustls::ClientConfig, RelayError> {
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    match ca {
        Some(path) => {
            let certs = rustls_pki_types::CertificateDer::pem_file_iter(path)
                .map_err(|_| RelayError::BadRequest("the database CA file could not be read"))?;
            for cert in certs {
                let cert =
                    cert.map_err(|_| RelayError::BadRequest("the database CA file is not PEM"))?;
                roots.add(cert).map_err(|_| {
                    RelayError::BadRequest("the database CA file holds a bad certificate")
                })?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                // One unusable system certificate does not stop the others.
                let _ = roots.add(cert);
            }
        }
    }
    if roots.is_empty() {
        return Err(RelayError::BadRequest(
            "no CA certificates to check the database's certificate with",
        ));
    }
    // ring, not aws-lc-rs: no C toolchain or cmake for the relay's build. rustls marks it
    // deprecated for lacking post-quantum key exchange, which a database link inside a
    // service's own network can do without for now.
    #[allow(deprecated)]
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| RelayError::Internal(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// Whether the relay's SQLite table `relay_mailboxes` has the column `name`.
fn has_column(conn: &rusqlite::Connection, name: &str) -> Result<bool, RelayError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM pragma_table_info('relay_mailboxes') WHERE name = ?1",
        [name],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?)
}

/// Brings an SQLite relay made by an earlier version up to date: the counters (counting what
/// it holds) and their trigger, the owners column and the day last used.
fn upgrade_sqlite(conn: &rusqlite::Connection) -> Result<(), RelayError> {
    if !has_column(conn, "stored_count")? {
        conn.execute_batch(
            "BEGIN;
             ALTER TABLE relay_mailboxes ADD COLUMN stored_count INTEGER NOT NULL DEFAULT 0;
             ALTER TABLE relay_mailboxes ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0;
             UPDATE relay_mailboxes SET
                 stored_count = (SELECT count(*) FROM relay_messages WHERE mailbox = id),
                 stored_bytes = (SELECT coalesce(sum(length(body)), 0) FROM relay_messages
                                 WHERE mailbox = id);
             COMMIT;",
        )?;
    }
    conn.execute_batch(SQLITE_COUNTING)?;
    // A mailbox made before owners (none recorded) is owned by all its writers.
    if !has_column(conn, "owners")? {
        conn.execute_batch(
            "ALTER TABLE relay_mailboxes ADD COLUMN owners BLOB NOT NULL DEFAULT x''",
        )?;
    }
    // The day a mailbox was last used: 0 (made before it was kept) counts from the next sweep.
    if !has_column(conn, "used_day")? {
        conn.execute_batch(
            "ALTER TABLE relay_mailboxes ADD COLUMN used_day INTEGER NOT NULL DEFAULT 0",
        )?;
    }
    // The sweep finds idle mailboxes without reading them all (it changes once a day at most).
    conn.execute_batch(
        "CREATE INDEX IF NOT EXISTS relay_mailboxes_used ON relay_mailboxes(used_day)",
    )?;
    Ok(())
}

fn writers_blob(writers: &[PublicKey]) -> Vec<u8> {
    writers.concat()
}

fn writers_from(blob: &[u8]) -> Vec<PublicKey> {
    blob.chunks_exact(32)
        .filter_map(|c| c.try_into().ok())
        .collect()
}

/// The last `seq` of `sizes` (seq, length; in order) whose running total stays within
/// `max_bytes`, the first always (a message is never too big to be read alone).
fn last_that_fits(sizes: &[(i64, i64)], max_bytes: usize) -> Option<i64> {
    let max = i64::try_from(max_bytes).unwrap_or(i64::MAX);
    let mut total = 0i64;
    let mut last = None;
    for &(seq, len) in sizes {
        total = total.saturating_add(len);
        if last.is_some() && total > max {
            break;
        }
        last = Some(seq);
    }
    last
}

/// Arrival time kept to the hour: enough to expire old messages, no more.
fn hour(now: i64) -> i64 {
    now - now.rem_euclid(3600)
}

fn seq_out(v: i64) -> Result<u64, RelayError> {
    u64::try_from(v).map_err(|_| RelayError::Internal("negative sequence number".into()))
}

impl Storage {
    /// Opens (creating if needed) an SQLite file.
    pub fn open_sqlite(path: &Path) -> Result<Storage, RelayError> {
        let conn = rusqlite::Connection::open(path)?;
        conn.execute_batch(SQLITE_PRAGMAS)?;
        conn.execute_batch(SQLITE_SCHEMA)?;
        upgrade_sqlite(&conn)?;
        let writer = rusqlite::Connection::open(path)?;
        writer.execute_batch(SQLITE_PRAGMAS)?;
        let (appends, jobs) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("relay-appends".into())
            .spawn(move || write_appends(writer, jobs))
            .map_err(|e| RelayError::Internal(e.to_string()))?;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => std::path::PathBuf::from("."),
        };
        Ok(Storage::Sqlite(Arc::new(Sqlite {
            conn: Arc::new(Mutex::new(conn)),
            appends,
            waiting: Arc::new(tokio::sync::Semaphore::new(APPENDS_WAITING)),
            dir,
            free: Mutex::new(None),
        })))
    }

    /// Connects to PostgreSQL (a `postgres://` URL or a key=value string) and creates the
    /// tables if needed. TLS as the connection string's `sslmode` says, with the server's
    /// certificate checked against the system's roots; see [`Storage::connect_postgres_with`].
    pub async fn connect_postgres(config: &str) -> Result<Storage, RelayError> {
        Storage::connect_postgres_with(config, None).await
    }

    /// [`Storage::connect_postgres`], trusting the CA certificates in the PEM file `ca` (a
    /// service's own CA) instead of the system's. A database on another host must be reached
    /// with `sslmode=require`: its certificate is then checked (name and chain), and a server
    /// without TLS, or with a certificate that does not check, is refused. On this computer
    /// (`localhost`, a loopback address, a Unix socket) plain connections are allowed.
    pub async fn connect_postgres_with(
        config: &str,
        ca: Option<&Path>,
    ) -> Result<Storage, RelayError> {
        let mut config: tokio_postgres::Config = config.parse()?;
        if !only_this_computer(&config)
            && config.get_ssl_mode() != tokio_postgres::config::SslMode::Require
        {
            return Err(RelayError::BadRequest(
                "a database on another host must be reached with sslmode=require (TLS, its certificate checked)",
            ));
        }
        // A server that went away without closing (a failover, a cable) is noticed instead of
        // waited on for ever.
        config
            .connect_timeout(POSTGRES_WAIT)
            .keepalives(true)
            .keepalives_idle(std::time::Duration::from_secs(30))
            .keepalives_interval(std::time::Duration::from_secs(10))
            .keepalives_retries(3)
            // Keepalives stay quiet while data waits unacknowledged, as it does when the host
            // went mid-statement: the kernel then gives up after this, not ~15 minutes.
            .tcp_user_timeout(std::time::Duration::from_secs(30));
        let tls = tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(ca)?);
        let manager = deadpool_postgres::Manager::from_config(
            config.clone(),
            tls.clone(),
            deadpool_postgres::ManagerConfig {
                // A connection the server closed is noticed (its task has ended) and replaced.
                recycling_method: deadpool_postgres::RecyclingMethod::Fast,
            },
        );
        let pool = deadpool_postgres::Pool::builder(manager)
            .max_size(POSTGRES_CONNECTIONS)
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(POSTGRES_WAIT))
            .create_timeout(Some(POSTGRES_WAIT))
            .recycle_timeout(Some(POSTGRES_WAIT))
            .post_create(deadpool_postgres::Hook::async_fn(|client, _| {
                Box::pin(async move {
                    // Hooks run outside the pool's create timeout.
                    match tokio::time::timeout(POSTGRES_WAIT, limit_statements(client)).await {
                        Ok(done) => done.map_err(deadpool_postgres::HookError::Backend),
                        Err(_) => Err(deadpool_postgres::HookError::Message(
                            "setting the statement timeout took too long".into(),
                        )),
                    }
                })
            }))
            .build()
            .map_err(|e| RelayError::Internal(e.to_string()))?;
        let mut instance = [0u8; 8];
        getrandom::fill(&mut instance).map_err(|e| RelayError::Internal(e.to_string()))?;
        let config = Arc::new(config);
        let announcer = crate::peers::Announcer::start(Arc::clone(&config), tls.clone());
        let postgres = Postgres {
            pool,
            config,
            tls,
            instance: u64::from_le_bytes(instance),
            announcer,
        };
        // One process at a time: relay processes started together on a new database would
        // otherwise race to make the same tables, and all but one fail to start.
        postgres
            .client()
            .await?
            .batch_execute(&format!(
                "BEGIN; SELECT pg_advisory_xact_lock({SCHEMA_LOCK}); {POSTGRES_SCHEMA} {POSTGRES_COUNTING} COMMIT;"
            ))
            .await?;
        Ok(Storage::Postgres(postgres))
    }

    /// Opens what `database` names: `postgres://…` / `postgresql://…`, or `sqlite:PATH` / a path;
    /// `ca`: see [`Storage::connect_postgres_with`].
    pub async fn open(database: &str, ca: Option<&Path>) -> Result<Storage, RelayError> {
        if database.starts_with("postgres://") || database.starts_with("postgresql://") {
            Storage::connect_postgres_with(database, ca).await
        } else {
            let path = database.strip_prefix("sqlite:").unwrap_or(database);
            Storage::open_sqlite(Path::new(path))
        }
    }

    /// Whether at least `min_free` bytes are free on the database's disk (SQLite; PostgreSQL's
    /// server watches its own, so there it is always yes).
    pub fn has_room(&self, min_free: u64) -> bool {
        match self {
            Storage::Sqlite(sqlite) => sqlite.free_bytes().is_none_or(|free| free >= min_free),
            Storage::Postgres(_) => true,
        }
    }

    async fn blocking<T: Send + 'static>(
        sqlite: &Sqlite,
        f: impl FnOnce(&mut rusqlite::Connection) -> Result<T, RelayError> + Send + 'static,
    ) -> Result<T, RelayError> {
        let conn = Arc::clone(&sqlite.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = crate::lock(&conn);
            f(&mut guard)
        })
        .await
        .map_err(|_| RelayError::Internal("a storage task stopped".into()))?
    }

    /// Creates mailbox `id` with these writers and owners (some of the writers), used on `day`
    /// (days since 1970). Creating it again with the same writers and owners is
    /// [`Created::Same`]; with others, [`Created::Conflict`].
    pub async fn create_mailbox(
        &self,
        id: MailboxId,
        writers: &[PublicKey],
        owners: &[PublicKey],
        day: i64,
    ) -> Result<Created, RelayError> {
        let blob = writers_blob(writers);
        let owned = writers_blob(owners);
        match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    let inserted = c.execute(
                        "INSERT INTO relay_mailboxes(id, writers, owners, used_day)
                         VALUES (?1, ?2, ?3, ?4) ON CONFLICT(id) DO NOTHING",
                        (&id[..], &blob, &owned, day),
                    )?;
                    if inserted == 1 {
                        return Ok(Created::New);
                    }
                    let (existing, existing_owners): (Vec<u8>, Vec<u8>) = c.query_row(
                        "SELECT writers, owners FROM relay_mailboxes WHERE id = ?1",
                        [&id[..]],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )?;
                    Ok(if existing == blob && existing_owners == owned {
                        Created::Same
                    } else {
                        Created::Conflict
                    })
                })
                .await
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let inserted = client
                    .execute(
                        "INSERT INTO relay_mailboxes(id, writers, owners, used_day)
                         VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
                        &[&&id[..], &blob, &owned, &day],
                    )
                    .await?;
                if inserted == 1 {
                    return Ok(Created::New);
                }
                let row = client
                    .query_one(
                        "SELECT writers, owners FROM relay_mailboxes WHERE id = $1",
                        &[&&id[..]],
                    )
                    .await?;
                let (existing, existing_owners): (Vec<u8>, Vec<u8>) = (row.get(0), row.get(1));
                Ok(if existing == blob && existing_owners == owned {
                    Created::Same
                } else {
                    Created::Conflict
                })
            }
        }
    }

    /// Records a request's signature (its fingerprint, see `auth`) as used; false if another
    /// relay process sharing the database took it already. On SQLite the relay is one process,
    /// and its memory (`auth::SeenSignatures`) has already answered.
    pub async fn first_use(&self, fingerprint: u64, now: i64) -> Result<bool, RelayError> {
        match self {
            Storage::Sqlite(_) => Ok(true),
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let statement = client
                    .prepare_cached(
                        "INSERT INTO relay_signatures_seen(fingerprint, seen_at) VALUES ($1, $2)
                         ON CONFLICT DO NOTHING",
                    )
                    .await?;
                let taken = client
                    .execute(
                        &statement,
                        &[&i64::from_le_bytes(fingerprint.to_le_bytes()), &now],
                    )
                    .await?;
                Ok(taken == 1)
            }
        }
    }

    /// Forgets signatures used before `cutoff` (they are refused by their time by then).
    pub async fn forget_signatures(&self, cutoff: i64) -> Result<(), RelayError> {
        if let Storage::Postgres(pg) = self {
            pg.client()
                .await?
                .execute(
                    "DELETE FROM relay_signatures_seen WHERE seen_at < $1",
                    &[&cutoff],
                )
                .await?;
        }
        Ok(())
    }

    /// Whether the database answers (for the health check).
    pub async fn check(&self) -> Result<(), RelayError> {
        match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, |c| {
                    c.query_row("SELECT count(*) FROM relay_mailboxes WHERE 0", [], |_| {
                        Ok(())
                    })?;
                    Ok(())
                })
                .await
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                client.simple_query("SELECT 1").await?;
                Ok(())
            }
        }
    }

    /// The keys allowed to write to (and read) a mailbox, and the day it was last used (see
    /// [`Storage::mark_used`]); `None` if there is no such mailbox.
    pub async fn access(&self, id: MailboxId) -> Result<Option<(Access, i64)>, RelayError> {
        let found: Option<(Vec<u8>, Vec<u8>, i64)> = match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    Ok(c.query_row(
                        "SELECT writers, owners, used_day FROM relay_mailboxes WHERE id = ?1",
                        [&id[..]],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?)
                })
                .await?
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let statement = client
                    .prepare_cached(
                        "SELECT writers, owners, used_day FROM relay_mailboxes WHERE id = $1",
                    )
                    .await?;
                client
                    .query_opt(&statement, &[&&id[..]])
                    .await?
                    .map(|row| (row.get(0), row.get(1), row.get(2)))
            }
        };
        Ok(found.map(|(writers, owners, used_day)| {
            let writers = writers_from(&writers);
            // None recorded (a mailbox made before owners): all its writers own it.
            let owners_named = !owners.is_empty();
            let owners = if owners_named {
                writers_from(&owners)
            } else {
                writers.clone()
            };
            let access = Access {
                writers,
                owners,
                owners_named,
            };
            (access, used_day)
        }))
    }

    /// Records that mailbox `id` was used on `day` (a writer's request or a live session that
    /// day). Written at most once a day per mailbox: the caller asks only when [`Storage::access`]
    /// said an earlier day.
    pub async fn mark_used(&self, id: MailboxId, day: i64) -> Result<(), RelayError> {
        const MARK: &str =
            "UPDATE relay_mailboxes SET used_day = $2 WHERE id = $1 AND used_day < $2";
        match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    c.execute(&MARK.replace('$', "?"), (&id[..], day))?;
                    Ok(())
                })
                .await
            }
            Storage::Postgres(pg) => {
                pg.client().await?.execute(MARK, &[&&id[..], &day]).await?;
                Ok(())
            }
        }
    }

    /// Removes mailboxes that hold nothing and that nobody has used for `idle_days`; returns
    /// their ids (so their sessions here can be ended). One made before the day was kept counts
    /// as used today. The day is `today` on SQLite (one process) and the database's on
    /// PostgreSQL, so one process whose clock is days out cannot remove the others' mailboxes
    /// early. Each removal is checked again against the row as it is when deleted (a post or a
    /// use committed meanwhile keeps it) and, on PostgreSQL, announced to the other processes
    /// in its statement, as a deletion is.
    pub async fn remove_idle(
        &self,
        idle_days: u32,
        today: i64,
    ) -> Result<Vec<MailboxId>, RelayError> {
        const UNKNOWN: &str = "UPDATE relay_mailboxes SET used_day = $1 WHERE used_day = 0";
        let mut removed = Vec::new();
        match self {
            Storage::Sqlite(conn) => {
                let cutoff = today - i64::from(idle_days);
                Storage::blocking(conn, move |c| {
                    c.execute(&UNKNOWN.replace('$', "?"), [today])?;
                    Ok(())
                })
                .await?;
                loop {
                    // In batches, the lock given back between them, with a pause for the
                    // writer thread's commits.
                    let batch: Vec<Vec<u8>> = Storage::blocking(conn, move |c| {
                        let mut statement = c.prepare_cached(
                            "DELETE FROM relay_mailboxes WHERE id IN (
                                 SELECT id FROM relay_mailboxes
                                 WHERE used_day < ?1 AND stored_count = 0
                                 ORDER BY used_day LIMIT ?2)
                             AND used_day < ?1 AND stored_count = 0
                             RETURNING id",
                        )?;
                        let ids = statement
                            .query_map((cutoff, IDLE_BATCH), |r| r.get(0))?
                            .collect::<Result<_, _>>()?;
                        Ok(ids)
                    })
                    .await?;
                    let done = (batch.len() as i64) < IDLE_BATCH;
                    removed.extend(
                        batch
                            .iter()
                            .filter_map(|id| MailboxId::try_from(&id[..]).ok()),
                    );
                    if done {
                        return Ok(removed);
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                }
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let today: i64 = client
                    .query_one(
                        "SELECT floor(extract(epoch FROM now()) / 86400)::bigint",
                        &[],
                    )
                    .await?
                    .get(0);
                let cutoff = today - i64::from(idle_days);
                client.execute(UNKNOWN, &[&today]).await?;
                let process = format!("{:016x}", pg.instance);
                loop {
                    // The conditions again outside the subquery: PostgreSQL checks a row that
                    // changed after the statement began against the outer conditions only.
                    let rows = client
                        .query(
                            "WITH gone AS (DELETE FROM relay_mailboxes WHERE id = ANY(ARRAY(
                                 SELECT id FROM relay_mailboxes
                                 WHERE used_day < $1 AND stored_count = 0
                                 ORDER BY used_day LIMIT $2))
                                 AND used_day < $1 AND stored_count = 0
                             RETURNING id)
                             SELECT id, pg_notify($3, 'e ' || $4 || ' ' || encode(id, 'hex'))::text
                             FROM gone",
                            &[&cutoff, &IDLE_BATCH, &crate::peers::CHANNEL, &process],
                        )
                        .await?;
                    let done = (rows.len() as i64) < IDLE_BATCH;
                    removed.extend(
                        rows.iter()
                            .filter_map(|row| MailboxId::try_from(row.get::<_, &[u8]>(0)).ok()),
                    );
                    if done {
                        return Ok(removed);
                    }
                }
            }
        }
    }

    /// Replaces the writers, only if they are still `expected`; otherwise [`RelayError::Conflict`].
    pub async fn set_writers(
        &self,
        id: MailboxId,
        expected: &[PublicKey],
        writers: &[PublicKey],
    ) -> Result<(), RelayError> {
        let old = writers_blob(expected);
        let blob = writers_blob(writers);
        let changed = match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    Ok(c.execute(
                        "UPDATE relay_mailboxes SET writers = ?3 WHERE id = ?1 AND writers = ?2",
                        (&id[..], &old, &blob),
                    )? as u64)
                })
                .await?
            }
            // The other relay processes end their sessions on it (see `peers`): told in the
            // same statement, so a change is never made without them hearing of it.
            Storage::Postgres(pg) => pg
                .client()
                .await?
                .query(
                    "WITH changed AS (
                             UPDATE relay_mailboxes SET writers = $3
                             WHERE id = $1 AND writers = $2 RETURNING id
                         )
                         SELECT pg_notify($4, $5)::text FROM changed",
                    &[
                        &&id[..],
                        &old,
                        &blob,
                        &crate::peers::CHANNEL,
                        &crate::peers::ended_notice(pg.instance, id),
                    ],
                )
                .await?
                .len() as u64,
        };
        if changed == 0 {
            return Err(RelayError::Conflict);
        }
        Ok(())
    }

    /// Stores a message and returns its sequence number (1, 2, 3, ... per mailbox).
    /// Refused with [`RelayError::MailboxFull`] when the mailbox would hold more than `quota`.
    pub async fn append(
        &self,
        id: MailboxId,
        body: Vec<u8>,
        now: i64,
        quota: Quota,
    ) -> Result<u64, RelayError> {
        let at = hour(now);
        match self {
            Storage::Sqlite(sqlite) => {
                let size = u32::try_from(body.len()).unwrap_or(u32::MAX);
                let room = Arc::clone(&sqlite.waiting)
                    .acquire_many_owned(size)
                    .await
                    .map_err(|_| RelayError::Unavailable)?;
                let (reply, answer) = tokio::sync::oneshot::channel();
                sqlite
                    .appends
                    .send(Append {
                        id,
                        body,
                        at,
                        quota,
                        reply,
                        _room: room,
                    })
                    .map_err(|_| RelayError::Internal("the writer thread stopped".into()))?;
                answer
                    .await
                    .map_err(|_| RelayError::Internal("the writer thread stopped".into()))?
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                // One statement, so the number and the row are taken together without a
                // transaction on the shared connection.
                let len = body.len() as i64;
                // Prepared once per connection: parsed and planned each time, a post took two
                // round trips and PostgreSQL's planner on every message.
                let statement = client
                    .prepare_cached(
                        "WITH next AS (
                             UPDATE relay_mailboxes SET last_seq = last_seq + 1,
                                 stored_count = stored_count + 1,
                                 stored_bytes = stored_bytes + $4
                             WHERE id = $1 AND stored_count < $5 AND stored_bytes + $4 <= $6
                             RETURNING last_seq
                         ), stored AS (
                             INSERT INTO relay_messages(mailbox, seq, body, stored_at)
                             SELECT $1, last_seq, $2, $3 FROM next RETURNING seq
                         )
                         SELECT seq FROM stored",
                    )
                    .await?;
                let row = client
                    .query_opt(
                        &statement,
                        &[
                            &&id[..],
                            &body,
                            &at,
                            &len,
                            &quota.messages(),
                            &quota.bytes(),
                        ],
                    )
                    .await?;
                match row {
                    Some(row) => {
                        let seq = seq_out(row.get(0))?;
                        // Told to the other relay processes once committed, never waited on.
                        pg.announcer.stored(pg.instance, id, seq, &body);
                        Ok(seq)
                    }
                    None => {
                        let exists = client
                            .query_opt("SELECT 1 FROM relay_mailboxes WHERE id = $1", &[&&id[..]])
                            .await?;
                        Err(match exists {
                            Some(_) => RelayError::MailboxFull,
                            None => RelayError::NotFound,
                        })
                    }
                }
            }
        }
    }

    /// Messages after `after`, oldest first, at most `limit` of them and, after the first, at
    /// most `max_bytes` in all. Only the sizes are read first, so a read never loads more.
    pub async fn read(
        &self,
        id: MailboxId,
        after: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Vec<Stored>, RelayError> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let limit = i64::from(limit);
        const SIZES: &str = "SELECT seq, length(body) FROM relay_messages
                             WHERE mailbox = $1 AND seq > $2 ORDER BY seq LIMIT $3";
        const BODIES: &str = "SELECT seq, body FROM relay_messages
                              WHERE mailbox = $1 AND seq > $2 AND seq <= $3 ORDER BY seq";
        let rows: Vec<(i64, Vec<u8>)> = match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    let sizes = c
                        .prepare_cached(&SIZES.replace('$', "?"))?
                        .query_map((&id[..], after, limit), |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<Result<Vec<(i64, i64)>, _>>()?;
                    let Some(last) = last_that_fits(&sizes, max_bytes) else {
                        return Ok(Vec::new());
                    };
                    let rows = c
                        .prepare_cached(&BODIES.replace('$', "?"))?
                        .query_map((&id[..], after, last), |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok(rows)
                })
                .await?
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let sizes = client.prepare_cached(SIZES).await?;
                let sizes: Vec<(i64, i64)> = client
                    .query(&sizes, &[&&id[..], &after, &limit])
                    .await?
                    .into_iter()
                    .map(|row| (row.get(0), i64::from(row.get::<_, i32>(1))))
                    .collect();
                let Some(last) = last_that_fits(&sizes, max_bytes) else {
                    return Ok(Vec::new());
                };
                let bodies = client.prepare_cached(BODIES).await?;
                client
                    .query(&bodies, &[&&id[..], &after, &last])
                    .await?
                    .into_iter()
                    .map(|row| (row.get(0), row.get(1)))
                    .collect()
            }
        };
        rows.into_iter()
            .map(|(seq, body)| {
                Ok(Stored {
                    seq: seq_out(seq)?,
                    body,
                })
            })
            .collect()
    }

    /// Removes a mailbox and everything in it.
    pub async fn delete_mailbox(&self, id: MailboxId) -> Result<(), RelayError> {
        let deleted = match self {
            Storage::Sqlite(conn) => {
                Storage::blocking(conn, move |c| {
                    Ok(c.execute("DELETE FROM relay_mailboxes WHERE id = ?1", [&id[..]])? as u64)
                })
                .await?
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                client
                    .query(
                        "WITH deleted AS (DELETE FROM relay_mailboxes WHERE id = $1 RETURNING id)
                         SELECT pg_notify($2, $3)::text FROM deleted",
                        &[
                            &&id[..],
                            &crate::peers::CHANNEL,
                            &crate::peers::ended_notice(pg.instance, id),
                        ],
                    )
                    .await?
                    .len() as u64
            }
        };
        if deleted == 0 {
            return Err(RelayError::NotFound);
        }
        Ok(())
    }

    /// Removes messages that arrived before `cutoff` (unix seconds). Returns how many.
    pub async fn expire(&self, cutoff: i64) -> Result<u64, RelayError> {
        self.expire_in_batches(cutoff, EXPIRY_BATCH).await
    }

    /// [`Storage::expire`], at most `batch` messages per statement on PostgreSQL, so a sweep
    /// after a long pause neither holds locks for long nor meets the statement timeout.
    pub async fn expire_in_batches(&self, cutoff: i64, batch: i64) -> Result<u64, RelayError> {
        match self {
            Storage::Sqlite(conn) => {
                // In batches, the lock given back between them: one statement over a large
                // backlog would hold every other request (and the writer's commits) waiting.
                let mut total = 0;
                loop {
                    let deleted = Storage::blocking(conn, move |c| {
                        Ok(c.execute(
                            "DELETE FROM relay_messages WHERE rowid IN (
                                 SELECT rowid FROM relay_messages WHERE stored_at < ?1 LIMIT ?2)",
                            [cutoff, batch],
                        )? as u64)
                    })
                    .await?;
                    total += deleted;
                    if deleted < batch.max(1) as u64 {
                        return Ok(total);
                    }
                }
            }
            Storage::Postgres(pg) => {
                let client = pg.client().await?;
                let mut total = 0;
                loop {
                    let deleted = client
                        .execute(
                            "DELETE FROM relay_messages WHERE ctid = ANY(ARRAY(\
                             SELECT ctid FROM relay_messages WHERE stored_at < $1 LIMIT $2))",
                            &[&cutoff, &batch],
                        )
                        .await?;
                    total += deleted;
                    if deleted < batch.max(1) as u64 {
                        return Ok(total);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    async fn timeout_after_limit(url: &str) -> String {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        limit_statements(&client).await.unwrap();
        client
            .query_one("SHOW statement_timeout", &[])
            .await
            .unwrap()
            .get(0)
    }

    /// On the PostgreSQL the tests use (set by scripts/with-postgres.sh; skipped without it).
    #[tokio::test]
    async fn statements_are_limited_unless_the_operator_chose_otherwise() {
        let Ok(url) = std::env::var("HARBOUR_TEST_POSTGRES") else {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "HARBOUR_TEST_POSTGRES must be set in CI"
            );
            return;
        };
        assert_eq!(timeout_after_limit(&url).await, "30s");
        // (The tests' connection string is key=value text.)
        let own = format!("{url} options='-c statement_timeout=500'");
        assert_eq!(timeout_after_limit(&own).await, "500ms");
        let none = format!("{url} options='-c statement_timeout=0'");
        assert_eq!(
            timeout_after_limit(&none).await,
            "0",
            "the operator's 0 is kept"
        );
    }

    /// A relay file made before the quota (no counters) gets them, counting what it holds, so
    /// a mailbox filled before the upgrade is not given a fresh quota.
    #[tokio::test]
    async fn a_relay_made_before_the_quota_counts_what_it_already_holds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("relay.db");
        let id = [3u8; 32];
        {
            let old = rusqlite::Connection::open(&path).unwrap();
            old.execute_batch(
                "CREATE TABLE relay_mailboxes (
                     id BLOB PRIMARY KEY, writers BLOB NOT NULL,
                     last_seq INTEGER NOT NULL DEFAULT 0) STRICT;
                 CREATE TABLE relay_messages (
                     mailbox BLOB NOT NULL REFERENCES relay_mailboxes(id) ON DELETE CASCADE,
                     seq INTEGER NOT NULL, body BLOB NOT NULL, stored_at INTEGER NOT NULL,
                     PRIMARY KEY (mailbox, seq)) STRICT;",
            )
            .unwrap();
            old.execute(
                "INSERT INTO relay_mailboxes(id, writers, last_seq) VALUES (?1, ?2, 2)",
                (&id[..], &[1u8; 32][..]),
            )
            .unwrap();
            for seq in 1..=2 {
                old.execute(
                    "INSERT INTO relay_messages VALUES (?1, ?2, ?3, 0)",
                    (&id[..], seq, vec![0u8; 512]),
                )
                .unwrap();
            }
        }
        let storage = Storage::open_sqlite(&path).unwrap();
        let quota = Quota {
            bytes: 1 << 20,
            messages: 3,
        };
        assert_eq!(
            storage.append(id, vec![1; 512], 7200, quota).await.unwrap(),
            3
        );
        assert!(matches!(
            storage.append(id, vec![1; 512], 7200, quota).await,
            Err(RelayError::MailboxFull)
        ));
        assert_eq!(storage.expire(1).await.unwrap(), 2);
        assert_eq!(
            storage.append(id, vec![1; 512], 7200, quota).await.unwrap(),
            4
        );
    }
}
