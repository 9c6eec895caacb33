//! A software security chip (swtpm, the Debian package) for one test: its own state folder and
//! ports, so tests run in parallel, each with its own count of wrong PINs. Killed on drop.
//!
//! With `CI=true` a missing swtpm fails the test instead of skipping it.

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use harbour_vault::Chip;

pub struct SoftChip {
    child: Child,
    port: u16,
    _state: tempfile::TempDir,
}

/// Whether swtpm and tpm2-tools are here; if not, outside CI the chip tests are skipped.
pub fn available() -> bool {
    let here = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    };
    let ok = here("swtpm") && here("tpm2_dictionarylockout");
    if !ok && std::env::var_os("CI").is_some_and(|v| v == "true") {
        panic!(
            "swtpm and tpm2-tools are needed for the chip tests (scripts/setup.sh installs them)"
        );
    }
    if !ok {
        eprintln!("skipped: swtpm or tpm2-tools missing");
    }
    ok
}

/// Two free consecutive ports: swtpm's TCTI dials the control port at `port + 1`.
fn free_port_pair() -> u16 {
    loop {
        let a = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = a.local_addr().unwrap().port();
        if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
}

impl SoftChip {
    /// A fresh chip allowing `max_tries` wrong authorisations, healing one every
    /// `recovery_secs`.
    pub fn start(max_tries: u32, recovery_secs: u32) -> SoftChip {
        // Another process (or a test on another thread) may take a port between choosing and
        // binding it, and then this swtpm exits or the tool reaches someone else's: start again
        // on fresh ports. The last failure is kept to say why.
        let mut why = String::from("swtpm did not start");
        for _ in 0..8 {
            let state = tempfile::tempdir().unwrap();
            let port = free_port_pair();
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
                .spawn()
                .unwrap();
            let mut chip = SoftChip {
                child,
                port,
                _state: state,
            };
            if !chip.wait_until_listening(Duration::from_secs(5)) {
                why = format!("swtpm on ports {port}/{} did not start", port + 1);
                continue;
            }
            // The tool can still be refused in the first moments: a few tries before a restart.
            for _ in 0..3 {
                match chip.try_set_limits(max_tries, recovery_secs) {
                    Ok(()) if chip.child.try_wait().unwrap().is_none() => return chip,
                    Ok(()) => why = "swtpm exited after its limits were set".into(),
                    Err(e) => why = e,
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        panic!("{why}");
    }

    /// Whether this swtpm is alive and both its ports (commands and control) take connections.
    fn wait_until_listening(&mut self, within: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < within {
            if self.child.try_wait().unwrap().is_some() {
                return false;
            }
            let up = |port: u16| TcpStream::connect(("127.0.0.1", port)).is_ok();
            if up(self.port) && up(self.port + 1) {
                return self.child.try_wait().unwrap().is_none();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    pub fn tcti(&self) -> String {
        format!("swtpm:host=127.0.0.1,port={}", self.port)
    }

    pub fn chip(&self) -> Chip {
        Chip::at(self.tcti())
    }

    /// Sets the chip's dictionary-attack limits (a fresh chip's lockout authorisation is empty,
    /// as on most Linux computers).
    fn try_set_limits(&self, max_tries: u32, recovery_secs: u32) -> Result<(), String> {
        let out = Command::new("tpm2_dictionarylockout")
            .env("TPM2TOOLS_TCTI", self.tcti())
            .args([
                "-s",
                "-n",
                &max_tries.to_string(),
                "-t",
                &recovery_secs.to_string(),
            ])
            .args(["-l", &recovery_secs.to_string()])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "tpm2_dictionarylockout failed on port {}: {}",
                self.port,
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// Clears the chip's count of wrong authorisations (anyone may, with an empty lockout
    /// authorisation: the caveat `docs/tpm.md` names).
    pub fn reset_count(&self) {
        let ok = Command::new("tpm2_dictionarylockout")
            .env("TPM2TOOLS_TCTI", self.tcti())
            .arg("-c")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "tpm2_dictionarylockout -c failed");
    }

    pub fn failures(&self) -> u32 {
        self.chip().status().unwrap().failures
    }
}

impl Drop for SoftChip {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
