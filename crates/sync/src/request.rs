//! How a device signs its requests to the relay (shared by the relay, which checks them, and
//! the apps, which make them).
//!
//! Every request that touches a mailbox is signed by a device key (ed25519) over the method,
//! the path with its query, a timestamp and the SHA-256 of the body:
//!
//! ```text
//! harbour-relay/1 \n METHOD \n /path?query \n unix-seconds \n hex(sha256(body))
//! ```
//!
//! carried in the [`KEY_HEADER`], [`TIME_HEADER`] and [`SIGNATURE_HEADER`] headers (hex).

use sha2::{Digest, Sha256};

pub const KEY_HEADER: &str = "x-relay-key";
pub const TIME_HEADER: &str = "x-relay-time";
pub const SIGNATURE_HEADER: &str = "x-relay-signature";
const DOMAIN: &str = "harbour-relay/1";

/// The bytes a request's signature covers.
pub fn signed_message(method: &str, path_and_query: &str, time: i64, body: &[u8]) -> Vec<u8> {
    let digest = Sha256::digest(body);
    let mut hex = String::with_capacity(64);
    for b in digest.iter() {
        hex.push_str(&format!("{b:02x}"));
    }
    format!("{DOMAIN}\n{method}\n{path_and_query}\n{time}\n{hex}").into_bytes()
}
