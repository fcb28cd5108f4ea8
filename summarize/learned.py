"""Round 15: a small learned layer for urgency over the facts the rules already extract.

:func:`urgency_features` turns one call's decisions into a few dozen named features (one-hots of the other
fields, urgency cue hits by value and weight, the hand rule's booleans and its own level), each with the hits
behind it. :func:`predict` applies a multinomial logistic regression stored as data
(``taxonomy/urgency_model.yaml``, written by ``bench/train_urgency.py``) in pure Python; :func:`evidence_hits`
names the hits behind the features that pushed toward the chosen level, so an operator sees why.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import yaml

from summarize.model import Action, CallerRole, CallType, ExploitationType, Situation

URGENCY_MODEL_PATH = Path(__file__).resolve().parent / "taxonomy" / "urgency_model.yaml"
CLASSES = ("immediate", "high", "medium", "low")


def _cap(x: float, top: float) -> float:
    return min(float(x), top) / top


def urgency_features(ctx, facts: dict, rule) -> tuple[dict[str, float], dict[str, list]]:
    """(feature name -> value, feature name -> the hits behind it) for one call.

    ``facts`` is ``rules.urgency.urgency_facts(ctx)``, ``rule`` the hand rule's Decision."""
    d = ctx.decided
    x: dict[str, float] = {}
    behind: dict[str, list] = {}

    def put(name: str, value: float, hits=()) -> None:
        x[name] = float(value)
        behind[name] = list(hits)

    for level in CLASSES:
        put(f"rule_{level}", rule.value == level, rule.hits)
    put("case", facts["case"], d["_case"].hits)
    for ct in CallType:
        put(f"call_type_{ct.value}", d["call_type"].value == ct, d["call_type"].hits)
    for st in Situation:
        put(f"situation_{st.value}", d["situation"].value == st, d["situation"].hits)
    for role in CallerRole:
        put(f"role_{role.value}", d["caller_role"].value == role, d["caller_role"].hits)
    forms = d["exploitation_types"].value or []
    for form in ExploitationType:
        put(f"form_{form.value}", form in forms, d["exploitation_types"].hits)
    victims = d["victims"].value
    put("victims_none", victims.count == 0, [])
    put("victims_many", victims.count >= 2, d["victims"].hits)
    put("minors", victims.minors_involved, d["victims"].hits)
    now, high = facts["now"], facts["high"]
    caller_now = [h for h in now if h.speaker == "caller"]
    operator_now = [h for h in now if h.speaker == "operator"]
    put("cue_immediate_score", _cap(facts["scores"].get("immediate", 0), 6), now)
    put("cue_immediate_caller", _cap(len(caller_now), 3), caller_now)
    put("cue_immediate_operator", _cap(len(operator_now), 3), operator_now)
    put("cue_high_score", _cap(facts["scores"].get("high", 0), 6), high)
    put("cue_high_serious", _cap(len(facts["serious"]), 3), facts["serious"])
    put("serious", bool(facts["serious"]), facts["serious"])
    put("sexual_now", facts["sexual_now"], d["exploitation_types"].hits + d["situation"].hits)
    put("vouched", facts["vouched"], d["caller_role"].hits + d["situation"].hits)
    put("asked_help", facts["asked_help"], d["call_type"].hits)
    put("consulted_out", facts["consulted_out"], d["call_type"].hits + d["situation"].hits)
    put("harmed", bool(facts["harmed"]), facts["harmed"])
    put("historical", bool(facts["historical"]), facts["historical"])
    put("at_risk_other", facts["at_risk_other"], d["situation"].hits)
    put("counter_signs", len(facts["counter"]) >= 2, facts["counter"])
    actions = d["actions"].value or []
    for act in (
        Action.police_dispatch,
        Action.referral_shelter,
        Action.referral_health,
        Action.follow_up_call,
        Action.information_given,
    ):
        put(f"action_{act.value}", act in actions, d["actions"].hits)
    return x, behind


def predict(model: dict, features: dict[str, float]) -> dict[str, float]:
    """The model's probability of each level (pure Python softmax; features it does not know are ignored)."""
    classes = model["classes"]
    z = list(model["bias"])
    for name, value in features.items():
        w = model["weights"].get(name)
        if w and value:
            z = [zi + wi * value for zi, wi in zip(z, w, strict=True)]
    top = max(z)
    e = [math.exp(zi - top) for zi in z]
    total = sum(e)
    return {c: ei / total for c, ei in zip(classes, e, strict=True)}


def contributions(model: dict, features: dict[str, float], level: str) -> list[tuple[str, float]]:
    """Features pushing toward ``level``, strongest first (weights of each feature sum to 0 over levels)."""
    k = model["classes"].index(level)
    pushes = [
        (name, value * model["weights"][name][k])
        for name, value in features.items()
        if value and name in model["weights"]
    ]
    return sorted([p for p in pushes if p[1] > 0], key=lambda p: -p[1])


def evidence_hits(model: dict, features: dict[str, float], behind: dict[str, list], level: str, limit: int = 6) -> list:
    hits, seen = [], set()
    for name, _ in contributions(model, features, level):
        for h in behind.get(name, ()):
            if (h.start, h.end) not in seen:
                seen.add((h.start, h.end))
                hits.append(h)
        if len(hits) >= limit:
            break
    return hits


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> dict | None:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    model = (data or {}).get("model")
    if not model or list(model.get("classes", ())) != list(CLASSES):
        return None
    return model


def load_model(path: Path | str | None = URGENCY_MODEL_PATH) -> dict | None:
    """The stored model, or None when the file is absent (the hand rule then decides)."""
    if path is None:
        return None
    p = Path(path)
    if not p.is_file():
        return None
    return _load(str(p), p.stat().st_mtime)
