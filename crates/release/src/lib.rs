//! Signed release files, so a person (or the app) can tell a real release from one made by
//! someone else.
//!
//! - [`sums`]: `SHA256SUMS` (one line per file, as `sha256sum` writes it) and `SHA256SUMS.sig`,
//!   an ed25519 signature over its exact bytes by the project's release key. Checked with the
//!   `harbour-release verify` tool (or any ed25519 verifier: the format is in the module).
//! - [`manifest`]: the update manifest the app fetches only when the person asks ("Check for
//!   updates"): which version, where to download it and its SHA-256, signed the same way; the app
//!   takes it only if the signature is the project's and the version is newer than its own, so an
//!   old manifest replayed (pointing at an old release with known holes) is refused.
//! - [`fetch`] (feature `fetch`, for the app): the manifest and the download fetched over
//!   https, only when asked, with no redirects and size caps.
//!
//! Keys: [`ReleaseKey`] holds the 32-byte secret seed (no Clone, redacted Debug, wiped on drop);
//! the public key is 32 bytes, written in hex.

#[cfg(feature = "fetch")]
pub mod fetch;
pub mod manifest;
pub mod sums;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use zeroize::Zeroizing;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReleaseError {
    #[error("the signature is not the release key's")]
    BadSignature,
    #[error("the signature or key is not written as expected")]
    Malformed,
    #[error("{0} does not match its SHA-256 in the signed list")]
    Mismatch(String),
    #[error("{0} is not in the signed list")]
    NotListed(String),
    #[error("this is not newer than the version here ({0})")]
    NotNewer(String),
    #[error("version {offered} is older than version {seen}, seen before")]
    OlderThanSeen { offered: String, seen: String },
    #[error("the random number generator is unavailable")]
    Random,
}

/// The project's secret release key. Kept outside the repository; never cloned or printed.
pub struct ReleaseKey(SigningKey);

impl std::fmt::Debug for ReleaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReleaseKey(…)")
    }
}

impl ReleaseKey {
    pub fn generate() -> Result<ReleaseKey, ReleaseError> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut *seed).map_err(|_| ReleaseError::Random)?;
        Ok(ReleaseKey(SigningKey::from_bytes(&seed)))
    }

    pub fn from_seed(seed: &[u8; 32]) -> ReleaseKey {
        ReleaseKey(SigningKey::from_bytes(seed))
    }

    /// The seed, to keep in a file of its own (wiped when dropped).
    pub fn seed(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes())
    }

    /// The public key, in hex: what the README and the app hold.
    pub fn public_hex(&self) -> String {
        hex::encode(self.0.verifying_key().to_bytes())
    }

    fn sign(&self, what: &[u8]) -> String {
        hex::encode(self.0.sign(what).to_bytes())
    }
}

/// Checks `signature_hex` over `what` with the public key `key_hex`.
fn verify(key_hex: &str, what: &[u8], signature_hex: &str) -> Result<(), ReleaseError> {
    let mut key = [0u8; 32];
    hex::decode_to_slice(key_hex.trim(), &mut key).map_err(|_| ReleaseError::Malformed)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| ReleaseError::Malformed)?;
    let mut sig = [0u8; 64];
    hex::decode_to_slice(signature_hex.trim(), &mut sig).map_err(|_| ReleaseError::Malformed)?;
    key.verify_strict(what, &Signature::from_bytes(&sig))
        .map_err(|_| ReleaseError::BadSignature)
}
