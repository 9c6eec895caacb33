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
    let config = match RelayConfig::load(file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("harbour-relay: {e}");
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("harbour-relay: cannot listen on {}: {e}", config.listen);
            std::process::exit(1);
        }
    };
    eprintln!("harbour-relay: listening on {}", config.listen);
    if let Err(e) = serve(config, listener, shutdown_signal()).await {
        eprintln!("harbour-relay: {e}");
        std::process::exit(1);
    }
    eprintln!("harbour-relay: stopped");
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
