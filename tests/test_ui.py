"""The app, page by page and role by role, with Streamlit's AppTest on a store of really processed samples.

Each test works on its own copy of one store built once per session (``tests/e2e/golden.py``):
``es-call`` is ready for review, ``en-call`` was corrected, approved and scored. What a role
may see is checked on everything the page sent to the browser, and in the audit log.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from callnotes.config import load_settings
from callnotes.services import Actor, PermissionDenied
from callnotes.services.workspace import Workspace
from callnotes.store import AuditEvent, CallState, open_store
from redact.types import DIRECT_IDENTIFIERS as DIRECT
from tests.e2e.golden import SAMPLES, golden

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

APP = str(Path(__file__).resolve().parents[1] / "ui" / "app.py")
ROLE_HOME = {
    "ana": "Mis llamadas",
    "rosa": "Muestra para control de calidad",
    "tomas": "Crear un escenario de capacitación",
    "admin": "Estado del sistema",
}
ROLE_PAGES = {
    "ana": ["pages/operator/my_calls.py", "pages/operator/new_call.py", "pages/operator/review.py"],
    "rosa": ["pages/reviewer/sample.py", "pages/reviewer/score.py", "pages/reviewer/dashboard.py"],
    "tomas": ["pages/trainer/build.py", "pages/trainer/library.py"],
    "admin": [
        "pages/admin/health.py",
        "pages/admin/users.py",
        "pages/admin/settings.py",
        "pages/admin/audit.py",
        "pages/admin/purge.py",
    ],
}


@pytest.fixture(scope="session")
def gold():
    return golden()


@pytest.fixture
def store_dir(gold, tmp_path, monkeypatch):
    """A private copy of the golden store, which the app (same process) opens through the environment."""
    data = gold.copy_to(tmp_path / "data")
    for name, value in gold.env(data).items():
        monkeypatch.setenv(name, value)
    for name in ("CALLNOTES_DB_URL", "CALLNOTES_KEY_FILE", "CALLNOTES_SESSION_MINUTES", "CALLNOTES_SCORECARD"):
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "callnotes.yaml"  # the admin's settings page writes here, never to the user's home
    config.write_text("store:\n  retention_days: 30\n", encoding="utf-8")
    monkeypatch.setenv("CALLNOTES_CONFIG", str(config))
    return data


@pytest.fixture
def ws(store_dir):
    """The services over the same copy, for looking behind the pages (sharing the app's loaded models)."""
    from ui.state import shared_stages

    store = open_store(load_settings())
    yield Workspace.over(store, stages=shared_stages())
    store.close()


@pytest.fixture
def pii(gold, ws):
    """The originals the redactor replaced in both calls: none may reach a reviewer or a trainer."""
    ana = ws.users.authenticate("ana", gold.passwords["ana"])
    values = set()
    for call_id in (gold.ready_call, gold.approved_call):
        mapping = ws.calls.placeholder_mapping(ana, call_id)
        values |= {v for k, v in mapping.items() if k.strip("<>").rsplit("_", 1)[0] in DIRECT and len(v) >= 4}
    assert values, "the samples have names and phone numbers: the redactor must have found some"
    return values


def sign_in(gold, user: str, password: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.text_input(key="login_username").input(user)
    at.text_input(key="login_password").input(password if password is not None else gold.passwords[user])
    button(at, "Entrar").click()
    at.run()
    if "actor" in at.session_state:
        at.run()  # AppTest keeps the sign-in run's widget ids until one more run after st.rerun()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button {label!r} among {[b.label for b in at.button]}"
    return matches[0]


def everything(at: AppTest) -> str:
    """All that the run sent to the browser, as text (dataframes included)."""
    parts = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        value = getattr(node, "value", None) if type(node).__name__ == "Dataframe" else None
        if value is not None:
            parts.append(value.to_string())
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def actions_of(store_dir: Path, user: str) -> list[tuple[str, str, int | None]]:
    store = open_store(load_settings())
    assert store.data_dir == store_dir
    try:
        with store.transaction() as session:
            rows = session.scalars(select(AuditEvent).where(AuditEvent.actor == user).order_by(AuditEvent.id))
            return [(r.action, r.outcome, r.call_id) for r in rows]
    finally:
        store.close()


# -- sign-in, session, language ------------------------------------------------------------------
def test_nothing_without_signing_in_and_a_wrong_password_is_refused(gold, store_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert titles(at) == ["Iniciar sesión"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/operator/review.py")  # no page is registered before signing in
    at = sign_in(gold, "ana", password=gold.passwords["rosa"])
    assert [e.value for e in at.error] == ["Usuario o contraseña incorrectos."]
    assert "actor" not in at.session_state
    assert ("login", "denied", None) in actions_of(store_dir, "ana")


def test_a_locked_out_user_is_told_so_even_with_the_right_password(gold, store_dir):
    for _ in range(5):
        sign_in(gold, "tomas", password="not-the-password")
    at = sign_in(gold, "tomas")
    assert "actor" not in at.session_state
    assert [e.value for e in at.error] == [
        "Demasiados intentos fallidos con este usuario. Espere 15 minutos o pida ayuda a un administrador."
    ]


@pytest.mark.parametrize("user", ["ana", "rosa", "tomas", "admin"])
def test_each_role_gets_its_own_pages_and_none_of_the_others(gold, store_dir, user):
    at = sign_in(gold, user)
    assert titles(at) == [ROLE_HOME[user]]
    for page in ROLE_PAGES[user]:
        open_page(at, page)
        assert len(titles(at)) == 1, page
        assert not at.error, (page, [e.value for e in at.error])
    for other, pages in ROLE_PAGES.items():
        if other == user:
            continue
        for page in pages:
            # Not in this role's navigation at all: the page cannot even be addressed.
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                at.switch_page(page)


def test_session_times_out_and_language_switches(gold, store_dir):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.radio(key="lang_switch").set_value("en")
    at.run()
    assert titles(at) == ["Sign in"]
    at.text_input(key="login_username").input("admin")
    at.text_input(key="login_password").input(gold.passwords["admin"])
    button(at, "Sign in").click()
    at.run()
    assert titles(at) == ["System health"]  # the language chosen before signing in is kept
    at.run()
    assert titles(at) == ["System health"]
    at.session_state["last_seen"] = time.monotonic() - 16 * 60
    at.run()
    assert titles(at) == ["Sign in"]
    assert [w.value for w in at.warning] == ["Your session timed out. Please sign in again."]
    assert "actor" not in at.session_state


def test_a_deactivated_user_is_signed_out_at_the_next_click(gold, store_dir, ws):
    at = sign_in(gold, "ana")
    ws.users.set_active(Actor.system("tests"), "ana", False)
    at.run()
    assert titles(at) == ["Iniciar sesión"]


# -- operator ------------------------------------------------------------------------------------
def test_my_calls_lists_own_calls_and_searches_only_the_redacted_text(gold, store_dir, pii):
    at = sign_in(gold, "ana")
    table = at.dataframe[0].value
    assert sorted(table["N.º"]) == sorted([gold.ready_call, gold.approved_call])
    at.text_input(key="my_calls_query").input("PERSON")
    at.run()
    assert len(at.dataframe[0].value) >= 1  # placeholders are in the redacted text
    at.text_input(key="my_calls_query").input(sorted(pii)[0])
    at.run()
    assert not at.dataframe and [i.value for i in at.info] == ["No hay llamadas que coincidan."]

    other = sign_in(gold, "luis")  # another operator: none of ana's calls
    assert not other.dataframe
    open_page(other, "pages/operator/review.py")
    assert [i.value for i in other.info] == ["Todavía no tiene llamadas con nota."]


def test_operator_sees_redacted_first_and_unredacted_with_highlights_on_request(gold, store_dir, pii):
    at = sign_in(gold, "ana")
    at.session_state["open_call"] = gold.ready_call
    open_page(at, "pages/operator/review.py")
    shown = everything(at)
    assert "&lt;PERSON_1&gt;" in shown or "<PERSON_1>" in shown
    assert not any(value in shown for value in pii)
    at.toggle(key="review_unredacted").set_value(True)
    at.run()
    shown = everything(at)
    assert any(value in shown for value in pii)
    assert "cn-mark" in shown and "PHONE_NUMBER" in shown  # identifiers highlighted by type
    evidence = [b for b in at.button if b.label == "Ver evidencia"]
    assert evidence
    evidence[0].click()
    at.run()
    assert "cn-evidence" in everything(at)
    assert [c.value for c in at.caption if c.value.startswith("Evidencia resaltada")]
    actions = actions_of(store_dir, "ana")
    assert ("view_unredacted", "ok", gold.ready_call) in actions
    assert ("view_entities", "ok", gold.ready_call) in actions


def test_operator_corrects_and_approves_a_draft_and_the_diff_is_kept(gold, store_dir, ws):
    at = sign_in(gold, "ana")
    at.session_state["open_call"] = gold.ready_call
    open_page(at, "pages/operator/review.py")
    draft = ws.notes.current(ws.users.authenticate("ana", gold.passwords["ana"]), gold.ready_call)
    assert draft.version == 1 and draft.kind == "draft"
    urgency = next(s for s in at.selectbox if s.key.endswith("_urgency"))
    new_urgency = "low" if draft.content["urgency"] != "low" else "medium"
    urgency.set_value(new_urgency)
    at.run()
    button(at, "Aprobar nota").click()
    at.run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Nota aprobada (versión 3)."]
    ana = ws.users.authenticate("ana", gold.passwords["ana"])
    versions = ws.notes.versions(ana, gold.ready_call)
    assert [(v.version, v.kind) for v in versions] == [(1, "draft"), (2, "edit"), (3, "approved")]
    assert versions[-1].content["urgency"] == new_urgency
    assert ws.calls.get(ana, gold.ready_call).state == CallState.approved
    assert ws.casework.note_diff(ana, gold.ready_call).changed_fields == ["urgency"]
    assert [c.value for c in at.caption if c.value == "Campos corregidos: Urgencia"]
    assert not any(b.label == "Aprobar nota" for b in at.button)  # approved notes are read-only


def test_operator_rejects_with_a_reason(gold, store_dir, ws):
    at = sign_in(gold, "ana")
    at.session_state["open_call"] = gold.ready_call
    open_page(at, "pages/operator/review.py")
    button(at, "Rechazar la nota").click()
    at.run()
    assert [e.value for e in at.error] == ["a rejection needs a reason"]
    at.text_area(key=f"n{gold.ready_call}v1_reason").input("falta la región")
    button(at, "Rechazar la nota").click()
    at.run()
    assert [w.value for w in at.warning] == ["Rechazada: falta la región"]
    ana = ws.users.authenticate("ana", gold.passwords["ana"])
    assert ws.calls.get(ana, gold.ready_call).state == CallState.rejected


def test_new_call_needs_consent_and_shows_each_stage(gold, store_dir, ws, tmp_path):
    from tests.audio_factory import write_audio

    inbox = ws.store.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "es-call.wav", inbox / "linea1-copia.wav")
    write_audio(inbox / "silencio.wav", np.zeros((1, 16000 * 3), dtype=np.float32), 16000)
    at = sign_in(gold, "ana")
    open_page(at, "pages/operator/new_call.py")
    at.radio(key="new_call_source").set_value("inbox")
    at.run()
    assert at.text_input(key="new_call_operator").value == "ana" and at.text_input(key="new_call_operator").disabled
    at.multiselect(key="new_call_inbox").set_value(["linea1-copia.wav", "silencio.wav"])
    button(at, "Procesar").click()
    at.run()
    assert [e.value for e in at.error] == ["Indique el consentimiento de la llamada antes de procesarla."]
    at.radio(key="new_call_consent").set_value("verbal")
    button(at, "Procesar").click()
    at.run()
    assert not at.exception
    successes = [s.value for s in at.success]
    assert f"Llamada {gold.ready_call}: Para revisar. (esta grabación ya estaba guardada: es la misma llamada)" in (
        successes
    )
    stages = [m.value for m in at.markdown if m.value.startswith("⏳")]
    assert "⏳ Transcribiendo" in stages  # the silent recording really went through transcription
    assert any("no speech found" in e.value for e in at.error)
    # Stored encrypted; no plaintext copy of the recording is left in the inbox or beside it.
    assert not (inbox / "linea1-copia.wav").exists() and not (inbox / "processed").exists()


# -- reviewer ------------------------------------------------------------------------------------
def test_reviewer_never_receives_unredacted_text_or_raw_audio(gold, store_dir, pii):
    at = sign_in(gold, "rosa")
    seen = [everything(at)]
    for page in ROLE_PAGES["rosa"]:
        open_page(at, page)
        seen.append(everything(at))
    at.session_state["score_call"] = gold.approved_call
    open_page(at, "pages/reviewer/score.py")
    seen.append(everything(at))
    shown = "\n".join(seen)
    assert "PERSON" in shown  # the redacted transcript was shown…
    leaked = [value for value in pii if value in shown]
    assert not leaked, "a reviewer page carried unredacted text"  # …and nothing it replaced
    actions = {a for a, _, _ in actions_of(store_dir, "rosa")}
    assert "view_redacted" in actions and "listen_bleeped_audio" in actions
    assert not actions & {"view_unredacted", "listen_raw_audio", "view_mapping", "view_entities"}


def test_reviewer_draws_a_recorded_sample_and_reproduces_it(gold, store_dir, ws):
    at = sign_in(gold, "rosa")
    at.number_input(key="sample_size").set_value(3)
    at.selectbox(key="sample_stratify").set_value("operator")
    at.number_input(key="sample_seed").set_value(42)
    button(at, "Sortear muestra").click()
    at.run()
    sample = at.session_state["current_sample"]
    assert sample.call_ids == [gold.approved_call] and sample.seed == 42 and sample.population == 1
    assert list(at.dataframe[0].value["Llamada"]) == [gold.approved_call]
    rosa = ws.users.authenticate("rosa", gold.passwords["rosa"])
    recorded = ws.quality.samples(rosa)[0]
    assert (recorded.id, recorded.call_ids, recorded.stratify_by.value) == (sample.id, sample.call_ids, "operator")
    button(at, "Repetir").click()
    at.run()
    assert [s.value for s in at.success] == ["Repetida con la misma semilla y fecha de corte: las mismas llamadas."]
    button(at, "Calificar").click()
    at.run()
    assert titles(at) == ["Calificar una llamada"]
    assert at.selectbox(key="score_pick").value == gold.approved_call


def test_an_open_score_page_stops_showing_what_the_operator_hides_meanwhile(gold, store_dir, ws):
    at = sign_in(gold, "rosa")
    at.session_state["score_call"] = gold.approved_call
    open_page(at, "pages/reviewer/score.py")
    ana = ws.users.authenticate("ana", gold.passwords["ana"])
    shown = ws.calls.redacted_transcript(ana, gold.approved_call).text
    word = next(w for w in shown.split() if w.isalpha() and len(w) > 5 and "<" not in w)
    assert word in everything(at)
    ws.redaction.redact_text(ana, gold.approved_call, word, "OTHER_ID")  # the operator hides it meanwhile
    at.run()
    assert word not in everything(at) and "OTHER_ID" in everything(at)


def test_reviewer_scores_a_call_with_the_scorecard(gold, store_dir, ws):
    at = sign_in(gold, "rosa")
    at.session_state["score_call"] = gold.approved_call
    open_page(at, "pages/reviewer/score.py")
    criteria = [s for s in at.slider if s.key.startswith(f"score_{gold.approved_call}_")]
    assert [s.key.rsplit("_", 1)[-1] for s in criteria][-1] == "anonymity" and len(criteria) == 6
    for i, slider in enumerate(criteria):
        slider.set_value(1 + i % 5)
    at.text_input(key=f"remark_{gold.approved_call}_referral").input("derivó a la policía")
    button(at, "Guardar calificación").click()
    at.run()
    assert at.success and at.success[0].value.startswith("Calificación guardada")
    rosa = ws.users.authenticate("rosa", gold.passwords["rosa"])
    latest = ws.reviews.list(rosa, gold.approved_call)[-1]
    assert latest.scores == {
        "greeting": 1,
        "risk_assessment": 2,
        "referral": 3,
        "completeness": 4,
        "accuracy": 5,
        "anonymity": 1,
    }
    assert latest.comment == "referral: derivó a la policía"


def test_dashboard_charts_and_csv_export(gold, store_dir):
    at = sign_in(gold, "rosa")
    open_page(at, "pages/reviewer/dashboard.py")
    charts = at.get("vega_lite_chart")
    assert len(charts) == 4  # type and urgency per week, scores over time, agreement per field
    at.button(key="csv_agreement").click()
    at.run()
    payload = at.session_state["csv_agreement_data"]
    lines = payload.splitlines()
    assert lines[0] == "field,agreed,total,rate"
    rows = {line.split(",")[0]: line.split(",")[1:] for line in lines[1:]}
    assert rows["urgency"][:2] == ["0", "1"]  # the golden call's urgency was corrected by its operator
    assert rows["caller_role"][:2] == ["1", "1"]
    assert ("export_dashboard", "ok", None) in actions_of(store_dir, "rosa")


# -- trainer -------------------------------------------------------------------------------------
def test_trainer_builds_previews_and_exports_a_scenario_without_real_identities(gold, store_dir, pii):
    at = sign_in(gold, "tomas")
    assert list(at.dataframe[0].value["Llamada"]) == [gold.approved_call]
    at.text_input(key="build_title").input("Restaurante en Cusco")
    at.text_area(key="build_objectives").input("Reconocer señales de trabajo forzoso\nDerivar a inspección")
    at.text_area(key="build_questions").input("¿Qué preguntas faltaron?")
    at.text_input(key="build_tags").input("laboral, adultos")
    button(at, "Crear escenario").click()
    at.run()
    assert not at.exception and [s.value for s in at.success][0].startswith("Escenario n.º")
    shown = everything(at)
    assert "Objetivos de aprendizaje" in shown and "Derivar a inspección" in shown and "Nota del caso" in shown
    leaked = [value for value in pii if value in shown]
    assert not leaked, "the scenario preview carried a real identifier"
    scenario_id = at.session_state["built_scenario"]
    files = {}
    for fmt in ("md", "json", "pdf"):
        at.button(key=f"export_{scenario_id}_{fmt}_prepare").click()
        at.run()
        files[fmt] = at.session_state[f"export_{scenario_id}_{fmt}"]
    assert files["pdf"].data.startswith(b"%PDF")
    exported = json.loads(files["json"].data)
    assert exported["tags"] == ["laboral", "adultos"] and exported["case_note"]["call_type"]
    assert exported["transcript"][0]["speaker"] in ("operator", "caller", None)
    text = files["md"].data.decode() + files["json"].data.decode()
    assert not [value for value in pii if value in text]
    actions = actions_of(store_dir, "tomas")
    assert [a for a in actions if a[0] == "export_scenario_file"] == [("export_scenario_file", "ok", None)] * 3
    assert not {a for a, _, _ in actions} & {"view_unredacted", "view_redacted", "listen_raw_audio", "view_mapping"}

    open_page(at, "pages/trainer/library.py")
    assert list(at.dataframe[0].value["Etiquetas"]) == ["laboral, adultos"]
    at.selectbox(key="library_tag").set_value("adultos")
    at.run()
    assert len(at.dataframe[0].value) == 1


# -- admin ---------------------------------------------------------------------------------------
def test_admin_manages_users_reads_audit_and_purges_with_a_dry_run_first(gold, store_dir, ws):
    at = sign_in(gold, "admin")
    assert at.success and at.success[0].value == "Todo en orden."
    open_page(at, "pages/admin/users.py")
    at.text_input(key="users_new_name").input("marta")
    at.selectbox(key="users_new_role").set_value("reviewer")
    button(at, "Crear (contraseña generada)").click()
    at.run()
    message = at.success[0].value
    password = message.split("`")[1]
    assert message.startswith("Contraseña de marta:") and len(password) >= 16
    assert ws.users.authenticate("marta", password).role.value == "reviewer"
    at.run()
    assert not at.success  # shown once only

    open_page(at, "pages/admin/audit.py")
    at.text_input(key="audit_user").input("marta")
    at.run()
    assert list(at.dataframe[0].value["Acción"]) == ["login"]

    open_page(at, "pages/admin/purge.py")
    button(at, "Simular (no borra nada)").click()
    at.run()
    assert [m.value for m in at.metric][:1] == ["0"]  # nothing is past the 30-day retention yet
    assert at.button(key="purge_run").disabled
    assert "PERSON" not in everything(at)  # admins get no call content

    with pytest.raises(PermissionDenied):
        ws.calls.redacted_transcript(ws.users.authenticate("admin", gold.passwords["admin"]), gold.ready_call)


def test_admin_hands_a_departed_operators_calls_to_a_colleague(gold, store_dir, ws):
    at = sign_in(gold, "admin")
    open_page(at, "pages/admin/users.py")
    assert not [s for s in at.subheader if s.value == "Llamadas de un operador que se fue"]  # nobody has left
    at.selectbox(key="users_pick").set_value("ana")
    at.run()
    button(at, "Desactivar").click()
    at.run()
    assert at.selectbox(key="users_hand_from").options == ["ana"]
    at.selectbox(key="users_hand_to").set_value("luis")
    button(at, "Pasar sus llamadas").click()
    at.run()
    assert not at.exception and at.success[0].value.endswith("de ana pasaron a luis.")
    luis = ws.users.authenticate("luis", gold.passwords["luis"])
    assert gold.ready_call in [c.id for c in ws.calls.list(luis)]
    assert ws.calls.unredacted_transcript(luis, gold.ready_call).text  # his to fix now


def test_admin_changes_retention_and_model_settings(gold, store_dir):
    at = sign_in(gold, "admin")
    open_page(at, "pages/admin/settings.py")
    assert at.number_input(key="settings_days").value == 30
    at.number_input(key="settings_days").set_value(45)
    at.radio(key="settings_note_lang").set_value("en")
    button(at, "Guardar").click()
    at.run()
    assert at.success and at.success[0].value.startswith("Guardado en")
    written = load_settings(Path(os.environ["CALLNOTES_CONFIG"]))
    assert (written.store.retention_days, written.summarize["lang"], written.asr.model) == (45, "en", "base")
    assert ("change_settings", "ok", None) in actions_of(store_dir, "admin")
