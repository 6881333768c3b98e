#!/usr/bin/env python3
"""Counts the bytes modeldex writes to a terminal: the SSH budgets of BENCHMARKS.md.

Runs the release binary in a pseudo-terminal of a given size, sends scripted keys and records every
byte it writes, with timestamps. Usage (after `cargo build --release`):

    python3 benches/pty_bytes.py [--size 80x24] [--idle 10] [--data FILE] [--keys gp]
        [--bin target/release/modeldex]

Prints one line per measurement. A frame ends with the synchronized-update end sequence
(ESC [ ? 2026 l) that modeldex writes after every draw, so frames are counted exactly.
"""
import argparse, fcntl, os, select, struct, termios, time

FRAME_END = b"\x1b[?2026l"


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def read_until_quiet(fd, quiet=0.15, limit=5.0):
    """Reads until nothing arrives for `quiet` seconds; returns (bytes, seconds to last byte)."""
    data, start, last = b"", time.monotonic(), None
    while time.monotonic() - start < limit:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.monotonic()
    return data, (last - start) if last else 0.0


def answer_queries(fd, data):
    # Crossterm may ask where the cursor is (ESC [ 6 n); a terminal would answer.
    if b"\x1b[6n" in data:
        os.write(fd, b"\x1b[1;1R")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--idle", type=float, default=10.0)
    ap.add_argument("--data")
    ap.add_argument("--bin", default="target/release/modeldex")
    ap.add_argument("--keys", default="gp", help="the search query, typed one key at a time")
    ap.add_argument("--quiet", type=float, default=0.15,
                    help="seconds of silence that end a measurement (raise it for huge catalogs)")
    a = ap.parse_args()
    cols, rows = (int(x) for x in a.size.split("x"))
    args = [a.bin] + (["--data", a.data] if a.data else [])
    # The size is set on the pty before modeldex starts, so its first frame has the final size.
    fd, slave = os.openpty()
    set_size(slave, cols, rows)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(fd)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for n in (0, 1, 2):
            os.dup2(slave, n)
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        os.execv(a.bin, args)
    os.close(slave)
    first = b""
    first_frame_at = None
    while first_frame_at is None and time.monotonic() - start < 60:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            chunk = os.read(fd, 65536)
            answer_queries(fd, chunk)
            first += chunk
            if FRAME_END in first:
                first_frame_at = time.monotonic() - start
    rest, _ = read_until_quiet(fd, quiet=a.quiet)
    first += rest
    size = f"{cols}x{rows}"
    print(f"{size} first frame: {len(first)} bytes, exec to first complete frame {first_frame_at * 1000:.1f} ms")

    idle, _ = read_until_quiet(fd, quiet=a.idle, limit=a.idle + 1)
    print(f"{size} idle {a.idle:.0f} s after the first frame: {len(idle)} bytes")

    def step(keys, label):
        sent = time.monotonic()
        os.write(fd, keys)
        out, frames = b"", []
        # Read until the output goes quiet, noting when each frame ends: the first is the key's
        # echo; with a large catalog the search thread's answers follow as frames of their own.
        while time.monotonic() - sent < 5:
            r, _, _ = select.select([fd], [], [], 1.0 if not frames else a.quiet)
            if not r:
                break
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            out += chunk
            while len(frames) < out.count(FRAME_END):
                frames.append((time.monotonic() - sent) * 1000)
        at = ", ".join(f"{t:.1f}" for t in frames) + " ms" if frames else "no frame"
        print(f"{size} {label}: {len(out)} bytes, {len(frames)} frame(s), frames end after {at}")

    step(b"j", "one list step (j)")
    step(b"j", "another list step (j)")
    step(b"\x09", "focus switch (Tab)")
    step(b"\x09", "focus back (Tab)")
    step(b"/", "open search (/)")
    for i, key in enumerate(a.keys):
        label = "one search keystroke" if i == 0 else "another search keystroke"
        step(key.encode(), f"{label} ({key})")
    step(b"\x1b", "close search (Esc)")
    # Setting the size makes the kernel send SIGWINCH to modeldex, as a terminal window would.
    set_size(fd, cols - 1, rows)
    out, _ = read_until_quiet(fd, quiet=a.quiet)
    print(f"{size} resize by one column: {len(out)} bytes, {out.count(FRAME_END)} frame(s)")
    os.write(fd, b"q")
    read_until_quiet(fd)
    _, status = os.waitpid(pid, 0)
    print(f"{size} exit status {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    main()
