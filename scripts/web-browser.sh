#!/usr/bin/env bash
# Drives the participants' page in headless Chromium at phone size, as a participant would:
#   scripts/web-browser.sh URL ACTION_JS OUT_PREFIX
# opens URL (e.g. http://127.0.0.1:PORT/j/CODE), saves OUT_PREFIX-before.png, runs ACTION_JS in the page
# (it clicks and submits like a person), waits for the page's answer, saves OUT_PREFIX-after.png, and prints
# the page's status line as JSON. Only loopback is used. Needs Debian's `chromium` and python3.
set -euo pipefail
url="$1"; action="$2"; out="$3"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 2; }
profile="$(mktemp -d)"
# Chromium's helper processes may still write to the profile for a moment after the browser ends: a failed
# removal is retried once and never turns a finished run into a failure.
trap 'kill "$browser" 2>/dev/null || true; wait "$browser" 2>/dev/null || true
      rm -rf "$profile" 2>/dev/null || { sleep 0.5; rm -rf "$profile" 2>/dev/null || true; }' EXIT
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --disable-background-networking \
    --remote-debugging-address=127.0.0.1 --remote-debugging-port=0 --user-data-dir="$profile" \
    --window-size=390,844 about:blank >"$profile/log" 2>&1 &
browser=$!
for _ in $(seq 1 100); do [ -s "$profile/DevToolsActivePort" ] && break; sleep 0.1; done
port="$(head -1 "$profile/DevToolsActivePort")"
python3 - "$port" "$url" "$action" "$out" <<'PY'
import base64, json, os, socket, struct, sys, time, urllib.request

port, url, action, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
page = next(t for t in targets if t["type"] == "page")
path = page["webSocketDebuggerUrl"].split(f":{port}", 1)[1]

# A minimal WebSocket client (RFC 6455): enough for the DevTools protocol on loopback.
sock = socket.create_connection(("127.0.0.1", int(port)), timeout=20)
key = base64.b64encode(os.urandom(16)).decode()
sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
handshake = b""
while b"\r\n\r\n" not in handshake:
    handshake += sock.recv(1)
assert b" 101 " in handshake.split(b"\r\n")[0], handshake

def recv_exact(n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data

def send(obj):
    payload = json.dumps(obj).encode()
    header = bytes([0x81])
    n = len(payload)
    header += bytes([0x80 | n]) if n < 126 else (bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else bytes([0x80 | 127]) + struct.pack(">Q", n))
    mask = os.urandom(4)
    sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

def receive():
    message = b""
    while True:
        first, second = recv_exact(2)
        n = second & 0x7F
        if n == 126: n = struct.unpack(">H", recv_exact(2))[0]
        elif n == 127: n = struct.unpack(">Q", recv_exact(8))[0]
        message += recv_exact(n)
        if first & 0x80:
            return json.loads(message)

counter = [0]
def call(method, **params):
    counter[0] += 1
    send({"id": counter[0], "method": method, "params": params})
    while True:
        reply = receive()
        if reply.get("id") == counter[0]:
            if "error" in reply:
                raise RuntimeError(f"{method}: {reply['error']}")
            return reply.get("result", {})

def evaluate(expression):
    result = call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
    return result.get("result", {}).get("value")

def wait_for(expression, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if evaluate(expression):
            return True
        time.sleep(0.1)
    return False

def screenshot(name):
    data = call("Page.captureScreenshot", format="png", captureBeyondViewport=False)["data"]
    with open(f"{out}-{name}.png", "wb") as f:
        f.write(base64.b64decode(data))

call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
call("Page.enable")
call("Page.navigate", url=url)
wait_for("document.readyState === 'complete' && !!document.getElementById('content')")
time.sleep(0.3)
screenshot("before")
evaluate(action)
answered = wait_for("document.getElementById('live') && document.getElementById('live').textContent.trim() !== ''"
                    " || !!document.querySelector('.problem')", 10)
time.sleep(0.3)
screenshot("after")
print(json.dumps({
    "answered": answered,
    "live": evaluate("document.getElementById('live') ? document.getElementById('live').textContent : ''"),
    "problem": evaluate("document.querySelector('.problem') ? document.querySelector('.problem').textContent : ''"),
    "title": evaluate("document.title"),
}))
PY
