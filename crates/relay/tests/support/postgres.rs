//! Where the tests find PostgreSQL: `HARBOUR_TEST_POSTGRES`, set by scripts/with-postgres.sh.
//! Shared by the relay's tests and the sharing engine's (`#[path]`-included there).

/// The connection string, or `None` (with a note) outside CI. In CI it must be set, so a
/// missing PostgreSQL fails the run instead of skipping its tests unnoticed.
pub fn postgres_url() -> Option<String> {
    match std::env::var("HARBOUR_TEST_POSTGRES") {
        Ok(url) => Some(url),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("HARBOUR_TEST_POSTGRES must be set in CI (scripts/with-postgres.sh)")
        }
        Err(_) => {
            eprintln!("skipping PostgreSQL: HARBOUR_TEST_POSTGRES is not set");
            None
        }
    }
}
