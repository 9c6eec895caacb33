//! The update manifest: what the app fetches when the person asks whether there is a newer
//! version (never by itself), from an address they can change.
//!
//! ```text
//! {"version":"0.2.0","published":"2027-01-10","url":"https://…/Calculator_0.2.0_amd64.deb","sha256":"<64 hex>"}
//! harbour-release-manifest-v1 <128 hex digits: ed25519 over the first line>
//! ```
//!
//! Taken only if it is signed by the key built into the app, names a version newer than the
//! one running (so an old manifest replayed, pointing at a release with known holes, is refused),
//! points at an `https://` address (or a loopback one, for tests), and is small.

use serde::{Deserialize, Serialize};

use crate::{ReleaseError, ReleaseKey, verify};

const SIG_PREFIX: &str = "harbour-release-manifest-v1";
const DOMAIN: &[u8] = b"harbour-release-manifest-v1\n";
/// A manifest larger than this is not one.
pub const MAX_MANIFEST_BYTES: usize = 16 * 1024;

/// A newer release, as its signed manifest describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: String,
    /// The day it was published, as written (YYYY-MM-DD).
    pub published: String,
    /// Where to download it.
    pub url: String,
    /// The SHA-256 of the download, in hex.
    pub sha256: String,
}

/// The manifest's text, signed.
pub fn sign(key: &ReleaseKey, manifest: &Manifest) -> Result<String, ReleaseError> {
    let body = serde_json::to_string(manifest).map_err(|_| ReleaseError::Malformed)?;
    let sig = key.sign(&[DOMAIN, body.as_bytes()].concat());
    Ok(format!("{body}\n{SIG_PREFIX} {sig}\n"))
}

/// Reads a fetched manifest: checked against the key, and newer than `running` (the app's own
/// version, `MAJOR.MINOR.PATCH`). See [`not_older_than_seen`] for replays.
pub fn verify_newer(key_hex: &str, text: &[u8], running: &str) -> Result<Manifest, ReleaseError> {
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(ReleaseError::Malformed);
    }
    let text = std::str::from_utf8(text).map_err(|_| ReleaseError::Malformed)?;
    let (body, sig_line) = text
        .trim_end_matches('\n')
        .split_once('\n')
        .ok_or(ReleaseError::Malformed)?;
    let sig = sig_line
        .strip_prefix(SIG_PREFIX)
        .ok_or(ReleaseError::Malformed)?;
    verify(key_hex, &[DOMAIN, body.as_bytes()].concat(), sig)?;
    let manifest: Manifest = serde_json::from_str(body).map_err(|_| ReleaseError::Malformed)?;
    let (Some(new), Some(here)) = (version(&manifest.version), version(running)) else {
        return Err(ReleaseError::Malformed);
    };
    if new <= here {
        return Err(ReleaseError::NotNewer(running.to_owned()));
    }
    if !allowed_address(&manifest.url)
        || manifest.sha256.len() != 64
        || !manifest.sha256.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return Err(ReleaseError::Malformed);
    }
    Ok(manifest)
}

/// Refuses a genuine manifest older than the newest one seen before: an old manifest served
/// again (pointing at a release with known holes) once a newer one has been seen, even when it
/// is newer than the running app. The newest seen itself is taken again (not yet downloaded, or
/// the download failed: it must still be offered).
pub fn not_older_than_seen(manifest: &Manifest, seen: Option<&str>) -> Result<(), ReleaseError> {
    let Some(seen) = seen else {
        return Ok(());
    };
    match (version(&manifest.version), version(seen)) {
        (Some(new), Some(seen_before)) if new < seen_before => Err(ReleaseError::OlderThanSeen {
            offered: manifest.version.clone(),
            seen: seen.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Whether an address may be fetched: `https://` only, except the computer's own loopback
/// address over plain http (tests, and a local mirror), written as a number (a name such as
/// `localhost` is looked up, and could be answered otherwise). No user name or password in it.
pub fn allowed_address(url: &str) -> bool {
    let rest = if let Some(rest) = url.strip_prefix("https://") {
        rest
    } else if let Some(rest) = url.strip_prefix("http://") {
        let host_end = rest.find(['/', ':']).unwrap_or(rest.len());
        if &rest[..host_end] != "127.0.0.1" {
            return false;
        }
        rest
    } else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or("");
    !authority.is_empty()
        && !authority.contains('@')
        && url.len() <= 2000
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The newer of two versions (the first when equal or when either is not `MAJOR.MINOR.PATCH`).
pub fn newest<'a>(a: &'a str, b: &'a str) -> &'a str {
    match (version(a), version(b)) {
        (Some(x), Some(y)) if y > x => b,
        _ => a,
    }
}

/// `MAJOR.MINOR.PATCH` as numbers.
fn version(v: &str) -> Option<(u64, u64, u64)> {
    let mut parts = v.trim().split('.').map(|p| p.parse::<u64>().ok());
    let out = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(out)
}
