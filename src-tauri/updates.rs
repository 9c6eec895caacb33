//! "Check for updates" in Settings: never automatic, and only to the address the person gave.
//!
//! The manifest must be signed by the release key built into this app (`HARBOUR_RELEASE_KEY`
//! when it was built; a build without one cannot check, and says so), name a version newer than
//! this one, and not be older than the newest any genuine manifest has named before (kept in the
//! vault), so an older signed manifest replayed is refused while the newest stays on offer until
//! it is installed. The download it names is fetched only when
//! the person asks, into memory, checked against the signed SHA-256, and only then written
//! where they chose. Installing stays the person's own step.

use harbour_reason::reason;
use std::sync::Mutex;

use harbour_release::ReleaseError;
use harbour_release::fetch::{self, FetchError};
use harbour_release::manifest::{self, Manifest};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::files::{choose_destination, write_beside_then_rename};
use crate::session::Session;

const RUNNING: &str = env!("CARGO_PKG_VERSION");

/// The public release key this app trusts. Debug builds may take it from the environment at
/// run time (tests sign with a throwaway key); a release build only ever has the one it was
/// built with.
fn release_key() -> Option<String> {
    if cfg!(debug_assertions)
        && let Ok(key) = std::env::var("HARBOUR_RELEASE_KEY")
        && !key.is_empty()
    {
        return Some(key);
    }
    option_env!("HARBOUR_RELEASE_KEY")
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
}

/// The genuine manifest found by the last check, for "Download", with the opening it was found
/// in; every hide empties it ([`UpdateSlot::forget`]), and it is used only in that opening.
#[derive(Default)]
pub struct UpdateSlot(Mutex<Option<(u64, Manifest)>>);

impl UpdateSlot {
    fn put(&self, found: Option<(u64, Manifest)>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = found;
        }
    }

    fn get(&self, epoch: u64) -> Option<Manifest> {
        let slot = self.0.lock().ok()?;
        slot.as_ref()
            .filter(|(found_in, _)| *found_in == epoch)
            .map(|(_, found)| found.clone())
    }

    pub fn forget(&self) {
        self.put(None);
    }
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct UpdateSettings {
    pub address: String,
    /// This version.
    pub running: String,
    /// False when this build has no release key: checking is not possible.
    pub can_check: bool,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UpdateCheck {
    /// A genuine manifest names a newer version.
    Available {
        version: String,
        published: String,
        /// The download's file name, from its address.
        file_name: String,
        sha256: String,
    },
    /// No newer version than this one (or than one found before).
    UpToDate { running: String },
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct UpdateSaved {
    pub saved: bool,
    pub file_name: String,
    pub sha256: String,
}

#[tauri::command]
pub fn update_settings(session: State<'_, Session>) -> Result<UpdateSettings, ApiError> {
    let source = session.with_vault(|v| Ok(v.own_records().update_source()?))?;
    Ok(UpdateSettings {
        address: source.address,
        running: RUNNING.to_owned(),
        can_check: release_key().is_some(),
    })
}

#[tauri::command]
pub fn set_update_address(
    session: State<'_, Session>,
    address: String,
) -> Result<UpdateSettings, ApiError> {
    let address = address.trim();
    if !address.is_empty() && !manifest::allowed_address(address) {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("updates-give-address-starting-https-leave"),
        ));
    }
    session.with_vault(|v| Ok(v.own_records_mut().set_update_address(address)?))?;
    update_settings(session)
}

/// Fetches and checks the manifest. Runs only when the person presses the button.
#[tauri::command]
pub async fn check_for_updates(
    session: State<'_, Session>,
    slot: State<'_, UpdateSlot>,
) -> Result<UpdateCheck, ApiError> {
    slot.put(None);
    let Some(key) = release_key() else {
        return Err(ApiError::new(
            ErrorCode::NotAvailable,
            reason("updates-copy-built-without-makers-signing"),
        ));
    };
    let epoch = session.epoch();
    let source = session.with_vault_since(epoch, |v| Ok(v.own_records().update_source()?))?;
    if source.address.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("updates-give-address-check-first-fetched"),
        ));
    }
    let seen = source.newest_seen.as_deref();
    let found = match fetch::fetch_manifest(&source.address, &key, RUNNING, seen).await {
        Ok(found) => found,
        Err(FetchError::Release(ReleaseError::NotNewer(_))) => {
            return Ok(UpdateCheck::UpToDate {
                running: RUNNING.to_owned(),
            });
        }
        Err(e) => return Err(fetch_error(e)),
    };
    // Hidden while waiting: nothing is kept or shown.
    let newer_than_seen = seen.is_none_or(|seen| manifest::newest(seen, &found.version) != seen);
    session.with_vault_since(epoch, |v| {
        if newer_than_seen {
            v.own_records_mut().note_newest_release(&found.version)?;
        }
        Ok(())
    })?;
    let answer = UpdateCheck::Available {
        version: found.version.clone(),
        published: found.published.clone(),
        file_name: file_name(&found.url),
        sha256: found.sha256.clone(),
    };
    slot.put(Some((epoch, found)));
    Ok(answer)
}

/// Downloads what the last check found, checks it against the signed SHA-256 and saves it where
/// the person chooses. Nothing is written if it does not match.
#[tauri::command]
pub async fn download_update<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    slot: State<'_, UpdateSlot>,
) -> Result<UpdateSaved, ApiError> {
    let epoch = session.epoch();
    session.open_since(epoch)?;
    let Some(found) = slot.get(epoch) else {
        return Err(ApiError::new(
            ErrorCode::NotFound,
            reason("updates-check-updates-first-downloaded"),
        ));
    };
    let name = file_name(&found.url);
    let not_saved = UpdateSaved {
        saved: false,
        file_name: name.clone(),
        sha256: found.sha256.clone(),
    };
    let Some(path) = choose_destination(&app, &session.words().get("dialog-save-update"), &name)?
    else {
        return Ok(not_saved);
    };
    session.open_since(epoch)?;
    let mut bytes = Vec::new();
    // Stops at a hide: nothing more is asked of the network for an opening that has ended.
    // Quietly: a long download does not keep the app from locking itself.
    fetch::download(&found, &mut bytes, || {
        session.quietly_since(epoch, |_| ()).is_some()
    })
    .await
    .map_err(|e| match e {
        FetchError::Stopped => ApiError::locked(),
        e => fetch_error(e),
    })?;
    // Hidden while downloading: nothing is written.
    session.open_since(epoch)?;
    write_beside_then_rename(
        &path,
        || session.epoch() == epoch,
        |mut file| {
            std::io::Write::write_all(&mut file, &bytes).map_err(|_| crate::files::cannot_write())
        },
    )?;
    Ok(UpdateSaved {
        saved: true,
        ..not_saved
    })
}

/// The last part of the download's address, kept to plain characters.
fn file_name(url: &str) -> String {
    let last = url
        .split(['?', '#'])
        .next()
        .and_then(|u| u.rsplit('/').next())
        .unwrap_or("");
    let plain: String = last
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'))
        .collect();
    if plain.trim_matches('.').is_empty() {
        "update".to_owned()
    } else {
        plain
    }
}

fn fetch_error(e: FetchError) -> ApiError {
    match e {
        FetchError::Address => ApiError::new(
            ErrorCode::Invalid,
            reason("updates-fetched-address-starting-https-fetched"),
        ),
        FetchError::Release(ReleaseError::OlderThanSeen { offered, seen }) => ApiError::new(
            ErrorCode::NotGenuine,
            reason("updates-older-than-seen")
                .with("offered", offered.to_string())
                .with("seen", seen.to_string()),
        ),
        FetchError::Unreachable | FetchError::Status(_) | FetchError::Stopped => {
            ApiError::new(ErrorCode::Offline, reason("updates-unreachable"))
        }
        FetchError::Release(ReleaseError::BadSignature)
        | FetchError::Mismatch
        | FetchError::Release(ReleaseError::Mismatch(_)) => {
            ApiError::new(ErrorCode::NotGenuine, reason("updates-not-signed"))
        }
        FetchError::TooLarge
        | FetchError::Release(
            ReleaseError::Malformed
            | ReleaseError::NotListed(_)
            | ReleaseError::NotNewer(_)
            | ReleaseError::Random,
        ) => ApiError::new(ErrorCode::NotGenuine, reason("updates-not-an-update")),
        FetchError::Write => crate::files::cannot_write(),
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn the_download_is_named_from_its_address_in_plain_characters() {
        assert_eq!(
            file_name("https://example.org/r/Calculator_0.2.0_amd64.deb?x=1"),
            "Calculator_0.2.0_amd64.deb"
        );
        assert_eq!(file_name("https://example.org/../"), "update");
        assert_eq!(file_name("https://example.org/a%2F..%2Fb"), "a2F..2Fb");
    }
}
