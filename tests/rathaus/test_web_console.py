"""The staff console against a real Temporal server: upload a batch (with files that must be
refused), follow it live, open a document, correct a field in review, quarantine and retry."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
from conftest import SAMPLES, running_worker
from temporalio.client import Client

from rathaus.auth import Role, UserStore
from rathaus.console import Upload, check_upload
from rathaus.web import create_app
from rathaus.wiring import Components

pytestmark = pytest.mark.temporal
PASSWORD = "ein-langes-Passwort-1"


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("leer.pdf", b"", "leer"),
        ("leer.txt", b"   \n", "leer"),
        ("rechnung.pdf", b"MZ\x90\x00" + b"\x00" * 100, "Windows-Programm"),
        ("antrag.pdf", b"PK\x03\x04" + b"\x00" * 100, "ZIP-Archiv"),
        ("antrag.docx", b"PK\x03\x04" + b"\x00" * 100, "ZIP-Archiv"),
        ("foto.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100, "Bild (JPEG)"),
        ("scan.tif", b"II*\x00" + b"\x00" * 100, "Bild (TIFF)"),
        ("antrag.pdf", b"Hallo, das ist kein PDF", "keine PDF-Datei"),
        ("daten.bin", bytes(range(256)) * 4, "nicht unterstützt"),
        # The name never makes binary data a text or a mail.
        ("daten.txt", bytes(range(256)) * 4, "nicht unterstützt"),
        ("daten.eml", bytes(range(256)) * 4, "nicht unterstützt"),
        ("tarnung.txt", b"  \n\nMZ\x90\x00" + b"\x00" * 100, "Windows-Programm"),
        ("app.pdf", b"\xca\xfe\xba\xbe" + b"\x00" * 100, "Programm"),
        ("bild.pdf", b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 100, "WebP"),
        ("programm.sh", b"#!/bin/sh\nrm -rf /\n", "Skript"),
    ],
)
def test_uploads_that_are_refused_say_why(filename: str, data: bytes, reason: str) -> None:
    media_type, error = check_upload(Upload(filename, len(data), data), 1024 * 1024)
    assert media_type is None
    assert error is not None and reason in error


@pytest.mark.parametrize(
    ("filename", "data", "media_type"),
    [
        ("brief.pdf", b"%PDF-1.7\n...", "application/pdf"),
        ("scan", b"\n%PDF-1.4\n...", "application/pdf"),
        ("mail.eml", b"From: a@example.org\nSubject: x\n\nHallo", "message/rfc822"),
        ("notiz.txt", "Grüße aus Bochum".encode(), "text/plain"),
        ("notiz", "Sehr geehrte Damen und Herren, ...".encode("cp1252"), "text/plain"),
    ],
)
def test_uploads_that_are_taken_in(filename: str, data: bytes, media_type: str) -> None:
    assert check_upload(Upload(filename, len(data), data), 1024 * 1024) == (media_type, None)


def test_a_file_over_the_limit_is_refused_with_its_size() -> None:
    media_type, error = check_upload(Upload("gross.pdf", 3 * 1_048_576, None), 1_048_576)
    assert media_type is None and error is not None
    assert "zu groß (3,0 MB, erlaubt sind 1 MB)" in error


def csrf_in(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


async def sign_in(browser: httpx.AsyncClient, name: str) -> str:
    page = await browser.get("/login")
    response = await browser.post(
        "/login", data={"username": name, "password": PASSWORD, "csrf": csrf_in(page.text)}
    )
    assert response.status_code == 303
    return csrf_in((await browser.get("/upload")).text)


def app_for(components: Components) -> httpx.AsyncClient:
    settings = components.settings
    console = components.console(temporal_ui="http://127.0.0.1:8233")
    console.max_bytes = 2 * 1_048_576
    app = create_app(
        catalogue=components.catalogue,
        db=components.db,
        review_sender=components.review_sender,
        settings=settings,
        console=console,
    )
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def wait_for_batch(browser: httpx.AsyncClient, location: str) -> str:
    """Poll the rows the page refreshes with htmx until it stops asking (settled)."""
    for _ in range(600):
        rows = await browser.get(f"{location}/rows")
        assert rows.status_code == 200
        if "hx-trigger" not in rows.text:
            return rows.text
        await asyncio.sleep(0.2)
    raise AssertionError("batch never settled")


def unique(sample: str) -> bytes:
    # A fresh document id per test run: the id is derived from the content.
    return (SAMPLES / sample).read_bytes() + f"\n%{uuid.uuid4().hex}\n".encode()


async def test_upload_a_batch_follow_it_and_open_a_document(
    client: Client, components: Components
) -> None:
    UserStore(components.db).add("sachbearbeitung", PASSWORD, Role.STAFF)
    big = b"%PDF-1.7\n" + b"0" * (3 * 1_048_576)
    files = [
        (
            "files",
            ("01_gewerbeanmeldung.pdf", unique("01_gewerbeanmeldung.pdf"), "application/pdf"),
        ),
        ("files", ("rechnung.pdf", b"MZ\x90\x00" + b"\x00" * 512, "application/pdf")),
        ("files", ("leer.txt", b"", "text/plain")),
        ("files", ("riesig.pdf", big, "application/pdf")),
        ("files", ("15_defekt.pdf", unique("15_defekt.pdf"), "application/pdf")),
    ]
    async with running_worker(client, components), app_for(components) as browser:
        anonymous = await browser.post("/upload", files=files[:1], data={"csrf": "x"})
        assert anonymous.status_code == 401
        csrf = await sign_in(browser, "sachbearbeitung")
        page = await browser.get("/upload")
        assert 'type="file"' in page.text and "multiple" in page.text
        refused = await browser.post("/upload", files=files[:1], data={"csrf": "falsch"})
        assert refused.status_code == 403

        uploaded = await browser.post("/upload", files=files, data={"csrf": csrf})
        assert uploaded.status_code == 303, uploaded.text
        location = uploaded.headers["location"]
        assert re.fullmatch(r"/batches/[0-9a-f]{32}", location)
        first = await browser.get(location)
        assert first.status_code == 200 and "riesig.pdf" in first.text
        assert 'hx-get="' in first.text  # still running: the table refreshes itself

        rows = await wait_for_batch(browser, location)
        assert "Windows-Programm" in rows
        assert "Die Datei ist leer." in rows
        assert "zu groß (3,0 MB, erlaubt sind 2 MB)" in rows
        assert rows.count('class="refused"') == 3
        # The Gewerbeanmeldung went through alone or waits for review.
        assert "zugestellt" in rows or 'class="awaiting_review"' in rows, rows
        assert "Quarantäne" in rows  # the broken PDF, with its reason
        links = re.findall(r'href="/documents/([0-9a-f]{32})"', rows)
        assert len(links) == 2

        document = await browser.get(f"/documents/{links[0]}")
        assert document.status_code == 200
        html = document.text
        assert "gewerbe_anmeldung" in html
        assert "Vorschläge des Klassifikators" in html
        assert "&lt;PERSON_1&gt;" in html  # fields and preview are pseudonymised
        assert "Yıldırım" not in html
        assert "document.routed" in html or "document.received" in html
        assert f"/namespaces/default/workflows/intake-{links[0]}" in html

        api_view = await browser.get(f"/documents/{'0' * 32}")
        assert api_view.status_code == 404 and "gibt es nicht" in api_view.text

    batches = components.audit.events(event_type="upload.batch")
    assert batches[-1].details == {
        "batch_id": location.rsplit("/", 1)[1],
        "files": 5,
        "started": 2,
        "refused": 3,
    }
    assert "rechnung.pdf" not in str(batches[-1].details)


async def test_quarantined_document_is_listed_and_can_be_retried(
    client: Client, components: Components
) -> None:
    UserStore(components.db).add("sachbearbeitung", PASSWORD, Role.STAFF)
    broken = unique("15_defekt.pdf")
    async with running_worker(client, components), app_for(components) as browser:
        csrf = await sign_in(browser, "sachbearbeitung")
        uploaded = await browser.post(
            "/upload",
            files=[("files", ("defekt.pdf", broken, "application/pdf"))],
            data={"csrf": csrf},
        )
        rows = await wait_for_batch(browser, uploaded.headers["location"])
        (document_id,) = re.findall(r'href="/documents/([0-9a-f]{32})"', rows)

        listing = await browser.get("/quarantine")
        assert document_id[:12] in listing.text
        assert f'action="/documents/{document_id}/retry"' in listing.text

        not_allowed = await browser.post(f"/documents/{document_id}/retry", data={"csrf": "x"})
        assert not_allowed.status_code == 403
        # Two clicks at once: one restart, the other is told it is already running.
        retried, twice = await asyncio.gather(
            browser.post(f"/documents/{document_id}/retry", data={"csrf": csrf}),
            browser.post(f"/documents/{document_id}/retry", data={"csrf": csrf}),
        )
        assert sorted([retried.status_code, twice.status_code]) == [303, 409]
        for _ in range(300):
            quarantined = components.audit.events(
                event_type="document.quarantined", document_id=document_id
            )
            if len(quarantined) == 2:
                break
            await asyncio.sleep(0.2)
        assert len(quarantined) == 2  # the same broken file, the same reason, again
        assert quarantined[0].details["reason"] == quarantined[1].details["reason"]
        retries = components.audit.events(event_type="document.retried")
        assert [(e.actor, e.document_id) for e in retries] == [("sachbearbeitung", document_id)]

        page = await browser.get(f"/documents/{document_id}")
        assert "Quarantäne" in page.text and "Neu starten" in page.text

        # Only quarantined documents restart.
        routed_batch = await browser.post(
            "/upload",
            files=[("files", ("a.pdf", unique("01_gewerbeanmeldung.pdf"), "application/pdf"))],
            data={"csrf": csrf},
        )
        rows = await wait_for_batch(browser, routed_batch.headers["location"])
        (routed_id,) = re.findall(r'href="/documents/([0-9a-f]{32})"', rows)
        again = await browser.post(f"/documents/{routed_id}/retry", data={"csrf": csrf})
        assert again.status_code == 409


async def test_a_reviewer_corrects_a_field_and_the_mail_carries_the_correction(
    client: Client, components: Components
) -> None:
    UserStore(components.db).add("pruefer", PASSWORD, Role.STAFF)
    async with running_worker(client, components), app_for(components) as browser:
        csrf = await sign_in(browser, "pruefer")
        uploaded = await browser.post(
            "/upload",
            files=[
                (
                    "files",
                    ("widerspruch.pdf", unique("05_widerspruch_bescheid.pdf"), "application/pdf"),
                )
            ],
            data={"csrf": csrf},
        )
        rows = await wait_for_batch(browser, uploaded.headers["location"])
        assert "Prüfung" in rows
        (document_id,) = re.findall(r'href="/documents/([0-9a-f]{32})"', rows)
        page = (await browser.get(f"/documents/{document_id}")).text
        assert 'id="entscheidung"' in page
        original = re.search(r'name="orig\.applicant_name" value="([^"]*)"', page)
        assert original is not None and "&lt;PERSON_" in original.group(1)

        wrong_field = await browser.post(
            f"/review/{document_id}?from=document",
            data={
                "csrf": csrf,
                "action": "approve",
                "field.kennzeichen": "BO-X 1",
                "orig.kennzeichen": "",
            },
        )
        assert wrong_field.status_code == 422 and "kennzeichen" in wrong_field.text

        corrected = await browser.post(
            f"/review/{document_id}?from=document",
            data={
                "csrf": csrf,
                "action": "approve",
                "field.applicant_name": "Fatima Al-Masri-Yilmaz",
                "orig.applicant_name": original.group(1).replace("&lt;", "<").replace("&gt;", ">"),
                "field.city": "Bochum",
                "orig.city": "Bochum",
            },
        )
        assert corrected.status_code == 303
        assert corrected.headers["location"] == f"/documents/{document_id}"
        for _ in range(300):
            done = (await browser.get(f"/documents/{document_id}")).text
            if "zugestellt" in done:
                break
            await asyncio.sleep(0.2)
        assert "zugestellt" in done
        assert "Al-Masri-Yilmaz" not in done  # the page still shows tokens only

    decided = components.audit.events(event_type="review.decided", document_id=document_id)
    assert decided[-1].details["fields_corrected"] == ["applicant_name"]
    assert "Yilmaz" not in str(decided[-1].details)
    mails = [
        message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in Path(components.settings.outbox_dir).rglob("*.eml")
    ]
    bodies = [
        m.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
        for m in mails
        if document_id[:12] in str(m["Subject"])
    ]
    assert bodies, "no mail for the document in the outbox"
    # The Rechtsamt's mailbox may see personal data (reidentify): it gets the corrected name.
    assert any("Fatima Al-Masri-Yilmaz" in b for b in bodies), bodies
    assert components.vault.load(document_id)  # the correction's token is in the vault
    assert "Fatima Al-Masri-Yilmaz" in components.vault.load(document_id).values()


async def test_uploads_are_refused_before_their_body_is_read(components: Components) -> None:
    UserStore(components.db).add("sachbearbeitung", PASSWORD, Role.STAFF)
    console = components.console()
    console.max_files, console.max_bytes = 2, 1000
    app = create_app(
        catalogue=components.catalogue,
        db=components.db,
        settings=components.settings,
        console=console,
    )
    received: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        """A well-formed multipart body of 4 MB: without the guard it is read to the end."""
        yield (
            b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
        )
        for _ in range(64):
            received.append(1)
            yield b"0" * 65536
        yield b"\r\n--x--\r\n"

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as browser:
        anonymous = await browser.post(
            "/upload", content=body(), headers={"Content-Type": "multipart/form-data; boundary=x"}
        )
        assert anonymous.status_code == 401
        assert anonymous.json()["detail"] == "Bitte melden Sie sich an."
        forged = await browser.post(
            "/api/v1/uploads", content=b"x", headers={"Authorization": "Bearer rh_falsch"}
        )
        assert forged.status_code == 401
        csrf = await sign_in(browser, "sachbearbeitung")
        declared = await browser.post(
            "/upload",
            content=b"0" * 10,
            headers={"Content-Length": str(10 * 1024 * 1024), "Content-Type": "text/plain"},
        )
        assert declared.status_code == 413 and "zu groß" in declared.json()["detail"]
        received.clear()
        streamed = await browser.post(
            "/upload",
            content=body(),
            headers={"Content-Type": "multipart/form-data; boundary=x", "X-CSRF": csrf},
        )
        assert streamed.status_code >= 400, streamed.status_code
        assert len(received) < 64, len(received)  # not read to the end
    with components.db.session() as session:
        from sqlalchemy import func, select

        from core.storage import UploadBatchRow

        assert session.scalar(select(func.count()).select_from(UploadBatchRow)) == 0
