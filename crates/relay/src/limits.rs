//! How much anyone may ask of the relay. Anyone can make a key and sign with it, so every
//! resource a request can take is bounded: messages per mailbox per second (a token bucket per
//! mailbox), new mailboxes (one bucket for the relay and one per key), live sessions (per key,
//! per mailbox and in all). Buckets that have refilled are forgotten (a full bucket is the same
//! as none), so the maps hold only what is in use.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::config::RelayConfig;
use crate::lock;
use crate::storage::{MailboxId, PublicKey};

/// A token bucket's state: tokens left, and when it was last refilled.
type Bucket = (f64, Instant);

/// A token bucket's step: refills at `rate` a second since it was last used (up to `burst`),
/// then takes one token if there is one.
fn take_token((tokens, at): &mut Bucket, rate: f64, burst: f64) -> bool {
    let now = Instant::now();
    *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * rate).min(burst);
    *at = now;
    if *tokens >= 1.0 {
        *tokens -= 1.0;
        true
    } else {
        false
    }
}

/// Whether the bucket has refilled by now (so forgetting it changes nothing).
fn refilled((tokens, at): &Bucket, rate: f64, burst: f64, now: Instant) -> bool {
    *tokens + now.saturating_duration_since(*at).as_secs_f64() * rate >= burst
}

/// A token bucket per key of `K`: `rate` a second on average, `burst` at once.
pub(crate) struct Buckets<K> {
    rate: f64,
    burst: f64,
    by_key: Mutex<HashMap<K, Bucket>>,
}

impl<K: Eq + Hash + Copy> Buckets<K> {
    pub(crate) fn new(rate: f64, burst: f64) -> Buckets<K> {
        Buckets {
            rate,
            burst,
            by_key: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn take(&self, key: K) -> bool {
        let mut map = lock(&self.by_key);
        let bucket = map.entry(key).or_insert((self.burst, Instant::now()));
        take_token(bucket, self.rate, self.burst)
    }

    /// Gives back a token taken for a request that made nothing new (a retried or refused one).
    pub(crate) fn give_back(&self, key: K) {
        if let Some(bucket) = lock(&self.by_key).get_mut(&key) {
            bucket.0 = (bucket.0 + 1.0).min(self.burst);
        }
    }

    pub(crate) fn forget(&self, key: K) {
        lock(&self.by_key).remove(&key);
    }

    /// Forgets every bucket that has refilled; returns how many are left.
    pub(crate) fn prune(&self) -> usize {
        let now = Instant::now();
        let mut map = lock(&self.by_key);
        map.retain(|_, bucket| !refilled(bucket, self.rate, self.burst, now));
        map.len()
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        lock(&self.by_key).len()
    }
}

/// Live sessions open, counted by the key that opened them and by mailbox.
#[derive(Default)]
struct Open {
    all: usize,
    by_key: HashMap<PublicKey, usize>,
    by_mailbox: HashMap<MailboxId, usize>,
}

/// What a live session may take.
pub(crate) struct SessionLimits {
    per_key: usize,
    per_mailbox: usize,
    in_all: usize,
    open: Mutex<Open>,
}

/// A live session counted against the limits; uncounted when dropped.
pub(crate) struct SessionSlot {
    limits: Arc<SessionLimits>,
    key: PublicKey,
    mailbox: MailboxId,
}

impl SessionLimits {
    pub(crate) fn new(config: &RelayConfig) -> SessionLimits {
        SessionLimits {
            per_key: config.max_sessions_per_key,
            per_mailbox: config.max_sessions_per_mailbox,
            in_all: config.max_sessions,
            open: Mutex::new(Open::default()),
        }
    }

    /// A place for one more session of `key` on `mailbox`, if every limit allows it.
    pub(crate) fn open(
        self: &Arc<Self>,
        key: PublicKey,
        mailbox: MailboxId,
    ) -> Option<SessionSlot> {
        let mut open = lock(&self.open);
        let of_key = open.by_key.get(&key).copied().unwrap_or(0);
        let on_mailbox = open.by_mailbox.get(&mailbox).copied().unwrap_or(0);
        if open.all >= self.in_all || of_key >= self.per_key || on_mailbox >= self.per_mailbox {
            return None;
        }
        open.all += 1;
        *open.by_key.entry(key).or_default() += 1;
        *open.by_mailbox.entry(mailbox).or_default() += 1;
        Some(SessionSlot {
            limits: Arc::clone(self),
            key,
            mailbox,
        })
    }

    #[cfg(test)]
    fn count(&self) -> (usize, usize, usize) {
        let open = lock(&self.open);
        (open.all, open.by_key.len(), open.by_mailbox.len())
    }
}

impl Drop for SessionSlot {
    fn drop(&mut self) {
        let mut open = lock(&self.limits.open);
        open.all = open.all.saturating_sub(1);
        // Entries at zero are removed, so the maps hold only open sessions.
        fn less<K: Eq + Hash>(map: &mut HashMap<K, usize>, key: &K) {
            if let Some(n) = map.get_mut(key) {
                *n -= 1;
                if *n == 0 {
                    map.remove(key);
                }
            }
        }
        less(&mut open.by_key, &self.key);
        less(&mut open.by_mailbox, &self.mailbox);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_refuses_past_its_burst_and_is_forgotten_once_refilled() {
        let buckets: Buckets<u8> = Buckets::new(1000.0, 3.0);
        assert!((0..3).all(|_| buckets.take(1)));
        assert!(!buckets.take(1));
        assert!(buckets.take(2));
        assert_eq!(buckets.len(), 2);
        // 1000 a second: both have refilled after a few milliseconds.
        std::thread::sleep(std::time::Duration::from_millis(10));
        assert_eq!(buckets.prune(), 0);
        let slow: Buckets<u8> = Buckets::new(0.001, 3.0);
        assert!(slow.take(1));
        assert_eq!(slow.prune(), 1, "a bucket still refilling is kept");
    }

    #[test]
    fn sessions_are_limited_per_key_per_mailbox_and_in_all_and_freed_when_they_end() {
        let limits = Arc::new(SessionLimits::new(&RelayConfig {
            max_sessions_per_key: 2,
            max_sessions_per_mailbox: 3,
            max_sessions: 4,
            ..RelayConfig::default()
        }));
        let (a, b, c) = ([1; 32], [2; 32], [3; 32]);
        let (m, n) = ([9; 32], [8; 32]);
        let first = limits.open(a, m);
        let second = limits.open(a, m);
        assert!(first.is_some() && second.is_some());
        assert!(limits.open(a, n).is_none(), "a third for the same key");
        let third = limits.open(b, m);
        assert!(third.is_some());
        assert!(limits.open(c, m).is_none(), "a fourth on the same mailbox");
        let fourth = limits.open(c, n);
        assert!(fourth.is_some());
        assert!(limits.open(c, n).is_none(), "a fifth in all");
        drop((first, second, third, fourth));
        assert_eq!(limits.count(), (0, 0, 0));
        assert!(limits.open(a, m).is_some());
    }
}
