# Shared shell helpers for scripts/dev and scripts/test. Source it; it
# changes nothing by itself.

# The project never sends usage data and never asks Cloudflare for the
# request metadata placeholder (the machine may have no route there).
export WRANGLER_SEND_METRICS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false

wrangler() { "$ROOT/node_modules/.bin/wrangler" "$@"; }

# ensure_npm installs the npm packages with `npm ci` unless node_modules
# already matches package-lock.json exactly.
ensure_npm() {
  local stamp="$ROOT/node_modules/.tippani-lock.sha256"
  local want
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  echo "setup: npm ci" >&2
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
}

# ensure_chromium installs Debian's chromium when /usr/bin/chromium is missing.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  echo "setup: installing chromium from Debian's packages" >&2
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# free_port prints a TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# apply_migrations STATE_DIR applies the D1 migrations to the local
# database kept in STATE_DIR.
apply_migrations() {
  (cd "$ROOT" && wrangler d1 migrations apply DB --local --persist-to "$1") >"$1.migrations.log" 2>&1 || {
    cat "$1.migrations.log" >&2
    return 1
  }
}

# wait_http URL SECONDS waits until URL answers, or fails.
wait_http() {
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      return 1
    fi
    sleep 0.3
  done
}
