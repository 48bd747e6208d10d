"""The web app in a real headless Chromium: sign-in, review, upload, audit, chat, access, a11y.

Elements are found by their accessible role and name or by their label, as assistive
technology finds them; a control without one fails the test. Every visited page is saved as a
screenshot (see ``conftest.py``); axe-core checks the pages against WCAG 2.1 A/AA.
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
import uuid
from pathlib import Path

import pytest
from conftest import SAMPLES
from playwright.async_api import Locator, Page, expect

from core.types import DocumentStatus

from .conftest import (
    ADMIN,
    PASSWORD,
    STAFF,
    LiveApp,
    Recorder,
    readme_screenshot,
    reload_until,
    sign_in,
)

pytestmark = [pytest.mark.e2e, pytest.mark.temporal]

NEEDS_REVIEW = "05_widerspruch_bescheid.pdf"  # a Widerspruch always goes to a human
# The lists show the status codes or, once translated, the German labels.
# Matched against a row's inner text, whose cells are tab-separated: the status cell exactly
# ("wird zugestellt" is still on its way; a reason may mention "Prüfung").
ROUTED_STATUS = r"(?:^|\t)(?:routed|zugestellt)(?:\t|$)"
WAITING_CELL = re.compile(r"(?:^|\t)(?:awaiting_review|Prüfung)(?:\t|$)")
WAITING_STATUS = re.compile(r"\b(awaiting_review|Prüfung)\b")
# The session's first advisor answer builds the intent classifier's example vectors (~20 s).
ANSWER_MS = 60_000
# Intake of one document on 2 busy cores: usually a few seconds.
SETTLE_MS = 60_000
CSV_HEADER = [
    "seq",
    "ts",
    "actor",
    "event_type",
    "workflow_id",
    "document_id",
    "details",
    "prev_hash",
    "hash",
]


def nav(page: Page, name: str) -> Locator:
    return page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name=name, exact=True
    )


async def wait_for_mail(live_app: LiveApp, document_id: str, seconds: float = 30.0) -> str:
    """The plain-text body of the outbox mail that names the document."""
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        mail = live_app.mail_about(document_id)
        if mail is not None:
            body = mail.get_body(preferencelist=("plain",))
            assert body is not None
            return str(body.get_content())
        await asyncio.sleep(0.2)
    mails = [str(m["Subject"]) for m in live_app.outbox_mails()]
    pytest.fail(f"no mail about {document_id} in the outbox (mails: {mails})")


async def approve_in_review_queue(
    page: Page, document_id: str, recorder: Recorder, *, readme: bool = False
) -> None:
    """Open the review queue from the navigation and approve the document's row."""
    short = document_id[:12]
    await nav(page, "Prüfung").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("Zur Prüfung")
    row = page.get_by_role("row").filter(has_text=short)
    await expect(row).to_have_count(1)
    await recorder.shot(page, "review-queue")
    if readme:
        await readme_screenshot(page, "review-queue.png")
    await row.get_by_role("button", name="Bestätigen").click()
    await expect(page.get_by_role("status")).to_contain_text(f"Vorgang {short}: bestätigt")
    # The row stays until the workflow has moved on: the page says so and is not reloaded.
    await recorder.shot(page, "review-decided")


# -- a: staff review a document and it is routed ----------------------------------------------


async def test_staff_approve_a_waiting_document_and_it_is_routed(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    # One document for review, two that go through on their own: the list has some rows.
    (ref, waiting), *_ = await asyncio.gather(
        live_app.take_in(NEEDS_REVIEW),
        live_app.take_in("01_gewerbeanmeldung.pdf"),
        live_app.take_in("04_hundesteuer.pdf"),
    )
    assert waiting.status == DocumentStatus.AWAITING_REVIEW
    short = ref.document_id[:12]

    await sign_in(page, STAFF, recorder)
    await expect(page).to_have_url(re.compile(r"/documents$"))
    await expect(page.get_by_role("heading", name="Dokumente", level=1)).to_be_visible()
    await expect(page.get_by_role("row").filter(has_text=short)).to_contain_text(WAITING_STATUS)
    await recorder.shot(page, "documents-waiting")

    await approve_in_review_queue(page, ref.document_id, recorder, readme=True)

    await nav(page, "Dokumente").click()
    routed = await reload_until(page, short, ROUTED_STATUS)
    assert not WAITING_CELL.search(routed)
    await recorder.shot(page, "documents-routed")
    await readme_screenshot(page, "staff-console.png")

    body = await wait_for_mail(live_app, ref.document_id)
    assert ref.document_id in body


# -- a (upload): staff upload a PDF in the browser ---------------------------------------------


async def test_staff_upload_a_pdf_review_it_and_it_is_routed(
    page: Page, live_app: LiveApp, recorder: Recorder, tmp_path: Path
) -> None:
    upload = tmp_path / "widerspruch-e2e.pdf"
    upload.write_bytes((SAMPLES / NEEDS_REVIEW).read_bytes() + f"\n% {uuid.uuid4().hex}\n".encode())

    await sign_in(page, STAFF, recorder)
    await nav(page, "Hochladen").click()
    await expect(page.get_by_role("heading", name="Dokumente hochladen")).to_be_visible()
    await recorder.check(page, "upload")
    await page.get_by_label("Dateien").set_input_files(upload)
    await page.get_by_role("button", name="Hochladen").click()
    await expect(page).to_have_url(re.compile(r"/batches/[^/?#]+$"))
    await recorder.shot(page, "batch-started")
    # The page refreshes its rows by itself (htmx) until every file is settled.
    row = page.get_by_role("row").filter(has_text=upload.name)
    await expect(row).to_contain_text(re.compile(r"Prüfung|zugestellt"), timeout=SETTLE_MS)
    await recorder.check(page, "batch")

    link = row.get_by_role("link").first
    href = await link.get_attribute("href")
    assert href, "the batch row links to the document page"
    document_id = href.rstrip("/").rsplit("/", 1)[-1]
    await link.click()
    await expect(page).to_have_url(re.compile(rf"/documents/{re.escape(document_id)}$"))
    await recorder.check(page, "document")

    await approve_in_review_queue(page, document_id, recorder)
    await nav(page, "Dokumente").click()
    await reload_until(page, document_id[:12], ROUTED_STATUS)
    await page.get_by_role("link", name=document_id[:12], exact=True).click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text(document_id[:12])
    await expect(page.get_by_text("zugestellt", exact=True)).to_be_visible()
    await recorder.check(page, "document-routed")
    body = await wait_for_mail(live_app, document_id)
    assert document_id in body
    recorder.assert_accessible()


# -- b: admin verify the audit chain and export it ---------------------------------------------


async def test_admin_verify_the_audit_chain_and_export_csv(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    await sign_in(page, ADMIN, recorder)
    await nav(page, "Protokoll").click()
    await expect(page.get_by_role("heading", name="Revisionssicheres Protokoll")).to_be_visible()
    await expect(page.get_by_role("cell", name="auth.login", exact=True)).not_to_have_count(0)
    await recorder.shot(page, "audit")

    await page.get_by_role("button", name="Kette prüfen").click()
    await expect(page.get_by_role("status")).to_have_text(
        re.compile(r"Kette geprüft: \d+ Einträge, unverändert\.")
    )
    await recorder.shot(page, "audit-verified")

    await page.get_by_label("Akteur").fill(ADMIN)
    await page.get_by_role("button", name="Filtern").click()
    await expect(page).to_have_url(re.compile(rf"actor={ADMIN}"))
    await recorder.shot(page, "audit-filtered")

    async with page.expect_download() as info:
        await page.get_by_role("link", name="CSV exportieren").click()
    download = await info.value
    assert download.suggested_filename == "audit.csv"
    rows = list(csv.reader(io.StringIO(Path(await download.path()).read_text(encoding="utf-8"))))
    assert rows[0] == CSV_HEADER
    events = [dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]]
    assert events, "the export has rows"
    assert {e["actor"] for e in events} == {ADMIN}
    assert {"auth.login", "audit.verified"} <= {e["event_type"] for e in events}


# -- c: the public chat and the sign-in wall ---------------------------------------------------


# Counts the changes to the conversation while an answer arrives: token events append piece by
# piece, the final event replaces the text once.
WATCH_CONVERSATION = """() => {
  window.conversationChanges = 0;
  new MutationObserver((records) => { window.conversationChanges += records.length; })
    .observe(document.getElementById("log"), {subtree: true, childList: true, characterData: true});
}"""


async def test_anonymous_chat_streams_a_cited_answer_with_the_ai_disclosure(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto("/chat")
    disclosure = page.get_by_role("note")
    await expect(disclosure).to_contain_text("KI-Assistent")
    await expect(disclosure).to_contain_text("nicht mit einem Menschen")

    await page.evaluate(WATCH_CONVERSATION)
    await page.get_by_label("Ihre Frage").fill("Wie melde ich ein Gewerbe an?")
    async with page.expect_response("**/api/advisor/stream") as info:
        await page.get_by_role("button", name="Frage senden").click()
    response = await info.value
    assert response.ok
    assert response.headers["content-type"].startswith("text/event-stream")
    # Chromium keeps no copy of a body read as a stream, so the page is watched instead.
    # The focus returns to the field when the stream has ended.
    await expect(page.get_by_label("Ihre Frage")).to_be_focused(timeout=ANSWER_MS)

    answer = page.locator(".turn.assistant")
    await expect(answer).to_contain_text("KI-Assistent:")
    text = await answer.inner_text()
    assert len(text) > len("KI-Assistent: ") + 40, text
    changes = await page.evaluate("window.conversationChanges")
    assert changes > 5, f"the answer arrived in {changes} changes, not piece by piece"
    sources = page.get_by_role("list", name="Quellen")
    await expect(sources.get_by_role("link")).not_to_have_count(0)
    href = await sources.get_by_role("link").first.get_attribute("href")
    assert href and href.startswith("https://")
    await recorder.shot(page, "chat-answer")
    assert not errors, errors


async def test_anonymous_visitors_are_sent_to_sign_in_first(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    for path in ("/review", "/admin/audit"):
        await page.goto(path)
        await expect(page).to_have_url(re.compile(rf"/login\?next={re.escape(path)}$"))
        await expect(page.get_by_role("heading", name="Anmelden")).to_be_visible()
        await recorder.shot(page, f"redirected-from-{path}")
    # After signing in, the page asked for opens.
    await page.get_by_label("Benutzername").fill(ADMIN)
    await page.get_by_label("Passwort").fill(PASSWORD)
    await page.get_by_role("button", name="Anmelden").click()
    await expect(page).to_have_url(re.compile(r"/admin/audit$"))


# -- d: staff may not open the audit log -------------------------------------------------------


async def test_staff_get_the_german_403_page_on_the_audit_log(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    await sign_in(page, STAFF, recorder)
    await expect(nav(page, "Protokoll")).to_have_count(0)
    response = await page.goto("/admin/audit")
    assert response is not None and response.status == 403
    await expect(page.get_by_role("heading", name="Kein Zugriff")).to_be_visible()
    await expect(page.get_by_role("alert")).to_contain_text("Administratorinnen vorbehalten")
    await recorder.shot(page, "forbidden")


# -- e: accessibility of every page ------------------------------------------------------------


async def test_pages_have_no_serious_wcag_violations(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    ref, waiting = await live_app.take_in(NEEDS_REVIEW)
    assert waiting.status == DocumentStatus.AWAITING_REVIEW

    await page.goto("/")
    await recorder.check(page, "start")
    await page.goto("/login")
    await recorder.check(page, "login")
    await page.get_by_label("Benutzername").fill(STAFF)
    await page.get_by_label("Passwort").fill("falsch-falsch-falsch")
    await page.get_by_role("button", name="Anmelden").click()
    await expect(page.get_by_role("alert")).to_contain_text("falsch")
    await recorder.check(page, "login-failed")

    await page.goto("/chat")
    await recorder.check(page, "chat")
    await page.get_by_label("Ihre Frage").fill("Brauche ich für einen Foodtruck eine Genehmigung?")
    await page.get_by_role("button", name="Frage senden").click()
    await expect(page.get_by_label("Ihre Frage")).to_be_focused(timeout=ANSWER_MS)
    await recorder.check(page, "chat-answer")

    await sign_in(page, STAFF, recorder)
    await recorder.check(page, "documents")
    await nav(page, "Prüfung").click()
    row = page.get_by_role("row").filter(has_text=ref.document_id[:12])
    await expect(row).to_have_count(1)
    await recorder.check(page, "review")
    await row.get_by_role("link", name=ref.document_id[:12], exact=True).click()
    await expect(page.get_by_role("heading", name="Entscheidung")).to_be_visible()
    await recorder.check(page, "document")
    await nav(page, "Hochladen").click()
    await recorder.check(page, "upload")
    await nav(page, "Quarantäne").click()
    await recorder.check(page, "quarantine")
    await page.goto("/admin/audit")
    await recorder.check(page, "forbidden")
    await page.goto("/documents")  # the error page has no signed-in navigation
    await page.get_by_role("button", name="Abmelden").click()
    await expect(page).to_have_url(re.compile(r"/login$"))

    await sign_in(page, ADMIN, recorder)
    await page.goto("/admin/audit")
    await page.get_by_role("button", name="Kette prüfen").click()
    await expect(page.get_by_role("status")).to_contain_text("Kette geprüft")
    await recorder.check(page, "audit")
    await page.goto("/admin/settings")
    await recorder.check(page, "settings")

    recorder.assert_accessible()


# -- f: the sign-in form by keyboard alone ------------------------------------------------------


async def test_the_sign_in_form_works_with_the_keyboard_alone(
    page: Page, live_app: LiveApp, recorder: Recorder
) -> None:
    await page.goto("/login")
    username = page.get_by_label("Benutzername")
    password = page.get_by_label("Passwort")
    button = page.get_by_role("button", name="Anmelden")
    for _ in range(10):  # past the navigation links
        await page.keyboard.press("Tab")
        if await username.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reaches the user name field")
    await page.keyboard.type(STAFF)
    await page.keyboard.press("Tab")
    await expect(password).to_be_focused()
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Tab")
    await expect(button).to_be_focused()
    # The focus is visible (WCAG 2.4.7): the template's 3 px outline.
    outline = await button.evaluate("element => getComputedStyle(element).outlineWidth")
    assert outline == "3px"
    await recorder.shot(page, "button-focused")
    await page.keyboard.press("Shift+Tab")
    await expect(password).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(re.compile(r"/documents$"))
    await expect(page.get_by_text(f"Angemeldet: {STAFF}")).to_be_visible()
    await recorder.shot(page, "signed-in")
