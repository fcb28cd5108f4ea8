"""Roles and what each may do.

Checked in the service layer (``callnotes.services``), so a page that forgets a check
still cannot hand a reviewer an unredacted transcript. Ownership ("own calls") and
retention ("only within retention") are checked there too, on top of these grants.
"""

from __future__ import annotations

from enum import StrEnum

from callnotes.errors import CallnotesError


class Role(StrEnum):
    operator = "operator"  # takes calls: own calls, unredacted only within retention
    reviewer = "reviewer"  # quality review: redacted text and bleeped audio only
    trainer = "trainer"  # training: surrogate-anonymized scenarios only
    admin = "admin"  # users, settings, audit, purge; no call content


class Permission(StrEnum):
    process_calls = "process_calls"
    view_own_calls = "view_own_calls"
    view_all_calls = "view_all_calls"
    view_unredacted = "view_unredacted"  # only own calls, only within retention
    view_redacted = "view_redacted"
    listen_raw_audio = "listen_raw_audio"  # only own calls, only within retention
    listen_bleeped_audio = "listen_bleeped_audio"
    edit_note = "edit_note"  # only own calls
    approve_note = "approve_note"
    review = "review"
    export_scenario = "export_scenario"
    view_scenarios = "view_scenarios"
    manage_users = "manage_users"
    view_audit = "view_audit"
    purge = "purge"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.operator: frozenset(
        {
            Permission.process_calls,
            Permission.view_own_calls,
            Permission.view_unredacted,
            Permission.view_redacted,
            Permission.listen_raw_audio,
            Permission.listen_bleeped_audio,
            Permission.edit_note,
            Permission.approve_note,
        }
    ),
    Role.reviewer: frozenset(
        {
            Permission.view_all_calls,
            Permission.view_redacted,
            Permission.listen_bleeped_audio,
            Permission.approve_note,
            Permission.review,
            Permission.export_scenario,
        }
    ),
    Role.trainer: frozenset({Permission.view_scenarios}),
    Role.admin: frozenset(
        {Permission.manage_users, Permission.view_audit, Permission.purge, Permission.view_all_calls}
    ),
}


class PermissionDenied(CallnotesError):
    """The acting user's role (or ownership, or retention) does not allow this."""

    def __init__(self, username: str, action: str, reason: str = ""):
        self.username = username
        self.action = action
        super().__init__(f"permission denied: {username} may not {action}" + (f" ({reason})" if reason else ""))


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def require(username: str, role: Role | str, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` grants ``permission``."""
    if not has_permission(role, permission):
        raise PermissionDenied(username, permission.value.replace("_", " "), f"role {Role(role).value}")
