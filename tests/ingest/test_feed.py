"""RSS and Atom feeds: one article per item, HTML stripped, broken feeds reported."""

from datetime import date

import pytest

from marsad.errors import InputError
from marsad.ingest import read, read_bytes
from marsad.ingest.feed import html_to_text, looks_like_feed, read_feed
from marsad.ingest.jsonfmt import url_id

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>وكالة الأنباء التجريبية</title>
  <link>https://news.example.org/</link>
  <description>آخر الأخبار السياسية</description>
  <language>ar</language>
  <item>
    <title>البرلمان العراقي يصوت على قانون الموازنة</title>
    <link>https://news.example.org/iraq/budget</link>
    <guid isPermaLink="false">item-1001</guid>
    <pubDate>Sun, 24 Sep 2017 21:15:00 +0300</pubDate>
    <dc:creator>أحمد الجبوري</dc:creator>
    <description>صوت مجلس النواب العراقي مساء الأحد على قانون الموازنة.</description>
    <content:encoded><![CDATA[<p>صوت مجلس النواب العراقي مساء الأحد على قانون الموازنة العامة
      بعد جلسة <b>طويلة</b> استمرت ساعات.</p><p>وقال رئيس المجلس إن القانون يلبي مطالب المحافظات.</p>
      <script>track("x")</script>]]></content:encoded>
  </item>
  <item>
    <title>وزير الخارجية المصري يزور عمان</title>
    <link>https://news.example.org/egypt/amman</link>
    <pubDate>Mon, 25 Sep 2017 08:00:00 +0000</pubDate>
    <description>&lt;p&gt;وصل وزير الخارجية المصري إلى العاصمة الأردنية عمان في زيارة رسمية.&lt;/p&gt;</description>
  </item>
  <item>
    <title>صورة اليوم</title>
    <link>https://news.example.org/photo</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>مرصد الأخبار</title>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <updated>2024-05-02T10:00:00Z</updated>
  <entry>
    <title type="html">احتجاجات في الخرطوم على غلاء الأسعار</title>
    <link rel="alternate" href="https://atom.example.net/sudan/protest"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-05-01T23:30:00-02:00</published>
    <updated>2024-05-02T09:00:00Z</updated>
    <author><name>منى عثمان</name></author>
    <summary>خرج مئات المحتجين في الخرطوم.</summary>
    <content type="html">&lt;p&gt;خرج مئات المحتجين إلى شوارع الخرطوم احتجاجا على غلاء الأسعار.&lt;/p&gt;
      &lt;p&gt;وأغلقت الشرطة الطرق المؤدية إلى القصر.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>بيان من الأمم المتحدة</title>
    <id>tag:atom.example.net,2024:entry-2</id>
    <updated>2024-05-02T10:00:00Z</updated>
    <summary>دعت الأمم المتحدة إلى ضبط النفس.</summary>
  </entry>
</feed>
"""


def test_rss_items_become_articles(errors):
    articles = list(read_feed(RSS, "news.rss", errors))
    assert len(articles) == 2
    first, second = articles
    assert first.title == "البرلمان العراقي يصوت على قانون الموازنة"
    assert first.url == "https://news.example.org/iraq/budget"
    assert first.id == url_id(first.url)
    assert first.published == date(2017, 9, 24)  # the local date, not the UTC one
    assert first.author == "أحمد الجبوري"
    assert first.source == "وكالة الأنباء التجريبية"
    assert first.origin == "news.rss"
    # the full content wins over the summary; tags and scripts are gone, paragraphs kept
    assert first.text == ("صوت مجلس النواب العراقي مساء الأحد على قانون الموازنة العامة "
                          "بعد جلسة طويلة استمرت ساعات.\n"
                          "وقال رئيس المجلس إن القانون يلبي مطالب المحافظات.")
    assert second.text == "وصل وزير الخارجية المصري إلى العاصمة الأردنية عمان في زيارة رسمية."
    assert second.published == date(2017, 9, 25)
    # the photo item has no text: reported, not an article
    assert errors.messages == ["news.rss: item 3: no text (no content and no summary)"]


def test_atom_entries_become_articles(errors):
    first, second = read_feed(ATOM, "feed.atom", errors)
    assert errors == []
    assert first.title == "احتجاجات في الخرطوم على غلاء الأسعار"
    assert first.url == "https://atom.example.net/sudan/protest"
    assert first.published == date(2024, 5, 1)  # published, not updated; its own zone
    assert first.author == "منى عثمان"
    assert first.text == ("خرج مئات المحتجين إلى شوارع الخرطوم احتجاجا على غلاء الأسعار.\n"
                          "وأغلقت الشرطة الطرق المؤدية إلى القصر.")
    assert first.source == "مرصد الأخبار"
    # no link: the id comes from the entry id; no published: the updated date
    assert second.url is None
    assert second.id == url_id("tag:atom.example.net,2024:entry-2")
    assert second.published == date(2024, 5, 2)


def test_read_detects_feeds_by_content(tmp_path, errors):
    (tmp_path / "rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "b.xml").write_text(ATOM, encoding="utf-8")
    articles = list(read(tmp_path / "rss", tmp_path / "b.xml", on_error=errors))
    assert [a.url for a in articles] == [
        "https://news.example.org/iraq/budget", "https://news.example.org/egypt/amman",
        "https://atom.example.net/sudan/protest", None]
    assert len(errors) == 1  # the photo item


def test_malformed_feed_keeps_items_read_before_the_damage(errors):
    broken = RSS.replace("</channel>\n</rss>", "<item><title>خبر</title><description>نص")
    articles = list(read_bytes(broken.encode("utf-8"), "cut.rss", on_error=errors))
    assert [a.url for a in articles][:2] == ["https://news.example.org/iraq/budget",
                                             "https://news.example.org/egypt/amman"]
    [damage] = [e for e in errors if "malformed feed" in e.reason]
    assert damage.path == "cut.rss"


def test_garbage_that_starts_like_a_feed_is_a_clear_error():
    with pytest.raises(InputError, match=r"^x.rss: malformed feed"):
        list(read_feed("<rss><<<&&& not xml at all", "x.rss", lambda e: None))


@pytest.mark.parametrize("text, expected", [
    (RSS, True), (ATOM, True),
    ('<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x">', True),
    ('<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss>', True),
    ("<html><body>", False),
    ("<?xml version='1.0'?><kml>", False),
])
def test_looks_like_feed(text, expected):
    assert looks_like_feed(text) is expected


def test_html_to_text_keeps_paragraphs_and_entities():
    assert html_to_text("<p>الأول&nbsp;هنا</p><p>الثاني <a href='#'>رابط</a></p>") == \
        "الأول هنا\nالثاني رابط"
    assert html_to_text("نص عادي بلا وسوم") == "نص عادي بلا وسوم"


def test_other_xml_is_not_taken_for_an_article(tmp_path, errors):
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://news.example.org/1'
        "</loc></url></urlset>", encoding="utf-8")
    assert list(read(tmp_path, on_error=errors)) == []
    assert errors.messages == [f"{tmp_path / 'sitemap.xml'}: XML that is neither an HTML page "
                               "nor an RSS or Atom feed"]
