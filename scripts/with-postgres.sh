#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1 (its own data folder, removed
# afterwards) and HARBOUR_TEST_POSTGRES pointing at it: the relay's tests run against it.
# Usage: bash scripts/with-postgres.sh <command...>
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$bin" ]; then
  echo "with-postgres: PostgreSQL is not installed (scripts/setup.sh installs it)" >&2
  exit 1
fi
dir="$(mktemp -d /tmp/harbour-pg.XXXXXX)"
# A free port, so a leftover or a second run never collides.
port="${HARBOUR_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
as=()
# PostgreSQL refuses to run as root: use its own system user then.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
cleanup() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U relay --auth=trust -E UTF8 >/dev/null
# TLS with a throwaway CA: the server's certificate (for 127.0.0.1 and localhost) is signed by
# it, and a second CA that signed nothing stands for a wrong one.
tls="$dir/tls"
mkdir -p "$tls"
for ca in ca other-ca; do
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj "/CN=harbour test $ca" -keyout "$tls/$ca.key" -out "$tls/$ca.pem" 2>/dev/null
done
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
  -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$tls/san.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
  -days 2 -extfile "$tls/san.ext" -out "$tls/server.pem" 2>/dev/null
chmod 600 "$tls/server.key"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$tls"
if ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$tls/server.pem -c ssl_key_file=$tls/server.key" \
  start >/dev/null; then
  echo "with-postgres: the server did not start:" >&2
  tail -5 "$dir/log" >&2 || true
  exit 1
fi
# Plain on this computer (the tests of everything else); the TLS test asks for TLS itself.
export HARBOUR_TEST_POSTGRES="host=127.0.0.1 port=$port user=relay dbname=postgres sslmode=disable"
export HARBOUR_TEST_POSTGRES_TLS="host=127.0.0.1 port=$port user=relay dbname=postgres sslmode=require"
export HARBOUR_TEST_POSTGRES_CA="$tls/ca.pem" HARBOUR_TEST_POSTGRES_OTHER_CA="$tls/other-ca.pem"
"$@"
