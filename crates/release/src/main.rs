//! `harbour-release`: the project's release signing, by hand (see docs/packaging.md).
//!
//! ```text
//! harbour-release keygen SECRET_FILE              a new key; prints its public key
//! harbour-release sign SECRET_FILE FILE...        writes SHA256SUMS and SHA256SUMS.sig beside
//!                                                 the first file
//! harbour-release verify PUBLIC_KEY SHA256SUMS FILE...
//! harbour-release manifest SECRET_FILE VERSION PUBLISHED URL FILE
//! ```

use std::path::{Path, PathBuf};

use harbour_release::manifest::{self, Manifest};
use harbour_release::{ReleaseKey, sums};
use sha2::{Digest, Sha256};

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

fn read_key(path: &Path) -> AnyResult<ReleaseKey> {
    let bytes = zeroize::Zeroizing::new(std::fs::read(path)?);
    let seed: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| "the secret key file is not 32 bytes")?;
    Ok(ReleaseKey::from_seed(&seed))
}

fn name_of(path: &Path) -> AnyResult<String> {
    Ok(path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("a file name that is not text")?
        .to_owned())
}

fn main() -> AnyResult<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("keygen") if args.len() == 2 => {
            let key = ReleaseKey::generate()?;
            let path = PathBuf::from(&args[1]);
            write_secret(&path, &*key.seed())?;
            println!("{}", key.public_hex());
        }
        Some("sign") if args.len() >= 3 => {
            let key = read_key(Path::new(&args[1]))?;
            let files: Vec<(String, Vec<u8>)> = args[2..]
                .iter()
                .map(|p| Ok((name_of(Path::new(p))?, std::fs::read(p)?)))
                .collect::<AnyResult<_>>()?;
            let borrowed: Vec<(&str, &[u8])> = files
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect();
            let list = sums::list(&borrowed);
            let dir = Path::new(&args[2]).parent().unwrap_or(Path::new("."));
            std::fs::write(dir.join("SHA256SUMS"), &list)?;
            std::fs::write(dir.join("SHA256SUMS.sig"), sums::sign(&key, &list))?;
            print!("{list}");
        }
        Some("verify") if args.len() >= 4 => {
            let list_path = Path::new(&args[2]);
            let list = std::fs::read_to_string(list_path)?;
            let sig = std::fs::read_to_string(list_path.with_extension("sig"))?;
            for file in &args[3..] {
                let path = Path::new(file);
                sums::verify_file(
                    &args[1],
                    &list,
                    &sig,
                    &name_of(path)?,
                    &std::fs::read(path)?,
                )?;
                println!("{}: signed and intact", name_of(path)?);
            }
        }
        Some("manifest") if args.len() == 6 => {
            let key = read_key(Path::new(&args[1]))?;
            let download = std::fs::read(&args[5])?;
            print!(
                "{}",
                manifest::sign(
                    &key,
                    &Manifest {
                        version: args[2].clone(),
                        published: args[3].clone(),
                        url: args[4].clone(),
                        sha256: hex::encode(Sha256::digest(&download)),
                    }
                )?
            );
        }
        _ => {
            eprintln!(
                "usage: harbour-release keygen SECRET_FILE | sign SECRET_FILE FILE... | \
                 verify PUBLIC_KEY SHA256SUMS FILE... | manifest SECRET_FILE VERSION PUBLISHED URL FILE"
            );
            std::process::exit(2);
        }
    }
    Ok(())
}

/// Writes the secret seed readable by this account only, never over an existing key.
fn write_secret(path: &Path, seed: &[u8]) -> AnyResult<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(seed)?;
    Ok(())
}
