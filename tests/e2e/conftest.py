"""Fixtures of the browser tests: the real app over HTTP, Debian's Chromium, screenshots, axe.

The app runs in uvicorn as a task of the tests' event loop, with the in-process Temporal
worker, so documents really flow through the intake workflow. One Chromium serves the whole
session; each test gets a fresh context (no cookies carried over). Every page a test looks at
is saved as a full-page screenshot under ``$RATHAUS_E2E_ARTIFACTS`` (default
``<repo>/.artifacts/e2e/<test>/NN-<step>.png``).

Chromium is Debian's (``apt-get install chromium``), never one downloaded by
``playwright install``. A missing binary fails the run, as every missing server does.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import uuid
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from axe_playwright_python.async_playwright import Axe  # type: ignore[import-untyped]
from conftest import SAMPLES, running_worker
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect
from temporalio.client import Client

from agents.advisor_intent import IntentClassifier
from connectors.intake import store_document
from core.types import DocumentRef, DocumentSource, IntakeProgress
from rathaus.auth import Role, UserStore
from rathaus.web import create_app
from rathaus.wiring import Components
from workflows.worker import start_intake, wait_for_progress

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("RATHAUS_E2E_ARTIFACTS") or ROOT / ".artifacts" / "e2e")
README_IMAGES = ROOT / "docs" / "img"
UPDATE_SCREENSHOTS = os.environ.get("RATHAUS_UPDATE_SCREENSHOTS") == "1"

# Measured on these machines (/work/shared/NOTES.md): Debian's binary with these switches.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 800}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}

PASSWORD = "ein-langes-Passwort-1"
STAFF = "sachbearbeitung"
ADMIN = "verwaltung"

# Playwright's assertions wait 5 s by default; a workflow step on 2 busy cores may take longer.
expect.set_options(timeout=15_000)


def chromium_binary() -> str:
    """Debian's Chromium; missing is a failure (like every other server of the suite)."""
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "Debian's chromium is not installed (make test-servers, or "
            "apt-get install chromium chromium-driver); never `playwright install`"
        )
    return path


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    """One headless Chromium for the whole session."""
    executable = chromium_binary()
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        await launched.close()


# -- the app over real HTTP ------------------------------------------------------------------


@dataclass
class LiveApp:
    """The running app, its components and the Temporal client of the worker."""

    base_url: str
    components: Components
    client: Client

    async def take_in(self, sample: str) -> tuple[DocumentRef, IntakeProgress]:
        """Take a sample in (as an upload) and wait until it is final or waits for review.

        Random bytes at the end make each document new: workflow ids follow the content and
        the session's Temporal server keeps finished workflows.
        """
        path = SAMPLES / sample
        data = path.read_bytes() + f"\n% {uuid.uuid4().hex}\n".encode()
        ref = store_document(self.components.blobs, data, path.name, DocumentSource.UPLOAD)
        handle, _ = await start_intake(
            self.client, ref, self.components.settings.temporal.task_queue
        )
        return ref, await wait_for_progress(handle)

    def outbox_mails(self) -> list[EmailMessage]:
        """The mails the outbox backend has written so far."""
        root = self.components.settings.outbox_dir
        mails = []
        for path in sorted(root.rglob("*.eml")) if root.exists() else []:
            parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            mails.append(parsed)
        return mails

    def mail_about(self, document_id: str) -> EmailMessage | None:
        for mail in self.outbox_mails():
            body = mail.get_body(preferencelist=("plain",))
            if body is not None and document_id in str(body.get_content()):
                return mail
        return None


@pytest.fixture
async def live_app(
    client: Client, components: Components, intent_classifier: IntentClassifier
) -> AsyncIterator[LiveApp]:
    """The real app in uvicorn on 127.0.0.1 (a free port), with the intake worker running."""
    components.__dict__.update(intent_classifier=intent_classifier)
    users = UserStore(components.db)
    users.add(STAFF, PASSWORD, Role.STAFF)
    users.add(ADMIN, PASSWORD, Role.ADMIN)
    app = create_app(
        catalogue=components.catalogue,
        db=components.db,
        review_sender=components.review_sender,
        settings=components.settings,
        advisor=components.advisor,
        # The session's Temporal dev server runs without its Web UI.
        temporal_ui=None,
        console=components.console(),
    )
    # Bound here and handed over, so no other process can take the port in between.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()  # raises the start-up error
                pytest.fail("uvicorn stopped before it started")
            await asyncio.sleep(0.01)
        async with running_worker(client, components):
            yield LiveApp(f"http://127.0.0.1:{port}", components, client)
    finally:
        server.should_exit = True
        await task
        sock.close()


# -- browser contexts, screenshots, accessibility --------------------------------------------


@pytest.fixture
async def context(browser: Browser, live_app: LiveApp) -> AsyncIterator[BrowserContext]:
    """A fresh browser context per test (no cookies from other tests), German, 1280×800."""
    fresh = await browser.new_context(
        base_url=live_app.base_url,
        viewport={"width": VIEWPORT["width"], "height": VIEWPORT["height"]},
        locale="de-DE",
        timezone_id="Europe/Berlin",
        accept_downloads=True,
    )
    fresh.set_default_timeout(15_000)
    yield fresh
    await fresh.close()


CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember a failed test body, so the page fixture can keep the last screen."""
    report = yield
    if isinstance(report, pytest.TestReport) and report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


@pytest.fixture
async def page(
    context: BrowserContext, recorder: Recorder, request: pytest.FixtureRequest
) -> AsyncIterator[Page]:
    """A page of the test's context; after a failure its last screen is saved too."""
    opened = await context.new_page()
    yield opened
    if request.node.stash.get(CALL_FAILED, False) and not opened.is_closed():
        await recorder.shot(opened, "failure")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:80] or "page"


@dataclass
class Recorder:
    """Screenshots of the pages a test visits, and axe's WCAG findings on them."""

    directory: Path
    steps: int = 0
    findings: list[str] = field(default_factory=list)

    async def shot(self, page: Page, step: str) -> Path:
        """A full-page screenshot, ``NN-<step>.png`` in the test's artefacts directory."""
        self.steps += 1
        path = self.directory / f"{self.steps:02d}-{_slug(step)}.png"
        await page.screenshot(path=path, full_page=True)
        return path

    async def check(self, page: Page, step: str) -> list[str]:
        """Screenshot, then axe with the WCAG 2.1 A/AA rules; keeps serious/critical findings.

        All findings, minor and moderate ones too, go to ``NN-<step>.axe.txt`` beside the
        screenshot.
        """
        shot = await self.shot(page, step)
        found = await axe_findings(page, step)
        shot.with_suffix(".axe.txt").write_text(
            "".join(f"{line}\n" for _, line in found) or "keine Befunde\n", encoding="utf-8"
        )
        blocking = [line for impact, line in found if impact in BLOCKING_IMPACTS]
        self.findings += blocking
        return blocking

    def assert_accessible(self) -> None:
        assert not self.findings, (
            f"{len(self.findings)} serious/critical WCAG 2.1 A/AA violations (axe):\n"
            + "\n".join(self.findings)
        )


async def axe_findings(page: Page, step: str) -> list[tuple[str, str]]:
    """axe-core (bundled with axe-playwright-python, no network) on the page as it is now.

    Returns (impact, readable line) per violating element, WCAG 2.1 A/AA rules only.
    """
    results = await Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    response: dict[str, Any] = results.response
    rules_run = sum(len(response[kind]) for kind in ("passes", "violations", "incomplete"))
    assert rules_run >= 10, f"axe ran only {rules_run} rules on {page.url}"
    findings = []
    for violation in response["violations"]:
        impact = str(violation.get("impact"))
        for node in violation["nodes"]:
            target = " > ".join(str(t) for t in node.get("target", []))
            html = " ".join(str(node.get("html", "")).split())[:160]
            findings.append(
                (
                    impact,
                    f"- [{step}] {page.url}: {violation['id']} ({impact}) at `{target}`: "
                    f"{violation['help']} – {html}",
                )
            )
    return findings


@pytest.fixture
def recorder(request: pytest.FixtureRequest) -> Recorder:
    directory = ARTIFACTS / _slug(request.node.name)
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    return Recorder(directory)


async def readme_screenshot(page: Page, name: str) -> None:
    """With RATHAUS_UPDATE_SCREENSHOTS=1: the viewport (1280×800) as docs/img/<name>."""
    if UPDATE_SCREENSHOTS:
        README_IMAGES.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=README_IMAGES / name, full_page=False)


async def sign_in(
    page: Page, username: str, recorder: Recorder | None = None, password: str = PASSWORD
) -> None:
    """Sign in through the form, found by label and role as a screen reader would."""
    await page.goto("/login")
    if recorder is not None:
        await recorder.shot(page, "login")
    await page.get_by_label("Benutzername").fill(username)
    await page.get_by_label("Passwort").fill(password)
    await page.get_by_role("button", name="Anmelden").click()
    await expect(page.get_by_text(f"Angemeldet: {username}")).to_be_visible()


async def reload_until(page: Page, row_text: str, pattern: str, seconds: float = 60.0) -> str:
    """Reload the page until a table row containing ``row_text`` matches ``pattern``."""
    row = page.get_by_role("row").filter(has_text=row_text)
    text = ""
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        if await row.count():
            text = await row.first.inner_text()
            if re.search(pattern, text):
                return text
        await asyncio.sleep(0.25)
        await page.reload()
    pytest.fail(f"{page.url}: no row with {row_text!r} matching {pattern!r} (last: {text!r})")
