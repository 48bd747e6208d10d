"""Redaction cost on long, dense texts: an address list and a phone list without line breaks.

    .venv/bin/python bench/redaction_long.py

Two synthetic inputs, seeded (the same text on every run):

address list   5,000 lines "Stadt Bochum Bauamt, Hauptstraße N, 447NN Bochum, Tel. …" in one
               block without blank lines (342 kB). Every detail belongs to an office: the
               redactor walks back from each to its organisation.
phone line     20,000 times "Tel. 0234 NNNNNN Herr Meier" on one line (560 kB; the redactor's
               limit is 2 MB).
office line    an office's address and phone repeated on one line, separated by commas
               (1 MB): each detail's organisation is sought at the start of a line that never
               starts (it took 95 CPU-s for 400 kB before the walk was bounded).
council run    "Stadträtin " repeated (200 kB): the model takes the run for one name of
               thousands of words, and each of them was checked against all the others for a
               first name (8.8 CPU-s on the machine of 2026-12-07's fifth session, 24.6 on
               the sixth's, before the check was made once per name).

For each: characters, spans found, CPU-seconds (``time.process_time``) and characters per
CPU-second; then the peak RSS of this process. Before 2026-12-03 the walk back scanned every
span and the whole block for every detail: the address list took 250 CPU-s and the phone
line 172 CPU-s on a 2-core Intel Xeon.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from redaction.redactor import Redactor


def texts() -> dict[str, str]:
    rng = random.Random(20261203)
    addresses = "\n".join(
        f"Stadt Bochum Bauamt, Hauptstraße {n % 200 + 1}, 447{n % 90:02d} Bochum, "
        f"Tel. 0234 {rng.randint(100000, 999999)}"
        for n in range(5000)
    )
    phones = " ".join(f"Tel. 0234 {rng.randint(100000, 999999)} Herr Meier" for _ in range(20000))
    office = "Stadt Bochum – Bauamt, Hans-Böckler-Straße 19, 44787 Bochum, Tel. 0234 910-1234, "
    offices = (office * (1_000_000 // len(office) + 1))[:1_000_000]
    council = ("Stadträtin " * (200_000 // 11 + 1))[:200_000]
    return {
        "address list": addresses,
        "phone line": phones,
        "office line": offices,
        "council run": council,
    }


def main() -> int:
    redactor = Redactor()
    redactor.analyze("Herr Max Muster, Tel. 0234 5678901")  # build and warm up
    print(f"{'input':<14} {'chars':>9} {'spans':>7} {'CPU-s':>7} {'chars/CPU-s':>12}")
    for name, text in texts().items():
        started = time.process_time()
        spans = redactor.analyze(text)
        seconds = time.process_time() - started
        print(
            f"{name:<14} {len(text):>9,} {len(spans):>7,} {seconds:>7.2f} "
            f"{len(text) / seconds:>12,.0f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
