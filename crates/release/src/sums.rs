//! `SHA256SUMS` and its signature.
//!
//! ```text
//! SHA256SUMS      <64 hex digits>  <file name>\n   per file, sorted by name (sha256sum's own form)
//! SHA256SUMS.sig  harbour-release-sums-v1 <128 hex digits: ed25519 over SHA256SUMS's bytes>\n
//! ```
//!
//! The signature covers the list's exact bytes under a fixed prefix, so a signature made for an
//! update manifest can never pass as one for a list of sums.

use sha2::{Digest, Sha256};

use crate::{ReleaseError, ReleaseKey, verify};

const SIG_PREFIX: &str = "harbour-release-sums-v1";
/// What is signed: a label, then the list.
const DOMAIN: &[u8] = b"harbour-release-sums-v1\n";

fn signed_bytes(list: &[u8]) -> Vec<u8> {
    [DOMAIN, list].concat()
}

/// The list for these files (name and bytes), sorted by name.
pub fn list(files: &[(&str, &[u8])]) -> String {
    let mut lines: Vec<String> = files
        .iter()
        .map(|(name, bytes)| format!("{}  {name}\n", hex::encode(Sha256::digest(bytes))))
        .collect();
    lines.sort_by(|a, b| a[66..].cmp(&b[66..]));
    lines.concat()
}

/// The signature file's text for `list`.
pub fn sign(key: &ReleaseKey, list: &str) -> String {
    format!(
        "{SIG_PREFIX} {}\n",
        key.sign(&signed_bytes(list.as_bytes()))
    )
}

/// Checks the list's signature with the public key, then that `file`'s bytes are what the list
/// says for its name.
pub fn verify_file(
    key_hex: &str,
    list: &str,
    signature: &str,
    name: &str,
    bytes: &[u8],
) -> Result<(), ReleaseError> {
    verify_list(key_hex, list, signature)?;
    let wanted = list
        .lines()
        .find_map(|l| {
            let (hash, file) = l.split_once("  ")?;
            (file == name).then_some(hash)
        })
        .ok_or_else(|| ReleaseError::NotListed(name.to_owned()))?;
    if hex::encode(Sha256::digest(bytes)) == wanted {
        Ok(())
    } else {
        Err(ReleaseError::Mismatch(name.to_owned()))
    }
}

/// Checks only that the list is signed by the key.
pub fn verify_list(key_hex: &str, list: &str, signature: &str) -> Result<(), ReleaseError> {
    let sig = signature
        .trim()
        .strip_prefix(SIG_PREFIX)
        .ok_or(ReleaseError::Malformed)?;
    verify(key_hex, &signed_bytes(list.as_bytes()), sig)
}
