//! The sync frame decoder on hostile input: it must refuse, never panic or allocate without
//! bound. The first input byte picks the mode: odd, the rest is the whole frame; even, the rest
//! follows a valid header prefix (magic, version, kind, epoch 1) so the sender, counter, nonce and
//! authentication checks are reached too.
#![no_main]

use harbour_sync::CaseKey;
use harbour_sync::frame::{epoch_of, open};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    let key = CaseKey::from_bytes(1, [7; 32]);
    let frame: Vec<u8> = if mode % 2 == 1 {
        rest.to_vec()
    } else {
        let mut f = b"HSF1\x01\x01\x00\x00\x00\x01".to_vec();
        f.extend_from_slice(rest);
        // Pad to the smallest size a frame can have, so the shape check passes.
        if f.len() < 512 {
            f.resize(512, 0);
        }
        f
    };
    let _ = epoch_of(&frame);
    if open(|e| (e == 1).then_some(&key), &frame).is_ok() {
        panic!("an unauthenticated frame opened");
    }
});
