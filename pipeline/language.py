"""Language detection with langdetect, made deterministic and bounded in cost."""

from __future__ import annotations

import re

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

# Detection cost grows with the sample (langdetect walks it character by character in Python);
# 1,200 characters agreed with a 3,000-character sample on all 879 benchmark articles.
SAMPLE_CHARS = 1200
# langdetect averages this many random walks over the sample's n-grams (its default is 7);
# on article-length text the walks agree, so fewer cost less and give the same answer.
TRIALS = 3
# The sample is taken as this many slices spread over the text, so one code block, table or
# quotation in another language cannot decide alone.
SAMPLE_SLICES = 3
# Under this many words the html lang attribute is more trustworthy than the text.
SHORT_TEXT_WORDS = 20
# Below this probability the page's declared language breaks a close call.
CONFIDENT = 0.8
# Text that says nothing about the language: links, e-mail addresses, numbers.
NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\d+")


def _sample(text: str) -> str:
    """A bounded, whitespace-normalised sample of the text, in slices spread over its length."""
    text = " ".join(NOISE.sub(" ", text).split())
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_SLICES
    step = (len(text) - size) // (SAMPLE_SLICES - 1)
    return " ".join(text[i * step : i * step + size] for i in range(SAMPLE_SLICES))


_FACTORY: DetectorFactory | None = None


def _detector(sample: str):
    """A langdetect detector over the sample, seeded so every run gives the same answer."""
    global _FACTORY
    if _FACTORY is None:
        _FACTORY = DetectorFactory()
        _FACTORY.load_profile(PROFILES_DIRECTORY)
        # langdetect samples randomly; a fixed seed (read by each new detector) makes it deterministic
        _FACTORY.set_seed(0)
    detector = _FACTORY.create()
    detector.n_trial = TRIALS
    detector.append(sample)
    return detector


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
    sample = _sample(text)
    if not sample:
        return hint, 0.0
    try:
        ranked = _detector(sample).get_probabilities()
    except LangDetectException:
        return hint, 0.0
    best = ranked[0]
    lang = best.lang.split("-")[0]
    if hint and lang != hint and best.prob < CONFIDENT:
        for other in ranked[1:]:
            if other.lang.split("-")[0] == hint:
                return hint, round(float(other.prob), 4)
    return lang, round(float(best.prob), 4)
