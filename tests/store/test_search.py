"""Full-text search over normalised Arabic, on SQLite (FTS5) and PostgreSQL (tsvector)."""

import pytest
from sqlalchemy import inspect

from marsad.model import Article
from marsad.store import QueryError, Store
from marsad.store.search import article_body, index_terms, query_terms
from sample_data import all_articles


def test_index_terms_add_each_word_without_its_proclitics():
    terms = index_terms(article_body("", "زار وفدٌ بالولايات المتحدة وأمريكا"))
    # every reading is kept (وفد also as فد): a search word matches any of them
    assert terms.split() == ["زار", "وفد", "فد", "بالولايات", "ولايات", "الولايات", "المتحده",
                             "متحده", "وامريكا", "امريكا"]


def test_query_terms_are_normalised_distinct_words():
    assert query_terms("أمريكا، إيران! أَمريكا") == ["امريكا", "ايران"]
    assert query_terms(" ، ؟ ") == []


def save(store, *articles):
    for article in articles:
        store.save(article, [])


ARTICLES = [
    Article(id="us-1", title="زيارة إلى أمريكا",
            text="وصل وزير الخارجية العراقي إلى واشنطن في زيارة رسمية."),
    Article(id="us-2", title="محادثات",
            text="قال المتحدث إن العلاقات بين العراق وأمريكا تمر بمرحلة جديدة."),
    Article(id="ir-3", title="طهران", text="أعلنت إيران إجراء مناورات بحرية في الخليج."),
    Article(id="ed-4", title="مدرسة", text="افتُتحت مَدْرَسَةٌ جديدة في الموصل."),
]


def test_search_finds_normalised_words_with_proclitics(store):
    save(store, *ARTICLES)
    assert {hit["id"] for hit in store.search_articles("امريكا")} == {"us-1", "us-2"}
    assert [hit["id"] for hit in store.search_articles("ايران")] == ["ir-3"]  # إيران
    assert [hit["id"] for hit in store.search_articles("مدرسة")] == ["ed-4"]  # diacritics, ة
    assert [hit["id"] for hit in store.search_articles("العراق")] == ["us-2"]  # not العراقي


def test_every_word_of_the_query_must_match(store):
    save(store, *ARTICLES)
    assert [hit["id"] for hit in store.search_articles("أمريكا واشنطن")] == ["us-1"]
    assert store.search_articles("أمريكا طهران") == []


def test_search_results_carry_the_article_fields(store):
    article, events = all_articles()[0]
    store.save(article, events)
    assert store.search_articles("دير الزور") == [{
        "id": "sy-001", "title": article.title, "published": "2017-09-25",
        "source": article.source, "url": article.url}]


def test_best_match_first_then_limit_and_offset(store):
    save(store, Article(id="a", text="غزة " + "خبر " * 30),
         Article(id="b", text="غزة غزة غزة غزة في غزة"),
         Article(id="c", text="لا شيء هنا"))
    assert [hit["id"] for hit in store.search_articles("غزة")] == ["b", "a"]
    assert [hit["id"] for hit in store.search_articles("غزة", limit=1)] == ["b"]
    assert [hit["id"] for hit in store.search_articles("غزة", limit=5, offset=1)] == ["a"]


def test_resaving_replaces_the_indexed_text(store):
    save(store, ARTICLES[2])
    save(store, Article(id="ir-3", text="خبر مصحح عن العراق"))
    assert store.search_articles("إيران") == []
    assert [hit["id"] for hit in store.search_articles("العراق")] == ["ir-3"]


@pytest.mark.parametrize("query", ['"', "'", "a OR b", "NEAR(x y)", "*", "غزة:*", "!&|"])
def test_query_syntax_characters_are_plain_text(store, query):
    save(store, *ARTICLES)
    assert store.search_articles(query) == []


def test_empty_query_finds_nothing_and_negative_limit_is_an_error(store):
    save(store, *ARTICLES)
    assert store.search_articles("") == []
    with pytest.raises(QueryError):
        store.search_articles("امريكا", limit=-1)


def test_each_backend_uses_its_own_index(store):
    tables = set(inspect(store.engine).get_table_names())
    if store.engine.dialect.name == "sqlite":
        assert {"article_fts", "article_fts_docs"} <= tables
    else:
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("article_fts")}
        assert {"ix_article_fts_terms", "ix_article_fts_body"} <= indexes


def test_search_command_prints_id_date_and_title(db_url):
    from click.testing import CliRunner

    from marsad.cli import main

    with Store(db_url) as store:
        save(store, *ARTICLES)
    result = CliRunner().invoke(main, ["search", "--db", db_url, "أمريكا", "واشنطن"])
    assert result.exit_code == 0, result.output
    assert result.output == "us-1\t\tزيارة إلى أمريكا\n"
