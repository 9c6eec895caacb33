//! Where the tests find PostgreSQL: `HARBOUR_TEST_POSTGRES`, set by scripts/with-postgres.sh.
//! Shared by the relay's tests and the sharing engine's (`#[path]`-included there).
#![allow(dead_code)]

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

/// The throwaway server's TLS address and CA files (scripts/with-postgres.sh): the connection
/// string asking for TLS, the CA that signed the server's certificate, and one that did not.
pub struct PostgresTls {
    pub url: String,
    pub ca: std::path::PathBuf,
    pub other_ca: std::path::PathBuf,
}

pub fn postgres_tls() -> Option<PostgresTls> {
    postgres_url()?;
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by scripts/with-postgres.sh"))
    };
    Some(PostgresTls {
        url: var("HARBOUR_TEST_POSTGRES_TLS"),
        ca: var("HARBOUR_TEST_POSTGRES_CA").into(),
        other_ca: var("HARBOUR_TEST_POSTGRES_OTHER_CA").into(),
    })
}
