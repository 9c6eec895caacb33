//! This computer's security chip (TPM 2.0): the part of each PIN's key kept outside the folder,
//! sealed so that the chip itself counts wrong PINs (design and what was verified: `docs/tpm.md`).
//!
//! Each vault has two sealed objects ("lanes"). A PIN picks its lane from its own Argon2id output
//! and opens it with an authorisation derived from the same output; the chip checks it, and a
//! wrong one raises the chip's dictionary-attack count, which no file or keychain deletion resets
//! and which, once it reaches the chip's limit, stops every try until the chip's own wait ends.
//! The real and the second PIN sit in different lanes, so both open with one chip operation of
//! the same shape. The recovery key never touches the chip.
//!
//! Every call opens its own connection (`Context`), whose drop flushes what it loaded: the test
//! chip (swtpm) has no resource manager, and a chip must never be left holding our objects.
//! The app never changes the chip's dictionary-attack settings or its lockout authorisation (they
//! belong to the whole machine); it only reads them.

use std::str::FromStr;
use std::time::Duration;

use tss_esapi::Context;
use tss_esapi::attributes::{ObjectAttributesBuilder, SessionAttributesBuilder};
use tss_esapi::constants::response_code::Tss2ResponseCodeKind;
use tss_esapi::constants::{PropertyTag, SessionType};
use tss_esapi::handles::KeyHandle;
use tss_esapi::interface_types::algorithm::{HashingAlgorithm, PublicAlgorithm};
use tss_esapi::interface_types::ecc::EccCurve;
use tss_esapi::interface_types::resource_handles::Hierarchy;
use tss_esapi::interface_types::session_handles::AuthSession;
use tss_esapi::structures::{
    Auth, EccPoint, KeyedHashScheme, Private, Public, PublicBuilder, PublicEccParametersBuilder,
    PublicKeyedHashParameters, SensitiveData, SymmetricDefinition, SymmetricDefinitionObject,
};
use tss_esapi::tcti_ldr::TctiNameConf;
use tss_esapi::traits::{Marshall, UnMarshall};

use crate::binding::{ChipStatus, Refusal, SealedLane};
use crate::secret::{DeviceSecret, KEY_LEN};

/// `TPMA_PERMANENT` bits (TPM 2.0 Part 2, 8.6).
const LOCKOUT_AUTH_SET: u32 = 1 << 2;
const IN_LOCKOUT: u32 = 1 << 9;

/// Where the chip is reached: the kernel's resource manager, or (tests) a software chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    tcti: String,
}

/// Why the chip failed is not kept: nothing about it may reach a log or the screen.
fn fault(_: impl std::fmt::Display) -> Refusal {
    Refusal::Unavailable
}

fn is_kind(e: &tss_esapi::Error, kind: Tss2ResponseCodeKind) -> bool {
    matches!(e, tss_esapi::Error::Tss2Error(rc) if rc.kind() == Some(kind))
}

impl Chip {
    /// A chip reached through `tcti` (for example `device:/dev/tpmrm0`, or
    /// `swtpm:host=127.0.0.1,port=2321` in tests).
    pub fn at(tcti: impl Into<String>) -> Chip {
        Chip { tcti: tcti.into() }
    }

    /// This computer's chip, if there is one this account may use and whose limits protect
    /// without trapping; `None` means the keychain keeps the secret instead.
    pub fn of_this_computer() -> Option<Chip> {
        let path = std::path::Path::new("/dev/tpmrm0");
        // Opening it is what tells whether this account may (Debian: group `tss` only).
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .ok()?;
        let chip = Chip::at("device:/dev/tpmrm0");
        chip.status().filter(ChipStatus::is_usable)?;
        Some(chip)
    }

    fn context(&self) -> Result<Context, Refusal> {
        let conf = TctiNameConf::from_str(&self.tcti).map_err(fault)?;
        Context::new(conf).map_err(fault)
    }

    /// The chip's dictionary-attack settings and count (readable without any authorisation), or
    /// `None` if the chip cannot be reached.
    pub fn status(&self) -> Option<ChipStatus> {
        self.read_status().ok()
    }

    fn read_status(&self) -> Result<ChipStatus, Refusal> {
        let mut ctx = self.context()?;
        let mut read = |tag| -> Result<u32, Refusal> {
            ctx.get_tpm_property(tag)
                .map_err(fault)?
                .ok_or(Refusal::Unavailable)
        };
        let permanent = read(PropertyTag::Permanent)?;
        Ok(ChipStatus {
            failures: read(PropertyTag::LockoutCounter)?,
            max_tries: read(PropertyTag::MaxAuthFail)?,
            recovery: Duration::from_secs(u64::from(read(PropertyTag::LockoutInterval)?)),
            in_lockout: permanent & IN_LOCKOUT != 0,
            lockout_auth_set: permanent & LOCKOUT_AUTH_SET != 0,
        })
    }

    /// Seals `secret` into a new object that opens only with `auth`, under this chip's storage
    /// key. Needs no authorisation the chip counts, so it works during a lockout.
    pub(crate) fn seal(
        &self,
        auth: &[u8; KEY_LEN],
        secret: &DeviceSecret,
    ) -> Result<SealedLane, Refusal> {
        let mut ctx = self.context()?;
        let parent = storage_key(&mut ctx)?;
        let session = salted_session(&mut ctx, parent, true)?;
        let auth = Auth::try_from(auth.to_vec()).map_err(fault)?;
        let data = SensitiveData::try_from(secret.as_bytes().to_vec()).map_err(fault)?;
        let created = ctx
            .execute_with_session(Some(session), |c| {
                c.create(parent, lane_template()?, Some(auth), Some(data), None, None)
            })
            .map_err(fault)?;
        Ok(SealedLane {
            public: created.out_public.marshall().map_err(fault)?,
            private: created.out_private.value().to_vec(),
        })
    }

    /// Opens `lane` with `auth`: exactly one authorised chip operation. Refused without trying
    /// when one more wrong try would lock the chip.
    pub(crate) fn unseal(
        &self,
        lane: &SealedLane,
        auth: &[u8; KEY_LEN],
    ) -> Result<DeviceSecret, Refusal> {
        let status = self.read_status()?;
        if status.at_limit() {
            return Err(Refusal::Wait(status.recovery.max(Duration::from_secs(1))));
        }
        let mut ctx = self.context()?;
        let parent = storage_key(&mut ctx)?;
        let object = load(&mut ctx, parent, lane)?;
        ctx.tr_set_auth(object.into(), Auth::try_from(auth.to_vec()).map_err(fault)?)
            .map_err(fault)?;
        // Salted by the storage key, with the answer encrypted: neither the authorisation nor
        // the secret crosses the bus in clear.
        let session = salted_session(&mut ctx, parent, false)?;
        let opened = ctx.execute_with_session(Some(session), |c| c.unseal(object.into()));
        match opened {
            Ok(data) => {
                let bytes: [u8; KEY_LEN] =
                    data.value().try_into().map_err(|_| Refusal::Unavailable)?;
                Ok(DeviceSecret::from_bytes(bytes))
            }
            Err(e) if is_kind(&e, Tss2ResponseCodeKind::AuthFail) => Err(Refusal::WrongPin),
            Err(e) if is_kind(&e, Tss2ResponseCodeKind::Lockout) => {
                Err(Refusal::Wait(status.recovery.max(Duration::from_secs(1))))
            }
            Err(e) => Err(fault(e)),
        }
    }

    /// Whether `lane` belongs to this chip (it loads under this chip's storage key). Costs no
    /// authorisation.
    pub(crate) fn recognises(&self, lane: &SealedLane) -> bool {
        let Ok(mut ctx) = self.context() else {
            return false;
        };
        let Ok(parent) = storage_key(&mut ctx) else {
            return false;
        };
        load(&mut ctx, parent, lane).is_ok()
    }
}

/// The standard ECC P-256 storage key, made again from its template each time (same chip, same
/// key): nothing is ever left on the chip.
fn storage_key(ctx: &mut Context) -> Result<KeyHandle, Refusal> {
    let attributes = ObjectAttributesBuilder::new()
        .with_fixed_tpm(true)
        .with_fixed_parent(true)
        .with_sensitive_data_origin(true)
        .with_user_with_auth(true)
        .with_no_da(true)
        .with_restricted(true)
        .with_decrypt(true)
        .build()
        .map_err(fault)?;
    let template = PublicBuilder::new()
        .with_public_algorithm(PublicAlgorithm::Ecc)
        .with_name_hashing_algorithm(HashingAlgorithm::Sha256)
        .with_object_attributes(attributes)
        .with_ecc_parameters(
            PublicEccParametersBuilder::new_restricted_decryption_key(
                SymmetricDefinitionObject::AES_128_CFB,
                EccCurve::NistP256,
            )
            .build()
            .map_err(fault)?,
        )
        .with_ecc_unique_identifier(EccPoint::default())
        .build()
        .map_err(fault)?;
    ctx.execute_with_nullauth_session(|c| {
        c.create_primary(Hierarchy::Owner, template, None, None, None, None)
    })
    .map(|r| r.key_handle)
    .map_err(fault)
}

/// A lane: sealed data, counted by the chip's dictionary-attack protection (no `noDA`), whose
/// authorisation can never be changed (an empty policy for admin actions).
fn lane_template() -> tss_esapi::Result<Public> {
    let attributes = ObjectAttributesBuilder::new()
        .with_fixed_tpm(true)
        .with_fixed_parent(true)
        .with_user_with_auth(true)
        .with_admin_with_policy(true)
        .build()?;
    PublicBuilder::new()
        .with_public_algorithm(PublicAlgorithm::KeyedHash)
        .with_name_hashing_algorithm(HashingAlgorithm::Sha256)
        .with_object_attributes(attributes)
        .with_auth_policy(Default::default())
        .with_keyed_hash_parameters(PublicKeyedHashParameters::new(KeyedHashScheme::Null))
        .with_keyed_hash_unique_identifier(Default::default())
        .build()
}

fn load(ctx: &mut Context, parent: KeyHandle, lane: &SealedLane) -> Result<KeyHandle, Refusal> {
    let public = Public::unmarshall(&lane.public).map_err(fault)?;
    let private = Private::try_from(lane.private.clone()).map_err(fault)?;
    ctx.execute_with_nullauth_session(|c| c.load(parent, private, public))
        .map_err(fault)
}

/// An HMAC session salted with the storage key; `hide_command` also encrypts the command's
/// first parameter (what is sealed), the answer is always encrypted.
fn salted_session(
    ctx: &mut Context,
    parent: KeyHandle,
    hide_command: bool,
) -> Result<AuthSession, Refusal> {
    let session = ctx
        .start_auth_session(
            Some(parent),
            None,
            None,
            SessionType::Hmac,
            SymmetricDefinition::AES_128_CFB,
            HashingAlgorithm::Sha256,
        )
        .map_err(fault)?
        .ok_or(Refusal::Unavailable)?;
    let (attributes, mask) = SessionAttributesBuilder::new()
        .with_decrypt(hide_command)
        .with_encrypt(true)
        .build();
    ctx.tr_sess_set_attributes(session, attributes, mask)
        .map_err(fault)?;
    Ok(session)
}
