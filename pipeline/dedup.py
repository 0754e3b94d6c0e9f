"""Exact and near-duplicate detection: MinHash signatures (datasketch) and a disk-backed LSH."""

from __future__ import annotations

import hashlib
import re
import sqlite3

# The signature scheme. Stored beside each signature, so a change here makes export recompute
# old signatures instead of comparing incompatible ones.
NUM_PERM = 128
SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0: 32-bit hash values
SHINGLE_WORDS = 3
SIGNATURE_SCHEME = f"minhash-{MINHASH_SCHEME}-p{NUM_PERM}-s{SEED}-w{SHINGLE_WORDS}"
DEFAULT_THRESHOLD = 0.8

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    """Lower-cased word n-grams of a text, as UTF-8 bytes (what MinHash hashes)."""
    words = WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str | None) -> bytes | None:
    """The MinHash signature of a text as bytes (uint32 little-endian), None for no text."""
    from datasketch import MinHash

    grams = shingles(text or "")
    if not grams:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=MINHASH_SCHEME)
    m.update_batch(list(grams))
    return _to_bytes(m.hashvalues)


def _to_bytes(hashvalues) -> bytes:
    import numpy as np

    return np.asarray(hashvalues, dtype="<u4").tobytes()


def minhash(blob: bytes):
    """A datasketch LeanMinHash from stored signature bytes (no permutations to rebuild)."""
    import numpy as np
    from datasketch import LeanMinHash

    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype="<u4"), scheme=MINHASH_SCHEME)


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


def signature_row(url: str, content_hash: str | None, text: str | None) -> dict:
    """The article_signatures row for one article."""
    return {"url": url, "content_hash": content_hash, "scheme": SIGNATURE_SCHEME,
            "minhash": signature(text)}


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


def _sqlite_storage_classes():
    """datasketch storage backends over one SQLite connection (built lazily: datasketch is heavy)."""
    from datasketch.storage import OrderedStorage, UnorderedStorage

    class BandBuckets(UnorderedStorage):
        """One LSH hash table (band) as rows of a temporary SQLite table."""

        def __init__(self, conn: sqlite3.Connection, band: int):
            self.conn, self.band = conn, band

        def get(self, key):
            rows = self.conn.execute("select key from buckets where band = ? and h = ?", (self.band, key))
            return {r[0] for r in rows}

        def insert(self, key, *vals, **kwargs):
            self.conn.executemany("insert into buckets values (?, ?, ?)", ((self.band, key, v) for v in vals))

        def keys(self):
            return [r[0] for r in self.conn.execute("select distinct h from buckets where band = ?", (self.band,))]

        def remove(self, *keys, **kwargs):
            raise NotImplementedError("export never removes from the index")

        def remove_val(self, key, val, **kwargs):
            raise NotImplementedError("export never removes from the index")

        def size(self):
            return len(self.keys())

        def itemcounts(self, **kwargs):
            return dict(self.conn.execute(
                "select h, count(*) from buckets where band = ? group by h", (self.band,)))

        def has_key(self, key):
            return self.conn.execute(
                "select 1 from buckets where band = ? and h = ?", (self.band, key)).fetchone() is not None

    class NoKeys(OrderedStorage):
        """The key -> bands map: only needed to remove keys, which export never does."""

        def keys(self):
            return []

        def get(self, key):
            return []

        def insert(self, key, *vals, **kwargs):
            pass

        def remove(self, *keys, **kwargs):
            raise NotImplementedError("export never removes from the index")

        def remove_val(self, key, val, **kwargs):
            raise NotImplementedError("export never removes from the index")

        def size(self):
            return 0

        def itemcounts(self, **kwargs):
            return {}

        def has_key(self, key):
            return False

    return BandBuckets, NoKeys


class NearDedup:
    """Streaming near-duplicate filter: MinHash LSH (datasketch) whose buckets live on disk.

    Rows must arrive in keep-order (earliest first): a row is a duplicate when an already kept
    row's signature is at least `threshold` similar. Buckets and kept signatures sit in a private
    temporary SQLite file, so memory stays flat however many rows are kept (an in-memory index
    grows by ~3.5 kB per row: 175 MB for 50k).
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        # "" = a private on-disk temporary database, deleted on close
        self.conn = sqlite3.connect("", isolation_level=None)
        self.conn.execute("pragma cache_size = -65536")
        self.conn.execute("pragma journal_mode = off")
        self.conn.execute("pragma synchronous = off")
        self.conn.execute("create table buckets (band integer, h integer, key integer, primary key (band, h, key)) without rowid")
        self.conn.execute("create table kept (key integer primary key, minhash blob)")
        self.conn.execute("begin")
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, hashfunc=_band_hash)
        band_buckets, no_keys = _sqlite_storage_classes()
        self.lsh.hashtables = [band_buckets(self.conn, i) for i in range(self.lsh.b)]
        self.lsh.keys = no_keys()
        self._next_key = 0

    def is_duplicate(self, blob: bytes | None) -> bool:
        """True if a kept row is near-identical; otherwise keeps this one. No signature: never."""
        if blob is None:
            return False
        m = minhash(blob)
        for key in self.lsh.query(m):
            (other,) = self.conn.execute("select minhash from kept where key = ?", (key,)).fetchone()
            # LSH candidates are probable matches only: confirm with the signatures' similarity
            if jaccard(blob, other) >= self.threshold:
                return True
        key = self._next_key
        self._next_key += 1
        self.conn.execute("insert into kept values (?, ?)", (key, blob))
        self.lsh.insert(key, m, check_duplication=False)
        return False

    def close(self) -> None:
        """Drop the temporary index."""
        if self.conn.in_transaction:
            self.conn.execute("rollback")
        self.conn.close()

