//! Key derivation and key wrapping: PIN + device secret -> key-encryption key; recovery key ->
//! key-encryption key; sealing and opening key slots; master key -> database key.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::header::{Header, KdfParams, NONCE_LEN, PAYLOAD_LEN, SLOT_LEN, Slot};
use crate::secret::{
    DatabaseKey, DeviceSecret, KEY_LEN, Kek, MasterKey, RecoveryKey, random_bytes,
};

/// Which database file a slot opens: 0 = `history-a.db`, 1 = `history-b.db`.
pub(crate) type DbIndex = u8;

const INFO_PIN_KEK: &[u8] = b"pocketcalc v1 pin kek";
const INFO_RECOVERY_KEK: &[u8] = b"pocketcalc v1 recovery kek";
const INFO_DATABASE_KEY: &[u8] = b"pocketcalc v1 sqlcipher key";

/// Argon2id over the PIN, then HKDF with the device secret as salt. Both inputs are needed: the PIN
/// alone is too short to resist an offline guess, the device secret alone is readable by anyone
/// with the OS password.
#[cfg(test)]
pub(crate) fn pin_kek(
    pin: &crate::secret::Pin,
    salt: &[u8],
    kdf: KdfParams,
    device: &DeviceSecret,
) -> Result<Kek> {
    let stretched = stretch(pin.as_bytes(), salt, kdf)?;
    kek_from(&stretched, device)
}

/// A stretched PIN's key, given the secret kept outside the folder (the keychain's, or the one a
/// chip lane gave).
pub(crate) fn kek_from(stretched: &[u8; KEY_LEN], device: &DeviceSecret) -> Result<Kek> {
    expand(device.as_bytes(), stretched, INFO_PIN_KEK).map(Kek::from_bytes)
}

/// Argon2id with settings inside the accepted range (a file cannot talk us into weak or huge ones).
pub(crate) fn stretch(
    secret: &[u8],
    salt: &[u8],
    kdf: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    if !kdf.is_acceptable() {
        return Err(VaultError::UnsupportedParams);
    }
    let params = Params::new(kdf.memory_kib, kdf.iterations, kdf.lanes, Some(KEY_LEN))
        .map_err(|_| VaultError::UnsupportedParams)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut stretched = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(secret, salt, stretched.as_mut())
        .map_err(|_| VaultError::UnsupportedParams)?;
    Ok(stretched)
}

/// The recovery key is 160 random bits, so it needs no stretching; it deliberately does not use the
/// device secret, because it exists for when the keychain is lost.
pub(crate) fn recovery_kek(key: &RecoveryKey, salt: &[u8]) -> Result<Kek> {
    expand(salt, key.as_bytes(), INFO_RECOVERY_KEK).map(Kek::from_bytes)
}

pub(crate) fn database_key(master: &MasterKey) -> Result<DatabaseKey> {
    expand(&[], master.as_bytes(), INFO_DATABASE_KEY).map(DatabaseKey::from_bytes)
}

pub(crate) fn expand(salt: &[u8], ikm: &[u8], info: &[u8]) -> Result<[u8; KEY_LEN]> {
    let mut out = [0u8; KEY_LEN];
    Hkdf::<Sha256>::new(Some(salt), ikm)
        .expand(info, &mut out)
        .map_err(|_| VaultError::Random)?;
    Ok(out)
}

fn aad(header: &Header, slot: Slot) -> Vec<u8> {
    let mut aad = header.fixed_bytes().to_vec();
    aad.push(slot as u8);
    aad
}

fn cipher(kek: &Kek) -> Result<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(kek.as_bytes()).map_err(|_| VaultError::Random)
}

/// Seals `master` (and which database it opens) into a slot of `header`.
pub(crate) fn seal_slot(
    header: &mut Header,
    slot: Slot,
    kek: &Kek,
    master: &MasterKey,
    db: DbIndex,
) -> Result<()> {
    let nonce_bytes: [u8; NONCE_LEN] = random_bytes()?;
    let mut payload = Zeroizing::new([0u8; PAYLOAD_LEN]);
    payload[0] = db;
    payload[16..].copy_from_slice(master.as_bytes());
    let aad = aad(header, slot);
    let sealed = cipher(kek)?
        .encrypt(
            &XNonce::from(nonce_bytes),
            Payload {
                msg: payload.as_ref(),
                aad: &aad,
            },
        )
        .map_err(|_| VaultError::Random)?;
    let mut out = [0u8; SLOT_LEN];
    out[..NONCE_LEN].copy_from_slice(&nonce_bytes);
    out[NONCE_LEN..].copy_from_slice(&sealed);
    header.slots[slot as usize] = out;
    Ok(())
}

/// Fills a slot with random bytes: indistinguishable from a sealed one.
pub(crate) fn clear_slot(header: &mut Header, slot: Slot) -> Result<()> {
    header.slots[slot as usize] = random_bytes()?;
    Ok(())
}

/// Tries to open a slot. `None` means "this key does not open it" (or the slot is unused; the two
/// cannot be told apart, by design).
pub(crate) fn open_slot(
    header: &Header,
    slot: Slot,
    kek: &Kek,
) -> Result<Option<(MasterKey, DbIndex)>> {
    let bytes = &header.slots[slot as usize];
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&bytes[..NONCE_LEN]);
    let aad = aad(header, slot);
    let opened = cipher(kek)?.decrypt(
        &XNonce::from(nonce),
        Payload {
            msg: &bytes[NONCE_LEN..],
            aad: &aad,
        },
    );
    let Ok(plain) = opened else { return Ok(None) };
    let plain = Zeroizing::new(plain);
    if plain.len() != PAYLOAD_LEN || plain[0] > 1 {
        return Err(VaultError::Corrupt("key slot"));
    }
    let mut key = [0u8; KEY_LEN];
    key.copy_from_slice(&plain[16..]);
    Ok(Some((MasterKey::from_bytes(key), plain[0])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::header::{SALT_LEN, SLOT_COUNT};
    use crate::secret::Pin;

    fn header() -> Header {
        Header {
            kdf: KdfParams::FLOOR,
            salt: [7; SALT_LEN],
            vault_id: [9; 16],
            slots: [[0; SLOT_LEN]; SLOT_COUNT],
            binding: None,
        }
    }

    #[test]
    fn a_sealed_slot_opens_only_with_its_key_and_in_its_place() {
        let mut h = header();
        let kek = Kek::from_bytes([1; 32]);
        let master = MasterKey::from_bytes([42; 32]);
        seal_slot(&mut h, Slot::Pin, &kek, &master, 1).unwrap();
        let (opened, db) = open_slot(&h, Slot::Pin, &kek).unwrap().unwrap();
        assert_eq!(opened.as_bytes(), master.as_bytes());
        assert_eq!(db, 1);
        assert!(
            open_slot(&h, Slot::Pin, &Kek::from_bytes([2; 32]))
                .unwrap()
                .is_none()
        );
        // Moved to another slot: the associated data differs, so it no longer opens.
        h.slots[Slot::Duress as usize] = h.slots[Slot::Pin as usize];
        assert!(open_slot(&h, Slot::Duress, &kek).unwrap().is_none());
        // Header settings changed: also refused.
        h.salt[0] ^= 1;
        assert!(open_slot(&h, Slot::Pin, &kek).unwrap().is_none());
    }

    #[test]
    fn pin_kek_depends_on_pin_and_device_secret() {
        let pin = Pin::new("2468").unwrap();
        let device = DeviceSecret::from_bytes([3; 32]);
        let a = pin_kek(&pin, &[5; 32], KdfParams::FLOOR, &device).unwrap();
        let b = pin_kek(
            &Pin::new("2469").unwrap(),
            &[5; 32],
            KdfParams::FLOOR,
            &device,
        )
        .unwrap();
        let c = pin_kek(
            &pin,
            &[5; 32],
            KdfParams::FLOOR,
            &DeviceSecret::from_bytes([4; 32]),
        )
        .unwrap();
        let again = pin_kek(&pin, &[5; 32], KdfParams::FLOOR, &device).unwrap();
        assert_eq!(a.as_bytes(), again.as_bytes());
        assert_ne!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), c.as_bytes());
    }

    #[test]
    fn weak_settings_are_refused_before_any_work() {
        let pin = Pin::new("2468").unwrap();
        let weak = KdfParams {
            memory_kib: 1024,
            ..KdfParams::FLOOR
        };
        let r = pin_kek(&pin, &[5; 32], weak, &DeviceSecret::from_bytes([3; 32]));
        assert!(matches!(r, Err(VaultError::UnsupportedParams)));
    }
}
