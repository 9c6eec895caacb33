//! What was copied from the open app, as a hash: at a hide the clipboard is emptied if it still
//! holds that text (`platform::clear_clipboard`), so that pasting afterwards (by the person or
//! by someone else at the computer) does not bring vault text back on screen. The text itself
//! is never kept.

use sha2::{Digest, Sha256};

/// The hash of some copied text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CopiedText([u8; 32]);

impl CopiedText {
    pub fn of(text: &str) -> CopiedText {
        CopiedText(Sha256::digest(text.as_bytes()).into())
    }
}

impl std::fmt::Debug for CopiedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CopiedText(***)")
    }
}
