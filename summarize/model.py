"""The case note: enums of LABELS.md, with evidence for every field.

Stored values are the enum codes; display labels live in ``summarize/labels/*.yaml``.
Evidence keeps offsets only (never the transcript text) so a serialised note carries
no identifier; the app recovers the quoted text with :meth:`Span.quote`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class CallerRole(StrEnum):
    victim = "victim"
    family_member = "family_member"
    acquaintance = "acquaintance"
    witness = "witness"
    professional = "professional"
    general_public = "general_public"


class CallType(StrEnum):
    report = "report"
    help_request = "help_request"
    information_request = "information_request"
    follow_up = "follow_up"
    not_relevant = "not_relevant"


class ExploitationType(StrEnum):
    sexual = "sexual"
    labour = "labour"
    domestic_servitude = "domestic_servitude"
    forced_begging = "forced_begging"
    forced_criminality = "forced_criminality"
    other = "other"
    unknown = "unknown"


class Sex(StrEnum):
    female = "female"
    male = "male"


class Situation(StrEnum):
    ongoing = "ongoing"
    past = "past"
    at_risk = "at_risk"


class Urgency(StrEnum):
    immediate = "immediate"
    high = "high"
    medium = "medium"
    low = "low"


class Action(StrEnum):
    police_dispatch = "police_dispatch"
    referral_shelter = "referral_shelter"
    referral_legal = "referral_legal"
    referral_health = "referral_health"
    information_given = "information_given"
    follow_up_call = "follow_up_call"
    none = "none"


NOTE_FIELDS = (
    "caller_role",
    "call_type",
    "exploitation_types",
    "victims",
    "region",
    "situation",
    "urgency",
    "actions",
    "summary",
)


class Span(BaseModel):
    """Where in the drafted text a piece of evidence lies (Python character offsets)."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = Field(None, description="operator, caller or None when unknown")

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


class Evidence(BaseModel):
    spans: list[Span] = Field(default_factory=list)
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    source: str = Field("rules", description="which backend decided this field: rules or model")


class Victims(BaseModel):
    count: int = Field(0, ge=0)
    minors_involved: bool = False
    sexes: list[Sex] = Field(default_factory=list)


class CaseNote(BaseModel):
    caller_role: CallerRole = CallerRole.general_public
    call_type: CallType = CallType.not_relevant
    exploitation_types: list[ExploitationType] = Field(default_factory=list)
    victims: Victims = Field(default_factory=Victims)
    region: str | None = Field(None, description="a Peruvian department or a country, never a town")
    situation: Situation | None = None
    urgency: Urgency = Urgency.low
    actions: list[Action] = Field(default_factory=lambda: [Action.none])
    summary: str = ""
    evidence: dict[str, Evidence] = Field(default_factory=dict)
