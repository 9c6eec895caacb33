//! End-to-end encrypted sync between a person's app and their advocate's.
//!
//! - [`frame`]: the sealed frame every shared change travels in. The relay sees only its size
//!   bucket; a frame opens only with the case key of its epoch, and a receiver accepts each
//!   sender's frames once and in order ([`frame::ReplayGuard`]).
//!
//! - [`pairing`]: in-person pairing: a one-time code, SPAKE2 over the relay, a four-word phrase
//!   read aloud on both sides and confirmation values, then key exchange under the pairing key.
//!
//! - [`request`]: how a device signs its requests to the relay.
//!
//! The sync engine (`harbour-share`) builds on these.

pub mod frame;
pub mod pairing;
pub mod request;

pub use frame::{CaseKey, Frame, FrameError, FrameKind, ReplayGuard, SIZE_BUCKETS};
