//! The backup decoder on hostile input: it must return an error (or, for an untouched file, the
//! original bytes), never panic, hang or allocate without bound.
//!
//! The first input byte picks the mode: odd, the rest is the whole file (header parsing, key
//! sources, versions, Argon2 bounds); even, the rest follows a valid header for a fixed recovery
//! key, so the chunk loop (lengths, truncation, the last flag, tags) is reached too.
#![no_main]

use std::sync::OnceLock;

use harbour_vault::{BackupSecret, KdfParams, RecoveryKey, open_backup_stream, seal_backup_stream};
use libfuzzer_sys::fuzz_target;

const KEY: &str = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH";

fn valid_header() -> &'static [u8] {
    static HEADER: OnceLock<Vec<u8>> = OnceLock::new();
    HEADER.get_or_init(|| {
        let key = RecoveryKey::parse(KEY).expect("fixed key parses");
        let mut file = Vec::new();
        seal_backup_stream(
            &b""[..],
            &mut file,
            BackupSecret::RecoveryKey(&key),
            KdfParams::FLOOR,
        )
        .expect("sealing into memory works");
        file[..92].to_vec()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let key = RecoveryKey::parse(KEY).expect("fixed key parses");
    let file: Vec<u8> = if mode % 2 == 1 {
        rest.to_vec()
    } else {
        [valid_header(), rest].concat()
    };
    let mut out = Vec::new();
    let _ = open_backup_stream(&file[..], &mut out, BackupSecret::RecoveryKey(&key));
});
