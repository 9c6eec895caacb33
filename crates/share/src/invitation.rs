//! An invitation to pair, as the advocate's screen shows it: a QR code (and the same text to
//! copy) holding the relay's address, the one-time code and the fingerprint of the device key
//! the advocate's app will hand over. The person's app reads it by paste (no camera needed) or
//! the person types the code and the address; both then compare the four words as always.
//!
//! The text is `pocketcalc:pair:<code>:<fingerprint>:<relay address>`: dull like the rest of
//! the app, and the address last, so it may hold colons of its own.

use std::fmt;

use ed25519_dalek::SigningKey;
use harbour_sync::pairing::{self, PairingCode, PairingError};
use qrcode::{Color, EcLevel, QrCode};
use zeroize::Zeroizing;

use crate::ShareError;
use crate::meeting::{self, PhraseCheck};

const PREFIX: &str = "pocketcalc:pair:";

/// The advocate's side of one pairing: the code, the device key whose fingerprint the
/// invitation shows, and the relay. Used once.
pub struct HostInvitation {
    code: PairingCode,
    device: SigningKey,
    relay: String,
}

impl fmt::Debug for HostInvitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HostInvitation(***)")
    }
}

impl HostInvitation {
    /// A fresh code and device key, for pairing through `relay`.
    pub fn new(relay: &str) -> Result<HostInvitation, ShareError> {
        Ok(HostInvitation {
            code: PairingCode::generate()?,
            device: meeting::new_device_key()?,
            relay: relay.to_owned(),
        })
    }

    pub fn code(&self) -> &PairingCode {
        &self.code
    }

    pub fn relay(&self) -> &str {
        &self.relay
    }

    /// The fingerprint of the device key this side will hand over.
    pub fn fingerprint(&self) -> String {
        pairing::key_fingerprint(&self.device.verifying_key().to_bytes())
    }

    /// The invitation as text, for the QR code and for copying.
    pub fn text(&self) -> Zeroizing<String> {
        let code = self.code.display();
        let mut text = Zeroizing::new(String::with_capacity(PREFIX.len() + 40 + self.relay.len()));
        text.push_str(PREFIX);
        text.extend(code.chars().filter(|c| *c != '-'));
        text.push(':');
        text.extend(self.fingerprint().chars().filter(|c| *c != '-'));
        text.push(':');
        text.push_str(&self.relay);
        text
    }

    /// Waits for the person's app to join (see [`meeting::advocate`]).
    pub async fn wait(self, timeout: std::time::Duration) -> Result<PhraseCheck, ShareError> {
        meeting::advocate_with_key(&self.relay, &self.code, self.device, timeout).await
    }
}

/// What the person's app was given: a pasted invitation, or a typed code and address.
pub struct Invitation {
    pub relay: String,
    pub code: PairingCode,
    /// Only a pasted invitation has one.
    pub fingerprint: Option<String>,
}

impl fmt::Debug for Invitation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Invitation(***)")
    }
}

impl Invitation {
    /// Reads what the person typed or pasted into the code box: a whole invitation (then
    /// `typed_relay` is not needed), or just the code (then it is the typed address).
    pub fn read(text: &str, typed_relay: &str) -> Result<Invitation, ShareError> {
        let text = text.trim();
        let Some(rest) = strip_prefix_ignoring_case(text, PREFIX) else {
            return Ok(Invitation {
                relay: typed_relay.trim().to_owned(),
                code: PairingCode::parse(text)?,
                fingerprint: None,
            });
        };
        let mut parts = rest.splitn(3, ':');
        let (Some(code), Some(fingerprint), Some(relay)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(PairingError::BadCode.into());
        };
        let code = PairingCode::parse(code)?;
        if !pairing::is_fingerprint(fingerprint) {
            return Err(PairingError::BadCode.into());
        }
        Ok(Invitation {
            relay: relay.trim().to_owned(),
            code,
            fingerprint: Some(fingerprint.to_owned()),
        })
    }

    /// Joins the advocate's app (see [`meeting::client_expecting`]).
    pub async fn join(self, timeout: std::time::Duration) -> Result<PhraseCheck, ShareError> {
        meeting::client_expecting(
            &self.relay,
            &self.code,
            self.fingerprint.as_deref(),
            timeout,
        )
        .await
    }
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// A QR code's modules, row by row (`true` is dark), without the quiet zone around it. It holds
/// a one-time code: never logged.
pub struct QrModules {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl fmt::Debug for QrModules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "QrModules({}x{}, ***)", self.width, self.width)
    }
}

/// The QR code for `text`, with medium error correction (a screen photographed at an angle
/// still reads).
pub fn qr_modules(text: &str) -> Result<QrModules, ShareError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| ShareError::TooLarge)?;
    Ok(QrModules {
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    const RELAY: &str = "https://relay.example.org:8443/pair";

    #[test]
    fn an_invitation_reads_back_as_it_was_shown() {
        let host = HostInvitation::new(RELAY).unwrap();
        let text = host.text();
        assert!(text.starts_with("pocketcalc:pair:"));
        let read = Invitation::read(&text, "").unwrap();
        assert_eq!(read.relay, RELAY, "an address with colons survives");
        assert_eq!(*read.code.display(), *host.code().display());
        assert!(pairing::same_fingerprint(
            read.fingerprint.as_deref().unwrap(),
            &host.fingerprint()
        ));
        // Pasted with spaces around it, or in capitals, it still reads.
        let shouted = format!("  {}  ", text.to_uppercase().replace("HTTPS", "https"));
        assert!(Invitation::read(&shouted, "").is_ok());
    }

    #[test]
    fn a_typed_code_takes_the_typed_address() {
        let read = Invitation::read("7kq2 m9xd 4tfb 0c8h", " https://relay.example.org ").unwrap();
        assert_eq!(read.relay, "https://relay.example.org");
        assert_eq!(*read.code.display(), "7KQ2-M9XD-4TFB-0C8H");
        assert!(read.fingerprint.is_none());
    }

    #[test]
    fn a_damaged_invitation_is_refused() {
        for bad in [
            "pocketcalc:pair:",
            "pocketcalc:pair:7KQ2M9XD4TFB0C8H",
            "pocketcalc:pair:7KQ2M9XD4TFB0C8H:SHORT:https://x",
            "pocketcalc:pair:7KQ2M9XD4TFB0C8H:UUUUUUUUUUUUUUUU:https://x",
            "pocketcalc:pair:7KQ2M9XD:ABCDEFGHJKMNPQRS:https://x",
            "not a code at all",
        ] {
            assert!(
                matches!(
                    Invitation::read(bad, "https://x"),
                    Err(ShareError::Pairing(PairingError::BadCode))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_qr_code_holds_the_invitation() {
        let text = HostInvitation::new(RELAY).unwrap().text();
        let qr = qr_modules(&text).unwrap();
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        // Drawn at 4 pixels a module inside a quiet zone of 4 modules, as a screen would, and
        // read back by a QR decoder.
        let scale = 4;
        let side = (qr.width + 8) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
            let inside =
                (0..qr.width as isize).contains(&mx) && (0..qr.width as isize).contains(&my);
            if inside && qr.dark[my as usize * qr.width + mx as usize] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, *text);
    }
}
