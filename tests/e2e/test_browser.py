"""End to end in a real browser: `callnotes app` on 127.0.0.1, Debian's Chromium driven headless.

An operator signs in, opens a processed sample call from "My calls" and approves its note;
the approval must be in the store afterwards. A screenshot goes to tests/artifacts/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from callnotes.config import Settings
from callnotes.security.crypto import Cipher
from callnotes.services.workspace import Workspace
from callnotes.store import CallState, open_store
from tests.e2e.browser import CHROMIUM, chromium, running_app, sign_in, wait_idle
from tests.e2e.golden import golden

pytest.importorskip("playwright")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (.ci/browser.sh)")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def test_operator_opens_a_processed_sample_call_and_approves_its_note(tmp_path):
    import base64

    gold = golden()
    data = gold.copy_to(tmp_path / "data")
    with running_app(gold.env(data), tmp_path / "app.log") as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            approve_in_browser(page, url, gold)
        except Exception:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "e2e-failure.png"), full_page=True)
            raise

    store = open_store(Settings(data_dir=data), cipher=Cipher(base64.urlsafe_b64decode(gold.key)))
    try:
        ws = Workspace.over(store)
        ana = ws.users.authenticate("ana", gold.passwords["ana"])
        assert ws.calls.get(ana, gold.ready_call).state == CallState.approved
        versions = ws.notes.versions(ana, gold.ready_call)
        assert [(v.version, v.kind, v.author) for v in versions] == [
            (1, "draft", "drafter:rules"),
            (2, "approved", "ana"),
        ]
    finally:
        store.close()


def approve_in_browser(page, url, gold) -> None:
    sign_in(page, url, "ana", gold.passwords["ana"])
    page.get_by_role("heading", name="Mis llamadas").wait_for()
    wait_idle(page)

    # My calls → pick the call awaiting review → open it.
    page.get_by_test_id("stSelectbox").filter(has_text="Llamada").click()
    page.get_by_role("option", name=re.compile(rf"^#{gold.ready_call} · Para revisar")).click()
    wait_idle(page)
    page.get_by_role("button", name="Abrir").click()
    page.get_by_role("heading", name="Revisar borrador").wait_for()
    wait_idle(page)
    page.get_by_test_id("stMetricValue").filter(has_text="Para revisar").wait_for()
    page.get_by_text("<PERSON_1>").first.wait_for()  # the redacted transcript is shown first

    page.get_by_role("button", name="Aprobar nota").click()
    page.get_by_text("Nota aprobada (versión 2).").wait_for(timeout=30_000)
    wait_idle(page)
    page.set_viewport_size({"width": 1400, "height": 2000})
    page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "e2e-operator-approved.png"), full_page=True)
