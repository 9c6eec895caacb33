//! What the real vault keeps, inside its encrypted records, about the vault folder it lives in:
//!
//! - which of the computer's two chip lanes its PIN uses (see the vault's `binding.rs`), so that
//!   after the recovery key opened it a new PIN goes back into the same lane and the second PIN,
//!   in the other, keeps working. Which lane is real is written nowhere outside the vault;
//! - a fingerprint of the second PIN's key slot as this vault last sealed it, so that a change
//!   made from inside the second PIN's space (someone who forced it out of the person, changing
//!   its PIN) can be told to the person, whose own second PIN no longer opens it;
//! - a fingerprint of what ties its PIN to the computer (the keychain's secret, or its chip lane
//!   and the lane salt), so that after the recovery key a secret or a trailer someone else put
//!   there is not trusted with the new PIN.

use crate::{Store, StoreError};

const OWN_LANE: &str = "own_lane";
const SECOND_PIN_SLOT: &str = "second_pin_slot";
const BINDING_MARK: &str = "binding_mark";

impl Store {
    /// Keeps (or replaces) the lane this vault's PIN uses.
    pub fn keep_own_lane(&mut self, lane: u8) -> Result<(), StoreError> {
        self.put_meta(OWN_LANE, &[lane])
    }

    /// The lane this vault's PIN uses, if it was ever kept.
    pub fn own_lane(&self) -> Result<Option<u8>, StoreError> {
        Ok(self
            .meta(OWN_LANE)?
            .and_then(|v| v.first().copied())
            .filter(|l| *l < 2))
    }

    /// Keeps the fingerprint of the second PIN's slot as this vault sealed (or cleared) it.
    pub fn keep_second_pin_slot(&mut self, fingerprint: &[u8; 32]) -> Result<(), StoreError> {
        self.put_meta(SECOND_PIN_SLOT, fingerprint)
    }

    /// The fingerprint kept by `keep_second_pin_slot`, if any.
    pub fn second_pin_slot(&self) -> Result<Option<Vec<u8>>, StoreError> {
        self.meta(SECOND_PIN_SLOT)
    }

    /// Keeps the fingerprint of what ties this vault's PIN to the computer.
    pub fn keep_binding_mark(&mut self, mark: &[u8; 32]) -> Result<(), StoreError> {
        self.put_meta(BINDING_MARK, mark)
    }

    /// The fingerprint kept by `keep_binding_mark`, if any.
    pub fn binding_mark(&self) -> Result<Option<Vec<u8>>, StoreError> {
        self.meta(BINDING_MARK)
    }
}
