//! `harbour-relay [--config relay.toml]`: runs the relay until Ctrl+C or SIGTERM, then finishes
//! requests under way and stops. See the crate docs for the API and docs/relay.md to deploy it.

use harbour_relay::{RelayConfig, serve};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = match args.as_slice() {
        [] => None,
        [flag, path] if flag == "--config" => Some(path.as_str()),
        _ => {
            eprintln!("usage: harbour-relay [--config relay.toml]");
            std::process::exit(2);
        }
    };
    let mut config = match RelayConfig::load(file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("harbour-relay: {e}");
            std::process::exit(2);
        }
    };
    fit_open_files(&mut config);
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("harbour-relay: cannot listen on {}: {e}", config.listen);
            std::process::exit(1);
        }
    };
    // The address bound (port 0 in the config picks a free one).
    let address = listener.local_addr().unwrap_or(config.listen);
    eprintln!("harbour-relay: listening on {address}");
    if let Err(e) = serve(config, listener, shutdown_signal()).await {
        eprintln!("harbour-relay: {e}");
        std::process::exit(1);
    }
    eprintln!("harbour-relay: stopped");
}

/// Every connection and live session is an open file: the soft limit is raised to the hard
/// one, and if connections and sessions still do not fit (with room for the database and the
/// listener), both are lowered to fit and the operator is told, so running out of files never
/// stops the relay from accepting anything.
fn fit_open_files(config: &mut RelayConfig) {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current != limit.maximum {
            limit.current = limit.maximum;
            let _ = setrlimit(Resource::Nofile, limit);
        }
        let Some(files) = getrlimit(Resource::Nofile).current else {
            return;
        };
        let room = usize::try_from(files.saturating_sub(64)).unwrap_or(usize::MAX);
        let wanted = config.max_connections.saturating_add(config.max_sessions);
        if wanted > room && wanted > 0 {
            let share = |n: usize| ((n as u128 * room as u128 / wanted as u128) as usize).max(1);
            config.max_connections = share(config.max_connections);
            config.max_sessions = share(config.max_sessions);
            eprintln!(
                "harbour-relay: {files} open files allowed: at most {} connections and {} live sessions (raise the limit, e.g. LimitNOFILE in systemd, for more)",
                config.max_connections, config.max_sessions
            );
        }
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
