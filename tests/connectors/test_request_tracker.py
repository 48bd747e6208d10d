"""The Request Tracker adapter against a real RT5 (Debian's request-tracker5, private instance)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from servers.rt5 import RT5Server

from connectors.ports import Attachment, NewTicket
from connectors.request_tracker import RequestTrackerTicketSink, ticket_sql_string
from core.errors import DeliveryAuthError, DeliveryError, PermanentDeliveryError
from core.settings import RequestTrackerSettings

# A small PDF-like file with every byte value, so any re-encoding shows.
PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
CSV_BYTES = "Name;Straße\nMüller;Hauptstraße 1\r\n".encode()
SECRET_SUBJECT = "Gewerbeanmeldung Erika Mustermann"
SECRET_BODY = "Frau Erika Mustermann, geboren 01.02.1980, meldet ein Gewerbe an."


def make_sink(rt5: RT5Server, **overrides: Any) -> RequestTrackerTicketSink:
    options: dict[str, Any] = {"token": rt5.token, "timeout": 30.0, **overrides}
    return RequestTrackerTicketSink(rt5.url, **options)


@pytest.fixture
def rt5(rt5_server: RT5Server) -> RT5Server:
    return rt5_server


@pytest.fixture
def sink(rt5: RT5Server) -> Iterator[RequestTrackerTicketSink]:
    built = make_sink(rt5)
    yield built
    built.close()


def new_key() -> str:
    return f"wf-{uuid.uuid4()}/zustellung-1"


def new_ticket(key: str, queue: str = "Gewerbe", **overrides: Any) -> NewTicket:
    fields: dict[str, Any] = {
        "queue": queue,
        "subject": SECRET_SUBJECT,
        "body": SECRET_BODY,
        "idempotency_key": key,
        "service_id": "gewerbeanmeldung",
        "leika": "99050012104000",
        **overrides,
    }
    return NewTicket(**fields)


def live_with_key(rt5: RT5Server, key: str) -> list[int]:
    return rt5.search(f"'CF.{{rathaus-Referenz}}' = {ticket_sql_string(key)}")


def attachments(rt5: RT5Server, ticket_id: str) -> dict[str, tuple[str, bytes]]:
    return rt5.attachments(ticket_id)


def comment_texts(rt5: RT5Server, ticket_id: str) -> list[str]:
    return rt5.comment_texts(ticket_id)


# -- create -----------------------------------------------------------------------------------


def test_create_files_ticket_with_fields_requestor_and_byte_identical_attachments(
    rt5: RT5Server, sink: RequestTrackerTicketSink
) -> None:
    key = new_key()
    ticket = new_ticket(
        key,
        requestor="erika.mustermann@example.org",
        custom_fields={"LeiKa": "99050012104000"},
        attachments=[
            Attachment("antrag.pdf", "application/pdf", PDF_BYTES),
            Attachment("liste.csv", "text/csv", CSV_BYTES),
        ],
    )

    delivered = sink.create(ticket)

    assert not delivered.duplicate
    created = rt5.ticket(delivered.external_id)
    assert int(created["Queue"]["id"]) == rt5.queues["Gewerbe"]
    assert created["Subject"] == SECRET_SUBJECT
    assert [r["id"] for r in created["Requestor"]] == ["erika.mustermann@example.org"]
    assert rt5.custom_field_values(delivered.external_id) == {
        "rathaus-Referenz": [key],
        "Leistung": ["gewerbeanmeldung"],
        "LeiKa": ["99050012104000"],
    }
    files = attachments(rt5, delivered.external_id)
    assert files["antrag.pdf"] == ("application/pdf", PDF_BYTES)
    assert files["liste.csv"] == ("text/csv", CSV_BYTES)


def test_default_requestor_from_settings_and_basic_auth(rt5: RT5Server) -> None:
    settings = RequestTrackerSettings(
        url=rt5.url,
        username=rt5.username,
        password=rt5.password,  # type: ignore[arg-type]
        requestor="poststelle@stadt.example",
    )
    basic = RequestTrackerTicketSink.from_settings(settings)
    try:
        delivered = basic.create(new_ticket(new_key(), queue="Allgemein"))
    finally:
        basic.close()
    created = rt5.ticket(delivered.external_id)
    assert [r["id"] for r in created["Requestor"]] == ["poststelle@stadt.example"]
    assert int(created["Queue"]["id"]) == rt5.queues["Allgemein"]


def test_same_key_twice_returns_the_first_ticket(
    rt5: RT5Server, sink: RequestTrackerTicketSink
) -> None:
    # Quotes and backslashes must survive TicketSQL quoting.
    key = new_key() + "-O'Brien\\\"x"
    before = rt5.count_tickets("Allgemein")

    first = sink.create(new_ticket(key, queue="Allgemein"))
    second = sink.create(new_ticket(key, queue="Allgemein"))

    assert second.external_id == first.external_id
    assert (first.duplicate, second.duplicate) == (False, True)
    assert rt5.count_tickets("Allgemein") == before + 1
    assert live_with_key(rt5, key) == [int(first.external_id)]


def rival_id_after(rival_ids: list[int]) -> int:
    (rival_id,) = rival_ids
    return rival_id


class RivalTransport(httpx.HTTPTransport):
    """Lets another writer create a ticket with the same key just before or after ours."""

    def __init__(self, rival: Callable[[], None], *, before: bool) -> None:
        super().__init__()
        self.rival = rival
        self.before = before
        self.fired = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        creating = request.method == "POST" and request.url.path.endswith("/REST/2.0/ticket")
        if creating and self.before and not self.fired:
            self.fired = True
            self.rival()
        response = super().handle_request(request)
        if creating and not self.before and not self.fired:
            self.fired = True
            self.rival()
        return response


@pytest.mark.parametrize("rival_first", [True, False], ids=["rival-first", "rival-second"])
def test_lost_search_race_is_resolved_by_merging_into_the_lowest_id(
    rt5: RT5Server, rival_first: bool
) -> None:
    key = new_key()
    rival_ids: list[int] = []

    def rival() -> None:
        response = rt5.admin.post(
            "/ticket",
            json={
                "Queue": "Gewerbe",
                "Subject": "paralleler Versuch",
                "CustomFields": {"rathaus-Referenz": key},
            },
        )
        response.raise_for_status()
        rival_ids.append(int(response.json()["id"]))

    racing = make_sink(rt5, transport=RivalTransport(rival, before=rival_first))
    try:
        delivered = racing.create(new_ticket(key))
        racing.comment(str(rival_id_after(rival_ids)), "Über die Nummer des Rivalen")
    finally:
        racing.close()

    (rival_id,) = rival_ids
    live = live_with_key(rt5, key)
    assert live == [min([*live, rival_id])]
    assert int(delivered.external_id) == live[0]
    assert delivered.duplicate is rival_first
    # A merged loser's id still opens the surviving ticket, and comments land there.
    assert int(rt5.ticket(rival_id)["id"]) == live[0]
    assert comment_texts(rt5, str(live[0])) == ["Über die Nummer des Rivalen"]


def test_concurrent_creates_with_one_key_leave_exactly_one_live_ticket(rt5: RT5Server) -> None:
    key = new_key()
    workers = 4
    barrier = threading.Barrier(workers)
    results: list[str] = []
    errors: list[BaseException] = []

    def attempt() -> None:
        sink = make_sink(rt5)
        try:
            barrier.wait()
            for _ in range(5):  # transient failures are retried, as Temporal would
                try:
                    results.append(sink.create(new_ticket(key)).external_id)
                    return
                except PermanentDeliveryError:
                    raise
                except DeliveryError:
                    continue
        except BaseException as exc:
            errors.append(exc)
        finally:
            sink.close()

    threads = [threading.Thread(target=attempt) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(results) == workers
    live = live_with_key(rt5, key)
    assert len(live) == 1
    # Every id an attempt handed out opens the one live ticket.
    assert {int(rt5.ticket(ticket_id)["id"]) for ticket_id in results} == set(live)


# -- comments ---------------------------------------------------------------------------------


def test_comment_sets_status_and_a_retry_adds_nothing(
    rt5: RT5Server, sink: RequestTrackerTicketSink
) -> None:
    ticket_id = sink.create(new_ticket(new_key())).external_id

    sink.comment(ticket_id, "Unterlagen vollständig.", status="open")
    sink.comment(ticket_id, "Unterlagen vollständig.", status="open")

    assert rt5.ticket(ticket_id)["Status"] == "open"
    assert comment_texts(rt5, ticket_id) == ["Unterlagen vollständig."]

    sink.comment(ticket_id, "Bescheid versandt.", status="resolved")
    assert rt5.ticket(ticket_id)["Status"] == "resolved"
    assert comment_texts(rt5, ticket_id) == ["Unterlagen vollständig.", "Bescheid versandt."]


def test_comment_without_status_keeps_status(
    rt5: RT5Server, sink: RequestTrackerTicketSink
) -> None:
    ticket_id = sink.create(new_ticket(new_key())).external_id
    sink.comment(ticket_id, "Nur ein Hinweis.")
    assert rt5.ticket(ticket_id)["Status"] == "new"
    assert comment_texts(rt5, ticket_id) == ["Nur ein Hinweis."]


def test_comment_with_unknown_status_or_ticket_is_permanent(
    rt5: RT5Server, sink: RequestTrackerTicketSink
) -> None:
    ticket_id = sink.create(new_ticket(new_key())).external_id
    with pytest.raises(PermanentDeliveryError, match="erledigt"):
        sink.comment(ticket_id, "Fertig.", status="erledigt")
    assert rt5.ticket(ticket_id)["Status"] == "new"
    assert comment_texts(rt5, ticket_id) == []

    with pytest.raises(PermanentDeliveryError, match="#99999999"):
        sink.comment("99999999", "Hallo")
    with pytest.raises(PermanentDeliveryError, match="keine Ticketnummer"):
        sink.comment("../queues", "Hallo")


# -- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("queue", ["Gibt-es-nicht", "Intern", "OhneReferenz"])
def test_create_in_unusable_queue_is_permanent_and_creates_nothing(
    rt5: RT5Server, sink: RequestTrackerTicketSink, queue: str
) -> None:
    with pytest.raises(PermanentDeliveryError) as caught:
        sink.create(new_ticket(new_key(), queue=queue))
    message = str(caught.value)
    assert queue in message
    assert "Mustermann" not in message
    if queue in rt5.queues:
        assert rt5.count_tickets(queue) == 0


def test_wrong_token_waits_for_a_fix_instead_of_failing_documents(rt5: RT5Server) -> None:
    # A rotated or expired token is fixed by an admin; deliveries wait (retried) meanwhile
    # instead of sending documents to quarantine or to the fallback.
    wrong = make_sink(rt5, token="1-43-00000000000000000000000000000000")
    try:
        with pytest.raises(DeliveryAuthError, match="lehnt die Anmeldung ab") as caught:
            wrong.create(new_ticket(new_key()))
        assert not isinstance(caught.value, PermanentDeliveryError)
        with pytest.raises(DeliveryAuthError, match="lehnt die Anmeldung ab"):
            wrong.check()
    finally:
        wrong.close()


def test_rt_down_is_transient_and_nothing_is_lost_after_restart(rt5: RT5Server) -> None:
    sink = make_sink(rt5, timeout=5.0)
    first_key, second_key = new_key(), new_key()
    before = rt5.count_tickets("Allgemein")
    first = sink.create(
        new_ticket(
            first_key,
            queue="Allgemein",
            attachments=[Attachment("antrag.pdf", "application/pdf", PDF_BYTES)],
        )
    )
    rt5.stop()
    try:
        with pytest.raises(DeliveryError) as caught:
            sink.create(new_ticket(second_key, queue="Allgemein"))
        assert not isinstance(caught.value, PermanentDeliveryError)
        with pytest.raises(DeliveryError) as caught:
            sink.comment(first.external_id, "Während des Ausfalls")
        assert not isinstance(caught.value, PermanentDeliveryError)
        with pytest.raises(DeliveryError, match="nicht erreichbar") as caught:
            sink.check()
        assert not isinstance(caught.value, PermanentDeliveryError)
    finally:
        rt5.start()
    try:
        second = sink.create(new_ticket(second_key, queue="Allgemein"))
        again = sink.create(new_ticket(first_key, queue="Allgemein"))
    finally:
        sink.close()
    assert not second.duplicate
    assert (again.external_id, again.duplicate) == (first.external_id, True)
    assert rt5.count_tickets("Allgemein") == before + 2
    assert attachments(rt5, first.external_id)["antrag.pdf"][1] == PDF_BYTES


@pytest.mark.parametrize(
    ("status", "headers", "retry_after"),
    [
        (429, {"Retry-After": "17"}, 17.0),
        (503, {"Retry-After": "5"}, 5.0),
        (500, {}, None),
    ],
)
def test_throttling_and_server_errors_are_transient(
    status: int, headers: dict[str, str], retry_after: float | None
) -> None:
    # RT itself never throttles; a proxy in front of it might.
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, json={"message": "busy"})

    sink = RequestTrackerTicketSink(
        "http://rt.invalid", token="t", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(DeliveryError) as caught:
        sink.create(new_ticket(new_key()))
    assert not isinstance(caught.value, PermanentDeliveryError)
    assert caught.value.retry_after == retry_after


def fake_rt(create_status: int, create_body: dict[str, Any]) -> httpx.MockTransport:
    """Just enough REST2 for ``create`` to reach ``POST /ticket``."""

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/REST/2.0")
        if path == "/tickets":
            return httpx.Response(200, json={"items": []})
        if path == "/queues":
            return httpx.Response(200, json={"items": [{"id": "1", "Disabled": "0"}]})
        if path == "/queue/1":
            fields = [{"name": n} for n in ("rathaus-Referenz", "Leistung", "LeiKa")]
            return httpx.Response(
                200, json={"_hyperlinks": [{"ref": "create"}], "TicketCustomFields": fields}
            )
        if path == "/ticket":
            return httpx.Response(create_status, json=create_body)
        return httpx.Response(404, json={"message": "Not Found"})

    return httpx.MockTransport(handler)


def test_rt_error_text_never_carries_ticket_content() -> None:
    echo = f"Invalid requestor erika@example.org for {SECRET_SUBJECT} (antrag-mustermann.pdf)"
    sink = RequestTrackerTicketSink(
        "http://rt.invalid", token="t", transport=fake_rt(400, {"message": echo})
    )
    ticket = new_ticket(
        new_key(),
        requestor="erika@example.org",
        attachments=[Attachment("antrag-mustermann.pdf", "application/pdf", b"%PDF")],
    )
    with pytest.raises(PermanentDeliveryError) as caught:
        sink.create(ticket)
    message = str(caught.value)
    assert "Invalid requestor" in message
    for secret in ("erika@example.org", "Mustermann", "antrag-mustermann"):
        assert secret not in message


def test_redirect_to_a_login_page_is_permanent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://sso.example/login"})

    sink = RequestTrackerTicketSink(
        "http://rt.invalid", token="t", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(PermanentDeliveryError, match="leitet um"):
        sink.check()


# -- checks -----------------------------------------------------------------------------------


def test_check_reports_version_and_fields(sink: RequestTrackerTicketSink) -> None:
    message = sink.check()
    assert "erreichbar" in message
    assert "rathaus-Referenz" in message


def test_check_fails_for_a_missing_custom_field(rt5: RT5Server) -> None:
    wrong = make_sink(rt5, leika_field="LeiKa-Schlüssel")
    try:
        with pytest.raises(PermanentDeliveryError, match="LeiKa-Schlüssel"):
            wrong.check()
    finally:
        wrong.close()


def test_check_queue(sink: RequestTrackerTicketSink) -> None:
    sink.check_queue("Gewerbe")
    sink.check_queue("allgemein")  # RT compares queue names case-insensitively
    with pytest.raises(PermanentDeliveryError, match="gibt es in Request Tracker nicht"):
        sink.check_queue("Gibt-es-nicht")
    with pytest.raises(PermanentDeliveryError, match="gibt es in Request Tracker nicht"):
        sink.check_queue("Intern")  # exists, but the service user cannot see it
    with pytest.raises(PermanentDeliveryError, match="rathaus-Referenz"):
        sink.check_queue("OhneReferenz")
