//! Pairing in person: the advocate's app shows an invitation (a QR code, or a code to type),
//! the person's app joins with it, both show four words to compare, and on "they match" the link
//! is kept in the vault. The person may pair with several people, each a link of its own; an
//! advocate's case pairs once.

use harbour_reason::reason;
use std::time::Duration;

use harbour_share::{HostInvitation, Invitation, Link, PhraseCheck, ShareError};
use harbour_sync::pairing::Role;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;
use crate::sharing::{SharingStatus, live_state, status};

/// How long the person's app waits for the advocate's at each step of pairing, and the
/// advocate's for the person to type the code.
const PAIRING_WAIT: Duration = Duration::from_secs(10 * 60);

#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct PairingCodeView {
    /// Four groups of four, to read out or type.
    pub code: String,
    /// The whole invitation (address, code, key fingerprint) as text, for copying; the QR code
    /// holds the same.
    pub invitation: String,
    pub qr: QrView,
}

/// A QR code for the page to draw: `modules` is `width` rows of `width` characters, `1` dark,
/// `0` light, with no quiet zone (the page draws one).
#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct QrView {
    pub width: u32,
    pub modules: String,
}

// Both hold a one-time code.
impl std::fmt::Debug for PairingCodeView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairingCodeView(***)")
    }
}

impl std::fmt::Debug for QrView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QrView({}, ***)", self.width)
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PairingPhrase {
    /// Four words both screens must show.
    pub phrase: String,
}

/// The relay address as typed: `https://…`, or plain `http://` to this computer (for testing).
fn relay_address(text: &str) -> Result<String, ApiError> {
    let text = text.trim().trim_end_matches('/');
    // The scheme and host are case-insensitive (so `HTTPS://Relay.example.org` is the same
    // address); a path, behind a proxy, is not, and stays as typed.
    let host_end = text
        .find("://")
        .map(|at| {
            text[at + 3..]
                .find('/')
                .map_or(text.len(), |end| at + 3 + end)
        })
        .unwrap_or(text.len());
    let text = &format!(
        "{}{}",
        text[..host_end].to_ascii_lowercase(),
        &text[host_end..]
    );
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
    // No `user@` before the host: `http://localhost:80@elsewhere` would look like this computer
    // and go elsewhere, and `https://relay.example.org@elsewhere` would hide where it goes.
    let has_userinfo = text[..host_end].contains('@');
    let secure = text.starts_with("https://") && text.len() > "https://".len();
    let local = loopback
        .iter()
        .any(|l| text == *l || text.starts_with(&format!("{l}:")));
    if (secure || local) && !has_userinfo && !text.contains(char::is_whitespace) {
        Ok(text.to_owned())
    } else {
        Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-address-should-start-https-your"),
        ))
    }
}

fn already_linked() -> ApiError {
    ApiError::new(
        ErrorCode::Conflict,
        reason("sharing-already-set-up-stop-first"),
    )
}

/// The advocate's side pairs a case once: its copy has one link, to the person.
fn no_link_yet(session: &Session) -> Result<u64, ApiError> {
    let epoch = session.epoch();
    session.with_vault(|vault| {
        if Link::exists(vault.records())? {
            return Err(already_linked());
        }
        Ok(epoch)
    })
}

/// The advocate's side of pairing adopts the person's documents into the records open now, so
/// it is only offered inside a case of the caseload (a compartment of its own): from the
/// advocate's own records it would merge the person's plan into theirs (plan sections have the
/// same ids everywhere). The person's side, for the same reason, is not offered inside a case.
fn in_a_case(session: &Session) -> Result<bool, ApiError> {
    session.with_vault(|vault| Ok(vault.open_case_id().is_some()))
}

/// The advocate's side: a new invitation to show (a QR code, and the code to type), for
/// pairing through `relay`.
#[tauri::command]
pub fn pairing_host(
    session: State<'_, Session>,
    relay: String,
) -> Result<PairingCodeView, ApiError> {
    if !in_a_case(&session)? {
        return Err(ApiError::new(
            ErrorCode::NotAvailable,
            reason("sharing-open-persons-case-your-caseload"),
        ));
    }
    let relay = relay_address(&relay)?;
    no_link_yet(&session)?;
    let invitation = HostInvitation::new(&relay)?;
    let text = invitation.text();
    let qr = harbour_share::qr_modules(&text)?;
    let view = PairingCodeView {
        code: invitation.code().display().to_string(),
        invitation: text.to_string(),
        qr: QrView {
            width: u32::try_from(qr.width).unwrap_or(0),
            modules: qr.dark.iter().map(|d| if *d { '1' } else { '0' }).collect(),
        },
    };
    let mut slot = session.sharing();
    slot.pairing = None;
    slot.invitation = Some(invitation);
    Ok(view)
}

/// The advocate's side: waits for the person's app to join with the invitation shown.
#[tauri::command]
pub async fn pairing_wait(session: State<'_, Session>) -> Result<PairingPhrase, ApiError> {
    let epoch = no_link_yet(&session)?;
    let invitation = session.sharing().invitation.take().ok_or_else(|| {
        ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-start-again-show-new-code"),
        )
    })?;
    wait_for_phrase(&session, epoch, invitation.wait(PAIRING_WAIT)).await
}

/// The person's side: joins the advocate's app with the code it shows and the address typed, or
/// with the whole invitation pasted into the code box (then `relay` may be empty).
#[tauri::command]
pub async fn pairing_join(
    session: State<'_, Session>,
    relay: String,
    code: String,
) -> Result<PairingPhrase, ApiError> {
    let mut invitation = Invitation::read(&code, &relay)?;
    invitation.relay = relay_address(&invitation.relay)?;
    if in_a_case(&session)? {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-case-show-code-person-type"),
        ));
    }
    // The person may pair with several people: each pairing is a link of its own.
    let epoch = session.epoch();
    wait_for_phrase(&session, epoch, invitation.join(PAIRING_WAIT)).await
}

/// Waits for the other app (unless Cancel or a hide comes first), then holds the pairing for
/// the person to compare the words.
async fn wait_for_phrase(
    session: &Session,
    epoch: u64,
    waiting: impl std::future::Future<Output = Result<PhraseCheck, ShareError>>,
) -> Result<PairingPhrase, ApiError> {
    let cancel = session.sharing().cancel.clone();
    let check = tokio::select! {
        check = waiting => check?,
        () = cancel.notified() => {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("sharing-pairing-cancelled-shared"),
            ))
        }
    };
    if session.epoch() != epoch {
        check.abort().await;
        return Err(ApiError::locked());
    }
    let phrase = check.phrase();
    session.sharing().pairing = Some(check);
    Ok(PairingPhrase { phrase })
}

/// Both screens show the same words: finish pairing and keep the link in the vault, under a
/// new number (and `name`, what the person calls the other side, if given).
#[tauri::command]
pub async fn pairing_confirm(
    session: State<'_, Session>,
    name: Option<String>,
) -> Result<SharingStatus, ApiError> {
    let epoch = session.epoch();
    let check = session.sharing().pairing.take().ok_or_else(|| {
        ApiError::new(
            ErrorCode::Invalid,
            reason("sharing-start-again-pairing-under-way"),
        )
    })?;
    let mut link = check.confirm().await?;
    let live = live_state(&session);
    session.with_vault_since(epoch, |vault| {
        if link.role() == Role::Advocate && Link::exists(vault.records())? {
            return Err(already_linked());
        }
        link.save(vault.records_mut())?;
        // Paired whatever the name: one already in use is left off (the page asks before),
        // for the person to give another.
        if let Some(name) = name.as_deref() {
            match Link::set_name(vault.records_mut(), link.id(), name) {
                Err(ShareError::NameTaken) => {}
                other => other?,
            }
        }
        crate::caseload::note_open_case(vault)?;
        status(vault.records(), live, Some(link.id()))
    })
}

/// The words differ, or the person changed their mind: nothing is kept.
#[tauri::command]
pub async fn pairing_abort(session: State<'_, Session>) -> Result<(), ApiError> {
    let check = {
        let mut slot = session.sharing();
        slot.invitation = None;
        // A pairing still waiting on the other app gives up now.
        slot.cancel.notify_waiters();
        slot.pairing.take()
    };
    if let Some(check) = check {
        check.abort().await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::relay_address;

    #[test]
    fn a_relay_address_is_read_as_typed_but_for_case_in_its_scheme_and_host() {
        assert_eq!(
            relay_address(" HTTPS://Relay.Example.org/ ").unwrap(),
            "https://relay.example.org"
        );
        assert_eq!(
            relay_address("https://Example.org:8443/Harbour/Relay").unwrap(),
            "https://example.org:8443/Harbour/Relay"
        );
        assert_eq!(
            relay_address("HTTP://LOCALHOST:7000").unwrap(),
            "http://localhost:7000"
        );
        for refused in [
            "",
            "https://",
            "http://relay.example.org",
            "relay.example.org",
            "https://a b",
            "http://localhost:80@elsewhere.example",
            "http://127.0.0.1:1@elsewhere.example/",
            "https://relay.example.org@elsewhere.example",
        ] {
            assert!(relay_address(refused).is_err(), "{refused}");
        }
    }
}
