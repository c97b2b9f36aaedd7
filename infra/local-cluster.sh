#!/usr/bin/env bash
# Scale-out on one machine: two console processes on two loopback ports behind nginx (with affinity
# and WebSockets), one redis-server for the shared cache, sessions and Data Protection keys, and one
# seeded moto_server as the cloud both point at.
#
#   infra/local-cluster.sh start [--dir DIR] [--port PORT]   # prints the URL and the demo keys
#   infra/local-cluster.sh stop-one a|b [--dir DIR]          # stops one console process
#   infra/local-cluster.sh stop [--dir DIR]                  # stops everything
#
# State (ports, pids, logs, cluster.env) lives in DIR (default: /tmp/eucaconsole-cluster).
# Needs nginx, redis-server, moto_server, python3 and dotnet; publishes Console.Server into DIR.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir=/tmp/eucaconsole-cluster port="" command="${1:-}"
[[ $# -gt 0 ]] && shift
which_one=""
if [[ "$command" == "stop-one" ]]; then which_one="${1:-}"; [[ $# -gt 0 ]] && shift; fi
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dir) dir="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) echo "local-cluster.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

fail() { echo "local-cluster.sh: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_http() { # url seconds
    for _ in $(seq 1 $(($2 * 5))); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
    return 1
}
stop_pid() { [[ -f "$1" ]] && kill "$(cat "$1")" 2>/dev/null || true; rm -f "$1"; }

case "$command" in
    start)
        for tool in nginx redis-server moto_server python3 dotnet curl; do
            command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] || fail "$tool is not installed"
        done
        nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
        [[ ! -f "$dir/cluster.env" ]] || fail "a cluster already runs from $dir (stop it first)"
        mkdir -p "$dir/nginx-temp"
        # Published, as on a real instance (a plain build serves its static web assets only in Development);
        # each process runs in the publish directory, its content root, where wwwroot is.
        "$root/scripts/publish" --output "$dir/publish" --no-archive >"$dir/publish.log" 2>&1 || fail "publishing the console failed (see $dir/publish.log)"

        redis_port=$(free_port) moto_port=$(free_port) a_port=$(free_port) b_port=$(free_port) nginx_port=${port:-$(free_port)}

        redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no >"$dir/redis.log" 2>&1 &
        echo $! >"$dir/redis.pid"
        # The sandbox's own small public catalogue (the seed copies from it), as the console's sandbox does.
        MOTO_AMIS_PATH="$root/Console.Server/Sandbox/sandbox-catalogue-amis.json" moto_server -H 127.0.0.1 -p "$moto_port" >"$dir/moto.log" 2>&1 &
        echo $! >"$dir/moto.pid"
        wait_http "http://127.0.0.1:$moto_port/moto-api/" 60 || fail "moto_server did not start (see $dir/moto.log)"
        seed=$(python3 "$root/Console.Server/Sandbox/seed_sandbox.py" "http://127.0.0.1:$moto_port" us-east-1 | tail -1) \
            || fail "seeding the cloud failed"
        access_key=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["accessKeyId"])' "$seed")
        secret_key=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["secretAccessKey"])' "$seed")

        # Both processes share one key ring in Redis, encrypted with one key.
        key_ring_key=$(python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())')
        # Readiness details through nginx need this token (only direct local callers see them without).
        health_token=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
        for name in a b; do
            console_port=$a_port; [[ $name == b ]] && console_port=$b_port
            ASPNETCORE_ENVIRONMENT=Production \
            Urls="http://127.0.0.1:$console_port" \
            Console__InstanceName="console-$name" \
            Cloud__Kind=Aws Cloud__EndpointUrl="http://127.0.0.1:$moto_port" Cloud__Region=us-east-1 \
            ConnectionStrings__Redis="127.0.0.1:$redis_port,abortConnect=false" \
            DataProtection__KeyEncryptionKey="$key_ring_key" \
            ForwardedHeaders__KnownProxies__0=127.0.0.1 \
            Health__ReadyToken="$health_token" \
                bash -c 'cd "$1" && exec dotnet Console.Server.dll' _ "$dir/publish" >"$dir/console-$name.log" 2>&1 &
            echo $! >"$dir/console-$name.pid"
        done

        cat >"$dir/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 256; }
http {
    access_log $dir/nginx-access.log;
    client_body_temp_path $dir/nginx-temp/body;
    proxy_temp_path $dir/nginx-temp/proxy;
    fastcgi_temp_path $dir/nginx-temp/fastcgi;
    uwsgi_temp_path $dir/nginx-temp/uwsgi;
    scgi_temp_path $dir/nginx-temp/scgi;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    upstream consoles {
        # Affinity: a browser stays on one process (its Blazor circuit lives there); a process that
        # stops is skipped and the browser continues on the other.
        ip_hash;
        server 127.0.0.1:$a_port max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$b_port max_fails=1 fail_timeout=10s;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://consoles;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_read_timeout 1h;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
NGINX
        "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -g 'daemon on;' 2>>"$dir/nginx-error.log" || fail "nginx did not start (see $dir/nginx-error.log)"

        for name_port in "a:$a_port" "b:$b_port"; do
            wait_http "http://127.0.0.1:${name_port#*:}/health" 90 || fail "console ${name_port%%:*} did not start (see $dir/console-${name_port%%:*}.log)"
        done
        wait_http "http://127.0.0.1:$nginx_port/health" 30 || fail "nginx does not reach the consoles"

        cat >"$dir/cluster.env" <<ENV
CLUSTER_URL=http://127.0.0.1:$nginx_port
CONSOLE_A_URL=http://127.0.0.1:$a_port
CONSOLE_B_URL=http://127.0.0.1:$b_port
REDIS_PORT=$redis_port
HEALTH_TOKEN=$health_token
MOTO_URL=http://127.0.0.1:$moto_port
DEMO_ACCESS_KEY=$access_key
DEMO_SECRET_KEY=$secret_key
ENV
        echo "Console cluster at http://127.0.0.1:$nginx_port (processes on $a_port and $b_port, Redis on $redis_port)"
        echo "Sign in with AWS / compatible endpoint, access key $access_key, secret key $secret_key"
        echo "State and logs: $dir"
        ;;
    stop-one)
        [[ "$which_one" == a || "$which_one" == b ]] || fail "stop-one takes a or b"
        stop_pid "$dir/console-$which_one.pid"
        echo "Stopped console $which_one"
        ;;
    stop)
        [[ -f "$dir/nginx.pid" ]] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
        for name in console-a console-b moto redis; do stop_pid "$dir/$name.pid"; done
        rm -f "$dir/cluster.env" "$dir/nginx.pid"
        echo "Cluster stopped"
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
