"""One store with processed sample calls, built once per test session and copied for each test.

Built with the real models (transcribe, redact, draft) on the bundled samples:
``es-call`` stays ready for review; ``en-call`` is corrected by its operator, approved and scored.
Passwords are generated here for this session only.
"""

from __future__ import annotations

import base64
import os
import pickle
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
USERS = {"ana": "operator", "luis": "operator", "rosa": "reviewer", "tomas": "trainer", "admin": "admin"}


@dataclass(frozen=True)
class Golden:
    data_dir: Path
    key: str
    passwords: dict[str, str]
    ready_call: int  # es-call, ready for review (operator ana)
    approved_call: int  # en-call, corrected, approved and scored
    approved_changes: tuple[str, ...] = field(default=())

    def copy_to(self, target: Path) -> Path:
        shutil.copytree(self.data_dir, target)
        return target

    def env(self, data_dir: Path) -> dict[str, str]:
        return {"CALLNOTES_DATA_DIR": str(data_dir), "CALLNOTES_KEY": self.key}


@cache
def golden() -> Golden:
    reuse = os.environ.get("CALLNOTES_UI_GOLDEN")  # developers only: keep one built store between runs
    if reuse and (Path(reuse) / "golden.pickle").is_file():
        return pickle.loads((Path(reuse) / "golden.pickle").read_bytes())
    built = _build()
    if reuse:
        Path(reuse).mkdir(parents=True, exist_ok=True)
        (Path(reuse) / "golden.pickle").write_bytes(pickle.dumps(built))
    return built


def _build() -> Golden:
    from callnotes.config import Settings
    from callnotes.pipeline import CallRequest, Pipeline
    from callnotes.security.crypto import Cipher, generate_key
    from callnotes.security.roles import Role
    from callnotes.services import Actor
    from callnotes.services.workspace import Workspace
    from callnotes.store import CallState, Consent, open_store
    from ui.state import shared_stages

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    data_dir = Path(tempfile.mkdtemp(prefix="callnotes-ui-golden-")) / "data"
    key = generate_key()
    store = open_store(Settings(data_dir=data_dir), cipher=Cipher(base64.urlsafe_b64decode(key)))
    passwords = {name: secrets.token_urlsafe(16) for name in USERS}
    try:
        ws = Workspace.over(store, stages=shared_stages())
        system = Actor.system("tests")
        for name, role in USERS.items():
            ws.users.create(system, name, Role(role), passwords[name])
        pipeline = Pipeline(store, ws.stages)
        ids = {}
        for sample in ("es-call.wav", "en-call.mp3"):
            outcome = pipeline.process(CallRequest(SAMPLES / sample, Consent.recorded, "ana", line="1818"))
            assert outcome.state == CallState.ready_for_review, (sample, outcome)
            ids[sample] = outcome.call_id
        ana = ws.users.authenticate("ana", passwords["ana"])
        approved = ids["en-call.mp3"]
        draft = ws.notes.current(ana, approved)
        corrected = dict(draft.content)
        corrected["urgency"] = "immediate" if corrected.get("urgency") != "immediate" else "high"
        ws.casework.sign_off(ana, approved, corrected, draft.version)
        rosa = ws.users.authenticate("rosa", passwords["rosa"])
        ws.quality.score(rosa, approved, {c.id: 4 for c in ws.quality.scorecard(rosa)}, "clear referral")
    finally:
        store.close()
    return Golden(data_dir, key, passwords, ids["es-call.wav"], approved, ("urgency",))
