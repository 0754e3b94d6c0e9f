"""Language detection: right on common languages, the same on every run, bounded in cost."""

from __future__ import annotations

import functools
import subprocess
import sys
import time

import pytest

from pipeline import language

TEXTS = {
    "en": "The council met on Tuesday evening to discuss the new harbour plan. Residents who had waited "
          "for months finally heard how the money would be spent, and many of them left the meeting "
          "unconvinced that the fishing families would be protected from rising rents and fewer boats.",
    "es": "El ayuntamiento se reunió el martes por la tarde para debatir el nuevo plan del puerto. Los "
          "vecinos, que llevaban meses esperando, escucharon por fin cómo se gastaría el dinero, y muchos "
          "salieron de la reunión sin creer que las familias de pescadores estarían protegidas.",
    "fr": "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau projet du port. Les "
          "habitants, qui attendaient depuis des mois, ont enfin appris comment l'argent serait dépensé, "
          "et beaucoup sont repartis sans être convaincus que les familles de pêcheurs seraient protégées.",
    "de": "Der Gemeinderat traf sich am Dienstagabend, um den neuen Hafenplan zu besprechen. Die Anwohner, "
          "die monatelang gewartet hatten, erfuhren endlich, wie das Geld ausgegeben werden soll, und viele "
          "verließen die Sitzung, ohne überzeugt zu sein, dass die Fischerfamilien geschützt würden.",
    "pt": "A câmara reuniu-se na terça-feira à noite para discutir o novo plano do porto. Os moradores, que "
          "esperavam há meses, finalmente ouviram como o dinheiro seria gasto, e muitos deixaram a reunião "
          "sem acreditar que as famílias de pescadores seriam protegidas do aumento das rendas.",
    "it": "Il consiglio comunale si è riunito martedì sera per discutere il nuovo piano del porto. I "
          "residenti, che aspettavano da mesi, hanno finalmente saputo come sarebbero stati spesi i soldi, "
          "e molti hanno lasciato la riunione senza essere convinti che le famiglie dei pescatori sarebbero "
          "state protette.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_of_a_paragraph_is_detected(lang):
    got, confidence = language.detect(TEXTS[lang])
    assert got == lang
    assert confidence > 0.8


def test_same_text_gives_the_same_answer_every_time():
    # a mixed text is where an unseeded langdetect flips between answers
    mixed = TEXTS["es"][:120] + " " + TEXTS["pt"][:120]
    answers = {language.detect(mixed) for _ in range(15)}
    assert len(answers) == 1


def test_same_answer_in_a_fresh_process():
    mixed = TEXTS["es"][:120] + " " + TEXTS["pt"][:120]
    code = ("import sys; from pipeline import language; "
            "print(language.detect(sys.stdin.read()))")
    runs = {subprocess.run([sys.executable, "-c", code], input=mixed, capture_output=True, text=True,
                           check=True).stdout for _ in range(2)}
    assert runs == {repr(language.detect(mixed)) + "\n"}


def test_short_text_takes_the_html_lang_hint():
    assert language.detect("Inicio", hint="es-ES") == ("es", 0.5)
    assert language.detect("", hint="fr") == ("fr", 0.5)


def test_malformed_hint_is_ignored():
    assert language.normalise_hint("en_GB") == "en"
    assert language.normalise_hint("x-default!") is None
    assert language.detect(TEXTS["de"], hint="????")[0] == "de"


def test_text_beats_a_wrong_hint_when_long():
    assert language.detect(TEXTS["it"], hint="en")[0] == "it"


def test_long_text_is_sampled_in_bounded_time():
    huge = (TEXTS["fr"] + " ") * 20_000  # about 5 MB
    started = time.perf_counter()
    lang, _ = language.detect(huge)
    assert lang == "fr"
    assert time.perf_counter() - started < 2.0
    assert len(language._sample(huge)) <= language.SAMPLE_CHARS + language.SAMPLE_SLICES


def test_links_and_numbers_do_not_decide():
    noisy = TEXTS["de"] + " https://example.com/a/b/c 2024 2025 3.14 www.example.org/path " * 5
    assert language.detect(noisy)[0] == "de"


def test_no_text_and_no_hint_gives_no_language():
    assert language.detect("   ") == (None, 0.0)


REFERENCE_TEXTS = [
    *TEXTS.values(),
    "NASA and the ESA said on TUESDAY that the probe, launched in 2019, had reached orbit.  Twice\tspaced.",
    "Ünïcödé façade: São Paulo, Zürich, Kraków and Đà Nẵng appear in one sentence.",
    "Привет, мир. ПРИВЕТ СНОВА. 日本語のテキストと 한국어 텍스트, 中文文本.",
    "a",
]


@functools.lru_cache(maxsize=1)
def _langdetect_factory():
    """langdetect's factory loaded its own way, seeded as language.py seeds its own."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def test_sparse_profiles_hold_langdetects_numbers():
    factory = _langdetect_factory()
    language.detect("Ein kurzer deutscher Text, lang genug, um erkannt zu werden, mit vielen Wörtern.")
    profiles = language._PROFILES
    assert profiles.langs == factory.langlist
    assert profiles.index.keys() == factory.word_lang_prob_map.keys()
    for gram in ("a", "th", "the", "ß", " d", "ção", "xyz"):
        if gram in factory.word_lang_prob_map:
            assert profiles.row(gram).tolist() == factory.word_lang_prob_map[gram]


@pytest.mark.parametrize("text", REFERENCE_TEXTS)
def test_fast_path_gives_langdetects_own_probabilities(text):
    # language.py replaces langdetect's character loops (append, n-grams) and its per-language
    # Python loops; the answer must be the one langdetect itself computes, to the last digit.
    from langdetect.detector import Detector

    sample = language._sample(text)
    ours = language._detector(sample)
    reference = _langdetect_factory().create()  # langdetect's own detector and profile table
    reference.n_trial = language.TRIALS
    reference.append(sample)
    assert ours.text == reference.text
    assert [str(p) for p in ours.get_probabilities()] == [str(p) for p in reference.get_probabilities()]
    cleaned = language._detector(sample)
    cleaned.cleaning_text()
    assert language._ngrams(cleaned.text) == Detector._extract_ngrams(cleaned)
