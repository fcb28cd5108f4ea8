"""All services the app uses: the core ones of :class:`~callnotes.services.Services` plus the app's own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from callnotes.services import Services
from callnotes.services.casework import CaseworkService
from callnotes.services.configuration import ConfigurationService
from callnotes.services.health import HealthService
from callnotes.services.quality import QualityService
from callnotes.services.training import TrainingService
from callnotes.store import Store, open_store


@dataclass
class Workspace(Services):
    """``stages`` (a ``callnotes.pipeline.Stages``) is shared so models load once per app process."""

    stages: Any = field(default=None)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.casework = CaseworkService(self.store, self.stages)
        self.quality = QualityService(self.store)
        self.training = TrainingService(self.store)  # the process's shared redactor, as the pipeline's
        self.health = HealthService(self.store)
        self.configuration = ConfigurationService(self.store)

    @classmethod
    def over(cls, store: Store, stages: Any = None) -> Workspace:
        return cls(store=store, stages=stages)

    @classmethod
    def open(cls) -> Workspace:
        return cls(store=open_store())
