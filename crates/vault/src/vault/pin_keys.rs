//! From a typed PIN to the key that opens its slot, under the vault's binding (`binding.rs`):
//! the keychain's device secret, or the chip lane the PIN picks. Every PIN try and every PIN set
//! in `vault.rs` goes through here, so both bindings keep one set of rules.

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::binding::{Binding, BindingKind, Lane, Refusal, lane_auth, lane_of};
use crate::error::{Result, VaultError};
use crate::header::Header;
use crate::keychain::Keychain;
use crate::keys::{kek_from, stretch};
use crate::secret::{DeviceSecret, KEY_LEN, Kek, Pin, random_bytes};

/// A PIN after Argon2id with the header's salt and settings: done once per try or set.
pub(super) struct Stretched(Zeroizing<[u8; KEY_LEN]>);

impl Stretched {
    pub fn new(pin: &Pin, header: &Header) -> Result<Stretched> {
        stretch(pin.as_bytes(), &header.salt, header.kdf).map(Stretched)
    }

    /// The lane this PIN picks, with a chip binding.
    pub fn lane(&self, binding: &Binding) -> Result<Lane> {
        lane_of(&self.0, &binding.lane_salt)
    }
}

/// The binding a header uses: headers from before bindings use the keychain.
pub(super) fn kind(header: &Header) -> BindingKind {
    header
        .binding
        .as_ref()
        .map_or(BindingKind::Keychain, |b| b.kind)
}

/// What a typed PIN gave: the key it opens slots with, with a chip the lane it opened, and the
/// mark of the binding part it used (see [`device_mark`] and [`lane_mark`]).
pub(super) struct Tried {
    pub kek: Kek,
    pub lane: Option<Lane>,
    pub mark: [u8; 32],
}

/// A fingerprint of a keychain device secret, kept inside the real vault: after the recovery key,
/// a secret someone else put in the keychain is told from the one the vault was sealed with.
pub(super) fn device_mark(device: &DeviceSecret) -> [u8; 32] {
    Sha256::new()
        .chain_update(b"pocketcalc device mark")
        .chain_update(device.as_bytes())
        .finalize()
        .into()
}

/// A fingerprint of the lane salt and one lane's sealed object as the real vault wrote them: a
/// trailer edited by someone else (lanes swapped, the salt replaced) is told after the recovery
/// key, instead of a new PIN being put where the second PIN's object is.
pub(super) fn lane_mark(binding: &Binding, lane: Lane) -> [u8; 32] {
    Sha256::new()
        .chain_update(b"pocketcalc lane mark")
        .chain_update(binding.lane_salt)
        .chain_update(binding.lane_bytes(lane))
        .finalize()
        .into()
}

/// The key a typed PIN opens slots with; `None` when the chip said the PIN is wrong (the chip
/// counted it). `lane` is the lane to open: the PIN's own pick at the calculator, the session's
/// own lane in a confirm form.
pub(super) fn key_for_try(
    keychain: &Keychain,
    header: &Header,
    stretched: &Stretched,
    lane: Option<Lane>,
) -> Result<Option<Tried>> {
    match (kind(header), header.binding.as_ref()) {
        (BindingKind::Keychain, _) | (_, None) => {
            let device = keychain.load(&header.vault_id_hex())?;
            Ok(Some(Tried {
                kek: kek_from(&stretched.0, &device)?,
                lane: None,
                mark: device_mark(&device),
            }))
        }
        (BindingKind::Damaged, Some(_)) => Err(VaultError::ChipUnavailable),
        (BindingKind::Chip, Some(binding)) => {
            let chip = keychain.chip().ok_or(VaultError::ChipUnavailable)?;
            let lane = match lane {
                Some(lane) => lane,
                None => stretched.lane(binding)?,
            };
            let sealed = binding.lane(lane).ok_or(VaultError::ChipUnavailable)?;
            let auth = lane_auth(&stretched.0, &binding.lane_salt)?;
            match chip.unseal(&sealed, &auth) {
                Ok(secret) => Ok(Some(Tried {
                    kek: kek_from(&stretched.0, &secret)?,
                    lane: Some(lane),
                    mark: lane_mark(binding, lane),
                })),
                Err(Refusal::WrongPin) => Ok(None),
                Err(Refusal::Wait(retry_after)) => Err(VaultError::Throttled { retry_after }),
                Err(Refusal::Unavailable) => Err(VaultError::ChipUnavailable),
            }
        }
    }
}

/// The key for a PIN being set into `lane` of a chip binding: a new secret sealed to the chip
/// under the PIN's authorisation, placed in `binding` (written with the slot, in one header).
pub(super) fn key_for_new_pin_in_lane(
    keychain: &Keychain,
    binding: &mut Binding,
    stretched: &Stretched,
    lane: Lane,
) -> Result<Kek> {
    let chip = keychain.chip().ok_or(VaultError::ChipUnavailable)?;
    let secret = DeviceSecret::random()?;
    let auth = lane_auth(&stretched.0, &binding.lane_salt)?;
    let sealed = chip
        .seal(&auth, &secret)
        .map_err(|_| VaultError::ChipUnavailable)?;
    binding.set_lane(lane, &sealed)?;
    kek_from(&stretched.0, &secret)
}

/// Fills `lane` with an object no PIN opens (a random authorisation and secret), so that both
/// lanes always hold objects of the same shape and a PIN that once opened it is counted wrong.
pub(super) fn seal_unused_lane(
    keychain: &Keychain,
    binding: &mut Binding,
    lane: Lane,
) -> Result<()> {
    let chip = keychain.chip().ok_or(VaultError::ChipUnavailable)?;
    let auth = Zeroizing::new(random_bytes::<KEY_LEN>()?);
    let sealed = chip
        .seal(&auth, &DeviceSecret::random()?)
        .map_err(|_| VaultError::ChipUnavailable)?;
    binding.set_lane(lane, &sealed)
}

/// Makes the chip count one wrong try on `lane` (an authorisation no PIN gives): what a try that
/// opened a lane but must not open anything costs, so that the chip's count, which anyone who
/// may use the chip can read, moves for it as for a wrong PIN.
pub(super) fn count_a_wrong_try(keychain: &Keychain, header: &Header, lane: Lane) {
    let (Some(chip), Some(binding)) = (keychain.chip(), header.binding.as_ref()) else {
        return;
    };
    let (Some(sealed), Ok(auth)) = (binding.lane(lane), random_bytes::<KEY_LEN>()) else {
        return;
    };
    let _ = chip.unseal(&sealed, &Zeroizing::new(auth));
}

/// The key for a PIN with a keychain binding: the device secret as it is.
pub(super) fn key_with_keychain(
    keychain: &Keychain,
    header: &Header,
    stretched: &Stretched,
) -> Result<Kek> {
    let device = keychain.load(&header.vault_id_hex())?;
    kek_from(&stretched.0, &device)
}

/// Whether the chip still knows `binding`'s object in `lane` (not cleared, not another computer).
pub(super) fn chip_knows_lane(keychain: &Keychain, binding: &Binding, lane: Lane) -> bool {
    match (keychain.chip(), binding.lane(lane)) {
        (Some(chip), Some(sealed)) => chip.recognises(&sealed),
        _ => false,
    }
}

/// The key of a stretched PIN made from `device` (a fresh keychain secret).
pub(super) fn key_with_device(stretched: &Stretched, device: &DeviceSecret) -> Result<Kek> {
    kek_from(&stretched.0, device)
}
