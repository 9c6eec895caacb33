//! End-to-end encrypted sync between a person's app and their advocate's.
//!
//! - [`frame`]: the sealed frame every shared change travels in. The relay sees only its size
//!   bucket; a frame opens only with the case key of its epoch, and a receiver accepts each
//!   sender's frames once and in order ([`frame::ReplayGuard`]).
//!
//! Pairing, the shared documents and the relay client build on these (issue 5, in progress).

pub mod frame;

pub use frame::{CaseKey, Frame, FrameError, FrameKind, ReplayGuard, SIZE_BUCKETS};
