#!/usr/bin/env python3
"""One hostile client holding as many slow connections as it can: used by deploy/local-cluster.sh.

From its own source address (--source, e.g. 127.0.0.2: Linux routes all of 127.0.0.0/8 to loopback), it opens
--connections connections to the site and keeps them busy for --seconds, a byte every --tick seconds:
  - half send a request's headers a byte at a time and never finish them (slowloris), which the proxy can only
    bound by time (nginx's client_header_timeout), since no request exists until its headers are complete;
  - half send complete headers of a POST with a body, then the body a byte at a time (slow body), which is a request
    from the start, so the proxy's per-address connection limit (nginx's limit_conn) applies to it.
Every connection the server closes or refuses is opened again, as an attacker would. At the end it prints one line
of figures, "name=value" pairs, for the script to read.
"""
import argparse
import errno
import selectors
import socket
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--source", default="127.0.0.2")
    parser.add_argument("--connections", type=int, default=3000)
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--tick", type=float, default=2.0)
    parser.add_argument("--ready-file", help="created once every connection has been opened the first time")
    args = parser.parse_args()

    selector = selectors.DefaultSelector()
    stats = dict(opened=0, connect_failed=0, refused_429=0, answered_other=0, closed_by_server=0,
                 held_headers_max=0, held_bodies_max=0, held_headers_end=0, held_bodies_end=0)
    others = {}
    # socket -> kind ("headers" or "body")
    open_sockets = {}

    def open_one(kind):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind((args.source, 0))
            sock.settimeout(5)
            sock.connect((args.host, args.port))
            if kind == "headers":
                sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-clients\r\n")
            else:
                sock.sendall(b"POST /search HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow-clients\r\n"
                             b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n")
            sock.setblocking(False)
        except OSError as error:
            sock.close()
            stats["connect_failed"] += 1
            if error.errno in (errno.EMFILE, errno.ENFILE):
                raise
            return
        stats["opened"] += 1
        open_sockets[sock] = kind
        selector.register(sock, selectors.EVENT_READ)

    def close(sock):
        selector.unregister(sock)
        del open_sockets[sock]
        sock.close()

    def held(kind):
        return sum(1 for k in open_sockets.values() if k == kind)

    # Ramp up: every connection once, as fast as the server accepts them.
    for i in range(args.connections):
        open_one("headers" if i % 2 == 0 else "body")
    if args.ready_file:
        open(args.ready_file, "w").close()

    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        time.sleep(args.tick)
        # What the server said or did to each connection since the last tick.
        for key, _ in selector.select(timeout=0):
            sock = key.fileobj
            try:
                data = sock.recv(4096)
            except OSError:
                data = b""
            if data.startswith(b"HTTP/1.1 429"):
                stats["refused_429"] += 1
            elif data:
                status = data.split(b"\r\n", 1)[0].decode("latin-1")
                others[status] = others.get(status, 0) + 1
                stats["answered_other"] += 1
            else:
                stats["closed_by_server"] += 1
            close(sock)
        stats["held_headers_max"] = max(stats["held_headers_max"], held("headers"))
        stats["held_bodies_max"] = max(stats["held_bodies_max"], held("body"))
        # One more byte on every connection still open: a header line that never ends, or one byte of the body.
        for sock, kind in list(open_sockets.items()):
            try:
                sock.send(b"X" if kind == "headers" else b"a")
            except OSError:
                stats["closed_by_server"] += 1
                close(sock)
        # An attacker opens again whatever was closed.
        missing_headers = (args.connections + 1) // 2 - held("headers")
        missing_bodies = args.connections // 2 - held("body")
        for _ in range(max(missing_headers, 0)):
            open_one("headers")
        for _ in range(max(missing_bodies, 0)):
            open_one("body")

    # What is held at the end: once the server has answered the connections opened last.
    time.sleep(1)
    for key, _ in selector.select(timeout=0):
        close(key.fileobj)
    stats["held_headers_end"] = held("headers")
    stats["held_bodies_end"] = held("body")
    for sock in list(open_sockets):
        close(sock)
    print(" ".join(f"{name}={value}" for name, value in stats.items()))
    if others:
        print("other answers: " + ", ".join(f"{status} x{count}" for status, count in sorted(others.items())))


if __name__ == "__main__":
    main()
