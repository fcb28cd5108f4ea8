#!/usr/bin/env python3
"""Second-look benchmark: of the direct identifiers the redactor misses, how many a hint points at.

For each redaction set (the sets of bench/redact.py, loaded by its loaders) the redactor runs, then
redact.second_look.hints. A gold span is caught as in bench/redact.py (every letter/digit inside a predicted
span); a missed one is flagged when some hint overlaps it, or some span the sweep hid on a guess (the second look
lists those too, for the operator to check the words around them). Reports per set: direct gold spans, missed by the
redactor, missed but flagged, missed and not flagged, hints per call, and hint precision (share of hints
overlapping a gold span of any type).

    .venv/bin/python bench/second_look.py [--sets dev,heldout13] [--misses] [--out FILE]

--misses prints the missed spans no hint points at (PII of fictional people only; never run on real calls).

bench/results/second_look.md is this bench's own: a run over every set rewrites it whole (a run over some
sets writes only with --out). Development figures on older rules' misses live, kept by hand, in
bench/results/second_look_development.md, which this bench never touches.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact import DIRECT_IDENTIFIERS  # noqa: E402


@cache
def _bench_redact():
    """bench/redact.py (its loaders and its notion of "caught"), imported by path: the package ``redact``
    shadows its module name."""
    spec = importlib.util.spec_from_file_location("bench_redact", ROOT / "bench" / "redact.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(calls: list[dict], predictions: list[list[tuple[str, int, int]]], hint_lists: list[list]) -> dict:
    br = _bench_redact()
    direct = missed = flagged = hint_count = hint_hits = 0
    unflagged: list[tuple[str, str, str]] = []
    for call, preds, found in zip(calls, predictions, hint_lists, strict=True):
        text = call["text"]
        covered: set[int] = set()
        for _, s, e in preds:
            covered |= br.alnum_positions(text, s, e)
        gold = call["pii"]
        for h in found:
            hint_count += 1
            if any(p["start"] < h.end and h.start < p["end"] for p in gold):
                hint_hits += 1
        for p in gold:
            if p["type"] not in DIRECT_IDENTIFIERS:
                continue
            direct += 1
            if br.alnum_positions(text, p["start"], p["end"]) <= covered:
                continue
            missed += 1
            if any(h.start < p["end"] and p["start"] < h.end for h in found):
                flagged += 1
            else:
                unflagged.append((call["id"], p["type"], p["text"]))
    return {
        "calls": len(calls),
        "direct": direct,
        "missed": missed,
        "flagged": flagged,
        "unflagged": unflagged,
        "hints": hint_count,
        "precision": hint_hits / hint_count if hint_count else 1.0,
    }


def main() -> None:
    br = _bench_redact()
    default_sets = ",".join(["dev", "dev-lower", *br.HELDOUT])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=default_sets)
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where to write the table (default: bench/results/second_look.md, on a run over all sets)",
    )
    parser.add_argument("--misses", action="store_true", help="print the missed spans no hint points at")
    args = parser.parse_args()

    from redact import Redactor
    from redact.second_look import SWEEP_SCORE, Hint, hints

    dev = br.load(br.DEV) if br.DEV.exists() else []
    available = {"dev": dev, "dev-lower": br.lowered(dev)} if dev else {}
    available |= {name: br.load(path) for name, path in br.HELDOUT.items() if path.exists()}
    redactor = Redactor()
    rows = []
    for name in args.sets.split(","):
        if name not in available:
            print(f"skipping {name}: no data yet", file=sys.stderr)
            continue
        calls = available[name]
        preds, found = [], []
        for call in calls:
            language, entities = redactor.analyze(call["text"], language="auto")
            preds.append([(e.type, e.start, e.end) for e in entities])
            # the second look also lists what the sweep hid on a guess (the service's "swept" items)
            swept = [Hint(e.start, e.end, "swept") for e in entities if e.score == SWEEP_SCORE]
            found.append(sorted(hints(call["text"], entities, language) + swept, key=lambda h: h.start))
        result = evaluate(calls, preds, found)
        rows.append((name, result))
        if args.misses:
            for miss in result["unflagged"]:
                print(f"NOT FLAGGED {name} {miss}")
    lines = [
        "# Second look",
        "",
        "Missed = a direct gold span the redactor did not wholly cover (as in bench/redact.py); flagged = some",
        "hint overlaps it. Precision = share of hints overlapping a gold span of any type.",
        "",
        "Written by bench/second_look.py over the current rules (do not edit by hand); development figures on",
        "older rules' misses are in second_look_development.md.",
        "",
        "| set | calls | direct | missed | flagged | not flagged | hints/call | hint precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total = {"calls": 0, "direct": 0, "missed": 0, "flagged": 0, "hints": 0, "hits": 0.0}
    for name, r in rows:
        lines.append(
            f"| {name} | {r['calls']} | {r['direct']} | {r['missed']} | {r['flagged']} | "
            f"{r['missed'] - r['flagged']} | {r['hints'] / max(1, r['calls']):.1f} | {r['precision']:.2f} |"
        )
        for key in ("calls", "direct", "missed", "flagged", "hints"):
            total[key] += r[key]
        total["hits"] += r["precision"] * r["hints"]
    if len(rows) > 1:
        lines.append(
            f"| all | {total['calls']} | {total['direct']} | {total['missed']} | {total['flagged']} | "
            f"{total['missed'] - total['flagged']} | {total['hints'] / max(1, total['calls']):.1f} | "
            f"{total['hits'] / max(1, total['hints']):.2f} |"
        )
    lines.append("")
    report = "\n".join(lines)
    print(report)
    out = args.out
    if out is None and args.sets == default_sets:
        out = br.RESULTS / "second_look.md"
    if out is None or args.no_write:
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
