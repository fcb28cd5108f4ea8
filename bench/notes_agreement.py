#!/usr/bin/env python3
"""How far two careful annotators agree on a note, scored exactly as bench/notes.py scores the drafter.

A second annotator labelled heldout11 and heldout12 from the transcripts alone (without the gold
notes, LABELS.md and a few dev notes for conventions): bench/data/notes/second_annotator/. Their
agreement with the gold notes is the ceiling a drafter can be held to on those calls; if it were
near 0.90 the target would be label noise, not the drafter.

    .venv/bin/python bench/notes_agreement.py   (prints per-field agreement and the mean per set)
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import notes  # noqa: E402  (the bench's own scoring)

SECOND = Path(__file__).parent / "data" / "notes" / "second_annotator"


def main() -> None:
    for annotated in sorted(SECOND.glob("*.jsonl")):
        gold = {c["id"]: c for c in map(json.loads, notes.SETS[annotated.stem].open(encoding="utf-8"))}
        rows = [notes.score(a["note"], gold[a["id"]]) for a in map(json.loads, annotated.open(encoding="utf-8"))]
        per_field = {f: statistics.mean(r[f] for r in rows) for f in notes.FIELDS}
        cells = " ".join(f"{f}={v:.2f}" for f, v in per_field.items())
        print(f"{annotated.stem} ({len(rows)} calls): {cells} mean={statistics.mean(per_field.values()):.3f}")


if __name__ == "__main__":
    main()
