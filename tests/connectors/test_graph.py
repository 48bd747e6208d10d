"""The Graph adapters against the real msgraph-sdk and the strict Graph test server."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from azure.core.credentials import AccessToken
from azure.core.exceptions import ClientAuthenticationError
from pydantic import SecretStr
from servers.graph_server import INTAKE_DEFAULT as INTAKE
from servers.graph_server import SENDER_DEFAULT as SENDER
from servers.graph_server import GraphServer, StaticToken, make_sink, make_source

from connectors.graph import (
    IDEMPOTENCY_HEADER,
    GraphMailSink,
    GraphMailSource,
    internet_message_id_for,
)
from connectors.ports import Attachment, OutgoingMail
from core.errors import ConfigurationError, DeliveryError, PermanentDeliveryError
from core.settings import GraphSettings

pytestmark = pytest.mark.filterwarnings(
    # msgraph-sdk defines deprecated request configuration classes when its modules load.
    "ignore:This class is deprecated:DeprecationWarning"
)

RECIPIENT = "bauamt@stadt.example"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
# Above the 3 MB single-request limit: goes through an upload session in several chunks.
LARGE = bytes(range(251)) * 14_000


class BrokenCredential:
    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        raise ClientAuthenticationError("AADSTS7000215: Invalid client secret provided.")


@pytest.fixture
def sink(graph_server: GraphServer) -> Iterator[GraphMailSink]:
    adapter = make_sink(graph_server)
    yield adapter
    adapter.close()


@pytest.fixture
def source(graph_server: GraphServer) -> Iterator[GraphMailSource]:
    adapter = make_source(graph_server)
    yield adapter
    adapter.close()


def mail(key: str, *attachments: Attachment, to: str = RECIPIENT, **extra: Any) -> OutgoingMail:
    return OutgoingMail(
        to=to,
        sender="rathaus@stadt.example",
        subject=f"Gewerbeanmeldung {key}",
        body="Bitte bearbeiten: Gewerbeanmeldung von Erika Mustermann.",
        idempotency_key=key,
        attachments=list(attachments),
        **extra,
    )


def inbound(number: int, *, padding: int = 0) -> bytes:
    message = EmailMessage()
    message["From"] = "erika.mustermann@example.org"
    message["To"] = INTAKE
    message["Subject"] = f"Antrag {number}"
    message["Message-ID"] = f"<antrag-{number}@example.org>"
    message["Date"] = format_datetime(datetime(2026, 3, 1, 9, number, tzinfo=UTC))
    message.set_content("Sehr geehrte Damen und Herren,\n" + "x" * padding)
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="antrag.pdf")
    return message.as_bytes()


def recipient_inbox(server: GraphServer, mailbox: str = RECIPIENT) -> list[Any]:
    return server.messages(mailbox, "inbox")


# ---- delivery -------------------------------------------------------------------------------


def test_deliver_with_attachments_arrives_once_with_bytes_intact(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    result = sink.deliver(
        mail(
            "wf-1/route",
            Attachment("antrag.pdf", "application/pdf", PDF),
            Attachment("plan.bin", "application/octet-stream", LARGE),
        )
    )

    assert result.duplicate is False
    assert result.external_id == internet_message_id_for("wf-1/route")
    [received] = recipient_inbox(graph_server)
    assert received.internet_message_id == result.external_id
    assert received.attachments == {"antrag.pdf": PDF, "plan.bin": LARGE}
    assert received.headers[IDEMPOTENCY_HEADER] == "wf-1/route"
    parsed = message_from_bytes(graph_server.mime(RECIPIENT, received.id), policy=policy.default)
    files = {p.get_filename(): p.get_payload(decode=True) for p in parsed.iter_attachments()}
    assert files == {"antrag.pdf": PDF, "plan.bin": LARGE}
    [sent_copy] = graph_server.messages(SENDER, "sentitems")
    assert sent_copy.internet_message_id == result.external_id
    assert graph_server.messages(SENDER, "drafts") == []
    assert graph_server.sent_count(SENDER) == 1
    # The upload URL is pre-authenticated: the bearer token never went there.
    uploads = [r for r in graph_server.requests if r.path.startswith("/upload/")]
    assert len(uploads) >= 2
    assert not any(r.authorization for r in uploads)


def test_same_key_twice_delivers_one_mail(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    first = sink.deliver(mail("wf-2/route", Attachment("a.pdf", "application/pdf", PDF)))
    second = sink.deliver(mail("wf-2/route", Attachment("a.pdf", "application/pdf", PDF)))

    assert (first.duplicate, second.duplicate) == (False, True)
    assert first.external_id == second.external_id
    assert len(recipient_inbox(graph_server)) == 1
    assert graph_server.sent_count(SENDER) == 1


@pytest.mark.parametrize(
    ("method", "path", "expect_duplicate"),
    [
        ("POST", r"/messages$", False),  # draft created, answer lost
        ("POST", r"/attachments$", False),  # attachment added, answer lost
        ("POST", r"/send$", True),  # mail sent, answer lost
    ],
    ids=["after-draft", "after-attachment", "after-send"],
)
def test_crash_between_steps_then_retry_sends_exactly_once(
    graph_server: GraphServer,
    sink: GraphMailSink,
    method: str,
    path: str,
    expect_duplicate: bool,
) -> None:
    outgoing = mail("wf-3/route", Attachment("antrag.pdf", "application/pdf", PDF))
    graph_server.drop_response(method=method, path=path)

    with pytest.raises(DeliveryError) as lost:
        sink.deliver(outgoing)
    assert not isinstance(lost.value, PermanentDeliveryError)
    retried = sink.deliver(outgoing)

    assert retried.duplicate is expect_duplicate
    [received] = recipient_inbox(graph_server)
    assert received.attachments == {"antrag.pdf": PDF}
    assert graph_server.sent_count(SENDER) == 1
    assert graph_server.messages(SENDER, "drafts") == []
    assert len(graph_server.messages(SENDER, "sentitems")) == 1


def test_without_sent_items_copy_mail_still_goes_out_once(graph_server: GraphServer) -> None:
    with make_sink(graph_server, save_to_sent_items=False) as sink:
        assert sink.deliver(mail("wf-11/route")).duplicate is False

    assert len(recipient_inbox(graph_server)) == 1
    assert graph_server.messages(SENDER, "sentitems") == []
    assert graph_server.messages(SENDER, "drafts") == []


def test_unreachable_server_is_a_transient_error(graph_server: GraphServer) -> None:
    with make_sink(graph_server) as sink:
        graph_server.stop()
        with pytest.raises(DeliveryError) as error:
            sink.deliver(mail("wf-12/route"))
    assert not isinstance(error.value, PermanentDeliveryError)
    assert "Verbindung" in str(error.value)


def test_transient_503_is_retried_by_the_sdk(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    graph_server.fail(503, method="POST", path=r"/send$", retry_after=0)

    assert sink.deliver(mail("wf-4/route")).duplicate is False
    assert len(recipient_inbox(graph_server)) == 1
    assert [r.status for r in graph_server.api_requests if r.path.endswith("/send")] == [503, 202]


def test_throttling_storm_delivers_every_mail_exactly_once(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    started = time.perf_counter()
    for n in range(5):
        sink.deliver(mail(f"calm-{n}", Attachment("a.pdf", "application/pdf", PDF)))
    calm_per_mail = (time.perf_counter() - started) / 5

    graph_server.throttle_every(2, retry_after=0)
    started = time.perf_counter()
    results = [
        sink.deliver(mail(f"storm-{n}", Attachment("a.pdf", "application/pdf", PDF)))
        for n in range(20)
    ]
    storm_per_mail = (time.perf_counter() - started) / 20

    throttled = sum(1 for r in graph_server.api_requests if r.status == 429)
    print(
        f"429 storm: {throttled} throttled answers, {storm_per_mail * 1000:.0f} ms per mail "
        f"vs {calm_per_mail * 1000:.0f} ms unthrottled "
        f"(+{(storm_per_mail - calm_per_mail) * 1000:.0f} ms)"
    )
    assert throttled >= 20
    assert not any(r.duplicate for r in results)
    subjects = sorted(m.subject for m in recipient_inbox(graph_server))
    assert subjects == sorted(
        [f"Gewerbeanmeldung calm-{n}" for n in range(5)]
        + [f"Gewerbeanmeldung storm-{n}" for n in range(20)]
    )
    assert graph_server.sent_count(SENDER) == 25


def test_throttling_beyond_sdk_retries_reports_retry_after(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    # Retry-After >= 180 s: the SDK does not wait that long, the activity's retry must.
    graph_server.throttle_every(1, retry_after=200)
    with pytest.raises(DeliveryError) as long_wait:
        sink.deliver(mail("wf-5/route"))
    assert not isinstance(long_wait.value, PermanentDeliveryError)
    assert long_wait.value.retry_after == 200
    assert len(graph_server.api_requests) == 1

    # Short Retry-After: the SDK retries three times, then gives up.
    graph_server.throttle_every(1, retry_after=0)
    before = len(graph_server.api_requests)
    with pytest.raises(DeliveryError) as short_wait:
        sink.deliver(mail("wf-5/route"))
    assert short_wait.value.retry_after == 0
    assert len(graph_server.api_requests) - before == 4

    graph_server.throttle_every(0)
    assert sink.deliver(mail("wf-5/route")).duplicate is False
    assert len(recipient_inbox(graph_server)) == 1


def test_unknown_sender_mailbox_is_permanent(graph_server: GraphServer) -> None:
    with (
        make_sink(graph_server, sender="gibtsnicht@stadt.example") as unknown,
        pytest.raises(PermanentDeliveryError) as error,
    ):
        unknown.deliver(mail("wf-6/route"))
    assert "404" in str(error.value)
    assert "gibtsnicht" not in str(error.value)


def test_rejected_recipient_is_permanent_and_message_is_plain(
    graph_server: GraphServer,
    sink: GraphMailSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="connectors.graph")
    with pytest.raises(PermanentDeliveryError) as error:
        sink.deliver(mail("wf-7/route", to="kein-postfach"))

    assert "ErrorInvalidRecipients" in str(error.value)
    for text in [str(error.value), *(r.getMessage() for r in caplog.records)]:
        assert "kein-postfach" not in text
        assert "Gewerbeanmeldung" not in text
        assert "Mustermann" not in text
    assert graph_server.sent_count(SENDER) == 0


def test_folder_files_the_mail_in_the_recipient_mailbox(
    graph_server: GraphServer,
    sink: GraphMailSink,
) -> None:
    outgoing = mail("wf-8/route", folder="Gewerbe/Anmeldungen")
    first = sink.deliver(outgoing)
    second = sink.deliver(outgoing)

    assert (first.duplicate, second.duplicate) == (False, True)
    assert recipient_inbox(graph_server) == []
    [filed] = graph_server.messages(RECIPIENT, "Anmeldungen")
    assert filed.internet_message_id == first.external_id
    assert graph_server.folder_names(RECIPIENT).count("Gewerbe") == 1
    assert graph_server.sent_count(SENDER) == 1


def test_folder_in_a_mailbox_outside_the_tenant_is_delivered_unfiled(
    graph_server: GraphServer,
    sink: GraphMailSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The mail went out; only filing it into a folder of a foreign mailbox is impossible.
    # That is a delivery (reporting it as failed would send the document elsewhere too).
    delivered = sink.deliver(mail("wf-9/route", to="extern@example.org", folder="Ablage"))
    assert delivered.duplicate is False
    assert "not filed" in caplog.text
    # The mail itself went out once and is not sent again on retry.
    assert sink.deliver(mail("wf-9/route", to="extern@example.org")).duplicate is True
    assert graph_server.external_deliveries == [(SENDER, "extern@example.org")]


def test_token_is_refused_for_hosts_not_allowed(graph_server: GraphServer) -> None:
    credential = StaticToken(graph_server.token)
    with pytest.raises(ConfigurationError):
        GraphMailSink(credential, sender=SENDER, base_url=graph_server.base_url)
    with pytest.raises(ConfigurationError):
        GraphMailSource(
            credential,
            mailbox=INTAKE,
            base_url=graph_server.base_url,
            allowed_hosts=["graph.microsoft.com"],
        )
    with pytest.raises(ConfigurationError):
        GraphMailSink(
            credential,
            sender=SENDER,
            base_url="http://graph.example",
            allowed_hosts=["graph.example"],
        )
    assert credential.calls == 0
    assert graph_server.requests == []


def test_every_request_carries_the_immutable_id_preference(
    graph_server: GraphServer,
    sink: GraphMailSink,
    source: GraphMailSource,
) -> None:
    sink.deliver(mail("wf-10/route", Attachment("a.pdf", "application/pdf", PDF), to=INTAKE))
    batch = source.fetch(None, 10)
    source.move(batch.messages[0].source_id, "rathaus-verarbeitet")
    source.fetch(batch.cursor, 10)
    sink.check()
    source.check()

    assert len(graph_server.api_requests) > 10
    assert graph_server.requests_missing_immutable_ids == 0
    assert all(r.authorization for r in graph_server.api_requests)
    # And the server does enforce it.
    bare = httpx.get(
        f"{graph_server.base_url}/users/{SENDER}/mailFolders/inbox",
        headers={"Authorization": f"Bearer {graph_server.token}"},
    )
    assert bare.status_code == 400
    assert graph_server.requests_missing_immutable_ids == 1


# ---- intake ---------------------------------------------------------------------------------


def test_fetch_returns_new_mail_once_with_raw_mime(
    graph_server: GraphServer,
    source: GraphMailSource,
) -> None:
    raws = [inbound(n) for n in range(3)]
    ids = [graph_server.seed_mime(INTAKE, raw) for raw in raws]

    first = source.fetch(None, 10)
    assert first.reset is False
    assert sorted(m.raw for m in first.messages) == sorted(raws)
    assert {m.source_id for m in first.messages} == set(ids)
    by_id = {m.source_id: m for m in first.messages}
    assert by_id[ids[1]].internet_message_id == "<antrag-1@example.org>"
    assert by_id[ids[1]].size == len(raws[1])
    assert by_id[ids[1]].received_at == datetime(2026, 3, 1, 9, 1, tzinfo=UTC)

    second = source.fetch(first.cursor, 10)
    assert second.messages == []

    newest = inbound(7)
    graph_server.seed_mime(INTAKE, newest)
    third = source.fetch(second.cursor, 10)
    assert [m.raw for m in third.messages] == [newest]


def test_fetch_pages_by_limit(graph_server: GraphServer, source: GraphMailSource) -> None:
    for n in range(5):
        graph_server.seed_mime(INTAKE, inbound(n))

    seen: list[str] = []
    cursor = None
    sizes = []
    for _ in range(4):
        batch = source.fetch(cursor, 2)
        sizes.append(len(batch.messages))
        seen.extend(m.source_id for m in batch.messages)
        cursor = batch.cursor
    assert sizes == [2, 2, 1, 0]
    assert len(set(seen)) == 5


def test_move_keeps_the_id_and_creates_the_folder(
    graph_server: GraphServer,
    source: GraphMailSource,
) -> None:
    ids = [graph_server.seed_mime(INTAKE, inbound(n)) for n in range(2)]
    batch = source.fetch(None, 10)

    source.move(ids[0], "rathaus-verarbeitet")
    source.move(ids[1], "rathaus-verarbeitet")
    source.move(ids[1], "rathaus-verarbeitet")  # repeated: harmless
    source.move("AAkALgAAMsgdoesnotexist=", "rathaus-verarbeitet")  # gone: fine

    for message_id in ids:
        moved = graph_server.message(INTAKE, message_id)
        assert moved is not None and moved.folder == "rathaus-verarbeitet"
    assert graph_server.folder_names(INTAKE).count("rathaus-verarbeitet") == 1
    # Moved-away messages come back as @removed and are skipped.
    assert source.fetch(batch.cursor, 10).messages == []


def test_expired_delta_token_restarts_with_reset(
    graph_server: GraphServer,
    source: GraphMailSource,
) -> None:
    for n in range(3):
        graph_server.seed_mime(INTAKE, inbound(n))
    first = source.fetch(None, 10)
    graph_server.expire_delta_tokens()

    again = source.fetch(first.cursor, 10)

    assert again.reset is True
    assert sorted(m.source_id for m in again.messages) == sorted(
        m.source_id for m in first.messages
    )
    assert source.fetch(again.cursor, 10).messages == []


def test_cursor_for_another_host_is_not_followed(
    graph_server: GraphServer,
    source: GraphMailSource,
) -> None:
    graph_server.seed_mime(INTAKE, inbound(1))
    foreign = f"http://localhost:{graph_server.port}/v1.0/users/{INTAKE}/mailFolders/x/messages/delta?$deltatoken=t"

    batch = source.fetch(foreign, 10)

    assert batch.reset is True
    assert len(batch.messages) == 1
    assert not any(r.host.startswith("localhost") for r in graph_server.requests)


def test_oversized_message_is_not_downloaded(graph_server: GraphServer) -> None:
    small, large = inbound(1), inbound(2, padding=5000)
    graph_server.seed_mime(INTAKE, small)
    large_id = graph_server.seed_mime(INTAKE, large)

    with make_source(graph_server, max_bytes=4000) as limited:
        batch = limited.fetch(None, 10)

    by_id = {m.source_id: m for m in batch.messages}
    assert by_id[large_id].raw == b""
    assert by_id[large_id].size == len(large)
    assert by_id[large_id].internet_message_id == "<antrag-2@example.org>"
    assert [m.raw for m in batch.messages if m.source_id != large_id] == [small]
    assert not any(r.path.endswith("/$value") and large_id in r.path for r in graph_server.requests)


# ---- check() and configuration --------------------------------------------------------------


def test_check_succeeds(sink: GraphMailSink, source: GraphMailSource) -> None:
    assert "erreichbar" in sink.check()
    assert "erreichbar" in source.check()


def test_check_explains_what_is_wrong(graph_server: GraphServer) -> None:
    cases: list[tuple[GraphMailSink | GraphMailSource, str]] = [
        (
            make_sink(graph_server, sender="gibtsnicht@stadt.example"),
            r"Postfach gibtsnicht@stadt\.example nicht gefunden",
        ),
        (
            make_source(graph_server, folder="Scans/Eingang"),
            r"Ordner Scans/Eingang .* nicht gefunden",
        ),
        (make_source(graph_server, credential=StaticToken("falsch")), "keine Berechtigung"),
        (make_sink(graph_server, credential=BrokenCredential()), "kein Zugriffstoken"),
    ]
    for adapter, expected in cases:
        with adapter, pytest.raises(DeliveryError, match=expected):
            adapter.check()
    graph_server.stop()
    with make_sink(graph_server) as sink, pytest.raises(DeliveryError, match="nicht erreichbar"):
        sink.check()


def test_from_settings_builds_a_client_secret_credential() -> None:
    settings = GraphSettings(
        tenant_id="00000000-0000-0000-0000-000000000001",
        client_id="00000000-0000-0000-0000-000000000002",
        client_secret=SecretStr("geheim"),
        sender=SENDER,
        intake_mailbox=INTAKE,
    )
    with GraphMailSink.from_settings(settings) as sink:
        assert sink.__class__ is GraphMailSink
    with GraphMailSource.from_settings(settings, max_bytes=1000) as source:
        assert source.__class__ is GraphMailSource
    with pytest.raises(ConfigurationError):
        GraphMailSink.from_settings(settings.model_copy(update={"client_secret": SecretStr("")}))


# ---- the server itself is strict --------------------------------------------------------------


def test_server_rejects_what_graph_rejects(graph_server: GraphServer) -> None:
    headers = {"Authorization": f"Bearer {graph_server.token}", "Prefer": 'IdType="ImmutableId"'}
    base = f"{graph_server.base_url}/users/{SENDER}"
    with httpx.Client(headers=headers) as client:

        def error(response: httpx.Response) -> tuple[int, str]:
            return response.status_code, response.json()["error"]["code"]

        assert error(httpx.get(f"{base}/messages")) == (401, "InvalidAuthenticationToken")
        assert error(
            client.get(
                f"{base}/messages",
                params={
                    "$filter": "internetMessageId eq '<a@b>'",
                    "$orderby": "receivedDateTime desc",
                },
            )
        ) == (400, "InefficientFilter")
        assert (
            client.get(
                f"{base}/messages",
                params={
                    "$filter": "receivedDateTime ge 2020-01-01T00:00:00Z and internetMessageId eq '<a@b>'",
                    "$orderby": "receivedDateTime desc",
                },
            ).status_code
            == 200
        )
        draft = client.post(f"{base}/messages", json={"subject": "x"}).json()["id"]
        attachments = f"{base}/messages/{draft}/attachments"
        assert error(client.post(attachments, json={"name": "a", "contentBytes": "AAAA"}))[0] == 400
        assert (
            error(
                client.post(
                    attachments,
                    json={
                        "@odata.type": "#microsoft.graph.fileAttachment",
                        "name": "a",
                        "contentBytes": "not base64!",
                    },
                )
            )[0]
            == 400
        )
        assert (
            error(client.post(f"{base}/messages/{draft}/move", json={"destinationId": "inbox"}))[0]
            == 400
        )
        assert (
            error(client.post(f"{base}/sendMail", json={"message": {}, "saveToSentItems": True}))[0]
            == 400
        )
        assert error(client.post(f"{base}/messages", json={"subject": "x", "bogus": 1})) == (
            400,
            "RequestBodyRead",
        )
        assert error(client.get(f"{base}/messages", params={"$select": "nope"}))[0] == 400
        session = client.post(
            f"{attachments}/createUploadSession",
            json={"AttachmentItem": {"attachmentType": "file", "name": "big", "size": 4_000_000}},
        ).json()
        with_token = httpx.put(
            session["uploadUrl"],
            content=b"x" * 10,
            headers={"Content-Range": "bytes 0-9/4000000", **headers},
        )
        assert with_token.status_code == 401
        send_mail = {
            "Message": {
                "subject": "Direkt",
                "toRecipients": [{"emailAddress": {"address": RECIPIENT}}],
            },
            "SaveToSentItems": False,
        }
        assert client.post(f"{base}/sendMail", json=send_mail).status_code == 202
        assert [m.subject for m in graph_server.messages(RECIPIENT, "inbox")] == ["Direkt"]
        assert graph_server.messages(SENDER, "sentitems") == []
        moved = client.post(f"{base}/messages/{draft}/move", json={"DestinationId": "inbox"})
        assert moved.status_code == 201 and moved.json()["id"] == draft
        assert client.post(f"{base}/messages/{draft}/send").status_code == 400
