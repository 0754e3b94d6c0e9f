"""One shared stopword set: trafilatura and jusText use it as they would their own copies."""

from __future__ import annotations

import justext.core
import trafilatura.external
from justext.utils import get_stoplist, get_stoplists

from pipeline.stoplists import all_stopwords, share_stopwords


def test_the_shared_set_holds_every_stoplist_lower_cased():
    words = all_stopwords()
    assert {w.lower() for w in get_stoplist("English")} <= words
    assert {w.lower() for w in get_stoplist("German")} <= words
    assert len(words) == len({w.lower() for lang in get_stoplists() for w in get_stoplist(lang)})


def test_trafilatura_and_justext_read_the_shared_set_instead_of_copies():
    share_stopwords()
    share_stopwords()  # twice: still one wrapper, not a chain of them
    words = all_stopwords()
    assert trafilatura.external.JT_STOPLIST is words
    assert justext.core.define_stoplist(words) is words
    # any other stoplist still goes through jusText's own lower-casing
    assert justext.core.define_stoplist(("The", "And")) == frozenset({"the", "and"})
    assert getattr(justext.core.define_stoplist, "shares") is words
