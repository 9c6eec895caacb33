//! The notes-pad disguise's own text, kept between hides and restarts as any notes app keeps it.
//!
//! A notes pad that forgot every line each time it was closed would not pass for one. So its
//! ordinary lines sit in a small plain file, `notes.txt`, beside `appearance.conf`: only what a
//! person typed into the pad, and never a line that could hold a PIN, because the pad is where a
//! PIN is typed (the real one, the second one, a wrong guess, half of one, one with a slip or a
//! stray `=` out of calculator habit, in any script's digits). So a line is left out if it has
//! four digits in a row (spaces between them do not count), or if it is nothing but digits and
//! the signs a calculator has. A phone number, a year or a time in a line makes that line go too:
//! the price of never keeping a PIN. The page also never sends the line being typed while it
//! holds a digit. The file is as readable as any notes app's to whoever holds the computer,
//! which the settings screen says when the notes pad is chosen; nothing is written while the
//! vault is open, and the file goes when another disguise is chosen.

use std::path::Path;

use crate::error::Result;
use crate::files::{create_private_dir, write_atomically};

const FILE: &str = "notes.txt";
/// Plenty for a scratch pad; what is beyond it is not kept.
pub const MAX_NOTES_PAD_BYTES: usize = 64 * 1024;

/// The lines worth keeping: every line that could not hold a PIN (see the module's doc), with
/// Windows line ends made plain, cut to [`MAX_NOTES_PAD_BYTES`] at a character boundary.
pub fn ordinary_lines(text: &str) -> String {
    let kept: Vec<&str> = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| !could_hold_a_pin(line))
        .collect();
    let mut out = kept.join("\n");
    if out.len() > MAX_NOTES_PAD_BYTES {
        let mut cut = MAX_NOTES_PAD_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

/// Signs a calculator (or a slip beside the digits) puts around a number.
const CALCULATOR_SIGNS: &[char] = &[
    '=', '+', '-', '*', '/', '×', '÷', '.', ',', '#', '%', '(', ')', '−',
];

/// True for a line with four digits in a row (any script's; whitespace between them ignored), or
/// one made of nothing but digits and calculator signs (at least one digit).
fn could_hold_a_pin(line: &str) -> bool {
    let mut run = 0;
    let mut digits = false;
    let mut only_digits_and_signs = true;
    for c in line.chars() {
        if c.is_numeric() {
            digits = true;
            run += 1;
            if run >= 4 {
                return true;
            }
        } else if c.is_whitespace() {
            // "58 20 47" is still a run.
        } else {
            run = 0;
            if !CALCULATOR_SIGNS.contains(&c) {
                only_digits_and_signs = false;
            }
        }
    }
    digits && only_digits_and_signs
}

/// The pad's text as last kept; empty when there is none or it cannot be read (an empty pad is
/// what a notes app shows the first time, so it is always a safe answer).
pub fn load_notes_pad(dir: &Path) -> String {
    match std::fs::read(dir.join(FILE)) {
        // Filtered again on the way in: a file written by hand (or an older version) must not
        // put a PIN on screen.
        Ok(bytes) => ordinary_lines(&String::from_utf8_lossy(&bytes)),
        Err(_) => String::new(),
    }
}

/// Keeps the pad's ordinary lines. With none left (an empty pad, or only digits), the file is
/// removed rather than left empty.
pub fn save_notes_pad(dir: &Path, text: &str) -> Result<()> {
    let kept = ordinary_lines(text);
    if kept.trim().is_empty() {
        return forget_notes_pad(dir);
    }
    create_private_dir(dir)?;
    write_atomically(&dir.join(FILE), kept.as_bytes())
}

/// Removes the pad's file; a missing one is fine.
pub fn forget_notes_pad(dir: &Path) -> Result<()> {
    match std::fs::remove_file(dir.join(FILE)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_could_hold_a_pin_never_reach_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let typed = "milk\r\n582047\n 58 \neggs 12\n\n0000\n4\nbread\n582047=\n4829o\n\
                     #750316\n٤٨٢٩١٣\n４８２９１３\n58 20 47\n58=\nbus 42 at 9:15\ncall 07700 900123";
        save_notes_pad(dir.path(), typed).unwrap();
        let on_disk = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        assert_eq!(on_disk, "milk\neggs 12\n\nbread\nbus 42 at 9:15");
        assert_eq!(load_notes_pad(dir.path()), on_disk);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_pad_with_nothing_ordinary_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        save_notes_pad(dir.path(), "shopping").unwrap();
        save_notes_pad(dir.path(), "582047\n\n  \n").unwrap();
        assert!(!dir.path().join(FILE).exists());
        assert_eq!(load_notes_pad(dir.path()), "");
    }

    #[test]
    fn a_file_changed_by_hand_is_filtered_on_the_way_in_and_capped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), b"a\n123456\n\xff\xfeb").unwrap();
        assert_eq!(load_notes_pad(dir.path()), "a\n\u{fffd}\u{fffd}b");
        let long = "é".repeat(MAX_NOTES_PAD_BYTES);
        let kept = ordinary_lines(&long);
        assert!(kept.len() <= MAX_NOTES_PAD_BYTES && kept.chars().all(|c| c == 'é'));
    }
}
