"""Key rotation: re-encrypt every encrypted value and file of the store under a new key.

Crash-safe in three steps: (1) write each file again under the new key to a *new* name,
(2) in one transaction re-encrypt every column, point the calls at the new files and
replace the key check, (3) delete the old files. A crash before (2) leaves the store on the
old key with some unreferenced new files; after (2), on the new key with some unreferenced
old files. Either way nothing is lost, and ``callnotes purge`` sweeps the leftovers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from callnotes.security.crypto import Cipher
from callnotes.store import Call, Redaction, Store, StoreMeta, Transcript
from callnotes.store.files import BlobStore

# (model, column, purpose) of every encrypted column.
ENCRYPTED_COLUMNS = (
    (Call, "source_name_enc", "source-name"),
    (Transcript, "content_enc", "transcript"),
    (Redaction, "entities_enc", "entities"),
    (Redaction, "mapping_enc", "mapping"),
    (StoreMeta, "value", "key_check"),
)
FILE_COLUMNS = (("raw_audio_path", "raw-audio"), ("bleeped_audio_path", "bleeped-audio"))
_KEY_TAG = re.compile(r"\.k[0-9a-f]{16}(?=\.enc$)")


@dataclass(frozen=True, slots=True)
class RekeyReport:
    old_key_id: str
    new_key_id: str
    values: int
    files: int


def _renamed(relative: str, cipher: Cipher) -> str:
    """``audio/x.wav.enc`` -> ``audio/x.wav.k<new key id>.enc`` (any earlier key tag replaced)."""
    base = _KEY_TAG.sub("", relative).removesuffix(".enc")
    return f"{base}.k{cipher.key_id.hex()}.enc"


def rekey(store: Store, new: Cipher) -> RekeyReport:
    old = store.cipher
    new_files = BlobStore(store.data_dir, new)
    with store.transaction() as session:
        paths = [
            (call.id, column, purpose, getattr(call, column))
            for call in session.scalars(select(Call))
            for column, purpose in FILE_COLUMNS
            if getattr(call, column)
        ]
    # 1. files under the new key, next to the old ones
    moved: dict[tuple[int, str], str] = {}
    for call_id, column, purpose, relative in paths:
        target = _renamed(relative, new)
        with store.files.decrypted_copy(relative, purpose) as plain:
            new_files.put_file(plain, target, purpose)
        moved[(call_id, column)] = target
    # 2. every column, the file references and the key check, all or nothing
    values = 0
    with store.transaction() as session:
        for model, column, purpose in ENCRYPTED_COLUMNS:
            for row in session.scalars(select(model)):
                blob = getattr(row, column)
                if model is StoreMeta and row.key != "key_check":
                    continue
                if blob is not None:
                    setattr(row, column, new.encrypt(old.decrypt(blob, purpose), purpose))
                    values += 1
        for (call_id, column), target in moved.items():
            setattr(session.get(Call, call_id), column, target)
    # 3. the old files are now unreferenced
    for _call_id, _column, _purpose, relative in paths:
        store.files.delete(relative)
    store.cipher = new
    store.files = new_files
    return RekeyReport(old.key_id.hex(), new.key_id.hex(), values, len(paths))
