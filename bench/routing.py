"""Deliveries per second per routing adapter, and what the idempotency check costs.

Starts the same private servers the tests use (Postfix + Dovecot, Request Tracker 5, the strict
Graph-compatible server; tests/servers/) and, per adapter, delivers N new items (the real
delivery, including its idempotency check) and then the same N again (only the check runs:
the adapter finds the earlier delivery and answers "duplicate"). Prints both side by side, plus
a Graph run where every second call is throttled (429) and the peak RSS of this process.

    .venv/bin/python bench/routing.py [--n 30] [--only smtp,rt,graph,outbox,local]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/servers: the private server fixtures
sys.path.insert(0, str(ROOT))

from connectors.local_tickets import LocalTicketSink  # noqa: E402
from connectors.outbox import OutboxMailSink  # noqa: E402
from connectors.ports import Attachment, Delivered, NewTicket, OutgoingMail  # noqa: E402
from connectors.request_tracker import RequestTrackerTicketSink  # noqa: E402
from connectors.smtp import SmtpMailSink  # noqa: E402
from core.blobs import LocalBlobStore  # noqa: E402
from core.settings import SmtpSettings  # noqa: E402
from core.storage import Database  # noqa: E402

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 200 + b"\n%%EOF\n"  # ~50 kB attachment


def mail(key: str, to: str) -> OutgoingMail:
    return OutgoingMail(
        to=to,
        sender="rathaus@stadt.example",
        subject=f"[rathaus] Gewerbeanmeldung – Eingang {key[:12]}",
        body="Guten Tag,\nrathaus hat ein Dokument zugeordnet.\n" * 10,
        idempotency_key=key,
        attachments=[Attachment("antrag.pdf", "application/pdf", PDF)],
    )


def ticket(key: str, queue: str) -> NewTicket:
    return NewTicket(
        queue=queue,
        subject=f"[rathaus] Gewerbeanmeldung – Eingang {key[:12]}",
        body="Guten Tag,\nrathaus hat ein Dokument zugeordnet.\n" * 10,
        idempotency_key=key,
        attachments=[Attachment("antrag.pdf", "application/pdf", PDF)],
        service_id="gewerbe_anmeldung",
        leika="99050012104000",
    )


def measure(name: str, n: int, deliver: Callable[[str], Delivered]) -> dict[str, Any]:
    for _ in range(3):  # warm-up: connections, lazy imports, server caches
        deliver(f"warmup-{uuid.uuid4()}:deliver:0")
    keys = [f"bench-{uuid.uuid4()}:deliver:0" for _ in range(n)]
    started = time.perf_counter()
    for key in keys:
        assert not deliver(key).duplicate
    fresh = time.perf_counter() - started
    started = time.perf_counter()
    for key in keys:
        assert deliver(key).duplicate
    repeat = time.perf_counter() - started
    return {
        "adapter": name,
        "per_s": n / fresh,
        "ms": fresh / n * 1000,
        "check_ms": repeat / n * 1000,
    }


def print_table(rows: list[dict[str, Any]], n: int) -> None:
    print(f"\n{n} deliveries per adapter (50 kB PDF attached; fewer where a row says so)")
    print(
        f"{'adapter':<40}{'deliveries/s':>14}{'ms/delivery':>14}{'check ms':>11}{'check share':>13}"
    )
    for row in rows:
        share = row["check_ms"] / row["ms"] * 100
        label = row["adapter"] + (f" n={row['n']}" if "n" in row else "")
        print(
            f"{label:<40}{row['per_s']:>14.1f}{row['ms']:>14.1f}"
            f"{row['check_ms']:>11.1f}{share:>12.0f}%"
        )
    print(
        "check ms: the same delivery repeated, where only the idempotency check runs "
        "(lookup, no send); check share: that cost relative to a whole new delivery."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--only", default="outbox,local,smtp,rt,graph")
    args = parser.parse_args()
    only = set(args.only.split(","))
    rows: list[dict[str, Any]] = []
    work = Path(tempfile.mkdtemp(prefix="rathaus-bench-routing-"))
    db = Database(f"sqlite:///{work / 'rathaus.db'}")
    db.migrate()

    if "outbox" in only:
        outbox = OutboxMailSink(work / "outbox")
        rows.append(
            measure("outbox (.eml files)", args.n, lambda k: outbox.deliver(mail(k, "a@b")))
        )
    if "local" in only:
        local = LocalTicketSink(db, LocalBlobStore(work / "blobs"))
        rows.append(
            measure("ticket table (SQLite)", args.n, lambda k: local.create(ticket(k, "G")))
        )
    if "smtp" in only:
        from servers.mail import start_mail_server

        server = start_mail_server()
        try:
            smtp = SmtpMailSink.from_settings(
                SmtpSettings(port=server.smtp_port, security="none"), db, "rathaus@stadt.example"
            )
            row = measure(
                "SMTP → Postfix → Dovecot",
                args.n,
                lambda k: smtp.deliver(mail(k, "gewerbeamt@stadt.example")),
            )
            server.wait_for("gewerbeamt@stadt.example", lambda raw: True, count=args.n + 3)
            row["servers_rss_mb"] = server.rss_kib() / 1024
            rows.append(row)
        finally:
            server.stop()
    if "rt" in only:
        from servers.rt5 import start_rt5

        (work / "rt5").mkdir()
        rt_server = start_rt5(work / "rt5", work / "rt5-template")
        try:
            rt = RequestTrackerTicketSink(rt_server.url, token=rt_server.token)
            rows.append(
                measure(
                    "Request Tracker 5 (REST2)", args.n, lambda k: rt.create(ticket(k, "Gewerbe"))
                )
            )
            rt.close()
        finally:
            rt_server.close()
            rt_server.stop()
    if "graph" in only:
        import warnings

        warnings.filterwarnings("ignore", category=DeprecationWarning)
        from servers.graph_server import GraphServer, make_sink

        graph = GraphServer().start()
        try:
            sink = make_sink(graph)
            rows.append(
                measure(
                    "Graph (msgraph-sdk, test server)",
                    args.n,
                    lambda k: sink.deliver(mail(k, "bauamt@stadt.example")),
                )
            )
            # Every second call answered 429 with Retry-After: 1 s, as Graph does under load;
            # the SDK waits and retries. Fewer mails: each one waits about a second.
            graph.throttle_every(2, retry_after=1)
            storm_n = min(args.n, 10)
            sent_before = graph.sent_count("poststelle@stadt.example")
            storm = measure(
                "Graph, every 2nd call 429 (1 s)",
                storm_n,
                lambda k: sink.deliver(mail(k, "bauamt@stadt.example")),
            )
            storm["n"] = storm_n
            storm["sent"] = graph.sent_count("poststelle@stadt.example") - sent_before
            rows.append(storm)
            sink.close()
        finally:
            graph.stop()

    print_table(rows, args.n)
    calm = next((r for r in rows if r["adapter"].startswith("Graph (")), None)
    storm_row = next((r for r in rows if "429" in r["adapter"]), None)
    if calm and storm_row:
        # measure() sends 3 warm-up mails plus n; the repeats find them and send nothing.
        expected = storm_row["n"] + 3
        print(
            f"429 storm (Retry-After 1 s): {storm_row['ms'] / calm['ms']:.0f}× the time per mail "
            f"(+{(storm_row['ms'] - calm['ms']) / 1000:.1f} s); sent {storm_row['sent']} of "
            f"{expected} mails, each once: {storm_row['sent'] == expected}"
        )
    for row in rows:
        if "servers_rss_mb" in row:
            print(f"Postfix + Dovecot RSS (summed over processes): {row['servers_rss_mb']:.0f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the benchmark process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
