"""Near-duplicate articles: the same agency story on several sites is linked, not dropped."""

from datetime import date
from pathlib import Path

from marsad.duplicates import (
    THRESHOLD, Doc, find_canonicals, from_bytes, shingles, signature, to_bytes, words,
)

# One agency story as the agency wrote it (agency.txt) and as two sites re-ran it: site_a.txt with
# another dateline, a word changed and the last sentence cut; site_b.txt with diacritics and a
# sentence added. other.txt is another story on the same topic with the same actors.
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "duplicates"
AGENCY, SITE_A, SITE_B, OTHER = (
    (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").strip()
    for name in ("agency", "site_a", "site_b", "other"))


def test_words_are_normalised_without_punctuation():
    assert words("قالت الوزارةُ: «الهجوم» فشل، أمس.") == ["قالت", "الوزاره", "الهجوم", "فشل", "امس"]


def test_shingles_are_normalised_word_trigrams():
    assert shingles("شنّت الطائرات غاراتٍ جويّة") == {"شنت الطائرات غارات", "الطائرات غارات جويه"}
    assert shingles("غارات جوية") == {"غارات جويه"}
    assert shingles("") == set()


def test_agency_story_with_small_edits_is_similar_and_another_story_is_not():
    agency = signature(AGENCY)
    assert agency.jaccard(signature(SITE_A)) >= THRESHOLD
    assert agency.jaccard(signature(SITE_B)) >= THRESHOLD
    assert agency.jaccard(signature(OTHER)) < 0.2


def test_signature_survives_bytes():
    minhash = signature(AGENCY)
    assert from_bytes(to_bytes(minhash)).jaccard(minhash) == 1.0


def test_canonical_is_the_earliest_published_then_the_smallest_id():
    docs = [Doc("site-b", SITE_B, date(2017, 9, 24)), Doc("site-a", SITE_A, date(2017, 9, 25)),
            Doc("agency", AGENCY, date(2017, 9, 24)), Doc("other", OTHER, date(2017, 9, 23))]
    assert find_canonicals(docs) == {"site-b": "agency", "site-a": "agency",
                                     "agency": "agency", "other": "other"}


def test_undated_articles_come_after_dated_ones():
    docs = [Doc("a", AGENCY, None), Doc("b", SITE_B, date(2017, 9, 26))]
    assert find_canonicals(docs) == {"a": "b", "b": "b"}


def test_signature_values_are_datasketchs_default_hashing():
    """Stored signatures must not change: the fast hashing gives datasketch's own values."""
    from datasketch import MinHash

    from marsad.duplicates import NUM_PERM, SCHEME, SEED

    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    reference.update_batch([s.encode("utf-8") for s in shingles(SITE_B)])
    assert list(signature(SITE_B).hashvalues) == list(reference.hashvalues)


def test_normalised_words_of_a_whole_text_are_those_of_its_words():
    text = "قالت الوزارةُ: «الهجوم» فشل، أمس.\nوأكّد المتحدث أن ٣ مسلحين قُتلوا"
    assert words(text) == [w for token in text.split() for w in words(token)]
