"""The embedded stack under the sample load: end-to-end time per document and peak memory.

Starts `rathaus up` (Temporal dev server, worker, web app) in a fresh data directory on free
ports, takes every file in samples/ in with `rathaus intake --wait`, and samples the resident
memory of the whole process tree every 100 ms.

    .venv/bin/python bench/stack.py [--rounds 3]

Each round copies the samples with a unique trailer, so every round is new work. Prints
seconds per document (wall, end to end through the real pipeline) and the peak RSS of the stack.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATHAUS = str(Path(sys.executable).parent / "rathaus")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_rss_mb(root_pid: int) -> float:
    """Sum of RSS over a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss[pid] = int(line.split()[1])
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total / 1024


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if not k.startswith("RATHAUS_")}
        env.update(
            RATHAUS_DATA_DIR=str(data),
            RATHAUS_TEMPORAL__ADDRESS=f"127.0.0.1:{free_port()}",
            RATHAUS_TEMPORAL__UI_PORT=str(free_port()),
            RATHAUS_WEB__PORT=str(free_port()),
            RATHAUS_LOG_LEVEL="WARNING",
        )
        stack = subprocess.Popen(
            [RATHAUS, "up"], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        peak = 0.0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, tree_rss_mb(stack.pid))
                time.sleep(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            assert stack.stdout is not None
            for line in stack.stdout:  # wait until the stack says it runs
                if "läuft" in line:
                    break
            documents = 0
            started = time.perf_counter()
            for round_ in range(rounds):
                batch = Path(tmp) / f"round{round_}"
                batch.mkdir()
                for sample_file in sorted((ROOT / "samples").iterdir()):
                    target = batch / sample_file.name
                    shutil.copyfile(sample_file, target)
                    with target.open("ab") as fh:
                        fh.write(f"\n{round_}\n".encode())
                    documents += 1
                subprocess.run(
                    [RATHAUS, "intake", "--wait", "--format", "json", str(batch)],
                    env=env,
                    cwd=ROOT,
                    capture_output=True,
                    check=False,
                )
            elapsed = time.perf_counter() - started
        finally:
            stack.terminate()
            stack.wait(timeout=60)
            stop.set()
            sampler.join()
    print(f"documents={documents} (samples/ x {rounds}), embedded stack via `rathaus up`")
    print(f"end to end: {elapsed / documents:.2f} s/document (wall, incl. OCR of the scan)")
    print(f"peak RSS of the stack (dev server + worker + web app): {peak:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    main(parser.parse_args().rounds)
