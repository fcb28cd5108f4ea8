"""Encryption at rest with AES-256-GCM.

Every encrypted value starts with a short header naming the format and the *key id*
(a fingerprint of the key, not the key), so a store opened with the wrong key fails
with a clear message instead of returning garbage or, worse, writing plaintext.
Each value is bound to its purpose ("audio", "transcript", ...) through the AEAD
associated data, so a ciphertext copied into another column does not decrypt.

Large files are encrypted in chunks (a STREAM-like construction: nonce = random
prefix + chunk counter + last-chunk flag) so a multi-hour recording never has to sit
in memory whole, and truncating or reordering chunks is detected.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from callnotes.errors import CallnotesError

KEY_ENV = "CALLNOTES_KEY"
KEY_FILE_ENV = "CALLNOTES_KEY_FILE"
DEFAULT_KEY_FILE = Path.home() / ".config" / "callnotes" / "key"

_VALUE_MAGIC = b"CNv1"  # one-shot value (DB columns)
_STREAM_MAGIC = b"CNs1"  # chunked file
_KEY_ID_LEN = 8
_NONCE_LEN = 12
_STREAM_PREFIX_LEN = 7  # + 4-byte counter + 1-byte last flag = 12-byte nonce
CHUNK_SIZE = 1024 * 1024


class EncryptionKeyError(CallnotesError):
    """A missing, malformed or wrong encryption key."""


class DecryptionError(CallnotesError):
    """Data that does not decrypt: wrong key, tampering or truncation."""


def generate_key() -> str:
    """A new random 256-bit key, as the URL-safe base64 text stored in env or key file."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise EncryptionKeyError(f"{source}: not a valid key (expected 32 bytes, URL-safe base64)") from None
    if len(key) != 32:
        raise EncryptionKeyError(f"{source}: not a valid key (expected 32 bytes, got {len(key)})")
    return key


class Cipher:
    """AES-256-GCM with a key id in every header."""

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise EncryptionKeyError("encryption key must be 32 bytes")
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(b"callnotes-key-id\0" + key).digest()[:_KEY_ID_LEN]

    # -- small values (DB columns) -------------------------------------------------
    def encrypt(self, data: bytes, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE_LEN)
        header = _VALUE_MAGIC + self.key_id
        return header + nonce + self._aead.encrypt(nonce, data, header + purpose.encode())

    def decrypt(self, blob: bytes, purpose: str) -> bytes:
        header_len = len(_VALUE_MAGIC) + _KEY_ID_LEN
        if len(blob) < header_len + _NONCE_LEN + 16 or blob[:4] != _VALUE_MAGIC:
            raise DecryptionError(f"{purpose}: not an encrypted value (refusing to treat it as plaintext)")
        self._check_key_id(blob[4:header_len], purpose)
        nonce = blob[header_len : header_len + _NONCE_LEN]
        try:
            return self._aead.decrypt(nonce, blob[header_len + _NONCE_LEN :], blob[:header_len] + purpose.encode())
        except InvalidTag:
            raise DecryptionError(f"{purpose}: encrypted data failed its integrity check") from None

    def encrypt_text(self, text: str, purpose: str) -> bytes:
        return self.encrypt(text.encode("utf-8"), purpose)

    def decrypt_text(self, blob: bytes, purpose: str) -> str:
        return self.decrypt(blob, purpose).decode("utf-8")

    def encrypt_json(self, value: Any, purpose: str) -> bytes:
        """Transcripts, entities and mappings are stored as encrypted JSON."""
        return self.encrypt_text(json.dumps(value), purpose)

    def decrypt_json(self, blob: bytes, purpose: str) -> Any:
        return json.loads(self.decrypt_text(blob, purpose))

    def _check_key_id(self, key_id: bytes, what: str) -> None:
        if key_id != self.key_id:
            raise DecryptionError(
                f"{what}: encrypted with a different key (key id {key_id.hex()}, current key id "
                f"{self.key_id.hex()}); set {KEY_ENV} or the key file to the key this store was created with"
            )

    # -- files (chunked) -----------------------------------------------------------
    def encrypt_stream(self, src: BinaryIO, dst: BinaryIO, purpose: str) -> None:
        prefix = os.urandom(_STREAM_PREFIX_LEN)
        header = _STREAM_MAGIC + self.key_id + prefix
        dst.write(header)
        counter = 0
        chunk = src.read(CHUNK_SIZE)
        while True:
            following = src.read(CHUNK_SIZE) if chunk else b""
            last = not following
            nonce = prefix + struct.pack(">IB", counter, 1 if last else 0)
            sealed = self._aead.encrypt(nonce, chunk, header + purpose.encode())
            dst.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                return
            counter += 1
            chunk = following

    def decrypt_stream(self, src: BinaryIO, purpose: str) -> Iterator[bytes]:
        header = src.read(len(_STREAM_MAGIC) + _KEY_ID_LEN + _STREAM_PREFIX_LEN)
        if len(header) < len(_STREAM_MAGIC) + _KEY_ID_LEN + _STREAM_PREFIX_LEN or header[:4] != _STREAM_MAGIC:
            raise DecryptionError(f"{purpose}: not an encrypted file (refusing to treat it as plaintext)")
        self._check_key_id(header[4 : 4 + _KEY_ID_LEN], purpose)
        prefix = header[4 + _KEY_ID_LEN :]
        counter = 0
        while True:
            size_bytes = src.read(4)
            if len(size_bytes) < 4:
                raise DecryptionError(f"{purpose}: encrypted file is truncated")
            sealed = src.read(struct.unpack(">I", size_bytes)[0])
            for last in (0, 1):
                nonce = prefix + struct.pack(">IB", counter, last)
                try:
                    chunk = self._aead.decrypt(nonce, sealed, header + purpose.encode())
                except InvalidTag:
                    continue
                yield chunk
                if last:
                    return
                break
            else:
                raise DecryptionError(f"{purpose}: encrypted file failed its integrity check")
            counter += 1


def _key_file_path(key_file: Path | None) -> Path:
    env = os.environ.get(KEY_FILE_ENV)
    return Path(env) if env else (key_file or DEFAULT_KEY_FILE)


def load_cipher(key_file: Path | None = None, data_dir: Path | None = None) -> Cipher:
    """The store's cipher, from ``$CALLNOTES_KEY`` or a key file outside the data directory."""
    env = os.environ.get(KEY_ENV)
    if env:
        return Cipher(_decode_key(env, KEY_ENV))
    path = _key_file_path(key_file).expanduser()
    if not path.is_file() and not (data_dir is not None and _inside(path, data_dir)):
        raise EncryptionKeyError(
            f"no encryption key: set {KEY_ENV}, or create {path} with `callnotes keygen` (keep a backup: "
            "without the key the store cannot be read)"
        )
    return cipher_from_file(path, data_dir)


def _inside(path: Path, data_dir: Path) -> bool:
    return path.resolve().is_relative_to(Path(data_dir).expanduser().resolve())


def cipher_from_file(path: Path, data_dir: Path | None = None) -> Cipher:
    """A cipher from one key file, with the same checks as the store's own key."""
    path = Path(path).expanduser()
    if data_dir is not None and _inside(path, data_dir):
        raise EncryptionKeyError(
            f"{path}: the key file must not live inside the data directory (a copy of the data would carry its key)"
        )
    if not path.is_file():
        raise EncryptionKeyError(f"{path}: no such key file")
    if path.stat().st_mode & 0o077:
        raise EncryptionKeyError(f"{path}: key file is readable by other users; run `chmod 600 {path}`")
    return Cipher(_decode_key(path.read_text(encoding="ascii", errors="replace"), str(path)))


def write_key_file(path: Path) -> None:
    """Create a new key file (mode 600); refuse to overwrite one, which would orphan the store."""
    path = path.expanduser()
    if path.exists():
        raise EncryptionKeyError(f"{path}: a key file already exists; refusing to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(generate_key() + "\n")
