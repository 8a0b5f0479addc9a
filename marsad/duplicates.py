"""Near-duplicate articles: the same agency story on several sites, with small edits.

Each article's normalised words are cut into overlapping word 3-grams (shingles); a MinHash
signature of those sets estimates their Jaccard similarity, and MinHash LSH finds the pairs
above THRESHOLD without comparing every pair. Linked articles form a group whose canonical
article is the earliest published (then the smallest id); duplicates are linked, never dropped.
"""

from __future__ import annotations

import re
from hashlib import sha1
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.arabic import fold

SHINGLE_WORDS = 3  # word 3-grams: short news items still give dozens of shingles
NUM_PERM = 128  # signature length: Jaccard estimates within about ±0.09 (1/sqrt(128))
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
# An agency story re-run with a changed headline, a dropped sentence or a few words swapped
# keeps well over half of its 3-grams; two different stories on the same topic share few
# (names and stock phrases only), far below one half.
THRESHOLD = 0.5
SIGNATURE_DTYPE = np.dtype("<u4")  # affine32 hash values, stored little-endian

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Doc:
    """What duplicate finding needs of an article."""

    id: str
    text: str
    published: date | None = None


def words(text: str) -> list[str]:
    """The normalised words of the text, punctuation left out."""
    return words_of_normalised(fold(text))


def words_of_normalised(normalised: str) -> list[str]:
    """The words of an already normalised text (marsad.arabic.fold), punctuation left out."""
    return _WORD.findall(normalised)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The word `size`-grams of the normalised text (the whole text if it is shorter)."""
    return shingles_of(words(text), size)


def shingles_of(found: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    """The word `size`-grams of a list of normalised words (all of them if it is shorter)."""
    if len(found) <= size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i:i + size]) for i in range(len(found) - size + 1)}


@lru_cache(maxsize=1)
def _permutations():
    # Drawing the 128 permutations from the seed costs more than hashing an article: once only.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> MinHash:
    """The MinHash signature of the text's shingles."""
    return signature_of(words(text))


def signature_of(found: list[str]) -> MinHash:
    """The MinHash signature of the shingles of a list of normalised words (see words)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations(),
                      hashfunc=_already_hashed)
    minhash.update_batch(_sha1_32(shingles_of(found)))
    return minhash


def _sha1_32(items: set[str]) -> list[int]:
    """datasketch's default hash of each item (the first 4 bytes of its UTF-8 SHA-1, read
    little-endian), computed in one pass: stored signatures keep their values, at less cost."""
    digests = b"".join([sha1(item.encode("utf-8")).digest()[:4] for item in items])
    return np.frombuffer(digests, dtype="<u4").tolist()


def _already_hashed(value: int) -> int:
    return value


def article_text(title: str | None, text: str) -> str:
    """The text an article is compared by: its title and body."""
    return f"{title}\n{text}" if title else text


def to_bytes(minhash: MinHash) -> bytes:
    """A signature as bytes, for storing beside the article."""
    return np.asarray(minhash.hashvalues, dtype=SIGNATURE_DTYPE).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A signature stored by to_bytes."""
    values = np.frombuffer(data, dtype=SIGNATURE_DTYPE)
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=values,
                   permutations=_permutations())


def order_key(published: date | None, article_id: str) -> tuple:
    """Canonical order: the earliest published first (undated last), then the smallest id."""
    return (published is None, published or date.min, article_id)


class DuplicateIndex:
    """An in-memory LSH index of signatures, answering "which stored articles is this a copy of".

    It is rebuilt from stored signatures, so it need not persist between runs.
    """

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.signatures

    def add(self, article_id: str, minhash: MinHash) -> None:
        """Index (or re-index) one article."""
        self.discard(article_id)
        self.lsh.insert(article_id, minhash)
        self.signatures[article_id] = minhash

    def discard(self, article_id: str) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
            del self.signatures[article_id]

    def similar(self, minhash: MinHash, exclude: str | None = None) -> list[str]:
        """Indexed ids whose estimated Jaccard similarity reaches THRESHOLD, sorted."""
        # LSH gives candidates; the estimate itself then decides, so the cut is THRESHOLD.
        return sorted(other for other in self.lsh.query(minhash) if other != exclude
                      and self.signatures[other].jaccard(minhash) >= THRESHOLD)


def find_canonicals(docs: Iterable[Doc]) -> dict[str, str]:
    """Every article id mapped to its canonical article id (itself when it has no copies).

    Near-duplicates are joined transitively (A~B and B~C put A, B and C in one group), and a
    group's canonical is its earliest published article, then its smallest id.
    """
    docs = list(docs)
    index = DuplicateIndex()
    for doc in docs:
        index.add(doc.id, signature(doc.text))
    parent = {doc.id: doc.id for doc in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc in docs:
        for other in index.similar(index.signatures[doc.id], exclude=doc.id):
            parent[root(other)] = root(doc.id)
    keys = {doc.id: order_key(doc.published, doc.id) for doc in docs}
    best: dict[str, str] = {}
    for doc in docs:
        r = root(doc.id)
        if r not in best or keys[doc.id] < keys[best[r]]:
            best[r] = doc.id
    return {doc.id: best[root(doc.id)] for doc in docs}
