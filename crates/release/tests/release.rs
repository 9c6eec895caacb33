//! Release signing attacked: a file changed after signing, a list changed, a signature from
//! another key, a sums signature passed off as a manifest's; and the update manifest good,
//! tampered, replayed (older or the same version), and pointing somewhere it must not.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_release::manifest::{self, Manifest};
use harbour_release::{ReleaseError, ReleaseKey, sums};

const DEB: &[u8] = b"pretend .deb bytes";
const RPM: &[u8] = b"pretend .rpm bytes";

#[test]
fn signed_sums_pass_and_every_change_is_caught() {
    let key = ReleaseKey::generate().unwrap();
    let list = sums::list(&[
        ("Calculator_0.2.0_amd64.deb", DEB),
        ("Calculator-0.2.0-1.x86_64.rpm", RPM),
    ]);
    // sha256sum's own form, sorted by name.
    assert!(
        list.lines()
            .next()
            .unwrap()
            .ends_with("  Calculator-0.2.0-1.x86_64.rpm")
    );
    assert_eq!(
        list.lines().next().unwrap().len(),
        64 + 2 + "Calculator-0.2.0-1.x86_64.rpm".len()
    );
    let sig = sums::sign(&key, &list);
    let public = key.public_hex();
    sums::verify_file(&public, &list, &sig, "Calculator_0.2.0_amd64.deb", DEB).unwrap();

    // The file swapped for another after signing.
    assert_eq!(
        sums::verify_file(&public, &list, &sig, "Calculator_0.2.0_amd64.deb", b"evil"),
        Err(ReleaseError::Mismatch("Calculator_0.2.0_amd64.deb".into()))
    );
    // The list changed to match a swapped file.
    let forged = list.replacen(&list[..64], &"0".repeat(64), 1);
    assert_eq!(
        sums::verify_list(&public, &forged, &sig),
        Err(ReleaseError::BadSignature)
    );
    // Signed by someone else's key.
    let other = ReleaseKey::generate().unwrap();
    assert_eq!(
        sums::verify_list(&public, &list, &sums::sign(&other, &list)),
        Err(ReleaseError::BadSignature)
    );
    assert_eq!(
        sums::verify_file(&public, &list, &sig, "not-listed.deb", DEB),
        Err(ReleaseError::NotListed("not-listed.deb".into()))
    );
    assert_eq!(
        sums::verify_list(&public, &list, "garbage"),
        Err(ReleaseError::Malformed)
    );
}

fn release(version: &str) -> Manifest {
    Manifest {
        version: version.into(),
        published: "2027-01-10".into(),
        url: format!("https://example.org/Calculator_{version}_amd64.deb"),
        sha256: "ab".repeat(32),
    }
}

#[test]
fn an_update_manifest_is_taken_only_signed_newer_and_pointing_to_https() {
    let key = ReleaseKey::generate().unwrap();
    let public = key.public_hex();
    let good = manifest::sign(&key, &release("0.2.0")).unwrap();
    assert_eq!(
        manifest::verify_newer(&public, good.as_bytes(), "0.1.0").unwrap(),
        release("0.2.0")
    );
    // Tampered: another download address, the signature left as it was.
    let tampered = good.replace("https://example.org/", "https://elsewhere.example/");
    assert_eq!(
        manifest::verify_newer(&public, tampered.as_bytes(), "0.1.0"),
        Err(ReleaseError::BadSignature)
    );
    // Replayed: a real, older manifest (or the running version's own) is not an update.
    let old = manifest::sign(&key, &release("0.1.0")).unwrap();
    assert_eq!(
        manifest::verify_newer(&public, old.as_bytes(), "0.1.0"),
        Err(ReleaseError::NotNewer("0.1.0".into()))
    );
    assert_eq!(
        manifest::verify_newer(&public, good.as_bytes(), "0.10.0"),
        Err(ReleaseError::NotNewer("0.10.0".into()))
    );
    // Signed by another key.
    let other = manifest::sign(&ReleaseKey::generate().unwrap(), &release("0.3.0")).unwrap();
    assert_eq!(
        manifest::verify_newer(&public, other.as_bytes(), "0.1.0"),
        Err(ReleaseError::BadSignature)
    );
    // A sums signature cannot pass as a manifest's (each is signed under its own label).
    let list = sums::list(&[("x", b"y")]);
    let sums_sig = sums::sign(&key, &list);
    let crossed = format!(
        "{}\nharbour-release-manifest-v1 {}",
        list.trim_end(),
        sums_sig.split_whitespace().nth(1).unwrap()
    );
    assert!(manifest::verify_newer(&public, crossed.as_bytes(), "0.1.0").is_err());
    // Plain http to anywhere but this computer, or a hash that is not one: refused though signed.
    let mut plain = release("0.2.0");
    plain.url = "http://example.org/c.deb".into();
    let plain = manifest::sign(&key, &plain).unwrap();
    assert_eq!(
        manifest::verify_newer(&public, plain.as_bytes(), "0.1.0"),
        Err(ReleaseError::Malformed)
    );
    // Too large to be a manifest.
    let big = vec![b'{'; manifest::MAX_MANIFEST_BYTES + 1];
    assert_eq!(
        manifest::verify_newer(&public, &big, "0.1.0"),
        Err(ReleaseError::Malformed)
    );
}

#[test]
fn the_secret_key_never_shows_in_debug() {
    let key = ReleaseKey::from_seed(&[7; 32]);
    assert_eq!(format!("{key:?}"), "ReleaseKey(…)");
}

#[test]
fn the_tool_makes_a_key_signs_files_and_checks_them() {
    let dir = tempfile::tempdir().unwrap();
    let tool = env!("CARGO_BIN_EXE_harbour-release");
    let secret = dir.path().join("release.key");
    let out = std::process::Command::new(tool)
        .args(["keygen", secret.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let public = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert_eq!(public.len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "the secret key is this account's alone"
        );
    }
    // A second keygen never overwrites the key.
    let again = std::process::Command::new(tool)
        .args(["keygen", secret.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(!again.success());

    let deb = dir.path().join("Calculator_0.2.0_amd64.deb");
    std::fs::write(&deb, DEB).unwrap();
    let signed = std::process::Command::new(tool)
        .args(["sign", secret.to_str().unwrap(), deb.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(signed.success());
    let sums_path = dir.path().join("SHA256SUMS");
    let check = |expect_ok: bool| {
        let status = std::process::Command::new(tool)
            .args([
                "verify",
                &public,
                sums_path.to_str().unwrap(),
                deb.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert_eq!(status.status.success(), expect_ok, "{status:?}");
    };
    check(true);
    std::fs::write(&deb, b"swapped").unwrap();
    check(false);
}
