"""Encrypted files in the data directory, written atomically.

A file is written to a temporary name in the same folder, flushed to disk, then
renamed over its final name: a crash or a full disk leaves either the old file or
the new one, never half of one. Audio is never stored in the clear.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from callnotes.errors import CallnotesError
from callnotes.security.crypto import Cipher


class DiskError(CallnotesError):
    """The data directory could not be written (disk full, read-only, permissions)."""


@contextmanager
def _disk_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        what = "disk full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror or type(exc).__name__
        raise DiskError(f"{path}: could not write ({what}); nothing was stored") from None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


class BlobStore:
    """Encrypted files under ``data_dir``; callers keep only the relative path."""

    def __init__(self, data_dir: Path, cipher: Cipher):
        self.root = Path(data_dir).expanduser()
        self.cipher = cipher

    def path(self, relative: str) -> Path:
        full = (self.root / relative).resolve()
        if not full.is_relative_to(self.root.resolve()):
            raise CallnotesError(f"{relative}: path escapes the data directory")
        return full

    def put_file(self, source: Path, relative: str, purpose: str) -> None:
        """Encrypt ``source`` into ``relative`` atomically."""
        target = self.path(relative)
        with _disk_errors(target):
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                    self.cipher.encrypt_stream(src, out, purpose)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def read_bytes(self, relative: str, purpose: str) -> bytes:
        with open(self.path(relative), "rb") as src:
            return b"".join(self.cipher.decrypt_stream(src, purpose))

    def scratch_dir(self) -> Path:
        """This process's private folder for short-lived plaintext (``tmp/pid-<pid>``, mode 700).

        Named by process id so a later run can tell leftovers of a killed process (remove them)
        from files another live process is still using (leave them).
        """
        folder = self.root / "tmp" / f"pid-{os.getpid()}"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return folder

    @contextmanager
    def decrypted_copy(self, relative: str, purpose: str, suffix: str = "") -> Iterator[Path]:
        """A short-lived plaintext copy in the scratch folder (for decoders that need a path)."""
        fd, tmp = tempfile.mkstemp(prefix="work-", suffix=suffix, dir=self.scratch_dir())
        try:
            with os.fdopen(fd, "wb") as out, open(self.path(relative), "rb") as src:
                for chunk in self.cipher.decrypt_stream(src, purpose):
                    out.write(chunk)
            yield Path(tmp)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def clear_scratch(self) -> int:
        """Remove plaintext left by processes that died (``kill -9``, power loss); returns how many folders."""
        scratch = self.root / "tmp"
        removed = 0
        if not scratch.is_dir():
            return 0
        for folder in scratch.glob("pid-*"):
            pid = folder.name.removeprefix("pid-")
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed

    def delete(self, relative: str) -> bool:
        target = self.path(relative)
        existed = target.exists()
        target.unlink(missing_ok=True)
        return existed
