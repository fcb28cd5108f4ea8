#!/usr/bin/env python3
"""End-to-end pipeline benchmark: speed against real time, share of each stage, peak memory.

    .venv/bin/python bench/pipeline.py [--long-s 180] [--copies 2]

Runs consent gate → transcribe → redact → draft → encrypted store in one process, models
loaded once (as a worker does), on:
  * samples/             the bundled calls as they are (Spanish two-channel 16 kHz, English mp3)
  * long-*.wav           "calls of a few minutes": each sample's audio repeated to ``--long-s``
                         seconds (made here, PCM wav; the repeated speech is the same words)
Each long call is stored ``--copies`` times with one sample of silence appended per copy, so
the audio hashes differ and the memory of a batch can be watched staying flat.
Speed = audio seconds / wall seconds of the whole pipeline per call (≥ 8× is the target);
model loading is reported on its own line. Writes bench/results/pipeline.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1024**2


def make_long(sample: Path, target_s: float, out: Path, extra_samples: int) -> Path:
    from asr.audio import decode_audio

    audio = decode_audio(sample, sample_rate=16_000)
    reps = int(np.ceil(target_s / audio.duration))
    tiled = np.tile(audio.samples, (1, reps))[:, : int(target_s * 16_000) + extra_samples]
    pcm = (np.clip(tiled, -1, 1) * 32767).astype("<i2").T.copy()  # (n, channels) interleaved
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(audio.channels)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes(pcm.tobytes())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--long-s", type=float, default=180.0, help="length of the synthesized long calls")
    parser.add_argument("--copies", type=int, default=2, help="how many distinct copies of each long call")
    parser.add_argument(
        "--batch",
        type=int,
        default=10,
        help="then this many distinct copies of the English sample, to watch memory over a batch",
    )
    args = parser.parse_args()

    from callnotes.config import Settings
    from callnotes.pipeline import CallRequest, Pipeline, Stages
    from callnotes.security.crypto import generate_key
    from callnotes.services import Actor, Role, Services
    from callnotes.store import open_store

    work = Path(tempfile.mkdtemp(prefix="callnotes-bench-"))
    os.environ["CALLNOTES_KEY"] = generate_key()
    os.environ.pop("CALLNOTES_DB_URL", None)
    store = open_store(Settings(data_dir=work / "data"))
    Services(store).users.create(Actor.system("bench"), "bench", Role.operator, "benchmark passphrase")

    calls = [ROOT / "samples" / "es-call.wav", ROOT / "samples" / "en-call.mp3"]
    for sample in list(calls):
        for copy in range(args.copies):
            calls.append(make_long(sample, args.long_s, work / f"long-{sample.stem}-{copy}.wav", copy))
    en = ROOT / "samples" / "en-call.mp3"
    for copy in range(args.batch):
        calls.append(make_long(en, 36.0, work / f"batch-{copy:03d}.wav", copy))

    load_before = os.getloadavg()[0]
    rss_start = current_rss_mb()
    started = time.perf_counter()
    stages = Stages(Settings())
    _ = stages.transcriber, stages.redactor, stages.drafter  # load all models once, up front
    load_s = time.perf_counter() - started
    rss_loaded = current_rss_mb()
    pipeline = Pipeline(store, stages)

    rows = []
    for path in calls:
        t0 = time.perf_counter()
        outcome = pipeline.process(CallRequest(path, "recorded", "bench"))
        wall = time.perf_counter() - t0
        t = outcome.timings
        audio_s = outcome.duration_s or 0.0
        rows.append(
            {
                "call": path.name,
                "state": outcome.state,
                "audio_s": audio_s,
                "wall_s": wall,
                "speed": audio_s / wall if wall else 0.0,
                "transcribe_s": t.get("transcribe", 0.0),
                "redact_s": t.get("redact", 0.0),
                "draft_s": t.get("draft", 0.0),
                "rss_mb": current_rss_mb(),
            }
        )
        print(f"{path.name}: {outcome.state} {audio_s:.0f} s audio in {wall:.1f} s", file=sys.stderr)
    store.close()

    total_audio = sum(r["audio_s"] for r in rows)
    total_wall = sum(r["wall_s"] for r in rows)
    rd = sum(r["redact_s"] + r["draft_s"] for r in rows)
    long_rows = [r for r in rows if r["call"].startswith("long-")]
    batch_rss = [r["rss_mb"] for r in rows if r["call"].startswith("batch-")]
    long_audio, long_wall = sum(r["audio_s"] for r in long_rows), sum(r["wall_s"] for r in long_rows)

    lines = [
        "# Pipeline benchmark (bench/pipeline.py)",
        "",
        f"Machine: {os.cpu_count()} CPU cores; Whisper model `{stages.config.asr.model}` "
        f"({stages.config.asr.compute_type}), beam {stages.config.asr.beam_size}; drafter backend rules.",
        f"Load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end: other work on "
        "the same cores slows every figure below.",
        f"Models loaded once: {load_s:.1f} s; RSS {rss_start:.0f} MB before, {rss_loaded:.0f} MB after loading.",
        "",
        "| call | state | audio s | wall s | × real time | transcribe s | redact s | draft s | RSS after, MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['call']} | {r['state']} | {r['audio_s']:.1f} | {r['wall_s']:.1f} | {r['speed']:.1f} | "
            f"{r['transcribe_s']:.1f} | {r['redact_s']:.2f} | {r['draft_s']:.2f} | {r['rss_mb']:.0f} |"
        )
    lines += [
        "",
        f"All calls: {total_audio:.0f} s of audio in {total_wall:.1f} s = **{total_audio / total_wall:.1f}× real "
        f"time**; redaction + drafting = **{100 * rd / total_wall:.1f}%** of the time.",
        f"Calls of a few minutes ({len(long_rows)} × {args.long_s:.0f} s): **{long_audio / long_wall:.1f}× real time**."
        if long_rows
        else "",
        f"Batch of {len(batch_rss)} more calls: RSS {batch_rss[0]:.0f} MB after the first, "
        f"{batch_rss[-1]:.0f} MB after the last (max {max(batch_rss):.0f} MB)."
        if batch_rss
        else "",
        f"Peak RSS of the whole run: **{rss_mb():.0f} MB**.",
        "",
        "Long calls are the samples' audio repeated (synthesized speech, so recognition is easier than",
        "on real phone calls); speed on real calls depends mostly on how much of the call is speech.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    out = ROOT / "bench" / "results" / "pipeline.md"
    tmp = out.with_suffix(".md.tmp")
    tmp.write_text(report, encoding="utf-8")
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
