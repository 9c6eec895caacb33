//! Relay settings: a TOML file, then environment variables over it.
//!
//! ```toml
//! listen = "127.0.0.1:8787"        # put a TLS-terminating proxy in front (docs/relay.md)
//! database = "sqlite:relay.db"     # or "postgres://relay@db.internal/relay?sslmode=require"
//! database_ca = "/etc/harbour-relay/db-ca.pem"  # PostgreSQL: trust this CA, not the system's
//! retention_days = 60              # messages not fetched by then are removed
//! mailbox_idle_days = 365          # an empty mailbox no writer has used for this long is removed
//! rate_per_second = 50.0           # per mailbox, on average
//! burst = 200.0                    # per mailbox, at once
//! new_mailboxes_per_minute = 60.0  # for the whole relay (each pairing makes two)
//! new_mailboxes_per_key_per_hour = 30.0
//! mailbox_max_bytes = 536870912    # what one mailbox may hold (512 MiB)
//! mailbox_max_messages = 100000
//! min_free_disk_mb = 1024          # SQLite: writes are refused below this much free space
//! max_sessions_per_key = 8         # live sessions
//! max_sessions_per_mailbox = 32
//! max_sessions = 100000
//! max_connections = 20000          # HTTP connections open at once (live sessions not counted)
//! header_timeout_seconds = 10      # to send a request's headers; also the idle keep-alive
//! request_timeout_seconds = 30     # to send a whole request and have it answered
//! write_stall_seconds = 20         # a connection that stops reading what it is sent is closed
//! ```
//!
//! Environment: `HARBOUR_RELAY_LISTEN`, `HARBOUR_RELAY_DATABASE`, `HARBOUR_RELAY_DATABASE_CA`.

use std::net::SocketAddr;

use serde::Deserialize;

use crate::{RelayError, SIZE_BUCKETS};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RelayConfig {
    pub listen: SocketAddr,
    pub database: String,
    /// PEM file of the CA certificates that sign the PostgreSQL server's certificate (a
    /// service's own CA); none: the system's roots.
    pub database_ca: Option<std::path::PathBuf>,
    pub retention_days: u32,
    /// A mailbox that holds nothing and that none of its writers has used (a request or a live
    /// session) for this many days is removed; the apps then read it as sharing ended. At
    /// least `retention_days`.
    pub mailbox_idle_days: u32,
    pub rate_per_second: f64,
    pub burst: f64,
    pub new_mailboxes_per_minute: f64,
    pub new_mailboxes_per_key_per_hour: f64,
    pub mailbox_max_bytes: u64,
    pub mailbox_max_messages: u64,
    /// SQLite only (a PostgreSQL server watches its own disk): below this many MiB free on the
    /// database's disk, messages are refused (`507 full`) while reads and deletes still work.
    pub min_free_disk_mb: u64,
    pub max_sessions_per_key: usize,
    pub max_sessions_per_mailbox: usize,
    pub max_sessions: usize,
    pub max_connections: usize,
    pub header_timeout_seconds: u64,
    pub request_timeout_seconds: u64,
    pub write_stall_seconds: u64,
    /// The largest message accepted (the largest size bucket).
    #[serde(skip)]
    pub max_frame_bytes: usize,
}

impl Default for RelayConfig {
    fn default() -> Self {
        RelayConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            database: "sqlite:relay.db".into(),
            database_ca: None,
            retention_days: 60,
            mailbox_idle_days: 365,
            rate_per_second: 50.0,
            burst: 200.0,
            new_mailboxes_per_minute: 60.0,
            new_mailboxes_per_key_per_hour: 30.0,
            mailbox_max_bytes: 512 * 1024 * 1024,
            mailbox_max_messages: 100_000,
            min_free_disk_mb: 1024,
            max_sessions_per_key: 8,
            max_sessions_per_mailbox: 32,
            max_sessions: 100_000,
            max_connections: 20_000,
            header_timeout_seconds: 10,
            request_timeout_seconds: 30,
            write_stall_seconds: 20,
            max_frame_bytes: SIZE_BUCKETS[SIZE_BUCKETS.len() - 1],
        }
    }
}

impl RelayConfig {
    /// Reads `file` if given, then applies the environment.
    pub fn load(file: Option<&str>) -> Result<RelayConfig, RelayError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|_| RelayError::BadRequest("the config file could not be read"))?;
                toml::from_str(&text)
                    .map_err(|_| RelayError::BadRequest("the config file is not valid"))?
            }
            None => RelayConfig::default(),
        };
        if let Ok(listen) = std::env::var("HARBOUR_RELAY_LISTEN") {
            config.listen = listen
                .parse()
                .map_err(|_| RelayError::BadRequest("HARBOUR_RELAY_LISTEN is not an address"))?;
        }
        if let Ok(database) = std::env::var("HARBOUR_RELAY_DATABASE") {
            config.database = database;
        }
        if let Ok(ca) = std::env::var("HARBOUR_RELAY_DATABASE_CA") {
            config.database_ca = Some(ca.into());
        }
        config.check()?;
        config.max_frame_bytes = SIZE_BUCKETS[SIZE_BUCKETS.len() - 1];
        Ok(config)
    }

    /// Refuses settings that would make the relay misbehave rather than fail to start.
    pub fn check(&self) -> Result<(), RelayError> {
        if !(self.rate_per_second > 0.0 && self.burst >= 1.0) {
            return Err(RelayError::BadRequest(
                "rate_per_second must be above 0 and burst at least 1",
            ));
        }
        if !(self.new_mailboxes_per_minute > 0.0 && self.new_mailboxes_per_minute.is_finite()) {
            return Err(RelayError::BadRequest(
                "new_mailboxes_per_minute must be above 0",
            ));
        }
        if !(self.new_mailboxes_per_key_per_hour > 0.0
            && self.new_mailboxes_per_key_per_hour.is_finite())
        {
            return Err(RelayError::BadRequest(
                "new_mailboxes_per_key_per_hour must be above 0",
            ));
        }
        // Each of these at 0 would refuse everything of its kind.
        if self.mailbox_max_bytes < SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] as u64
            || self.mailbox_max_messages == 0
        {
            return Err(RelayError::BadRequest(
                "mailbox_max_bytes must hold the largest message and mailbox_max_messages be at least 1",
            ));
        }
        if self.max_sessions_per_key == 0
            || self.max_sessions_per_mailbox == 0
            || self.max_sessions == 0
            || self.max_connections == 0
        {
            return Err(RelayError::BadRequest(
                "the session and connection limits must be at least 1",
            ));
        }
        if self.header_timeout_seconds == 0
            || self.request_timeout_seconds == 0
            || self.write_stall_seconds == 0
        {
            return Err(RelayError::BadRequest(
                "the timeouts must be at least 1 second",
            ));
        }
        // 0 would delete every message at the next sweep, before the other side could fetch it.
        if self.retention_days == 0 {
            return Err(RelayError::BadRequest("retention_days must be at least 1"));
        }
        // Shorter would remove a quiet case's mailbox while messages in it could still be read.
        if self.mailbox_idle_days < self.retention_days {
            return Err(RelayError::BadRequest(
                "mailbox_idle_days must be at least retention_days",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn settings_that_would_lose_messages_or_stall_are_refused() {
        assert!(RelayConfig::default().check().is_ok());
        for bad in [
            RelayConfig {
                retention_days: 0,
                ..RelayConfig::default()
            },
            RelayConfig {
                mailbox_idle_days: 59,
                ..RelayConfig::default()
            },
            RelayConfig {
                rate_per_second: 0.0,
                ..RelayConfig::default()
            },
            RelayConfig {
                burst: 0.5,
                ..RelayConfig::default()
            },
            RelayConfig {
                new_mailboxes_per_minute: 0.0,
                ..RelayConfig::default()
            },
            RelayConfig {
                new_mailboxes_per_key_per_hour: 0.0,
                ..RelayConfig::default()
            },
            RelayConfig {
                mailbox_max_bytes: 1000,
                ..RelayConfig::default()
            },
            RelayConfig {
                max_sessions_per_key: 0,
                ..RelayConfig::default()
            },
            RelayConfig {
                header_timeout_seconds: 0,
                ..RelayConfig::default()
            },
        ] {
            assert!(bad.check().is_err(), "{bad:?}");
        }
        let file: RelayConfig = toml::from_str("retention_days = 0").unwrap();
        assert!(file.check().is_err());
    }
}
