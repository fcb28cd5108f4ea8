"""Users: sign-in and administration (admin only, except signing in)."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import func, select, update

from callnotes.errors import CallnotesError
from callnotes.security.passwords import hash_password, verify_password
from callnotes.security.roles import Permission, Role
from callnotes.services.actor import Actor
from callnotes.services.audit import guard, record, record_alone
from callnotes.services.views import UserView
from callnotes.store import AuditEvent, Call, Store, User

MAX_FAILED_LOGINS = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{1,63}$")


@cache
def _dummy_hash() -> str:
    # Verifying against a throwaway hash makes an unknown username cost as much as a wrong password.
    return hash_password(secrets.token_urlsafe(24))


class AuthError(CallnotesError):
    """Wrong username or password (deliberately not saying which)."""


class LockedOut(AuthError):
    """Too many failed sign-ins for this username recently."""


class UnknownUser(CallnotesError):
    """A username that is not in the store (or is deactivated)."""


class UserService:
    def __init__(self, store: Store):
        self.store = store

    def authenticate(self, username: str, password: str) -> Actor:
        name = username[:64]
        with self.store.transaction() as session:
            locked = self._recent_failures(session, name) >= MAX_FAILED_LOGINS
            if not locked:
                user = session.scalar(select(User).where(User.username == username))
                ok = verify_password(user.password_hash if user else _dummy_hash(), password)
                if user is not None and user.active and ok:
                    actor = Actor(user.id, user.username, Role(user.role))
                    record(session, actor, "login")
                    return actor
        # Outside the read transaction: the failed attempt must be kept although the login is not.
        record_alone(self.store, Actor(None, name, Role.operator), "login", outcome="locked" if locked else "denied")
        if locked:
            minutes = int(LOCKOUT_WINDOW.total_seconds() // 60)
            raise LockedOut(f"too many failed sign-ins for {name!r}: try again in {minutes} minutes")
        raise AuthError("wrong username or password")

    @staticmethod
    def _recent_failures(session, name: str) -> int:
        # Counted from the audit log, so a lock-out holds across app restarts and processes:
        # guessing an operator's password must not be cheap.
        since = datetime.now(UTC) - LOCKOUT_WINDOW
        return session.scalar(
            select(func.count()).where(
                AuditEvent.action == "login",
                AuditEvent.outcome == "denied",
                AuditEvent.actor == name,
                AuditEvent.at >= since,
            )
        )

    def actor(self, username: str, roles: tuple[Role, ...] = tuple(Role)) -> Actor:
        """The active user ``username`` as an actor (for the CLI's ``--operator``)."""
        with self.store.transaction() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None or not user.active:
                raise UnknownUser(f"unknown operator {username!r}: create it with `callnotes users add`")
            if Role(user.role) not in roles:
                allowed = ", ".join(r.value for r in roles)
                raise UnknownUser(f"user {username!r} has role {user.role}; this needs one of: {allowed}")
            return Actor(user.id, user.username, Role(user.role))

    def create(self, actor: Actor, username: str, role: Role, password: str) -> UserView:
        guard(self.store, actor, Permission.manage_users, "create_user")
        if not _USERNAME.match(username):
            raise CallnotesError(f"{username!r}: usernames are 2-64 lower-case letters, digits, '_', '.', '-'")
        password_hash = hash_password(password)
        with self.store.transaction() as session:
            if session.scalar(select(User.id).where(User.username == username)) is not None:
                raise CallnotesError(f"user {username!r} already exists")
            user = User(username=username, role=Role(role).value, password_hash=password_hash)
            session.add(user)
            session.flush()
            record(session, actor, "create_user", user_id=user.id, role=user.role)
            return UserView.from_row(user)

    def list(self, actor: Actor) -> list[UserView]:
        guard(self.store, actor, Permission.manage_users, "list_users")
        with self.store.transaction() as session:
            return [UserView.from_row(u) for u in session.scalars(select(User).order_by(User.username))]

    def set_role(self, actor: Actor, username: str, role: Role) -> UserView:
        guard(self.store, actor, Permission.manage_users, "set_role")
        with self.store.transaction() as session:
            user = self._get(session, username)
            user.role = Role(role).value
            record(session, actor, "set_role", user_id=user.id, role=user.role)
            return UserView.from_row(user)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserView:
        guard(self.store, actor, Permission.manage_users, "set_active")
        with self.store.transaction() as session:
            user = self._get(session, username)
            user.active = active
            record(session, actor, "activate_user" if active else "deactivate_user", user_id=user.id)
            return UserView.from_row(user)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        if actor.username != username:
            guard(self.store, actor, Permission.manage_users, "set_password")
        password_hash = hash_password(password)
        with self.store.transaction() as session:
            user = self._get(session, username)
            user.password_hash = password_hash
            record(session, actor, "set_password", user_id=user.id)

    def hand_over_calls(self, actor: Actor, from_username: str, to_username: str) -> int:
        """Give every call of an operator who has left (a deactivated account) to another active operator.

        Only a call's own operator may see its unredacted material and hide a leak found in it by hand; without
        this, an identifier spotted in a departed operator's call could not be hidden by anyone. The account must be
        deactivated first, so that an admin cannot quietly take over an active colleague's calls. Returns how many
        calls were handed over; the audit log keeps both users and the count.
        """
        guard(self.store, actor, Permission.manage_users, "hand_over_calls")
        with self.store.transaction() as session:
            source, target = self._get(session, from_username), self._get(session, to_username)
            if source.id == target.id:
                raise CallnotesError("hand the calls over to another operator, not to the same account")
            if source.active:
                raise CallnotesError(
                    f"{from_username!r} is still active: deactivate the account before handing its calls over"
                )
            if not target.active or Role(target.role) != Role.operator:
                raise CallnotesError(f"{to_username!r} is not an active operator: calls go to an active operator")
            count = session.execute(
                update(Call).where(Call.operator_id == source.id).values(operator_id=target.id)
            ).rowcount
            record(session, actor, "hand_over_calls", from_user_id=source.id, user_id=target.id, count=count)
            return count

    @staticmethod
    def _get(session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise UnknownUser(f"no user {username!r}")
        return user


def bootstrap_admin(store: Store, username: str, password: str) -> UserView:
    """Create the first admin of an empty store (the only user creation without an admin)."""
    with store.transaction() as session:
        if session.scalar(select(User.id).limit(1)) is not None:
            raise CallnotesError("the store already has users: an admin must add new ones")
    system = Actor.system("bootstrap")
    view = UserService(store).create(system, username, Role.admin, password)
    record_alone(store, system, "bootstrap_admin", user_id=view.id)
    return view
