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
        // Another process may take the ports between choosing and binding them: try again.
        for _ in 0..5 {
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
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(5) {
                if chip.child.try_wait().unwrap().is_some() {
                    break;
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    chip.set_limits(max_tries, recovery_secs);
                    return chip;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        panic!("swtpm did not start");
    }

    pub fn tcti(&self) -> String {
        format!("swtpm:host=127.0.0.1,port={}", self.port)
    }

    pub fn chip(&self) -> Chip {
        Chip::at(self.tcti())
    }

    /// Sets the chip's dictionary-attack limits (a fresh chip's lockout authorisation is empty,
    /// as on most Linux computers).
    pub fn set_limits(&self, max_tries: u32, recovery_secs: u32) {
        let ok = Command::new("tpm2_dictionarylockout")
            .env("TPM2TOOLS_TCTI", self.tcti())
            .args([
                "-s",
                "-n",
                &max_tries.to_string(),
                "-t",
                &recovery_secs.to_string(),
            ])
            .args(["-l", &recovery_secs.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "tpm2_dictionarylockout failed");
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
