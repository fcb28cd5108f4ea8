"""Who is acting: every service method takes one."""

from __future__ import annotations

from dataclasses import dataclass

from callnotes.security.roles import Role


@dataclass(frozen=True, slots=True)
class Actor:
    """A signed-in user (or a system job such as the nightly purge)."""

    id: int | None
    username: str
    role: Role

    @classmethod
    def system(cls, job: str) -> Actor:
        # System jobs run with admin rights and appear in the audit log as "system:<job>".
        return cls(id=None, username=f"system:{job}", role=Role.admin)
