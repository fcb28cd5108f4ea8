"""Security: encryption at rest, keys, roles and permissions, password hashing."""

from callnotes.security.crypto import Cipher, generate_key, load_cipher
from callnotes.security.passwords import hash_password, verify_password
from callnotes.security.roles import Permission, PermissionDenied, Role, has_permission, require

__all__ = [
    "Cipher",
    "Permission",
    "PermissionDenied",
    "Role",
    "generate_key",
    "hash_password",
    "has_permission",
    "load_cipher",
    "require",
    "verify_password",
]
