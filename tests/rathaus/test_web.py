from pathlib import Path

from fastapi.testclient import TestClient

from core.catalogue import load_catalogue
from core.storage import Database
from rathaus.web import create_app


def test_landing_page_and_health(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.migrate()
    client = TestClient(create_app(catalogue=load_catalogue(), db=db, temporal_ui="http://ui"))
    page = client.get("/")
    assert page.status_code == 200
    assert 'lang="de"' in page.text and "24 Leistungen" in page.text
    assert client.get("/healthz").json() == {"status": "ok"}


def test_health_reports_a_broken_database(tmp_path: Path) -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    client = TestClient(create_app(catalogue=load_catalogue(), db=db))
    response = client.get("/healthz")
    assert response.status_code == 503
