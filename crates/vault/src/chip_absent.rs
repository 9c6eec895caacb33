//! No security chip support on this platform yet (the Windows and macOS equivalents are planned
//! behind the same calls, see `docs/tpm.md`): the keychain keeps the device secret.

use crate::binding::{ChipStatus, Refusal, SealedLane};
use crate::secret::{DeviceSecret, KEY_LEN};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip(());

fn absent() -> Refusal {
    Refusal::Unavailable
}

impl Chip {
    pub fn of_this_computer() -> Option<Chip> {
        None
    }

    pub fn status(&self) -> Option<ChipStatus> {
        None
    }

    pub(crate) fn seal(
        &self,
        _auth: &[u8; KEY_LEN],
        _secret: &DeviceSecret,
    ) -> Result<SealedLane, Refusal> {
        Err(absent())
    }

    pub(crate) fn unseal(
        &self,
        _lane: &SealedLane,
        _auth: &[u8; KEY_LEN],
    ) -> Result<DeviceSecret, Refusal> {
        Err(absent())
    }

    pub(crate) fn recognises(&self, _lane: &SealedLane) -> bool {
        false
    }
}
