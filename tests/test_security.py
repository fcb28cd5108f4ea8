"""Encryption at rest, key loading, password hashing, role grants."""

from __future__ import annotations

import io
import os

import pytest

from callnotes.errors import CallnotesError
from callnotes.security import Permission, Role, generate_key, has_permission, hash_password, verify_password
from callnotes.security.crypto import (
    CHUNK_SIZE,
    Cipher,
    DecryptionError,
    EncryptionKeyError,
    load_cipher,
    write_key_file,
)


def _cipher() -> Cipher:
    return Cipher(os.urandom(32))


def test_value_round_trip_and_no_plaintext_in_ciphertext():
    cipher = _cipher()
    secret = b"Rosa Quispe, 987 654 321"
    blob = cipher.encrypt(secret, "transcript")
    assert secret not in blob
    assert cipher.decrypt(blob, "transcript") == secret
    # Same plaintext twice gives different ciphertexts (random nonce): no equality leaks.
    assert cipher.encrypt(secret, "transcript") != blob


def test_wrong_key_is_a_clear_error_naming_both_key_ids():
    blob = _cipher().encrypt(b"secret", "mapping")
    other = _cipher()
    with pytest.raises(DecryptionError, match="different key") as info:
        other.decrypt(blob, "mapping")
    assert other.key_id.hex() in str(info.value)
    assert isinstance(info.value, CallnotesError)


def test_tampering_and_wrong_purpose_are_detected():
    cipher = _cipher()
    blob = bytearray(cipher.encrypt(b"secret", "mapping"))
    blob[-1] ^= 1
    with pytest.raises(DecryptionError, match="integrity"):
        cipher.decrypt(bytes(blob), "mapping")
    # A ciphertext moved into another column does not decrypt there.
    with pytest.raises(DecryptionError):
        cipher.decrypt(cipher.encrypt(b"secret", "mapping"), "transcript")


def test_plaintext_is_never_accepted_as_ciphertext():
    with pytest.raises(DecryptionError, match="not an encrypted value"):
        _cipher().decrypt(b"operator: hola, me llamo Julio", "transcript")


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 2 * CHUNK_SIZE + 17])
def test_stream_round_trip_at_chunk_boundaries(size):
    cipher = _cipher()
    data = os.urandom(size)
    sealed = io.BytesIO()
    cipher.encrypt_stream(io.BytesIO(data), sealed, "raw-audio")
    assert b"".join(cipher.decrypt_stream(io.BytesIO(sealed.getvalue()), "raw-audio")) == data


def test_truncated_stream_is_detected():
    cipher = _cipher()
    sealed = io.BytesIO()
    cipher.encrypt_stream(io.BytesIO(os.urandom(2 * CHUNK_SIZE + 5)), sealed, "raw-audio")
    # Cut after the first full chunk: each chunk is valid, but the "last chunk" marker is missing.
    first_chunk_end = 4 + 8 + 7 + 4 + CHUNK_SIZE + 16
    with pytest.raises(DecryptionError):
        b"".join(cipher.decrypt_stream(io.BytesIO(sealed.getvalue()[:first_chunk_end]), "raw-audio"))


def test_stream_with_wrong_key_fails_before_yielding_anything():
    sealed = io.BytesIO()
    _cipher().encrypt_stream(io.BytesIO(b"audio bytes"), sealed, "raw-audio")
    with pytest.raises(DecryptionError, match="different key"):
        next(_cipher().decrypt_stream(io.BytesIO(sealed.getvalue()), "raw-audio"))


def test_key_from_environment(monkeypatch, tmp_path):
    key = generate_key()
    monkeypatch.setenv("CALLNOTES_KEY", key)
    a, b = load_cipher(data_dir=tmp_path), load_cipher(data_dir=tmp_path)
    assert a.decrypt(b.encrypt(b"x", "p"), "p") == b"x"


def test_malformed_key_in_environment(monkeypatch):
    monkeypatch.setenv("CALLNOTES_KEY", "not-a-key")
    with pytest.raises(EncryptionKeyError, match="CALLNOTES_KEY: not a valid key"):
        load_cipher()


def test_missing_key_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.delenv("CALLNOTES_KEY", raising=False)
    monkeypatch.delenv("CALLNOTES_KEY_FILE", raising=False)
    with pytest.raises(EncryptionKeyError, match="no encryption key"):
        load_cipher(key_file=tmp_path / "absent.key", data_dir=tmp_path / "data")


def test_key_file_round_trip_permissions_and_placement(monkeypatch, tmp_path):
    monkeypatch.delenv("CALLNOTES_KEY", raising=False)
    monkeypatch.delenv("CALLNOTES_KEY_FILE", raising=False)
    key_file = tmp_path / "keys" / "callnotes.key"
    write_key_file(key_file)
    assert key_file.stat().st_mode & 0o777 == 0o600
    with pytest.raises(EncryptionKeyError, match="refusing to overwrite"):
        write_key_file(key_file)
    cipher = load_cipher(key_file=key_file, data_dir=tmp_path / "data")
    assert load_cipher(key_file=key_file).decrypt(cipher.encrypt(b"x", "p"), "p") == b"x"

    key_file.chmod(0o644)
    with pytest.raises(EncryptionKeyError, match="readable by other users"):
        load_cipher(key_file=key_file, data_dir=tmp_path / "data")
    key_file.chmod(0o600)
    # A key stored inside the data directory would travel with every copy of the data.
    with pytest.raises(EncryptionKeyError, match="must not live inside the data directory"):
        load_cipher(key_file=key_file, data_dir=tmp_path)


def test_password_hashing():
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "correct horse batterY")
    assert not verify_password("not a hash", "anything")
    with pytest.raises(CallnotesError, match="too short"):
        hash_password("short")


def test_role_grants_follow_the_access_rules():
    assert has_permission(Role.operator, Permission.view_unredacted)
    for role in (Role.reviewer, Role.trainer, Role.admin):
        assert not has_permission(role, Permission.view_unredacted)
        assert not has_permission(role, Permission.listen_raw_audio)
    assert has_permission(Role.reviewer, Permission.listen_bleeped_audio)
    assert [p for p in Permission if has_permission(Role.trainer, p)] == [Permission.view_scenarios]
    assert has_permission(Role.admin, Permission.view_audit) and not has_permission(Role.operator, Permission.purge)
