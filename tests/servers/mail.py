"""A private Postfix (SMTP) and Dovecot (IMAP + LMTP) for the mail connector tests.

Both run as non-system instances from a temporary directory: Postfix with its own config
directory (``postfix -c DIR start``), queue and data directory; Dovecot with its own config file,
``base_dir`` and ``state_dir``, in the foreground under our PID. Each is stopped by signalling its
process session (master and children), so nothing outlives the fixture. Neither reads or touches
``/etc/postfix``, ``/etc/dovecot``, the system spool or the system services, and neither uses
ports 25/143/993. Mail flows SMTP (Postfix) → LMTP → Dovecot Maildir, visible over IMAP.

Postfix refuses to run without root (its master binds and changes user), so the fixture needs
root; Dovecot refuses mail access as uid 0, so when run as root the virtual mailboxes belong to
the system user ``mail`` (otherwise to the current uid). A missing binary fails the session with a
clear message; nothing here skips.
"""

from __future__ import annotations

import imaplib
import ipaddress
import os
import pwd
import re
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rathaus.stack import free_port

TEMPLATES = Path(__file__).parent / "mail"
DOMAINS = ("stadt.example",)
USERS = {
    "gewerbe@stadt.example": "test",
    "buergerbuero@stadt.example": "test",
    "eingang@stadt.example": "test",
    "ordnungsamt@stadt.example": "test",
    # The department mailboxes of the shipped catalogue and its fallback, for end-to-end tests.
    **{
        f"{name}@stadt.example": "test"
        for name in [
            "bauordnungsamt",
            "beschwerdemanagement",
            "fundbuero",
            "gewerbeamt",
            "rechnungseingang",
            "rechtsamt",
            "standesamt",
            "steueramt",
            "strassenverkehr",
            "tiefbauamt",
            "wohngeld",
            "wohnungsamt",
            "poststelle",
        ]
    },
}
# Dovecot's Maildir default; the connector maps "rathaus/verarbeitet" onto it.
SEPARATOR = "."
SBIN_PATH = "/usr/sbin:/sbin:/usr/bin:/bin"
STARTUP_TIMEOUT = 30.0


class MailServerError(RuntimeError):
    """The private mail servers could not be started."""


def _binary(name: str, package: str) -> str:
    found = shutil.which(name, path=os.environ.get("PATH", "") + ":" + SBIN_PATH)
    if not found:
        raise MailServerError(
            f"{name} not found: the mail connector tests need the Debian packages "
            f"{package} (apt-get install --no-install-recommends postfix dovecot-imapd "
            "dovecot-lmtpd dovecot-sieve)"
        )
    return found


def _run_checked(args: list[str], what: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise MailServerError(f"{what} failed ({done.returncode}): {done.stderr[-500:]}")


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _render(template: str, target: Path, **values: object) -> None:
    text = string.Template((TEMPLATES / template).read_text(encoding="utf-8"))
    target.write_text(text.substitute({k: str(v) for k, v in values.items()}), encoding="utf-8")


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _session_pids(sid: int) -> list[int]:
    """Processes of one session: a Postfix master and Dovecot each lead their own."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp session ...; zombies are gone, only not yet reaped.
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            pids.append(int(entry.name))
    return pids


def _rss_kib(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        total += int(match.group(1)) if match else 0
    return total


def _kill_session(sid: int, timeout: float = 10.0) -> None:
    """SIGTERM every process of the session, wait, then SIGKILL whatever is left.

    Dovecot's helpers (auth, log, stats, ...) outlive a terminated master for seconds, and
    Postfix's master takes its children down itself: signalling all of them is fastest for both.
    """
    deadline = time.monotonic() + timeout
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in _session_pids(sid):
            with suppress(ProcessLookupError):
                os.kill(pid, sig)
        while _session_pids(sid) and time.monotonic() < deadline:
            time.sleep(0.02)
        deadline = time.monotonic() + timeout


@dataclass
class MailServer:
    """The running pair; helpers speak IMAP as the test users (folders use ``/``)."""

    root: Path
    smtp_port: int  # STARTTLS offered, not required
    smtps_port: int  # implicit TLS
    imap_port: int  # STARTTLS offered, plain login allowed
    imaps_port: int  # implicit TLS
    lmtp_port: int
    ca_file: Path  # the self-signed certificate of both servers, for SSL_CERT_FILE
    users: dict[str, str]
    separator: str
    postfix: str
    postfix_dir: Path
    dovecot_process: subprocess.Popen[bytes]
    postfix_pid: int | None = None
    logs: dict[str, Path] = field(default_factory=dict)

    # -- IMAP helpers ------------------------------------------------------------------

    def folder(self, name: str) -> str:
        return name.replace("/", self.separator)

    @contextmanager
    def imap(self, user: str) -> Iterator[imaplib.IMAP4]:
        client = imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10)
        try:
            client.login(user, self.users[user])
            yield client
        finally:
            with suppress(imaplib.IMAP4.error, OSError):
                client.logout()

    def count(self, user: str, folder: str = "INBOX") -> int:
        """Messages in ``folder`` (0 when it does not exist)."""
        with self.imap(user) as client:
            typ, data = client.status(_quote(self.folder(folder)), "(MESSAGES)")
            if typ != "OK":
                return 0
            match = re.search(rb"MESSAGES (\d+)", data[0] or b"")
            return int(match.group(1)) if match else 0

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """The raw bytes of every message in ``folder``, oldest first."""
        with self.imap(user) as client:
            typ, _ = client.select(_quote(self.folder(folder)), readonly=True)
            if typ != "OK":
                return []
            typ, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
            return [part[1] for part in data if isinstance(part, tuple)]

    def append(self, user: str, folder: str, raw: bytes) -> None:
        """IMAP APPEND (creating the folder first), to seed an intake mailbox."""
        with self.imap(user) as client:
            name = _quote(self.folder(folder))
            if folder.upper() != "INBOX":
                client.create(name)
            typ, data = client.append(name, None, None, raw)
            if typ != "OK":
                raise MailServerError(f"APPEND failed: {data!r}")

    def create(self, user: str, folder: str) -> None:
        with self.imap(user) as client:
            client.create(_quote(self.folder(folder)))

    def delete(self, user: str, folder: str) -> None:
        with self.imap(user) as client:
            client.delete(_quote(self.folder(folder)))

    def uidvalidity(self, user: str, folder: str) -> int:
        with self.imap(user) as client:
            typ, data = client.status(_quote(self.folder(folder)), "(UIDVALIDITY)")
            match = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"")
            if typ != "OK" or not match:
                raise MailServerError(f"no UIDVALIDITY: {data!r}")
            return int(match.group(1))

    def wait_for(
        self,
        user: str,
        predicate: Callable[[bytes], bool],
        *,
        count: int = 1,
        folder: str = "INBOX",
        timeout: float = 15.0,
    ) -> list[bytes]:
        """Poll until ``count`` messages match (delivery is asynchronous, ~15 ms)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [raw for raw in self.messages(user, folder) if predicate(raw)]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.02)

    # -- process control ---------------------------------------------------------------

    def _postfix(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.postfix, "-c", str(self.postfix_dir), command],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PATH": SBIN_PATH},
        )

    def start_smtp(self) -> None:
        """Start the private Postfix and wait until it accepts connections."""
        result = self._postfix("start")
        if result.returncode != 0:
            raise MailServerError(
                f"postfix start failed ({result.returncode}): {result.stderr.strip()} {result.stdout.strip()}\n"
                f"{_tail(self.logs['postfix'])}"
            )
        pid_file = self.root / "postfix" / "queue" / "pid" / "master.pid"
        self.postfix_pid = int(pid_file.read_text().split()[0])
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not (_port_open(self.smtp_port) and _port_open(self.smtps_port)):
            if time.monotonic() > deadline:
                raise MailServerError(f"postfix does not listen on {self.smtp_port}")
            time.sleep(0.02)

    def stop_smtp(self) -> None:
        """Stop the private Postfix by PID and wait until all of its processes are gone.

        SIGTERM to the master is what ``postfix stop`` does, minus its one-second polling.
        """
        if self.postfix_pid is None:
            return
        _kill_session(self.postfix_pid)
        self.postfix_pid = None

    def stop(self) -> None:
        self.stop_smtp()
        _kill_session(self.dovecot_process.pid)
        self.dovecot_process.wait(timeout=10)

    def pids(self) -> list[int]:
        sessions = [self.dovecot_process.pid]
        if self.postfix_pid is not None:
            sessions.append(self.postfix_pid)
        return [pid for sid in sessions for pid in _session_pids(sid)]

    def rss_kib(self) -> int:
        """Resident memory of both servers and all their children, in KiB."""
        return _rss_kib(self.pids())


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _self_signed_certificate(cert_file: Path, key_file: Path) -> None:
    """A one-day certificate for 127.0.0.1; tests trust it through ``SSL_CERT_FILE``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "rathaus test mail server")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)


def _mailbox_owner() -> tuple[int, int]:
    if os.getuid() != 0:
        return os.getuid(), os.getgid()
    mail = pwd.getpwnam("mail")
    return mail.pw_uid, mail.pw_gid


def start_mail_server(users: dict[str, str] | None = None) -> MailServer:
    """Configure and start the private Postfix and Dovecot in a fresh temporary directory."""
    postfix = _binary("postfix", "postfix")
    dovecot = _binary("dovecot", "dovecot-imapd dovecot-lmtpd")
    if not Path("/usr/lib/dovecot/lmtp").exists():
        raise MailServerError("Dovecot's LMTP server is missing: install dovecot-lmtpd")
    if os.getuid() != 0:
        raise MailServerError(
            "the private Postfix needs root (its master daemon binds and setuids)"
        )
    users = dict(users or USERS)
    instance = f"rathaus-test-{uuid.uuid4().hex[:8]}"
    # Not pytest's tmp dir: that one is 0700, and the servers' unprivileged processes (postfix,
    # dovecot, mail) must be able to reach their files.
    root = Path(tempfile.mkdtemp(prefix="rathaus-mail-"))
    root.chmod(0o755)
    uid, gid = _mailbox_owner()
    smtp_port, smtps_port = free_port(), free_port()
    imap_port, imaps_port, lmtp_port = free_port(), free_port(), free_port()
    cert_file, key_file = root / "cert.pem", root / "key.pem"
    _self_signed_certificate(cert_file, key_file)

    # Dovecot: users in a passwd-file (pass and user db), Maildir homes under root/mail.
    dovecot_dir = root / "dovecot"
    for sub in ("run", "state", "mail"):
        (dovecot_dir / sub).mkdir(parents=True)
    os.chown(dovecot_dir / "mail", uid, gid)
    users_file = dovecot_dir / "users"
    users_file.write_text(
        "".join(
            f"{user}:{password}:{uid}:{gid}::{dovecot_dir / 'mail' / user}::\n"
            for user, password in users.items()
        )
    )
    dovecot_conf = dovecot_dir / "dovecot.conf"
    dovecot_log = dovecot_dir / "dovecot.log"
    sieve_before = dovecot_dir / "dedupe.sieve"
    shutil.copyfile(TEMPLATES / "dedupe.sieve", sieve_before)
    _run_checked([_binary("sievec", "dovecot-sieve"), str(sieve_before)], "sievec")
    _render(
        "dovecot.conf",
        dovecot_conf,
        instance=instance,
        base_dir=dovecot_dir / "run",
        state_dir=dovecot_dir / "state",
        log_file=dovecot_log,
        uid=uid,
        gid=gid,
        separator=SEPARATOR,
        users_file=users_file,
        imap_port=imap_port,
        imaps_port=imaps_port,
        lmtp_port=lmtp_port,
        cert_file=cert_file,
        key_file=key_file,
        sieve_before=sieve_before,
    )

    # Postfix: own config dir, queue and data directory; `postfix start` fills the queue.
    postfix_dir = root / "postfix"
    (postfix_dir / "etc").mkdir(parents=True)
    (postfix_dir / "data").mkdir()
    (postfix_dir / "queue").mkdir()
    os.chown(postfix_dir / "data", pwd.getpwnam("postfix").pw_uid, -1)
    (postfix_dir / "etc" / "virtual_mailboxes").write_text(
        "".join(f"{user} {user}\n" for user in users)
    )
    postfix_log = postfix_dir / "maillog"
    _render(
        "main.cf",
        postfix_dir / "etc" / "main.cf",
        config_dir=postfix_dir / "etc",
        queue_dir=postfix_dir / "queue",
        data_dir=postfix_dir / "data",
        instance=f"postfix-{instance}",
        root=root,
        log_file=postfix_log,
        domains=", ".join(DOMAINS),
        smtp_port=smtp_port,
        smtps_port=smtps_port,
        lmtp_port=lmtp_port,
        cert_file=cert_file,
        key_file=key_file,
    )
    _render(
        "master.cf", postfix_dir / "etc" / "master.cf", smtp_port=smtp_port, smtps_port=smtps_port
    )

    with (dovecot_dir / "stderr.log").open("wb") as stderr:
        dovecot_process = subprocess.Popen(
            [dovecot, "-F", "-c", str(dovecot_conf)],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    server = MailServer(
        root=root,
        smtp_port=smtp_port,
        smtps_port=smtps_port,
        imap_port=imap_port,
        imaps_port=imaps_port,
        lmtp_port=lmtp_port,
        ca_file=cert_file,
        users=users,
        separator=SEPARATOR,
        postfix=postfix,
        postfix_dir=postfix_dir / "etc",
        dovecot_process=dovecot_process,
        logs={"postfix": postfix_log, "dovecot": dovecot_log},
    )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not all(_port_open(port) for port in (imap_port, imaps_port, lmtp_port)):
            if dovecot_process.poll() is not None:
                raise MailServerError(
                    f"dovecot exited with {dovecot_process.returncode}:\n"
                    f"{_tail(dovecot_dir / 'stderr.log')}\n{_tail(dovecot_log)}"
                )
            if time.monotonic() > deadline:
                raise MailServerError(f"dovecot did not start within {STARTUP_TIMEOUT} s")
            time.sleep(0.02)
        server.start_smtp()
    except MailServerError as exc:
        server.stop()
        raise MailServerError(f"{exc}\n(configuration and logs kept in {root})") from exc
    except BaseException:
        server.stop()
        raise
    return server


@pytest.fixture(scope="session")
def mail_server() -> Iterator[MailServer]:
    """Private Postfix + Dovecot for the whole session; stopped by PID, directory removed."""
    try:
        server = start_mail_server()
    except MailServerError as exc:
        pytest.fail(f"private mail servers could not start: {exc}", pytrace=False)
    yield server
    server.stop()
    leftovers = server.pids()
    shutil.rmtree(server.root, ignore_errors=True)
    assert not leftovers, f"mail server processes left running: {leftovers}"
