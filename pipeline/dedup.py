"""Exact and near-duplicate detection: MinHash signatures and a disk-backed LSH (datasketch)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from functools import lru_cache

# The signature scheme. Stored beside each signature, so a change here makes export recompute
# old signatures instead of comparing incompatible ones.
NUM_PERM = 128
SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0: 32-bit hash values
SHINGLE_WORDS = 3
# crc32 is a stable 32-bit hash in C: 10x faster than datasketch's default sha1 per shingle
SHINGLE_HASH = zlib.crc32
SIGNATURE_SCHEME = f"minhash-{MINHASH_SCHEME}-crc32-p{NUM_PERM}-s{SEED}-w{SHINGLE_WORDS}"
DEFAULT_THRESHOLD = 0.8

WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    """The lower-cased words of a text, in order (what shingles are made of)."""
    return WORD.findall(text.lower())


def _grams(words: list[str]):
    """The word n-grams of a word list as strings, repeats included (a lone short text: one)."""
    if len(words) <= SHINGLE_WORDS:
        return iter([" ".join(words)] if words else [])
    return map(" ".join, zip(*(words[i:] for i in range(SHINGLE_WORDS))))


def shingles(text: str) -> set[bytes]:
    """Lower-cased word n-grams of a text, as UTF-8 bytes (what MinHash hashes)."""
    return {g.encode() for g in _grams(_words(text))}


def signature(text: str | None) -> bytes | None:
    """The MinHash signature of a text as bytes (uint32 little-endian), None for no text.

    The same values as datasketch's MinHash(scheme="affine32", seed=SEED, hashfunc=crc32), which
    a test checks, computed with numpy alone: importing datasketch pulls in scipy for its LSH,
    ~60 MB in every cleaning worker that only signs pages (issue 9).
    """
    return words_signature(_words(text or ""))


def words_signature(words: list[str]) -> bytes | None:
    """`signature` of a text from its lower-cased words (WORD's matches), when a caller has them."""
    import numpy as np

    # Repeated shingles are hashed again rather than collected in a set: the minimum is the
    # same, and chained C-level maps cost half of building the set (issue 9).
    hashes = np.fromiter(map(SHINGLE_HASH, map(str.encode, _grams(words))), dtype=np.uint32)
    if not hashes.size:
        return None
    a, b = _permutations()
    # One row per permutation, one column per shingle: the minimum runs along rows, 30% faster
    # than down columns. uint32 arithmetic wraps: mod 2**32, as datasketch.
    permuted = a.reshape(-1, 1) * _fmix32(hashes)
    permuted += b.reshape(-1, 1)
    return permuted.min(axis=1).astype("<u4").tobytes()


@lru_cache(maxsize=1)
def _permutations():
    """The seed's affine permutations (odd a, any b, mod 2**32), drawn as datasketch draws them."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv):
    """MurmurHash3's 32-bit finalizer, which datasketch applies before permuting."""
    import numpy as np

    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _to_bytes(hashvalues) -> bytes:
    import numpy as np

    return np.asarray(hashvalues, dtype="<u4").tobytes()


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


_UNSIGNED = object()


def signature_row(url: str, content_hash: str | None, text: str | None, minhash=_UNSIGNED) -> dict:
    """The article_signatures row for one article; minhash: its signature when already made."""
    return {"url": url, "content_hash": content_hash, "scheme": SIGNATURE_SCHEME,
            "minhash": signature(text) if minhash is _UNSIGNED else minhash}


class ExactDedup:
    """Drops rows whose content hash was seen before (keeps the first, i.e. earliest, copy)."""

    def __init__(self):
        self._seen: set[bytes] = set()

    def is_duplicate(self, content_hash: str | None) -> bool:
        """True if this hash was seen; records it otherwise. No hash never counts as a duplicate."""
        if not content_hash:
            return False
        # 16 bytes of the digest are plenty to tell articles apart and halve the set's memory
        key = hashlib.blake2b(content_hash.encode(), digest_size=16).digest()
        if key in self._seen:
            return True
        self._seen.add(key)
        return False


def _band_hash(band: bytes) -> int:
    """LSH band key: a signed 64-bit int, so buckets index compactly in SQLite."""
    return int.from_bytes(hashlib.blake2b(band, digest_size=8).digest(), "little", signed=True)


def _disk_lsh_class():
    """MinHashLSH with its buckets in SQLite (built lazily: importing datasketch takes 0.7 s)."""
    from datasketch import MinHashLSH

    class DiskMinHashLSH(MinHashLSH):
        """datasketch's MinHashLSH (its band and row counts for the threshold), buckets on disk.

        query() and insert() are its own: one SQL statement each over a table of
        (band, band hash, key) rows instead of one dict per band, and bands are hashed
        straight from stored signature bytes.
        """

        def __init__(self, threshold: float, conn: sqlite3.Connection):
            try:
                super().__init__(threshold=threshold, num_perm=NUM_PERM, hashfunc=_band_hash)
            except ValueError:
                # thresholds near 1 make one band optimal, which datasketch refuses; two bands
                # only add candidates, and every candidate is confirmed by its similarity
                super().__init__(num_perm=NUM_PERM, params=(2, NUM_PERM // 2), hashfunc=_band_hash)
            self.conn = conn
            self.hashtables = []  # unused: the buckets table replaces them
            # one indexed lookup per band (a row-value IN list would scan the table)
            self._select = " union ".join(["select key from buckets where band = ? and h = ?"] * self.b)

        def bands(self, blob: bytes) -> list[tuple[int, int]]:
            """(band number, band hash) of a stored signature, straight from its bytes."""
            return [(i, _band_hash(blob[start * 4:end * 4]))
                    for i, (start, end) in enumerate(self.hashranges)]

        def query(self, minhash, bands=None) -> list[int]:
            bands = bands or self.bands(_to_bytes(minhash.hashvalues))
            return [r[0] for r in self.conn.execute(self._select, [v for pair in bands for v in pair])]

        def insert(self, key, minhash, check_duplication: bool = False, bands=None) -> None:
            bands = bands or self.bands(_to_bytes(minhash.hashvalues))
            self.conn.executemany("insert into buckets values (?, ?, ?)", [(b, h, key) for b, h in bands])

    return DiskMinHashLSH


class NearDedup:
    """Streaming near-duplicate filter: MinHash LSH (datasketch) whose buckets live on disk.

    Rows must arrive in keep-order (earliest first): a row is a duplicate when an already kept
    row's signature is at least `threshold` similar. Buckets and kept signatures sit in a private
    temporary SQLite file, so memory stays flat however many rows are kept (datasketch's
    in-memory index grows by ~3.5 kB per row: 175 MB for 50k).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        # "" = a private on-disk temporary database, deleted on close
        self.conn = sqlite3.connect("", isolation_level=None)
        for pragma in ("cache_size = -65536", "journal_mode = off", "synchronous = off"):
            self.conn.execute(f"pragma {pragma}")
        self.conn.execute("create table buckets (band integer, h integer, key integer, "
                          "primary key (band, h, key)) without rowid")
        self.conn.execute("create table kept (key integer primary key, minhash blob)")
        self.conn.execute("begin")
        self.lsh = _disk_lsh_class()(threshold, self.conn)
        self._next_key = 0

    def is_duplicate(self, blob: bytes | None) -> bool:
        """True if a kept row is near-identical; otherwise keeps this one. No signature: never."""
        if blob is None:
            return False
        bands = self.lsh.bands(blob)
        for key in self.lsh.query(None, bands):
            (other,) = self.conn.execute("select minhash from kept where key = ?", (key,)).fetchone()
            # LSH candidates are probable matches only: confirm with the signatures' similarity
            if jaccard(blob, other) >= self.threshold:
                return True
        key = self._next_key
        self._next_key += 1
        self.conn.execute("insert into kept values (?, ?)", (key, blob))
        self.lsh.insert(key, None, bands=bands)
        return False

    def close(self) -> None:
        """Drop the temporary index."""
        if self.conn.in_transaction:
            self.conn.execute("rollback")
        self.conn.close()

