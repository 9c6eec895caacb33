//! Resident memory as Linux reports it in `/proc/<pid>/status`, shared by the bench binaries.

/// A `status` field in MiB (`VmRSS:` now, `VmHWM:` the peak); `None` when it cannot be read.
/// `pid` is `None` for this process.
pub fn status_mib(pid: Option<u32>, field: &str) -> Option<f64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/status"),
        None => "/proc/self/status".to_owned(),
    };
    std::fs::read_to_string(path)
        .ok()?
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse::<f64>()
        .ok()
        .map(|kib| kib / 1024.0)
}
