//! Request signatures. Every request that touches a mailbox is signed by a device key (ed25519)
//! over the method, the path with its query, a timestamp and the SHA-256 of the body:
//!
//! ```text
//! harbour-relay/1 \n METHOD \n /path?query \n unix-seconds \n hex(sha256(body))
//! ```
//!
//! carried in the `x-relay-key`, `x-relay-time` and `x-relay-signature` headers (hex). The relay
//! accepts a signature once (replays within the time window are refused) and only within five
//! minutes of its own clock, so a captured request cannot be played again later.

use std::collections::HashSet;
use std::sync::Mutex;

use axum::http::HeaderMap;
use ed25519_dalek::{Signature, VerifyingKey};

use crate::RelayError;

pub use harbour_sync::request::{KEY_HEADER, SIGNATURE_HEADER, TIME_HEADER, signed_message};
/// How far a request's time may be from the relay's clock.
pub const WINDOW_SECONDS: i64 = 300;

/// A request's signer, once its signature has checked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signer(pub [u8; 32]);

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Result<&'a str, RelayError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .ok_or(RelayError::Unauthorized("the request is not signed"))
}

/// A request's signature headers, well formed and within the time window, not yet checked
/// against the request: enough to ask whether the key may use a mailbox before its body is read.
pub struct Claim {
    pub key: [u8; 32],
    time: i64,
    signature: [u8; 64],
}

/// Reads the signature headers and checks the time; see [`Claim::check`] for the rest.
pub fn claim(headers: &HeaderMap, now: i64) -> Result<Claim, RelayError> {
    let key: [u8; 32] = hex::decode(header(headers, KEY_HEADER)?)
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or(RelayError::Unauthorized("the signing key is malformed"))?;
    let time: i64 = header(headers, TIME_HEADER)?
        .parse()
        .map_err(|_| RelayError::Unauthorized("the request time is malformed"))?;
    let signature: [u8; 64] = hex::decode(header(headers, SIGNATURE_HEADER)?)
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or(RelayError::Unauthorized("the signature is malformed"))?;
    if time.abs_diff(now) > WINDOW_SECONDS.unsigned_abs() {
        return Err(RelayError::Unauthorized(
            "the request time is too far from the relay's clock",
        ));
    }
    Ok(Claim {
        key,
        time,
        signature,
    })
}

impl Claim {
    /// Checks the signature over the request, and that it was not accepted before.
    pub fn check(
        self,
        method: &str,
        path_and_query: &str,
        body: &[u8],
        now: i64,
        seen: &SeenSignatures,
    ) -> Result<Signer, RelayError> {
        let verifying = VerifyingKey::from_bytes(&self.key)
            .map_err(|_| RelayError::Unauthorized("the signing key is not valid"))?;
        verifying
            .verify_strict(
                &signed_message(method, path_and_query, self.time, body),
                &Signature::from_bytes(&self.signature),
            )
            .map_err(|_| RelayError::Unauthorized("the signature does not match"))?;
        if !seen.first_time(self.signature, now) {
            return Err(RelayError::Replayed);
        }
        Ok(Signer(self.key))
    }

    /// When the request says it was signed (within the window of the relay's clock).
    pub fn time(&self) -> i64 {
        self.time
    }

    /// What identifies the signature among those seen (see [`SeenSignatures`]).
    pub fn fingerprint(&self) -> u64 {
        fingerprint(&self.signature)
    }
}

fn fingerprint(signature: &[u8; 64]) -> u64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&signature[..8]);
    u64::from_le_bytes(first)
}

/// Signatures accepted recently, so each is accepted only once (by this process; relay
/// processes sharing PostgreSQL also record them there, see `Storage::first_use`).
///
/// A request is accepted only within [`WINDOW_SECONDS`] of its signed time, so a signature
/// first accepted at `t` can come back at most until `t + 2 × WINDOW_SECONDS`. Fingerprints
/// (the first 8 bytes of the signature, which is uniformly random to anyone without the key)
/// are kept in generations of one window each, three at a time: that covers two full windows at
/// any moment, and dropping old ones is a swap, not a scan. At 10,000 requests a second this is
/// about 150 MB; at the rates the apps make, a few kilobytes.
#[derive(Default)]
pub struct SeenSignatures {
    inner: Mutex<Generations>,
}

#[derive(Default)]
struct Generations {
    started: i64,
    sets: [HashSet<u64>; 3],
}

impl SeenSignatures {
    /// Records `signature`; false if it was already seen.
    fn first_time(&self, signature: [u8; 64], now: i64) -> bool {
        let mut g = crate::lock(&self.inner);
        if now - g.started >= 3 * WINDOW_SECONDS {
            g.sets = Default::default();
            g.started = now;
        } else {
            // A clock that steps back keeps everything: forgetting would let replays through.
            while now - g.started >= WINDOW_SECONDS {
                g.sets.rotate_right(1);
                g.sets[0] = HashSet::new();
                g.started += WINDOW_SECONDS;
            }
        }
        let fingerprint = fingerprint(&signature);
        if g.sets.iter().any(|s| s.contains(&fingerprint)) {
            return false;
        }
        g.sets[0].insert(fingerprint);
        true
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_absurd_time_is_refused_not_a_panic() {
        let seen = SeenSignatures::default();
        let mut headers = HeaderMap::new();
        headers.insert(KEY_HEADER, "00".repeat(32).parse().unwrap());
        headers.insert(TIME_HEADER, i64::MIN.to_string().parse().unwrap());
        headers.insert(SIGNATURE_HEADER, "00".repeat(64).parse().unwrap());
        assert!(claim(&headers, i64::MAX).is_err());
        let _ = seen;
    }

    #[test]
    fn a_signature_is_remembered_for_two_windows_at_least() {
        let seen = SeenSignatures::default();
        let sig = [7u8; 64];
        let start = 1_000_000;
        assert!(seen.first_time(sig, start));
        for later in [0, 1, WINDOW_SECONDS, 2 * WINDOW_SECONDS] {
            assert!(!seen.first_time(sig, start + later), "replay at +{later}");
        }
        // The clock stepping back forgets nothing.
        assert!(!seen.first_time(sig, start - 5));
        // Accepted late in a generation, still refused two windows later.
        let late = [8u8; 64];
        assert!(seen.first_time(late, start + 2 * WINDOW_SECONDS + WINDOW_SECONDS - 1));
        assert!(!seen.first_time(late, start + 5 * WINDOW_SECONDS - 1));
        // Long after, the time check refuses it anyway, and memory is given back.
        let other = [9u8; 64];
        assert!(seen.first_time(other, start + 20 * WINDOW_SECONDS));
        assert!(seen.first_time(sig, start + 20 * WINDOW_SECONDS));
    }
}
