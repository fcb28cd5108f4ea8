"""Redaction settings: package defaults (data/redact.yaml) overridden by the ``redact:`` section
of the callnotes configuration file."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from callnotes.errors import CallnotesError


class NerModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lang_code: str
    model_name: str


class RedactSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    languages: list[str] = Field(default_factory=lambda: ["es", "en", "pt"])
    ner_models: list[NerModel]
    ner_labels: dict[str, str] = Field(description="spaCy label -> our type; others ignored")
    ner_score: float = 0.55
    score_threshold: float = 0.4
    max_chars: int = Field(200_000, description="Longer texts are refused (one call is ~10-50k chars)")
    propagate_names: bool = True
    sweep: bool = Field(True, description="Also hide what the second look's swept reasons point at (recall first)")
    place_bridge: bool = Field(
        True, description="Last, hide whole a place description found in pieces (redact/place_bridge.py)"
    )
    place_lead: bool = Field(
        True, description="Before the bridge, hide the thing a place relation locates (redact/place_lead.py)"
    )
    place_tail: bool = Field(
        True, description="After the bridge, grow a place over the floor, door or unit said after it (place_tail.py)"
    )
    where_answer: bool = Field(
        True, description="Before the bridge, hide the located thing in an answer to 'where?' (redact/where_answer.py)"
    )
    room_finder: bool = Field(
        True, description="Before the bridge, hide rooms said with no street (redact/room_finder.py)"
    )
    number_edges: bool = Field(
        True, description="Take in the spoken edges of an identifier: 'plus 91 …', 'R as in Romeo, …' (number_edges.py)"
    )
    spoken_repairs: bool = Field(
        True, description="A number's hesitations and corrections said while dictating it (redact/spoken_repairs.py)"
    )
    spoken_handles: bool = Field(
        True, description="A handle or e-mail said piece by piece, signs said as words, is one (spoken_handles.py)"
    )
    name_repairs: bool = Field(
        True, description="A found name said again in another spelling after 'no / o' is a name (name_repairs.py)"
    )
    nickname_before: bool = Field(
        True, description="A nickname said before 'le dicen / they call him' is a name (redact/nickname_before.py)"
    )
    vessel_names: bool = Field(
        True, description="Before the bridge, a boat's name after its kind or before 'moored' (redact/vessel_names.py)"
    )
    spoken_ids: bool = Field(
        True, description="An ID, code or phone grows over the pieces across its hyphens, typed or said (spoken_ids.py)"
    )
    place_names: bool = Field(
        True, description="After the tail, a facility's own name and a complex's numbered part join it (place_names.py)"
    )
    place_chain: bool = Field(
        True, description="After the tail, a place's comma-separated locating pieces go with it (place_chain.py)"
    )
    place_marks: bool = Field(
        True,
        description="Last, the mark said right after a found place (colour, letter, sign) joins it (place_marks.py)",
    )
    name_by_age: bool = Field(
        True, description="After the nickname step, a name said right before its age's cue (redact/name_by_age.py)"
    )
    place_article: bool = Field(
        True, description="Last, a described place takes the article before it, a street address not (place_article.py)"
    )
    cross_street: bool = Field(
        True, description="Before the bridge, join a corner's cross street to its address (redact/cross_street.py)"
    )
    floor_of_place: bool = Field(
        True, description="Before the bridge, join the floor a unit or room is on to it (redact/floor_of_place.py)"
    )
    address_tagger: bool = Field(
        True,
        description="Also hide the rest of a place description the rules began, as the learned ADDRESS tagger "
        "(redact/address_tagger.py) reads it",
    )
    allow_list: list[str] = Field(default_factory=list, description="Phrases never redacted")
    allow_patterns: list[str] = Field(default_factory=list, description="Regexes never redacted")
    speaker_labels: list[str] = Field(default_factory=lambda: ["operator", "caller"])
    split_number_cues: list[str] = Field(
        default_factory=list, description="Words before a phone number dictated in pieces across turns"
    )
    split_number_id_cues: list[str] = Field(
        default_factory=list, description="Words that start another number (an ID) between two pieces"
    )
    split_number_not_followed_by: list[str] = Field(
        default_factory=list, description="Units after a number that make it a quantity, not part of a phone"
    )


@cache
def _defaults() -> dict:
    text = resources.files("redact").joinpath("data", "redact.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def load_settings(overrides: dict | None = None) -> RedactSettings:
    """Defaults merged with ``overrides`` (a mapping, e.g. the config file's ``redact:`` section)."""
    data = dict(_defaults())
    data.update(overrides or {})
    try:
        return RedactSettings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"redact.{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CallnotesError(f"configuration: {problems}") from None
