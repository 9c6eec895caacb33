//! Asking for an update, only when the person presses "Check for updates": the signed manifest
//! from the address they chose, then (if they want it) the download it names, checked against
//! its SHA-256 as it arrives.
//!
//! Nothing here runs by itself. The request carries no cookie, no user data and no identifier
//! beyond what any web request shows (the computer's address and a plain user agent). Redirects
//! are not followed (one could move the request to a plain `http://` address or another host),
//! only `https://` is fetched (loopback excepted, for tests), and every answer is read with a
//! size cap as it arrives, so a hostile server can neither fill memory nor the disk.

use std::io::Write;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::ReleaseError;
use crate::manifest::{self, MAX_MANIFEST_BYTES, Manifest};

/// Connecting, and each read, may take this long before the server is taken as unreachable.
const WAIT_FOR: Duration = Duration::from_secs(20);
/// The whole manifest, and the whole download, in at most this long (a server sending a byte
/// every few seconds cannot keep the check going for days).
const MANIFEST_DEADLINE: Duration = Duration::from_secs(60);
const DOWNLOAD_DEADLINE: Duration = Duration::from_secs(30 * 60);
/// A release larger than this is not ours (the packages are about 12 MB).
pub const MAX_DOWNLOAD_BYTES: u64 = 200 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("the address is not an https:// address")]
    Address,
    #[error("the address could not be reached")]
    Unreachable,
    #[error("the address answered with status {0}")]
    Status(u16),
    #[error("the answer is larger than an update can be")]
    TooLarge,
    #[error("the download does not match the SHA-256 in the signed manifest")]
    Mismatch,
    #[error("the download could not be written")]
    Write,
    #[error("stopped before the end")]
    Stopped,
    #[error(transparent)]
    Release(#[from] ReleaseError),
}

fn client(deadline: Duration) -> Result<reqwest::Client, FetchError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // Only the address the person typed: not a proxy named in the environment (which
        // someone with the computer's password could set, and so learn every check).
        .no_proxy()
        .timeout(deadline)
        .connect_timeout(WAIT_FOR)
        .read_timeout(WAIT_FOR)
        .user_agent("Mozilla/5.0")
        .build()
        .map_err(|_| FetchError::Unreachable)
}

async fn answer(url: &str, deadline: Duration) -> Result<reqwest::Response, FetchError> {
    if !manifest::allowed_address(url) {
        return Err(FetchError::Address);
    }
    let response = client(deadline)?
        .get(url)
        .send()
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let status = response.status();
    if !status.is_success() {
        // A redirect lands here too: it is not followed.
        return Err(FetchError::Status(status.as_u16()));
    }
    Ok(response)
}

/// Fetches the manifest at `address` and checks it against the built-in `key_hex`
/// ([`manifest::verify_newer`]: newer than `running`) and the newest version seen before
/// ([`manifest::not_older_than_seen`]).
pub async fn fetch_manifest(
    address: &str,
    key_hex: &str,
    running: &str,
    seen: Option<&str>,
) -> Result<Manifest, FetchError> {
    let mut response = answer(address, MANIFEST_DEADLINE).await?;
    let mut text = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|_| FetchError::Unreachable)?
    {
        if text.len() + chunk.len() > MAX_MANIFEST_BYTES {
            return Err(FetchError::TooLarge);
        }
        text.extend_from_slice(&chunk);
    }
    let found = manifest::verify_newer(key_hex, &text, running)?;
    manifest::not_older_than_seen(&found, seen)?;
    Ok(found)
}

/// Downloads what `manifest` names into `out`, hashing as it goes; `Mismatch` if the bytes are
/// not the ones the signed manifest names (the caller then throws `out` away). `go_on` is asked
/// between parts: false (the app was hidden) stops at once with `Stopped`. Returns the size.
pub async fn download(
    manifest: &Manifest,
    out: &mut impl Write,
    go_on: impl Fn() -> bool,
) -> Result<u64, FetchError> {
    let mut response = answer(&manifest.url, DOWNLOAD_DEADLINE).await?;
    if response
        .content_length()
        .is_some_and(|n| n > MAX_DOWNLOAD_BYTES)
    {
        return Err(FetchError::TooLarge);
    }
    let mut hash = Sha256::new();
    let mut size: u64 = 0;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|_| FetchError::Unreachable)?
    {
        if !go_on() {
            return Err(FetchError::Stopped);
        }
        size += chunk.len() as u64;
        if size > MAX_DOWNLOAD_BYTES {
            return Err(FetchError::TooLarge);
        }
        hash.update(&chunk);
        out.write_all(&chunk).map_err(|_| FetchError::Write)?;
    }
    if !hex::encode(hash.finalize()).eq_ignore_ascii_case(&manifest.sha256) {
        return Err(FetchError::Mismatch);
    }
    out.flush().map_err(|_| FetchError::Write)?;
    Ok(size)
}
