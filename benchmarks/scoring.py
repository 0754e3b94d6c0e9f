"""Scorers for extraction quality: the AEB shingle metric, WCXB word F1 and snippet checks."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    """Unicode word tokens, as the article-extraction-benchmark tokenizes."""
    return _WORD.findall(text or "")


def shingles(text: str, n: int = SHINGLE) -> Counter:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle."""
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def shingle_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) of shingles, normalised to sum 1 (AEB)."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """AEB's per-page precision and recall: fp = fn = 0 scores 1, tp = fp = 0 precision 0."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def f1(p: float, r: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


def word_f1(truth: str, pred: str) -> float:
    """WCXB's bag-of-words F1 on lower-cased word tokens for one page."""
    t = Counter(w.lower() for w in tokens(truth))
    p = Counter(w.lower() for w in tokens(pred))
    if not t and not p:
        return 1.0
    common = sum((t & p).values())
    if not common:
        return 0.0
    return f1(common / sum(p.values()), common / sum(t.values()))


def _norm_words(text: str) -> str:
    return " " + " ".join(w.lower() for w in tokens(text)) + " "


def _needle(snippet: str) -> str:
    """Normalised snippet; long snippets may be cut mid-word, so their last word matches as a prefix."""
    needle = _norm_words(snippet)
    return needle.rstrip() if len(needle.split()) >= PREFIX_MATCH_WORDS else needle


# WCXB snippets are cut at a fixed length, often mid-word; short ones ("Home") are whole words.
PREFIX_MATCH_WORDS = 5


def contains_snippet(text: str, snippet: str) -> bool:
    """True when the snippet's words appear contiguously in the text (case, punctuation ignored)."""
    if not _norm_words(snippet).strip():
        return False
    return _needle(snippet) in _norm_words(text)


@dataclass
class PageScore:
    """Scores of one extraction against one page's ground truth."""

    key: str
    tp: float
    fp: float
    fn: float
    word_f1: float | None = None
    with_total: int = 0
    with_kept: int = 0
    without_total: int = 0
    without_leaked: int = 0


def score_page(key: str, truth: dict, pred: str) -> PageScore:
    """Score one prediction; snippet checks when the truth carries 'with'/'without'."""
    tp, fp, fn = shingle_counts(truth.get("articleBody") or "", pred)
    s = PageScore(key, tp, fp, fn)
    if "with" in truth or "without" in truth:
        s.word_f1 = word_f1(truth.get("articleBody") or "", pred)
        norm = _norm_words(pred)
        withs = [w for w in truth.get("with") or [] if _norm_words(w).strip()]
        withouts = [w for w in truth.get("without") or [] if _norm_words(w).strip()]
        s.with_total, s.with_kept = len(withs), sum(_needle(w) in norm for w in withs)
        s.without_total = len(withouts)
        s.without_leaked = sum(_needle(w) in norm for w in withouts)
    return s


def summarise(scores: list[PageScore]) -> dict:
    """Aggregate page scores: AEB precision/recall/F1, mean word F1, snippet shares."""
    if not scores:
        return {"pages": 0}
    prs = [page_precision_recall(s.tp, s.fp, s.fn) for s in scores]
    p = sum(x for x, _ in prs) / len(prs)
    r = sum(y for _, y in prs) / len(prs)
    out = {"pages": len(scores), "precision": p, "recall": r, "f1": f1(p, r)}
    wf = [s.word_f1 for s in scores if s.word_f1 is not None]
    if wf:
        out["word_f1"] = sum(wf) / len(wf)
        wt = sum(s.with_total for s in scores)
        wo = sum(s.without_total for s in scores)
        out["with_kept"] = sum(s.with_kept for s in scores) / wt if wt else 1.0
        out["without_leaked"] = sum(s.without_leaked for s in scores) / wo if wo else 0.0
    return out


def load_set(folder: Path) -> dict[str, dict]:
    """Ground truth of a benchmark folder: {key: truth dict}."""
    return json.loads((Path(folder) / "ground-truth.json").read_text(encoding="utf-8"))


def read_page(folder: Path, key: str) -> bytes:
    """Raw HTML bytes of one benchmark page."""
    return gzip.decompress((Path(folder) / "html" / f"{key}.html.gz").read_bytes())


def select(truth: dict, part: str, limit: int | None = None) -> list[str]:
    """Page keys of one part: dev = even positions of the sorted keys, holdout = odd ones, or all.

    Rules are developed on dev; holdout only judges them (quality.py and metadata.py share this).
    """
    keys = sorted(truth)
    if part == "dev":
        keys = keys[0::2]
    elif part == "holdout":
        keys = keys[1::2]
    return keys[:limit] if limit else keys
