"""Train the line classifier (index/line_model.json) on the gold of the tuning sets.

Every line of every page of the training sets (TRAIN) is described by
index/line_features.py after the rules have cleaned the page (with the evidence of the
set's run), and labelled body text when it is the next piece of the gold body (in order:
a sentence of the article repeated elsewhere on the page is no body line), and title when
it is the gold title. Gradient-boosted trees (scikit-learn, a dev dependency only) are
fitted and written as arrays that index/line_model.py evaluates with numpy.

Without --drop-below, each pair of training sets (FOLDS) is left out in turn and predicted
by trees fitted without it: what the classifier would do to it is printed, and the
thresholds are taken from those out-of-fold probabilities. held-out-4 and
held-out-4-words are the validation sets (aggregate figures printed, never trained on);
held-out-5 and held-out-5-words are not read at all.

The shipped model (version 1): --drop-below 0.03 --title-switch 0.9, the drop threshold
chosen on the validation sets' aggregate figures (the out-of-fold one of 250 trees of
depth 4 was not computed: it takes close to an hour on two cores).

Run: .venv/bin/python bench/train_line_model.py [--out index/line_model.json]
     [--drop-below P --title-switch P] [--save-tables FILE | --tables FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from cleaning import SETS, Item, gather  # noqa: E402
from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402

from index.clean import INVISIBLE, LINE_MODEL_VERSION, line_view  # noqa: E402
from index.line_features import matrix  # noqa: E402
from index.line_model import Model  # noqa: E402

TRAIN = (
    "pages-dev",
    "tune",
    "tune-2",
    "tune-3",
    "held-out",
    "held-out-words",
    "held-out-2",
    "held-out-2-words",
    "held-out-3",
    "held-out-3-words",
)
VALIDATION = ("held-out-4", "held-out-4-words")
# Leave-one-family-out folds: each tuning pair (or pair of sets written together).
FOLDS = (
    ("pages-dev", "tune"),
    ("tune-2", "tune-3"),
    ("held-out", "held-out-words"),
    ("held-out-2", "held-out-2-words"),
    ("held-out-3", "held-out-3-words"),
)
# A kept line is dropped when its body probability is below the out-of-fold probability
# of this share of the body lines the rules kept (precision first: hardly any body goes).
BODY_LOSS = 0.0005
TREES, DEPTH, RATE = 250, 4, 0.1
TITLE_LINES = 15
# Columns the title model must not see: where the rules put the title (index/line_features.py).
RULES_TITLE = (26, 27, 28)
TITLE_SWITCHES = (0.8, 0.9, 0.95, 0.98, 0.99)


def _fold(text: str) -> str:
    return " ".join(INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def labels(lines: list[str], body: str) -> list[int]:
    """Label each line 1 when it is the next piece of the gold body, else 0."""
    gold = _fold(body)
    pos, out = 0, []
    for line in lines:
        text = _fold(line)
        if text and gold.startswith(text, pos):
            out.append(1)
            pos += len(text)
            while pos < len(gold) and gold[pos] == " ":
                pos += 1
        else:
            out.append(0)
    return out


def table(name: str) -> dict[str, Any]:
    """Return the features, labels and rules' verdicts of a set's lines."""
    items: list[Item] = SETS[name]()
    evidence = gather(items)
    xs, ys, kept, region, page, tokens, titles = [], [], [], [], [], [], []
    for n, item in enumerate(items):
        lines, view, got = line_view(item.text, evidence, item.source, item.id)
        if view is None:
            continue
        xs.append(matrix(view))
        ys += labels(lines, item.body)
        gold = _fold(item.title).casefold()
        first = next((k for k, line in enumerate(lines) if _fold(line).casefold() == gold), -1)
        titles += [int(k == first) for k in range(len(lines))]
        body = {line for line in got.body.split("\n")} if got.body else set()
        for k, line in enumerate(lines):
            kept.append(line in body)
            region.append(k > view.title)
            page.append(n)
            tokens.append(len(line.split()))
    return {
        "x": np.vstack(xs),
        "y": np.asarray(ys),
        "kept": np.asarray(kept),
        "region": np.asarray(region),
        "page": np.asarray(page),
        "tokens": np.asarray(tokens),
        "title": np.asarray(titles),
    }


def fit(x: np.ndarray, y: np.ndarray) -> GradientBoostingClassifier:
    """Fit the trees."""
    clf = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE, subsample=0.8, random_state=7
    )
    return clf.fit(x.astype(np.float32), y)


def title_rows(t: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the features (rules' title hidden), labels and pages of lines that may be
    the title (the first lines of each page)."""
    rows = title_rows_mask(t)
    page = t["page"]
    x = t["x"][rows].copy()
    x[:, RULES_TITLE] = 0.0
    return x, t["title"][rows], page[rows]


def export(clf: GradientBoostingClassifier) -> dict[str, Any]:
    """Return the fitted trees as arrays of one node count."""
    trees = [est[0].tree_ for est in clf.estimators_]
    width = max(t.node_count for t in trees)

    def pad(values: list[list[Any]], fill: float) -> list[list[Any]]:
        return [v + [fill] * (width - len(v)) for v in values]

    prior = float(np.clip(clf.init_.class_prior_[1], 1e-6, 1 - 1e-6))
    return {
        "init": float(np.log(prior / (1 - prior))),
        "rate": RATE,
        "depth": DEPTH,
        "feature": pad([[int(f) if f >= 0 else -1 for f in t.feature] for t in trees], -1),
        "threshold": pad([[round(float(v), 6) for v in t.threshold] for t in trees], 0.0),
        "left": pad([[max(int(v), 0) for v in t.children_left] for t in trees], 0),
        "right": pad([[max(int(v), 0) for v in t.children_right] for t in trees], 0),
        "value": pad([[round(float(v), 6) for v in t.value[:, 0, 0]] for t in trees], 0.0),
    }


def switches(t: dict[str, Any], p: np.ndarray, at: float) -> tuple[int, int]:
    """Count the pages whose title the model would change at a threshold: rightly, wrongly."""
    mask = title_rows_mask(t)
    rules, y, page = t["x"][mask, 26], t["title"][mask], t["page"][mask]
    right = wrong = 0
    for n in np.unique(page):
        rows = page == n
        pp, ours, gold = p[rows], np.flatnonzero(rules[rows] == 1.0), y[rows]
        if not len(ours):
            continue
        best, o = int(np.argmax(pp)), int(ours[0])
        if best != o and pp[best] >= at and pp[o] <= 1 - at:
            right += int(gold[best] == 1)
            wrong += int(gold[best] != 1)
    return right, wrong


def effect(t: dict[str, Any], p: np.ndarray, drop: float) -> str:
    """Say what the threshold does to the lines the rules kept (token-weighted)."""
    kept, y, w = t["kept"], t["y"], t["tokens"]
    going = kept & (p < drop)
    left = int(w[kept & (y == 0)].sum())
    body = int(w[kept & (y == 1)].sum())
    fixed = int(w[going & (y == 0)].sum())
    lost = int(w[going & (y == 1)].sum())
    return (
        f"non-body tokens the rules kept {left}, dropped {fixed}; "
        f"body tokens kept {body}, dropped {lost}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "index" / "line_model.json")
    ap.add_argument("--tables", type=Path, help="read the feature tables from this pickle")
    ap.add_argument("--save-tables", type=Path, help="write the feature tables to this pickle")
    ap.add_argument("--drop-below", type=float, help="take this threshold, fit no folds")
    ap.add_argument("--title-switch", type=float, default=TITLE_SWITCHES[1])
    args = ap.parse_args()
    if args.tables:
        tables = pickle.loads(args.tables.read_bytes())
    else:
        tables = {name: table(name) for name in (*TRAIN, *VALIDATION)}
    if args.save_tables:
        args.save_tables.write_bytes(pickle.dumps(tables))
    if args.drop_below is None:
        drop, switch = folds(tables)
    else:
        drop, switch = args.drop_below, args.title_switch
    body, title, data = final(tables, drop, switch)
    model = Model.load(data)
    check = tables[VALIDATION[0]]["x"]
    gap = np.abs(model.body.probability(check) - body.predict_proba(check.astype(np.float32))[:, 1])
    print(f"export check: largest difference {gap.max():.2e}")
    for n in VALIDATION:
        p = model.body.probability(tables[n]["x"])
        print(f"validation {n}: {effect(tables[n], p, drop)}")
        pt = model.title.probability(title_rows(tables[n])[0])
        right, wrong = switches(tables[n], pt, switch)
        print(f"  titles changed: {right} right, {wrong} wrong")
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


def folds(tables: dict[str, dict[str, Any]]) -> tuple[float, float]:
    """Fit the trees without each fold in turn; print what they do to the fold left out
    and return the thresholds taken from the out-of-fold probabilities."""
    # Out-of-fold probabilities: each fold predicted by a model fitted without it.
    oof_body: dict[str, np.ndarray] = {}
    oof_title: dict[str, np.ndarray] = {}
    for fold in FOLDS:
        rest = [n for n in TRAIN if n not in fold]
        body = fit(
            np.vstack([tables[n]["x"] for n in rest]),
            np.concatenate([tables[n]["y"] for n in rest]),
        )
        parts = [title_rows(tables[n]) for n in rest]
        title = fit(np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        for n in fold:
            oof_body[n] = body.predict_proba(tables[n]["x"].astype(np.float32))[:, 1]
            oof_title[n] = title.predict_proba(title_rows(tables[n])[0].astype(np.float32))[:, 1]
        print(f"fold {'+'.join(fold)} done", flush=True)
    kept_body = np.concatenate(
        [oof_body[n][tables[n]["kept"] & (tables[n]["y"] == 1)] for n in TRAIN]
    )
    drop = round(float(np.quantile(kept_body, BODY_LOSS)), 4)
    switch = TITLE_SWITCHES[-1]
    for at in TITLE_SWITCHES:
        if not sum(switches(tables[n], oof_title[n], at)[1] for n in TRAIN):
            switch = at
            break
    print(f"drop below {drop}, title switch at {switch}")
    for n in TRAIN:
        print(f"leave-one-family-out {n}: {effect(tables[n], oof_body[n], drop)}")
        right, wrong = switches(tables[n], oof_title[n], switch)
        print(f"  titles changed: {right} right, {wrong} wrong")
    return drop, switch


def final(
    tables: dict[str, dict[str, Any]], drop: float, switch: float
) -> tuple[GradientBoostingClassifier, GradientBoostingClassifier, dict[str, Any]]:
    """Fit the shipped trees on all training sets; return them and their export."""
    x = np.vstack([tables[n]["x"] for n in TRAIN])
    y = np.concatenate([tables[n]["y"] for n in TRAIN])
    body = fit(x, y)
    parts = [title_rows(tables[n]) for n in TRAIN]
    title = fit(np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
    data = {
        "version": LINE_MODEL_VERSION,
        "features": int(x.shape[1]),
        "body": export(body),
        "title": export(title),
        "drop_below": drop,
        "title_switch": switch,
    }
    return body, title, data


def title_rows_mask(t: dict[str, Any]) -> np.ndarray:
    """Return which lines title_rows() takes."""
    page = t["page"]
    first = np.r_[0, np.flatnonzero(np.diff(page)) + 1]
    index = np.arange(len(page)) - first[np.searchsorted(first, np.arange(len(page)), "right") - 1]
    return np.asarray(index < TITLE_LINES)


if __name__ == "__main__":
    sys.exit(main())
