#!/usr/bin/env python3
"""First-run disagreements of the drafter with the writers, per field, over heldout23..heldout58.

A set's first run is the honest figure: the rules of the commit before the set was added, which had never
seen it. For each set this finds the commit that added ``bench/data/notes/heldoutNN.jsonl``, checks out its
parent in a temporary detached worktree (one per parent; several sets share one), drafts every call of the
set in mono mode with that commit's own rules backend, and collects per call and field (predicted, gold).
The same is done with the rules of the working tree ("today") for contrast.

Writes bench/results/notes_first_runs.md: per-field first-run accuracy, confusion tables for the single
fields, and the direction of the errors (urgency levels too high/low, victims.count too high/low, list
items added vs missed). The raw pairs go to bench/results/notes_first_runs.jsonl.tmp (ignored) for reuse.

    .venv/bin/python bench/notes_first_runs.py [--first 23] [--last 58] [--jobs 2] [--split 50]
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.notes import f1, get, same_region  # noqa: E402

NOTES = ROOT / "bench" / "data" / "notes"
SINGLE = ["caller_role", "call_type", "situation", "urgency", "victims.minors_involved"]
EXACT = ["caller_role", "call_type", "region", "situation", "urgency", "victims.count", "victims.minors_involved"]
LISTS = ["exploitation_types", "actions", "victims.sexes"]
LEVELS = {"immediate": 3, "high": 2, "medium": 1, "low": 0}

# Runs inside a checkout: drafts each call of each set with that checkout's rules backend (no summary
# redaction, which the fields do not need), one JSON line per call.
DRAFT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from summarize.backends.rules import RulesBackend
rules = RulesBackend()
for path in sys.argv[2:]:
    name = path.rsplit("/", 1)[-1][: -len(".jsonl")]
    for line in open(path, encoding="utf-8"):
        if line.strip():
            call = json.loads(line)
            note = rules.draft(call["text"], "es").model_dump(mode="json")
            note.pop("evidence", None)
            print(json.dumps({"set": name, "id": call["id"], "pred": note, "gold": call["note"]}))
"""


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def adding_parent(n: int) -> str:
    added = git("log", "--diff-filter=A", "--format=%H", "--", f"bench/data/notes/heldout{n}.jsonl").split()
    return git("rev-parse", added[-1] + "^")


def draft_in(checkout: Path, sets: list[Path]) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-c", DRAFT, str(checkout), *map(str, sets)],
        cwd=checkout,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def first_runs(numbers: list[int], jobs: int) -> list[dict]:
    by_parent: dict[str, list[int]] = collections.defaultdict(list)
    for n in numbers:
        by_parent[adding_parent(n)].append(n)
    tmp = Path(tempfile.mkdtemp(prefix="n36_first_"))

    def one(parent: str) -> list[dict]:
        wt = tmp / parent[:10]
        git("worktree", "add", "--detach", str(wt), parent)
        try:
            dest = wt / "bench" / "data" / "notes"
            dest.mkdir(parents=True, exist_ok=True)
            paths = []
            for n in by_parent[parent]:
                shutil.copy(NOTES / f"heldout{n}.jsonl", dest / f"heldout{n}.jsonl")
                paths.append(dest / f"heldout{n}.jsonl")
            rows = draft_in(wt, paths)
            for r in rows:
                r["rules"] = parent[:7]
            return rows
        finally:
            git("worktree", "remove", "--force", str(wt))

    try:
        with ThreadPoolExecutor(jobs) as pool:
            return [r for rows in pool.map(one, sorted(by_parent)) for r in rows]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        git("worktree", "prune")


def today(numbers: list[int]) -> list[dict]:
    return draft_in(ROOT, [NOTES / f"heldout{n}.jsonl" for n in numbers])


def fscore(field: str, p, g) -> float:
    if field in LISTS:
        return f1(p, g)
    if field == "region":
        return float(same_region(p, g))
    return float(p == g)


def count_dir(p, g) -> str:
    if p == g:
        return "equal"
    if p is None or g is None:
        return f"pred {p} / gold {g}"
    if (p == 0) != (g == 0):
        return "pred 0, gold >0" if p == 0 else "pred >0, gold 0"
    return "too high" if p > g else "too low"


def report(rows: list[dict], title: str) -> list[str]:
    out = [f"## {title}: {len(rows)} calls", ""]
    fields = EXACT[:2] + ["exploitation_types", "victims.count", "victims.minors_involved", "victims.sexes"]
    fields += ["region", "situation", "urgency", "actions"]
    accs = {f: sum(fscore(f, get(r["pred"], f), get(r["gold"], f)) for r in rows) / len(rows) for f in fields}
    out += ["| " + " | ".join(fields) + " | mean |", "|" + "---|" * (len(fields) + 1)]
    out += ["| " + " | ".join(f"{accs[f]:.3f}" for f in fields) + f" | **{sum(accs.values()) / len(fields):.3f}** |"]
    # per set
    out += ["", "Per set mean (fields above, no summary):", ""]
    sets = sorted({r["set"] for r in rows}, key=lambda s: int(s[len("heldout") :]))
    line = []
    for s in sets:
        rs = [r for r in rows if r["set"] == s]
        m = sum(fscore(f, get(r["pred"], f), get(r["gold"], f)) for r in rs for f in fields) / (len(rs) * len(fields))
        line.append(f"{s[len('heldout') :]}: {m:.3f}")
    out += [", ".join(line), ""]

    for f in SINGLE:
        pairs = collections.Counter((str(get(r["pred"], f)), str(get(r["gold"], f))) for r in rows)
        preds = sorted({p for p, _ in pairs})
        golds = sorted({g for _, g in pairs})
        out += [f"### {f}: rows gold, columns predicted", ""]
        out += ["| gold \\ pred | " + " | ".join(preds) + " |", "|" + "---|" * (len(preds) + 1)]
        for g in golds:
            out.append(f"| {g} | " + " | ".join(str(pairs.get((p, g), "")) for p in preds) + " |")
        out.append("")

    urg = collections.Counter()
    for r in rows:
        p, g = get(r["pred"], "urgency"), get(r["gold"], "urgency")
        if p in LEVELS and g in LEVELS and p != g:
            d = LEVELS[p] - LEVELS[g]
            urg[f"too high by {d}" if d > 0 else f"too low by {-d}"] += 1
    out += ["### urgency direction", "", ", ".join(f"{k}: {v}" for k, v in sorted(urg.items())) or "none", ""]

    cnt = collections.Counter(count_dir(get(r["pred"], "victims.count"), get(r["gold"], "victims.count")) for r in rows)
    out += ["### victims.count direction", "", ", ".join(f"{k}: {v}" for k, v in sorted(cnt.items())), ""]
    byg = collections.Counter(
        (get(r["gold"], "victims.count"), get(r["pred"], "victims.count"))
        for r in rows
        if get(r["gold"], "victims.count") != get(r["pred"], "victims.count")
    )
    out += ["count misses (gold, pred): " + ", ".join(f"{k}: {v}" for k, v in byg.most_common(15)), ""]

    for f in LISTS:
        added, missed, gold_n, pred_n = (collections.Counter() for _ in range(4))
        for r in rows:
            p, g = set(get(r["pred"], f) or []), set(get(r["gold"], f) or [])
            added.update(p - g)
            missed.update(g - p)
            gold_n.update(g)
            pred_n.update(p)
        items = sorted(set(gold_n) | set(pred_n))
        out += [
            f"### {f}: per item",
            "",
            "| item | gold | predicted | added (pred not gold) | missed (gold not pred) |",
        ]
        out += ["|---|---|---|---|---|"]
        for i in items:
            out.append(f"| {i} | {gold_n[i]} | {pred_n[i]} | {added[i]} | {missed[i]} |")
        empty = collections.Counter(
            ("pred empty" if not get(r["pred"], f) else "pred set")
            + " / "
            + ("gold empty" if not get(r["gold"], f) else "gold set")
            for r in rows
        )
        out += ["", ", ".join(f"{k}: {v}" for k, v in sorted(empty.items())), ""]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", type=int, default=23)
    ap.add_argument("--last", type=int, default=58)
    ap.add_argument("--split", type=int, default=50, help="sets up to this are the derivation half, the rest the check")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "notes_first_runs.md"))
    args = ap.parse_args()
    numbers = list(range(args.first, args.last + 1))
    with ThreadPoolExecutor(2) as pool:
        fut_today = pool.submit(today, numbers)
        first = first_runs(numbers, max(1, args.jobs - 1))
        now = fut_today.result()
    raw = Path(args.out).with_suffix(".jsonl.tmp")
    raw.write_text(
        "".join(json.dumps({**r, "run": "first"}) + "\n" for r in first)
        + "".join(json.dumps({**r, "run": "today"}) + "\n" for r in now),
        encoding="utf-8",
    )
    head = git("rev-parse", "--short", "HEAD")
    lo = [r for r in first if int(r["set"][len("heldout") :]) <= args.split]
    hi = [r for r in first if int(r["set"][len("heldout") :]) > args.split]
    lines = [
        f"# First runs of the drafter, heldout{args.first}..heldout{args.last} (mono)",
        "",
        "Each set drafted by the rules of the parent of the commit that added it (rules that had never seen it);",
        f"then by today's rules ({head}, working tree) for contrast. Written by bench/notes_first_runs.py.",
        "",
    ]
    lines += report(first, f"First runs, all sets {args.first}-{args.last}")
    lines += report(lo, f"First runs, derivation sets {args.first}-{args.split}")
    lines += report(hi, f"First runs, check sets {args.split + 1}-{args.last}")
    lines += report(now, f"Today's rules ({head}), all sets {args.first}-{args.last}")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:20]))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
