#!/usr/bin/env bash
# Installs everything Rancang needs from nothing: system packages, a virtualenv with the
# pinned Python packages, the project itself. Safe to run again (it skips what is done).
set -euo pipefail
cd "$(dirname "$0")/.."

# The job broker of the tests and of `rancang worker`: a Redis on 127.0.0.1:6379, started
# here when installed and not answering (nothing is kept on disk). Runs on every call.
start_redis() {
  command -v redis-server >/dev/null 2>&1 || return 0
  (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && return 0
  mkdir -p /tmp/rancang-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp/rancang-redis --logfile /tmp/rancang-redis/redis.log >/dev/null || true
}
start_redis

stamp=.venv/.rancang-setup
lockhash=$(cat requirements.lock pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1)

if [[ -f $stamp && "$(cat $stamp)" == "$lockhash" ]]; then
  exit 0
fi

# System packages (Debian). Only what pip cannot bring.
need_apt=()
for pkg in $(cat scripts/apt-packages.txt); do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps -e .

if [[ -f package.json ]]; then
  npm ci --silent --no-audit --no-fund
  .venv/bin/python scripts/copy_static.py
fi
start_redis  # installed just now by apt
echo "$lockhash" > "$stamp"
