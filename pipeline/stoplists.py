"""One set of every jusText stopword, shared by trafilatura's rescue, jusText and ours."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def all_stopwords() -> frozenset[str]:
    """Every jusText stoplist, lower-cased, in one set: a page's language is unknown beforehand."""
    from justext.utils import get_stoplist, get_stoplists

    return frozenset(word.lower() for lang in get_stoplists() for word in get_stoplist(lang))


def share_stopwords() -> None:
    """Make trafilatura and jusText read all_stopwords() instead of building copies of their own.

    Left alone, trafilatura keeps every stoplist as a tuple and jusText caches a lower-cased
    frozenset of it (hashing the 300k-word tuple on every call): about 54 MB a cleaning worker,
    twice over what one set needs. The words and their lower-casing are the same, so results are.
    """
    import justext.core
    import trafilatura.external

    words = all_stopwords()
    trafilatura.external.JT_STOPLIST = words
    original = justext.core.define_stoplist
    if getattr(original, "shares", None) is words:
        return

    def define_stoplist(stoplist):
        return stoplist if stoplist is words else original(stoplist)

    define_stoplist.shares = words
    define_stoplist.cache_clear = original.cache_clear  # trafilatura.meta.reset_caches() calls it
    justext.core.define_stoplist = define_stoplist
