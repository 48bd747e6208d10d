"""A private Request Tracker 5 from Debian (``request-tracker5 rt5-db-sqlite rt5-standalone``).

Nothing under /etc or /var is touched: RT reads its whole site configuration from
``RT_SITE_CONFIG`` (one file) and ``RT_SITE_CONFIG_DIR`` (an empty folder instead of
/etc/request-tracker5/RT_SiteConfig.d), both in the run's tmp folder, and so do its database
(a copy), Mason cache, session and mbox folders. Notifications go to an mbox file
(``MailCommand 'mbox'``), so no MTA is needed.

The prepared database (queues, custom fields, a service user ``rathaus`` with a token) is built
once from Debian's database (``rt-setup-database`` when that file is not readable, i.e. not
root) plus ``rt5/setup.pl``, kept in pytest's cache folder, and copied for every session:
startup is then the ~3 s RT needs to load (~7 s on the first run, which builds it). Use it as ``from servers.rt5 import rt5_server``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from rathaus.stack import free_port, port_open

RT_SERVER_CANDIDATES = (
    "/usr/share/request-tracker5/libexec/rt-server",
    "/opt/rt5/sbin/rt-server",
)
RT_SETUP_DATABASE_CANDIDATES = ("/usr/sbin/rt-setup-database", "/opt/rt5/sbin/rt-setup-database")
RT_LIB = Path("/usr/share/request-tracker5/lib")
DEBIAN_DATABASE = Path("/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb")
SETUP_SCRIPT = Path(__file__).parent / "rt5" / "setup.pl"
INSTALL_HINT = (
    "Request Tracker 5 is required for these tests: "
    "apt-get install --no-install-recommends request-tracker5 rt5-db-sqlite rt5-standalone"
)
# Two Starlet workers: the default ten cost ~2 GB.
WORKERS = 2
STARTUP_TIMEOUT = 60.0
SERVICE_USER = "rathaus"
SERVICE_PASSWORD = "rathaus-test-passwort"  # a throwaway test database

SITE_CONFIG = """\
# Written by tests/servers/rt5.py for one test session.
Set($rtname, 'rathaus-test');
Set($Organization, 'rathaus-test');
Set($CorrespondAddress, 'rt@rathaus.invalid');
Set($CommentAddress, 'rt-comment@rathaus.invalid');
Set($Timezone, 'UTC');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, {database});
Set($DatabaseHost, 'localhost');
Set($DatabasePort, '');
Set($DatabaseUser, '');
Set($DatabasePassword, '');
Set($WebDomain, '127.0.0.1');
Set($WebPort, {port});
Set($WebPath, '');
Set($WebBaseURL, 'http://127.0.0.1:{port}');
Set($MailCommand, 'mbox');
Set($LogToSyslog, undef);
Set($LogToFile, undef);
Set($LogToSTDERR, 'warning');
# Every REST2 call verifies the token or password with bcrypt; RT's default cost 12 takes
# ~0.25 s a call on two cores. The test database's secrets are throwaway.
Set($BcryptCost, 4);
$RT::VarPath = {home};
$RT::MasonDataDir = {mason};
$RT::MasonSessionDir = {sessions};
1;
"""


def _perl_string(value: object) -> str:
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _first_executable(candidates: tuple[str, ...], name: str) -> str | None:
    found = shutil.which(name)
    for candidate in (*candidates, found):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def write_site_config(home: Path, database: Path, port: int) -> dict[str, str]:
    """Write RT's private configuration into ``home``; return the environment that selects it."""
    for folder in ("RT_SiteConfig.d", "mason", "sessions"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    config = home / "RT_SiteConfig.pm"
    config.write_text(
        SITE_CONFIG.format(
            database=_perl_string(database),
            port=int(port),
            home=_perl_string(home),
            mason=_perl_string(home / "mason"),
            sessions=_perl_string(home / "sessions"),
        ),
        encoding="utf-8",
    )
    return {
        **os.environ,
        "RT_SITE_CONFIG": str(config),
        "RT_SITE_CONFIG_DIR": str(home / "RT_SiteConfig.d"),
    }


def _run(args: list[str], env: dict[str, str], what: str, cwd: Path) -> str:
    result = subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def _template_key() -> str:
    digest = hashlib.sha256(SETUP_SCRIPT.read_bytes() + SITE_CONFIG.encode())
    generated = RT_LIB / "RT" / "Generated.pm"  # carries RT's version and paths
    if generated.exists():
        digest.update(generated.read_bytes())
    digest.update(str(DEBIAN_DATABASE.exists() and os.access(DEBIAN_DATABASE, os.R_OK)).encode())
    return digest.hexdigest()[:16]


def _build_template(target: Path) -> None:
    """A prepared database plus ``setup.json`` (token, passwords, ids) in ``target``."""
    target.mkdir(parents=True)
    database = target / "rtdb"
    env = write_site_config(target / "build", database, free_port())
    if os.access(DEBIAN_DATABASE, os.R_OK):
        shutil.copyfile(DEBIAN_DATABASE, database)
    else:
        setup_database = _first_executable(RT_SETUP_DATABASE_CANDIDATES, "rt-setup-database")
        if setup_database is None:
            pytest.fail(f"{INSTALL_HINT} (rt-setup-database not found)")
        _run(
            [setup_database, "--action", "init", "--skip-create"],
            env,
            "rt-setup-database",
            target,
        )
    root_password = secrets.token_urlsafe(12)
    output = _run(
        ["perl", str(SETUP_SCRIPT), root_password, SERVICE_PASSWORD],
        env,
        "tests/servers/rt5/setup.pl",
        target,
    )
    meta = json.loads(output.strip().splitlines()[-1])
    meta["root_password"] = root_password
    (target / "setup.json").write_text(json.dumps(meta), encoding="utf-8")
    shutil.rmtree(target / "build")


def prepared_template(cache_root: Path) -> Path:
    """The prepared database for this RT version and setup script, built on first use."""
    cache_root = cache_root.resolve()
    template = cache_root / _template_key()
    if (template / "setup.json").exists():
        return template
    cache_root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_root))
    _build_template(building / "t")
    with contextlib.suppress(OSError):  # another session finished first: just as good
        os.replace(building / "t", template)
    shutil.rmtree(building, ignore_errors=True)
    for stale in cache_root.iterdir():  # templates of older RT versions or setup scripts
        if stale.name != template.name and not stale.name.startswith("."):
            shutil.rmtree(stale, ignore_errors=True)
    return template


@dataclass
class RT5Server:
    """A running private RT5; ``stop()``/``start()`` keep its database and port."""

    home: Path
    port: int
    env: dict[str, str]
    rt_server: str
    token: str
    root_password: str
    queues: dict[str, int]
    username: str = SERVICE_USER
    password: str = SERVICE_PASSWORD
    process: subprocess.Popen[bytes] | None = None
    _admin: httpx.Client | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """The base URL, as in ``RATHAUS_RT__URL``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/REST/2.0"

    @property
    def log_path(self) -> Path:
        return self.home / "rt-server.log"

    @property
    def pids(self) -> list[int]:
        """The master's pid and its workers' (for RSS measurements)."""
        if self.process is None or self.process.poll() is not None:
            return []
        found = [self.process.pid]
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == self.process.pid:
                found.append(int(entry.name))
        return found

    def start(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Start ``rt-server`` (Starlet, two workers) and wait until REST2 answers."""
        if self.process is not None and self.process.poll() is None:
            return
        if port_open("127.0.0.1", self.port):
            pytest.fail(f"port {self.port} for RT5 is already in use")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    self.rt_server,
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--server",
                    "Starlet",
                    "--max-workers",
                    str(WORKERS),
                ],
                env=self.env,
                cwd=self.home,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"rt-server exited with {self.process.returncode}:\n{self._log_tail()}")
            try:
                response = httpx.get(
                    f"{self.rest_url}/rt",
                    headers={"Authorization": f"token {self.token}"},
                    timeout=2.0,
                )
                if response.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail(f"rt-server did not answer within {timeout} s:\n{self._log_tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the master and its workers (its own process group), by pid."""
        process = self.process
        if process is None:
            return
        if process.poll() is None:
            # start_new_session made the master the leader of a group holding only RT.
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        with contextlib.suppress(ProcessLookupError):  # workers that outlived the master
            os.killpg(process.pid, signal.SIGKILL)
        self.process = None

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        self.stop()

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    # -- helpers for assertions (as root, who sees everything) ----------------------------

    @property
    def admin(self) -> httpx.Client:
        """A REST2 client logged in as root."""
        if self._admin is None:
            self._admin = httpx.Client(
                base_url=self.rest_url,
                auth=("root", self.root_password),
                timeout=30.0,
                headers={"Accept": "application/json"},
            )
        return self._admin

    def search(self, query: str) -> list[int]:
        """Ids of the live tickets matching a TicketSQL query, lowest first."""
        ids: list[int] = []
        page = 1
        while True:
            response = self.admin.get(
                "/tickets",
                params={"query": query, "fields": "id", "per_page": 100, "page": page},
            )
            response.raise_for_status()
            items = response.json()["items"]
            ids += [int(item["id"]) for item in items]
            if len(items) < 100:
                return sorted(ids)
            page += 1

    def ticket_ids(self, queue: str) -> list[int]:
        """Ids of the live tickets in ``queue``."""
        return self.search(f"Queue = '{queue}'")

    def count_tickets(self, queue: str) -> int:
        return len(self.ticket_ids(queue))

    def ticket(self, ticket_id: int | str) -> dict[str, Any]:
        response = self.admin.get(f"/ticket/{ticket_id}")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def custom_field_values(self, ticket_id: int | str) -> dict[str, list[str]]:
        return {cf["name"]: cf["values"] for cf in self.ticket(ticket_id)["CustomFields"]}

    def body_texts(self, ticket_id: int | str) -> list[str]:
        """The text/plain bodies of every transaction of the ticket (create, comments)."""
        listing = self.admin.get(
            f"/ticket/{ticket_id}/attachments",
            params={"fields": "Filename,ContentType", "per_page": 100},
        )
        listing.raise_for_status()
        texts = []
        for item in listing.json()["items"]:
            if item.get("Filename") or item.get("ContentType") != "text/plain":
                continue
            content = self.admin.get(f"/attachment/{item['id']}").json()["Content"]
            texts.append(base64.b64decode(content).decode("utf-8", "replace"))
        return texts

    def attachments(self, ticket_id: int | str) -> dict[str, tuple[str, bytes]]:
        """Filename -> (content type, bytes) of the ticket's named attachments."""
        listing = self.admin.get(
            f"/ticket/{ticket_id}/attachments", params={"fields": "Filename", "per_page": 100}
        )
        listing.raise_for_status()
        found: dict[str, tuple[str, bytes]] = {}
        for item in listing.json()["items"]:
            if not item.get("Filename"):
                continue
            detail = self.admin.get(f"/attachment/{item['id']}").json()
            found[detail["Filename"]] = (detail["ContentType"], base64.b64decode(detail["Content"]))
        return found

    def comment_texts(self, ticket_id: int | str) -> list[str]:
        response = self.admin.post(
            "/transactions",
            params={"orderby": "id", "order": "ASC", "per_page": 100},
            json=[
                {"field": "ObjectType", "value": "RT::Ticket"},
                {"field": "ObjectId", "value": int(ticket_id)},
                {"field": "Type", "value": "Comment"},
            ],
        )
        response.raise_for_status()
        texts = []
        for item in response.json()["items"]:
            parts = self.admin.get(
                f"/transaction/{item['id']}/attachments", params={"fields": "ContentType"}
            ).json()["items"]
            for part in parts:
                if part["ContentType"] == "text/plain":
                    content = self.admin.get(f"/attachment/{part['id']}").json()["Content"]
                    texts.append(base64.b64decode(content).decode().strip())
        return texts


def start_rt5(home: Path, cache_root: Path) -> RT5Server:
    """Copy the prepared database into ``home`` and start RT5 on a free port."""
    home = home.resolve()
    rt_server = _first_executable(RT_SERVER_CANDIDATES, "rt-server")
    if rt_server is None or shutil.which("perl") is None:
        ci = " (CI)" if os.environ.get("CI") else ""
        pytest.fail(f"{INSTALL_HINT}{ci}; rt-server not found in {RT_SERVER_CANDIDATES}")
    template = prepared_template(cache_root)
    meta = json.loads((template / "setup.json").read_text(encoding="utf-8"))
    database = home / "rtdb"
    shutil.copyfile(template / "rtdb", database)
    port = free_port()
    server = RT5Server(
        home=home,
        port=port,
        env=write_site_config(home, database, port),
        rt_server=rt_server,
        token=meta["token"],
        root_password=meta["root_password"],
        queues={name: int(i) for name, i in meta["queues"].items()},
    )
    server.start()
    return server


def _cache_root(config: pytest.Config, fallback: Path) -> Path:
    cache = getattr(config, "cache", None)  # None with -p no:cacheprovider
    if cache is None:
        return fallback
    root: Path = cache.mkdir("rt5-template")
    return root


@dataclass
class _Shared:
    server: RT5Server | None = None
    users: int = 0


# pytest makes one instance of a session fixture per module that imports it; they all share
# this one server, which stops when the last of them is torn down.
_SHARED = _Shared()


@pytest.fixture(scope="session")
def rt5_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RT5Server]:
    """A private RT5 for the session: queues Gewerbe, Allgemein (with the custom fields
    rathaus-Referenz, Leistung, LeiKa), OhneReferenz (without rathaus-Referenz) and Intern
    (invisible to the service user ``rathaus``, whose token is ``.token``)."""
    if _SHARED.server is None:
        home = tmp_path_factory.mktemp("rt5")
        cache_root = _cache_root(request.config, tmp_path_factory.mktemp("rt5-cache"))
        _SHARED.server = start_rt5(home, cache_root)
    server = _SHARED.server
    _SHARED.users += 1
    try:
        yield server
    finally:
        _SHARED.users -= 1
        if _SHARED.users == 0:
            _SHARED.server = None
            server.close()
