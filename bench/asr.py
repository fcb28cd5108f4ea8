#!/usr/bin/env python3
"""ASR benchmark: real-time factor, WER and peak memory, ours vs. plain faster-whisper.

    .venv/bin/python bench/asr.py [--limit N]

Sets compared on the same files:
  * samples/              the bundled espeak-ng calls (two-channel Spanish, English mp3 and phone-band)
  * ../shared/eval/real/  real human speech (FLEURS es/en, LibriSpeech, JFK), CC BY
  * telephone_8k_derived/ the Spanish clips band-limited to a phone channel (G.711, 8 kHz)
  * joined-*              the Spanish clips (and their phone-band copies) joined into one
                          2-minute recording each, as long as a short call
"ours" is asr.Transcriber with its defaults; "plain" is
faster_whisper.WhisperModel(<same model dir>).transcribe(path) at its own defaults.
Each engine runs in its own process so its peak RSS is its own. Writes bench/results/asr.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "eval" / "real"
sys.path.insert(0, str(ROOT))


def reference(txt: Path) -> str:
    lines = txt.read_text(encoding="utf-8").splitlines()
    # Sample references carry "speaker: " labels; WER is on the words only.
    return " ".join(line.split(": ", 1)[1] if line.startswith(("operator: ", "caller: ")) else line for line in lines)


def normalise(text: str) -> str:
    """Whisper-style: lower case, punctuation removed, whitespace collapsed."""
    kept = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text.lower())
    return " ".join(kept.split())


def clip_sets(limit: int | None) -> dict[str, list[tuple[Path, Path]]]:
    sets = {
        "samples": [
            (SAMPLE, SAMPLE.with_suffix(".txt"))
            for SAMPLE in [ROOT / "samples" / n for n in ("es-call.wav", "en-call.mp3", "en-phone.wav")]
        ]
    }
    if REAL.is_dir():
        real = sorted(p for p in REAL.iterdir() if p.suffix in {".ogg", ".wav", ".flac"})
        sets["real-es"] = [(p, p.with_suffix(".txt")) for p in real if "_es" in p.name or "-es-" in p.name]
        sets["real-en"] = [(p, p.with_suffix(".txt")) for p in real if p not in dict(sets["real-es"])]
        tel = sorted((REAL / "telephone_8k_derived").glob("*.wav"))
        sets["phone-es"] = [(p, p.with_suffix(".txt")) for p in tel]
        # Calls last minutes, not seconds: the same clips joined into one recording each, so
        # per-file costs (model warm-up, VAD, language detection) weigh as they do on a call.
        for name, source in (("joined-es", "real-es"), ("joined-phone-es", "phone-es")):
            sets[name] = [join_clips(sets[source], JOINED / f"{name}.wav")]
    return {k: v[:limit] for k, v in sets.items()}


JOINED = Path(tempfile.gettempdir()) / "callnotes-bench-asr"


def join_clips(clips: list[tuple[Path, Path]], out: Path) -> tuple[Path, Path]:
    """One recording of the clips with a second of silence between them, and its reference."""
    import numpy as np

    from asr.audio import decode_audio, write_audio

    out.parent.mkdir(exist_ok=True)
    gap = np.zeros(16000, np.float32)
    audio = np.concatenate([part for a, _ in clips for part in (decode_audio(a).samples.mean(axis=0), gap)])
    write_audio(out, audio[None, :], 16000)
    ref = out.with_suffix(".txt")
    ref.write_text(" ".join(reference(t) for _, t in clips), encoding="utf-8")
    return out, ref


def worker(engine: str, files: list[str]) -> None:
    from asr.models import resolve
    from callnotes.config import settings

    model_dir = resolve(settings().asr.model, settings().models_dir).path
    if engine == "ours":
        from asr.transcriber import Transcriber

        tr = Transcriber()

        def run(path):
            return tr.transcribe(path).text.replace("operator: ", "").replace("caller: ", "")
    else:
        from faster_whisper import WhisperModel

        model = WhisperModel(str(model_dir), device="cpu", compute_type="int8")

        def run(path):
            segments, _ = model.transcribe(path)
            return " ".join(s.text.strip() for s in segments)

    for path in files:
        start = time.perf_counter()
        text = run(path)
        print(json.dumps({"path": path, "text": text, "seconds": time.perf_counter() - start}), flush=True)
    print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)


def run_engine(engine: str, files: list[Path]) -> tuple[dict[str, dict], float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", engine, *map(str, files)], capture_output=True, text=True, check=True
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {r["path"]: r for r in rows if "path" in r}, rows[-1]["peak_rss_mb"]


def main() -> None:
    import jiwer

    from asr.audio import probe_audio

    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="at most N clips per set")
    parser.add_argument("--worker", default=None)
    args, rest = parser.parse_known_args()
    if args.worker:
        return worker(args.worker, rest)

    sets = clip_sets(args.limit)
    files = [audio for clips in sets.values() for audio, _ in clips]
    durations = {str(p): probe_audio(p).duration for p in files}
    results = {engine: run_engine(engine, files) for engine in ("ours", "plain")}

    header = "| set | clips | audio s | engine | WER | × real time | empty outputs | peak RSS MB |"
    lines = [header, "|" + "---|" * 8]
    for name, clips in sets.items():
        refs = [normalise(reference(txt)) for _, txt in clips]
        audio_s = sum(durations[str(a)] for a, _ in clips)
        for engine, (rows, rss) in results.items():
            hyps = [normalise(rows[str(a)]["text"]) for a, _ in clips]
            wer = jiwer.wer(refs, hyps)
            seconds = sum(rows[str(a)]["seconds"] for a, _ in clips)
            empty = sum(1 for h in hyps if not h)
            lines.append(
                f"| {name} | {len(clips)} | {audio_s:.0f} | {engine} | {wer:.3f} | "
                f"{audio_s / seconds:.1f} | {empty} | {rss:.0f} |"
            )
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench" / "results" / "asr.md"
    out.write_text(
        f"# ASR benchmark ({time.strftime('%Y-%m-%d %H:%M')}, {len(files)} clips)\n\n{table}\n", encoding="utf-8"
    )
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
