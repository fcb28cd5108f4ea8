#!/usr/bin/env python3
"""Train the ADDRESS token tagger (redact/address_tagger.py) and measure it by leave-one-set-out CV.

    .venv/bin/python bench/train_address_tagger.py [--cache DIR] [--iterations 200]
    .venv/bin/python bench/train_address_tagger.py --fold heldout36,...,heldout43 [--exclude SETS]
    .venv/bin/python bench/train_address_tagger.py --fit-only --union extend --threshold 0.25 [--exclude SETS]

``--fold``: one held-out fold instead of leave-one-set-out (much cheaper on two cores): a model fit on every other
set tags the fold's sets, and every threshold / min_tokens / union mode is scored on them (table in
bench/results/address_tagger_fold.md). ``--fit-only``: fit on every set (but ``--exclude``) with the given settings
and write the model, with no CV; its header names the fold table the settings came from.

Sets: the labelled dev calls and every bench/data/redact set (dev-lower is left out: the same calls).
For each set, a model trained on the other sets tags it; its spans are unioned with the rules' findings
(the default Redactor, sweep on; computed once per set and cached in --cache) and scored with
bench/redact.py's ``score()``. The L2 strength and the threshold are chosen on the pooled CV only: the
highest mean direct recall over the sets whose mean character precision is at most PRECISION_BUDGET below
the rules'. The final model is then trained on all sets and written to redact/data/address_tagger.json;
the CV table goes to bench/results/address_tagger_cv.md.

Approximation: the union is taken with the rules' final entities (after the sweep); in the Redactor the
tagger's spans are added before the sweep, which may then sweep a little less or more.
Training is deterministic: logistic regression from zeros, full-batch AdaGrad, fixed iterations, L2.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact import address_tagger as at  # noqa: E402

MODEL = ROOT / "redact" / "data" / "address_tagger.json"
REPORT = ROOT / "bench" / "results" / "address_tagger_cv.md"
L2S = (1e-4, 1e-3)
THRESHOLDS = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
MIN_TOKENS = (1, 2)  # a span needs at least this many words or numbers
PRECISION_BUDGET = 0.02  # mean char precision may fall at most this much below the rules' alone
LEARNING_RATE = 0.5
NEWEST = ("heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21")
UNIONS = ("cut", "drop", "extend")
FOLD_REPORT = ROOT / "bench" / "results" / "address_tagger_fold.md"


def bench_redact():
    spec = importlib.util.spec_from_file_location("bench_redact", ROOT / "bench" / "redact.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_sets(br) -> dict[str, list[dict]]:
    sets = {"dev": br.load(br.DEV)}
    sets |= {name: br.load(path) for name, path in br.HELDOUT.items() if path.exists()}
    return sets


def rules_predictions(name: str, calls: list[dict], cache_dir: Path) -> list[list[tuple[str, int, int]]]:
    """The default Redactor's entities for each call of a set, computed once and cached."""
    path = cache_dir / f"{name}.json"
    cached = json.loads(path.read_text()) if path.exists() else {}
    if any(c["id"] not in cached for c in calls):
        redactor = _redactor()
        for call in calls:
            _, entities = redactor.analyze(call["text"], language="auto")
            cached[call["id"]] = [(e.type, e.start, e.end, e.score) for e in entities]
        cache_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cached))
    return [[(t, s, e) for t, s, e, *_ in cached[c["id"]]] for c in calls]


@cache
def _redactor():
    """The default Redactor, built once (only when some set's predictions are not cached yet)."""
    from redact import Redactor

    return Redactor()


def encode(calls: list[dict]):
    """Per call: tokens, and the hashed features and ADDRESS label of each token (line breaks excluded)."""
    out = []
    for call in calls:
        text = call["text"]
        tokens = at.tokenize(text)
        inside = np.zeros(len(text) + 1, dtype=bool)
        for p in call["pii"]:
            if p["type"] == "ADDRESS":
                inside[p["start"] : p["end"]] = True
        feats = at.hashed(tokens)
        labels = [bool(any(inside[i] and text[i].isalnum() for i in range(t.start, t.end))) for t in tokens]
        out.append((tokens, feats, labels))
    return out


def design(encoded: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols, ys = [], [], []
    n = 0
    for _, feats, labels in encoded:
        for f, y in zip(feats, labels, strict=True):
            if not f:
                continue
            rows.extend([n] * len(f))
            cols.extend(f)
            ys.append(1.0 if y else 0.0)
            n += 1
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), np.asarray(ys)


def fit(rows: np.ndarray, cols: np.ndarray, y: np.ndarray, l2: float, iterations: int, n_features: int) -> np.ndarray:
    """Logistic regression from zeros by full-batch AdaGrad; deterministic."""
    n = len(y)
    w = np.zeros(n_features)
    g2 = np.zeros(n_features)
    for _ in range(iterations):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - y)[rows], minlength=n_features) / n + l2 * w
        g2 += grad * grad
        w -= LEARNING_RATE * grad / (np.sqrt(g2) + 1e-8)
    return w


def quantised(w: np.ndarray) -> dict[int, float]:
    """The weights as the run time sees them (rounded to 1/SCALE, zeros dropped)."""
    q = np.round(w * at.SCALE).astype(np.int64)
    return {int(i): int(q[i]) / at.SCALE for i in np.nonzero(q)[0]}


def tagged(encoded: list, probs: list[list[float]], threshold: float, min_tokens: int) -> list[list[tuple[int, int]]]:
    return [
        at.spans_from_probabilities(tokens, p, threshold, min_tokens)
        for (tokens, _, _), p in zip(encoded, probs, strict=True)
    ]


def union(rules: list, tags: list, texts: list[str], mode: str) -> list:
    """Rules' entities plus tagger spans: "cut" adds the parts no entity overlaps, "drop" only spans no entity
    overlaps at all, "extend" the parts no entity overlaps of spans that touch a found ADDRESS (as
    redact.address_tagger.add_to)."""
    out = []
    for preds, spans, text in zip(rules, tags, texts, strict=True):
        taken = sorted((s, e) for _, s, e in preds)
        places = [(s, e) for t, s, e in preds if t == "ADDRESS"]
        added = []
        for s, e in spans:
            if mode == "extend":
                if any(ps <= e + at.EXTEND_GAP and s <= pe + at.EXTEND_GAP for ps, pe in places):
                    pieces = at._outside(s, e, taken)
                    added += [("ADDRESS", a, b) for a, b in pieces if any(ch.isalnum() for ch in text[a:b])]
            elif mode == "drop":
                if not any(ts < e and s < te for ts, te in taken):
                    added.append(("ADDRESS", s, e))
            else:
                pieces = at._outside(s, e, taken)
                added += [("ADDRESS", a, b) for a, b in pieces if any(ch.isalnum() for ch in text[a:b])]
        out.append(preds + added)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "callnotes_address_tagger_rules",
        help="where the rules' predictions per set are kept (delete it after changing the rules)",
    )
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--fold", help="comma-separated sets: one held-out fold, every setting scored on it")
    parser.add_argument("--fit-only", action="store_true", help="fit on every set with the given settings, no CV")
    parser.add_argument("--exclude", default="", help="comma-separated sets left out of everything")
    parser.add_argument("--union", choices=UNIONS, default="extend")
    parser.add_argument("--threshold", type=float, default=0.25)
    parser.add_argument("--min-tokens", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1e-4)
    args = parser.parse_args()
    started = time.time()
    br = bench_redact()
    excluded = set(filter(None, args.exclude.split(",")))
    sets = {name: calls for name, calls in load_sets(br).items() if name not in excluded}
    names = list(sets)
    if args.fold:
        return one_fold(br, sets, args.fold.split(","), args)
    if args.fit_only:
        return fit_only(sets, args)
    rules = {name: rules_predictions(name, calls, args.cache) for name, calls in sets.items()}
    encoded = {name: encode(calls) for name, calls in sets.items()}
    matrices = {name: design(encoded[name]) for name in names}
    print(f"encoded {len(names)} sets in {time.time() - started:.0f}s", file=sys.stderr)

    def stack(parts: list[str]):
        return _stacked([matrices[name] for name in parts])

    base = {name: br.score(sets[name], rules[name]) for name in names}
    # cv[(l2, threshold, mode)][name] = score
    cv: dict[tuple, dict[str, dict]] = {}
    for l2 in L2S:
        for held in names:
            rows, cols, y = stack([n for n in names if n != held])
            weights = quantised(fit(rows, cols, y, l2, args.iterations, at.N_BUCKETS))
            texts = [c["text"] for c in sets[held]]
            probs = [at.token_probabilities(tokens, weights) for tokens, _, _ in encoded[held]]
            for threshold in THRESHOLDS:
                for min_tokens in MIN_TOKENS:
                    tags = tagged(encoded[held], probs, threshold, min_tokens)
                    for mode in UNIONS:
                        cv.setdefault((l2, threshold, min_tokens, mode), {})[held] = br.score(
                            sets[held], union(rules[held], tags, texts, mode)
                        )
        print(f"l2={l2} done at {time.time() - started:.0f}s", file=sys.stderr)

    def mean(scores: dict[str, dict], key: str) -> float:
        return float(np.mean([scores[n][key] for n in names]))

    base_rec, base_prec = mean(base, "direct_recall"), mean(base, "char_precision")
    allowed = [k for k, s in cv.items() if mean(s, "char_precision") >= base_prec - PRECISION_BUDGET]
    best = max(allowed, key=lambda k: (mean(cv[k], "direct_recall"), mean(cv[k], "char_precision")), default=None)
    chosen = best or max(cv, key=lambda k: mean(cv[k], "char_precision"))
    l2, threshold, min_tokens, mode = chosen

    rows, cols, y = stack(names)
    final = quantised(fit(rows, cols, y, l2, args.iterations, at.N_BUCKETS))

    def address(s: dict) -> str:
        c, n = s["recall"].get("ADDRESS", (0, 0))
        return f"{c}/{n}"

    chosen_cv = cv[chosen]
    lines = [
        "# ADDRESS tagger (experiment): leave-one-set-out CV",
        "",
        f"Written by `bench/train_address_tagger.py` on {datetime.date.today()}. Each set is tagged by a model",
        "trained on the other sets; its spans are unioned with the rules' entities (default Redactor, sweep on) and",
        "scored with bench/redact.py's `score()` (a gold span is caught only when every letter and digit of it is",
        "inside some predicted span). Union mode `cut`: the parts of a tagger span no rule entity overlaps;",
        "`drop`: only tagger spans no rule entity overlaps at all.",
        "",
        f"Chosen on the pooled CV (highest mean direct recall with mean char precision at most {PRECISION_BUDGET}",
        f"below the rules'): **l2={l2}, threshold={threshold}, min_tokens={min_tokens}, union={mode}**"
        + ("" if best else " (no setting kept precision within the budget: the most precise one shown)")
        + ".",
        "The choice was made on these same folds, so the figures below are slightly optimistic.",
        "",
        "| set | rules direct recall | + tagger | rules char precision | + tagger | ADDRESS rules | + tagger |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in names:
        b, t = base[name], chosen_cv[name]
        mark = "**" if name in NEWEST else ""
        lines.append(
            f"| {mark}{name}{mark} | {b['direct_recall']:.3f} | {t['direct_recall']:.3f} | {b['char_precision']:.3f} | "
            f"{t['char_precision']:.3f} | {address(b)} | {address(t)} |"
        )
    for label, group in (("mean, all sets", names), ("mean, heldout16-21", [n for n in names if n in NEWEST])):
        lines.append(
            f"| {label} | {np.mean([base[n]['direct_recall'] for n in group]):.3f} | "
            f"{np.mean([chosen_cv[n]['direct_recall'] for n in group]):.3f} | "
            f"{np.mean([base[n]['char_precision'] for n in group]):.3f} | "
            f"{np.mean([chosen_cv[n]['char_precision'] for n in group]):.3f} | | |"
        )
    lines += [
        "",
        "## Every setting tried (means over all sets; rules alone: "
        f"direct recall {base_rec:.3f}, char precision {base_prec:.3f})",
        "",
        "| l2 | threshold | min tokens | union | direct recall | char precision | heldout16-21 recall | "
        "heldout16-21 precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    newest = [n for n in names if n in NEWEST]
    for (k_l2, k_t, k_n, k_m), s in sorted(cv.items()):
        lines.append(
            f"| {k_l2} | {k_t} | {k_n} | {k_m} | {mean(s, 'direct_recall'):.3f} | {mean(s, 'char_precision'):.3f} | "
            f"{np.mean([s[n]['direct_recall'] for n in newest]):.3f} | "
            f"{np.mean([s[n]['char_precision'] for n in newest]):.3f} |"
        )
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))

    header = {
        "what": "ADDRESS token tagger (redact/address_tagger.py): hashed lexical/contextual features, "
        "logistic regression",
        "sets": names,
        "command": "bench/train_address_tagger.py --iterations " + str(args.iterations),
        "date": str(datetime.date.today()),
        "l2": l2,
        "iterations": args.iterations,
        "union": mode,
        "n_buckets": at.N_BUCKETS,
        "cv": {
            "rules_direct_recall_mean": round(base_rec, 4),
            "rules_char_precision_mean": round(base_prec, 4),
            "tagger_direct_recall_mean": round(mean(chosen_cv, "direct_recall"), 4),
            "tagger_char_precision_mean": round(mean(chosen_cv, "char_precision"), 4),
            "per_set": {
                n: {
                    "rules": [round(base[n]["direct_recall"], 4), round(base[n]["char_precision"], 4)],
                    "tagger": [round(chosen_cv[n]["direct_recall"], 4), round(chosen_cv[n]["char_precision"], 4)],
                }
                for n in names
            },
        },
    }
    payload = {
        "header": header,
        "threshold": threshold,
        "min_tokens": min_tokens,
        "weights": {str(k): round(v * at.SCALE) for k, v in sorted(final.items())},
    }
    MODEL.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL} ({MODEL.stat().st_size / 1e6:.2f} MB) in {time.time() - started:.0f}s", file=sys.stderr)


def _stacked(matrices: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols, ys, offset = [], [], [], 0
    for r, c, y in matrices:
        rows.append(r + offset)
        cols.append(c)
        ys.append(y)
        offset += len(y)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(ys)


def one_fold(br, sets: dict[str, list[dict]], fold: list[str], args) -> None:
    """Fit on every set outside ``fold``, tag the fold's sets, score every threshold / min_tokens / union mode."""
    train = [n for n in sets if n not in fold]
    rows, cols, y = _stacked([design(encode(sets[n])) for n in train])
    weights = quantised(fit(rows, cols, y, args.l2, args.iterations, at.N_BUCKETS))
    encoded = {n: encode(sets[n]) for n in fold}
    rules = {n: rules_predictions(n, sets[n], args.cache) for n in fold}
    base = {n: br.score(sets[n], rules[n]) for n in fold}

    def means(scores: dict) -> str:
        keys = ("direct_recall", "char_precision", "direct_letters_hidden")
        lowest = min(scores[n]["char_precision"] for n in fold)
        return " | ".join(f"{np.mean([scores[n][k] for n in fold]):.3f}" for k in keys) + f" | {lowest:.3f}"

    lines = [
        "# ADDRESS tagger: one held-out fold",
        "",
        f"Written by `bench/train_address_tagger.py --fold` on {datetime.date.today()}. A model fit on "
        f"{len(train)} sets (l2 {args.l2}, {args.iterations} iterations) tags {', '.join(fold)}; its spans are "
        "unioned with the rules' entities (default Redactor) and scored with bench/redact.py's `score()`. "
        "`extend` adds only the parts of spans that run on from a found ADDRESS; `cut` every part no entity "
        "overlaps; `drop` only spans no entity overlaps. Means over the fold's sets.",
        "",
        "| union | threshold | min tokens | direct recall | char precision | letters hidden | lowest precision |",
        "|---|---|---|---|---|---|---|",
        f"| rules alone | | | {means(base)} |",
    ]
    probs = {n: [at.token_probabilities(t, weights) for t, _, _ in encoded[n]] for n in fold}
    for mode in UNIONS:
        for threshold in THRESHOLDS:
            for min_tokens in MIN_TOKENS:
                scores = {}
                for n in fold:
                    tags = tagged(encoded[n], probs[n], threshold, min_tokens)
                    scores[n] = br.score(sets[n], union(rules[n], tags, [c["text"] for c in sets[n]], mode))
                lines.append(f"| {mode} | {threshold} | {min_tokens} | {means(scores)} |")
    FOLD_REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def fit_only(sets: dict[str, list[dict]], args) -> None:
    """Fit on every set with the given settings and write the model (no CV)."""
    names = list(sets)
    rows, cols, y = _stacked([design(encode(sets[n])) for n in names])
    final = quantised(fit(rows, cols, y, args.l2, args.iterations, at.N_BUCKETS))
    header = {
        "what": "ADDRESS token tagger (redact/address_tagger.py): hashed lexical/contextual features, "
        "logistic regression",
        "sets": names,
        "command": f"bench/train_address_tagger.py --fit-only --union {args.union} --threshold {args.threshold} "
        f"--min-tokens {args.min_tokens} --l2 {args.l2} --iterations {args.iterations}",
        "date": str(datetime.date.today()),
        "l2": args.l2,
        "iterations": args.iterations,
        "union": args.union,
        "n_buckets": at.N_BUCKETS,
        "cv": {"chosen_by": "bench/results/address_tagger_fold.md (one held-out fold), no CV in this fit"},
    }
    payload = {
        "header": header,
        "threshold": args.threshold,
        "min_tokens": args.min_tokens,
        "weights": {str(k): round(v * at.SCALE) for k, v in sorted(final.items())},
    }
    MODEL.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL} from {len(names)} sets", file=sys.stderr)


if __name__ == "__main__":
    main()
