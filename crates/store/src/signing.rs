//! The per-vault ed25519 key that signs every incident revision.
//!
//! It is generated on first open and kept inside the database (which SQLCipher encrypts in
//! production). The signature lets an exported chain be checked against the vault's public key
//! without trusting whoever handled the file in between.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::StoreError;

const PURPOSE: &str = "incident-signing";
/// Domain separation: what this key signs is either an incident-chain hash or an entry of a
/// shared view (`shared_records.rs`), each under its own context, so neither can stand for the
/// other.
const SIGNING_CONTEXT: &[u8] = b"harbour/incident-revision-signature/v1\0";
const RECORD_CONTEXT: &[u8] = b"harbour/shared-record-signature/v1\0";

/// The vault's secret signing key. Deliberately not `Clone` or `Serialize`; its `Debug` output
/// is redacted, and the inner `SigningKey` zeroizes itself on drop.
pub struct VaultSigningKey(SigningKey);

impl std::fmt::Debug for VaultSigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultSigningKey(<redacted>)")
    }
}

impl VaultSigningKey {
    fn generate() -> Result<Self, StoreError> {
        let mut secret = Zeroizing::new([0u8; 32]);
        getrandom::fill(secret.as_mut_slice()).map_err(|_| StoreError::Random)?;
        Ok(VaultSigningKey(SigningKey::from_bytes(&secret)))
    }

    pub(crate) fn sign_hash(&self, hash: &[u8; 32]) -> [u8; 64] {
        self.0.sign(&signed_message(hash)).to_bytes()
    }

    /// Signs one entry of a shared view: the view, the entry's key and what it says.
    pub(crate) fn sign_record(&self, view: &str, key: &str, json: &str) -> [u8; 64] {
        self.0.sign(&record_message(view, key, json)).to_bytes()
    }

    pub(crate) fn public_key(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }

    /// Loads the vault key, creating and storing it if this vault has none yet.
    pub(crate) fn load_or_create(conn: &Connection) -> Result<Self, StoreError> {
        let stored: Option<Vec<u8>> = conn
            .query_row(
                "SELECT secret_key FROM vault_keys WHERE purpose = ?1",
                [PURPOSE],
                |r| r.get(0),
            )
            .optional()?;
        match stored {
            Some(bytes) => {
                let bytes = Zeroizing::new(bytes);
                let secret: Zeroizing<[u8; 32]> =
                    Zeroizing::new(bytes.as_slice().try_into().map_err(|_| {
                        StoreError::Corrupt("signing key has the wrong length".into())
                    })?);
                Ok(VaultSigningKey(SigningKey::from_bytes(&secret)))
            }
            None => {
                let key = Self::generate()?;
                let secret = Zeroizing::new(key.0.to_bytes());
                conn.execute(
                    "INSERT INTO vault_keys(purpose, secret_key, public_key) VALUES (?1, ?2, ?3)",
                    (PURPOSE, secret.as_slice(), key.public_key().as_slice()),
                )?;
                Ok(key)
            }
        }
    }
}

fn signed_message(hash: &[u8; 32]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNING_CONTEXT.len() + 32);
    m.extend_from_slice(SIGNING_CONTEXT);
    m.extend_from_slice(hash);
    m
}

fn record_message(view: &str, key: &str, json: &str) -> Vec<u8> {
    let mut m = Vec::with_capacity(RECORD_CONTEXT.len() + 24 + view.len() + key.len() + json.len());
    m.extend_from_slice(RECORD_CONTEXT);
    for part in [view, key, json] {
        m.extend_from_slice(&(part.len() as u64).to_be_bytes());
        m.extend_from_slice(part.as_bytes());
    }
    m
}

/// Checks the signature of one entry of a shared view against a public key.
pub fn verify_record(
    public_key: &[u8; 32],
    view: &str,
    key: &str,
    json: &str,
    signature: &[u8],
) -> bool {
    let Ok(key_bytes) = VerifyingKey::from_bytes(public_key) else {
        return false;
    };
    let Ok(sig_bytes) = <[u8; 64]>::try_from(signature) else {
        return false;
    };
    key_bytes
        .verify_strict(
            &record_message(view, key, json),
            &Signature::from_bytes(&sig_bytes),
        )
        .is_ok()
}

/// Checks a revision signature against a public key.
pub fn verify_signature(public_key: &[u8; 32], hash: &[u8; 32], signature: &[u8]) -> bool {
    let Ok(key) = VerifyingKey::from_bytes(public_key) else {
        return false;
    };
    let Ok(sig_bytes) = <[u8; 64]>::try_from(signature) else {
        return false;
    };
    let sig = Signature::from_bytes(&sig_bytes);
    key.verify(&signed_message(hash), &sig).is_ok()
}

/// The stored public key, read from the table rather than derived from the secret so that a
/// swapped secret key shows up as failed signatures.
pub(crate) fn stored_public_key(conn: &Connection) -> Result<[u8; 32], StoreError> {
    let bytes: Vec<u8> = conn
        .query_row(
            "SELECT public_key FROM vault_keys WHERE purpose = ?1",
            [PURPOSE],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| StoreError::Corrupt("vault signing key is missing".into()))?;
    bytes
        .as_slice()
        .try_into()
        .map_err(|_| StoreError::Corrupt("public key has the wrong length".into()))
}
