//! End-to-end encrypted sync between a person's app and their advocate's.
//!
//! - [`frame`]: the sealed frame every shared change travels in. The relay sees only its size
//!   bucket; a frame opens only with the case key of its epoch, and a receiver accepts each
//!   sender's frames once, late ones too ([`frame::ReplayGuard`]).
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

/// The first byte of a live session's post that the relay is to pass on to the mailbox's other
/// live sessions without storing it (presence: worth something only for a moment). The rest is
/// a frame padded to one of [`SIZE_BUCKETS`], so the post is one byte longer than a bucket and
/// never mistaken for a message to store.
pub const PASS_ON: u8 = 0;
