//! Summaries of timing samples, shared by the bench binaries.

use std::time::Duration;

/// The `p` quantile (0.0 to 1.0) of sorted samples, in milliseconds.
pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}
