#!/usr/bin/env python3
"""Speak the scripts in calls.yaml with espeak-ng and write the bundled sample calls.

Needs Debian's espeak-ng (only to regenerate; the outputs are committed):
    apt-get install espeak-ng && .venv/bin/python samples/make_samples.py
Writes <name>.wav/.mp3 and <name>.txt (reference transcript, one "speaker: text" line per turn).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np
import yaml

from asr.audio import decode_audio, write_audio

HERE = Path(__file__).resolve().parent
GAP_S = 0.6  # pause between turns, as on a real line


def speak(text: str, voice: str, rate: int, spec_rate: int = 150) -> np.ndarray:
    with tempfile.NamedTemporaryFile(suffix=".wav") as tmp:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(spec_rate), "-w", tmp.name, text], check=True)
        return decode_audio(tmp.name, sample_rate=rate).samples[0]


def build(name: str, spec: dict) -> None:
    two_channel = spec["layout"].startswith("two_channel")
    telephone = spec["layout"] == "two_channel_telephone"
    rate = 8000 if telephone else 16000
    tracks = {"operator": [], "caller": []}
    lines = []
    for speaker, text in spec["turns"]:
        voice = speak(text, spec["voice"][speaker], rate, spec.get("words_per_minute", 150))
        gap = np.zeros(int(GAP_S * rate), np.float32)
        tracks[speaker] += [voice, gap]
        other = "caller" if speaker == "operator" else "operator"
        tracks[other] += [np.zeros_like(voice), gap]
        lines.append(f"{speaker}: {text}")
    operator, caller = (np.concatenate(tracks[k]) * 0.8 for k in ("operator", "caller"))
    if two_channel:
        # G.711 µ-law either way: 8 bits a sample keeps the wideband file small enough to commit.
        write_audio(HERE / f"{name}.wav", np.stack([operator, caller]), rate, "pcm_mulaw")
    else:
        write_audio(HERE / f"{name}.mp3", (operator + caller)[None, :], rate, "libmp3lame")
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for call_name, call_spec in yaml.safe_load((HERE / "calls.yaml").read_text(encoding="utf-8")).items():
        build(call_name, call_spec)
        print("wrote", call_name)
