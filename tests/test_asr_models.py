"""The model manifest, assembly from PyPI parts and the sha256 gate."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from asr.models import load_manifest, resolve
from callnotes.errors import ModelError
from tests.conftest import ROOT

BASE_SHA = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"


@pytest.fixture()
def models_dir(tmp_path):
    """An empty models directory with the real manifest."""
    shutil.copy(ROOT / "models" / "manifest.yaml", tmp_path / "manifest.yaml")
    return tmp_path


def test_manifest_lists_the_embedded_default_and_hub_models():
    manifest = load_manifest(ROOT / "models")
    assert manifest.default == "base"
    assert manifest.models["base"].files["model.bin"].sha256 == BASE_SHA
    assert manifest.models["base"].files["model.bin"].size == 145_217_532
    assert manifest.models["small"].repo == "Systran/faster-whisper-small"
    assert {"small", "large-v3", "turbo"} <= set(manifest.models)


def test_base_is_assembled_from_its_parts_and_verified(models_dir):
    resolved = resolve("base", models_dir)
    assert resolved.path == models_dir / "base"
    assert {c.name: c.actual_sha256 for c in resolved.checks}["model.bin"] == BASE_SHA
    assert all(c.ok for c in resolved.checks)
    assert (models_dir / "base" / "model.bin").stat().st_size == 145_217_532
    assert not [p for p in models_dir.iterdir() if p.name.startswith(".base-")]  # no staging left behind


def test_a_tampered_model_is_a_hard_error(models_dir):
    resolve("base", models_dir)
    model_bin = models_dir / "base" / "model.bin"
    with open(model_bin, "r+b") as fh:
        fh.seek(1000)
        byte = fh.read(1)
        fh.seek(1000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelError, match="failed its integrity check.*model.bin has sha256"):
        resolve("base", models_dir)


def test_a_truncated_model_is_reported_by_size(models_dir):
    resolve("base", models_dir)
    with open(models_dir / "base" / "model.bin", "r+b") as fh:
        fh.truncate(1000)
    with pytest.raises(ModelError, match="model.bin is 1,000 bytes, expected 145,217,532"):
        resolve("base", models_dir)


def test_missing_part_package_is_named(models_dir):
    manifest = yaml.safe_load((models_dir / "manifest.yaml").read_text())
    manifest["models"]["base"]["source"]["files"]["model.bin"][1] = "not_installed_pkg/data/model.bin.part2"
    (models_dir / "manifest.yaml").write_text(yaml.safe_dump(manifest))
    with pytest.raises(ModelError, match="not_installed_pkg"):
        resolve("base", models_dir)
    assert not (models_dir / "base").exists()  # nothing half-assembled


def test_hub_model_not_downloaded_points_to_fetch(models_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(ModelError, match="callnotes models fetch small"):
        resolve("small", models_dir)


def test_unknown_name_and_incomplete_directory(models_dir, tmp_path):
    with pytest.raises(ModelError, match="unknown model 'huge'"):
        resolve("huge", models_dir)
    incomplete = tmp_path / "mymodel"
    incomplete.mkdir()
    (incomplete / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match="incomplete: missing config.json"):
        resolve(str(incomplete), models_dir)


def test_cli_verify_fails_with_a_clear_message_on_mismatch(models_dir):
    env = {**os.environ, "CALLNOTES_MODELS_DIR": str(models_dir), "HF_HUB_OFFLINE": "1"}
    run = [sys.executable, "-m", "callnotes", "models"]
    ok = subprocess.run([*run, "verify", "base"], capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert f"ok model.bin sha256 {BASE_SHA}" in ok.stdout
    path = subprocess.run([*run, "path", "base"], capture_output=True, text=True, env=env, timeout=120)
    assert path.stdout.strip() == str(models_dir / "base")
    (models_dir / "base" / "config.json").write_text("{}")
    bad = subprocess.run([*run, "verify", "base"], capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2
    assert "config.json has sha256" in bad.stderr and "Traceback" not in bad.stderr
