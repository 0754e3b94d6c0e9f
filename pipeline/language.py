"""Language detection with langdetect, made deterministic and bounded in cost."""

from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

# langdetect samples randomly; a fixed seed gives the same answer on every run.
DetectorFactory.seed = 0

# Detection cost grows with text length; a few thousand characters decide any article.
SAMPLE_CHARS = 3000
# Under this many words the html lang attribute is more trustworthy than the text.
SHORT_TEXT_WORDS = 20


def _sample(text: str) -> str:
    """A bounded slice of the text, taken from its middle where the article body is."""
    if len(text) <= SAMPLE_CHARS:
        return text
    start = (len(text) - SAMPLE_CHARS) // 2
    return text[start : start + SAMPLE_CHARS]


def normalise_hint(hint: str | None) -> str | None:
    """'en-GB' -> 'en'; None for empty or malformed hints."""
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def detect(text: str, hint: str | None = None) -> tuple[str | None, float]:
    """Return (language code, confidence 0..1) of the text; the hint wins for very short texts."""
    hint = normalise_hint(hint)
    words = len(text.split())
    if words < SHORT_TEXT_WORDS and hint:
        return hint, 0.5
    if not text.strip():
        return hint, 0.0
    DetectorFactory.seed = 0
    try:
        ranked = detect_langs(_sample(text))
    except LangDetectException:
        return hint, 0.0
    best = ranked[0]
    lang = best.lang.split("-")[0]
    return lang, round(float(best.prob), 4)
