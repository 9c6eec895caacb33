//! Prints what the security chip adds to an unlock, against a software chip (swtpm, started
//! here): unlock times with the chip for the real PIN, the second PIN and a wrong PIN, side by
//! side with the keychain, alternating so that the machine's noise falls on all alike. With the
//! smallest Argon2id settings the chip's share shows; with the default ones, what a person waits.
//!
//! Run it through `scripts/bench-chip.sh` (it needs the OS keychain for the guessing count, and
//! swtpm and tpm2-tools). Figures only; nothing here asserts a time.

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use harbour_vault::{Chip, KdfParams, Keychain, LockedVault, Pin, VaultError};

const ROUNDS: usize = 9;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

fn main() {
    if let Err(e) = run() {
        eprintln!("chip bench failed: {e}");
        std::process::exit(1);
    }
}

/// swtpm on two free consecutive ports (its TCTI dials the control port at `port + 1`).
struct SoftChip {
    child: Child,
    port: u16,
    _state: tempfile::TempDir,
}

impl SoftChip {
    fn start() -> AnyResult<SoftChip> {
        let state = tempfile::tempdir()?;
        let port = loop {
            let a = TcpListener::bind("127.0.0.1:0")?;
            let port = a.local_addr()?.port();
            if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
                break port;
            }
        };
        let child = Command::new("swtpm")
            .args(["socket", "--tpm2", "--tpmstate"])
            .arg(format!("dir={}", state.path().display()))
            .arg("--server")
            .arg(format!("type=tcp,port={port},bindaddr=127.0.0.1"))
            .arg("--ctrl")
            .arg(format!("type=tcp,port={},bindaddr=127.0.0.1", port + 1))
            .args(["--flags", "not-need-init,startup-clear"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let chip = SoftChip {
            child,
            port,
            _state: state,
        };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if start.elapsed() > Duration::from_secs(5) {
                return Err("swtpm did not start".into());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // Enough tries that the bench's wrong PINs never lock it.
        let ok = Command::new("tpm2_dictionarylockout")
            .env("TPM2TOOLS_TCTI", chip.tcti())
            .args(["-s", "-n", "10000", "-t", "1", "-l", "1"])
            .stdout(Stdio::null())
            .status()?
            .success();
        if !ok {
            return Err("tpm2_dictionarylockout failed".into());
        }
        Ok(chip)
    }

    fn tcti(&self) -> String {
        format!("swtpm:host=127.0.0.1,port={}", self.port)
    }
}

impl Drop for SoftChip {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn run() -> AnyResult<()> {
    let soft = SoftChip::start()?;
    let dir = tempfile::tempdir()?;
    let pin = Pin::new("482913")?;
    let second = Pin::new("750316")?;
    let wrong = Pin::new("111222")?;
    // Not a test of guessing: the app's own delay would otherwise stop the wrong PINs.
    let keychain = Keychain::with_service("pocketcalc-bench").allowing_free_tries(10_000);
    let with_chip = keychain.clone().with_chip(Chip::at(soft.tcti()));
    println!("# chip benchmark (swtpm), {ROUNDS} unlocks each, min / median / max ms");
    for (label, kdf) in [
        ("smallest", KdfParams::FLOOR),
        ("default", KdfParams::DEFAULT),
    ] {
        let mut columns: Vec<(&str, Vec<Duration>)> = Vec::new();
        let mut vaults = Vec::new();
        for (name, keys) in [("keychain", &keychain), ("chip", &with_chip)] {
            let path = dir.path().join(format!("{label}-{name}"));
            let created = LockedVault::create(&path, keys.clone(), &pin, Some(&second), kdf)?;
            vaults.push((name, created.vault.lock()?));
        }
        let tries: [(&str, usize, &Pin); 4] = [
            ("keychain, real PIN", 0, &pin),
            ("chip, real PIN", 1, &pin),
            ("chip, second PIN", 1, &second),
            ("chip, wrong PIN", 1, &wrong),
        ];
        for (name, _, _) in &tries {
            columns.push((name, Vec::new()));
        }
        for _ in 0..ROUNDS {
            for (i, (_, vault, typed)) in tries.iter().enumerate() {
                let locked = &vaults[*vault].1;
                let t = Instant::now();
                match locked.unlock(typed) {
                    Ok(opened) => {
                        columns[i].1.push(t.elapsed());
                        opened.lock()?;
                    }
                    Err(VaultError::WrongPin) => columns[i].1.push(t.elapsed()),
                    Err(e) => return Err(e.into()),
                }
            }
        }
        println!("{label} Argon2id {kdf:?}:");
        for (name, mut samples) in columns {
            println!("  {name:<20} {}", spread(&mut samples));
        }
    }
    Ok(())
}

fn spread(samples: &mut [Duration]) -> String {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "{:.0} / {:.0} / {:.0}",
        ms(samples[0]),
        ms(samples[samples.len() / 2]),
        ms(samples[samples.len() - 1])
    )
}
