"""HTML article pages: main text without boxes, metadata, detection by content, no article."""

from datetime import date

import pytest

from marsad.errors import InputError
from marsad.ingest import read, read_bytes
from marsad.ingest.html import html_to_article, looks_like_html
from marsad.ingest.jsonfmt import url_id

PARAGRAPHS = (
    "اندلعت اشتباكات عنيفة صباح الثلاثاء بين فصيلين مسلحين في العاصمة الليبية طرابلس، "
    "وسمع دوي انفجارات في عدة أحياء جنوبية.",
    "وقال شهود عيان إن المواجهات استمرت ساعات قبل أن تتدخل وحدات من وزارة الداخلية "
    "لفصل الطرفين، فيما أغلقت المدارس أبوابها.",
    "ودعت البعثة الأممية إلى وقف فوري لإطلاق النار وحثت الأطراف على الحوار لتجنيب "
    "المدنيين ويلات القتال.",
)
NAV = ("الرئيسية", "سياسة", "اقتصاد", "رياضة")
RELATED = "وزير الخارجية يستقبل نظيره التركي في أنقرة"
COMMENT = "تعليق من قارئ: نتمنى أن يعود السلام إلى ليبيا قريبا جدا"
FOOTER = "جميع الحقوق محفوظة لموقع الأخبار"


def article_page(head_extra="", paragraphs=PARAGRAPHS, byline=""):
    nav = "".join(f'<li><a href="/{n}">{word}</a></li>' for n, word in enumerate(NAV))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>اشتباكات في طرابلس | موقع الأخبار</title>{head_extra}</head>
<body>
<header><nav class="menu"><ul>{nav}</ul></nav></header>
<main>
<article>
<h1>اشتباكات بين فصيلين مسلحين في طرابلس</h1>
{byline}
{body}
</article>
<aside class="related-articles"><h3>أخبار ذات صلة</h3>
<ul><li><a href="/a">{RELATED}</a></li><li><a href="/b">ارتفاع أسعار النفط في الأسواق</a></li></ul>
</aside>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>{COMMENT}</p></div></section>
</main>
<footer><p>{FOOTER}</p></footer>
</body></html>"""


META = """
<meta name="author" content="سارة الحسيني">
<meta property="article:published_time" content="2024-03-12T09:30:00+03:00">
<link rel="canonical" href="https://news.example.org/2024/03/12/tripoli">"""


def test_main_text_without_navigation_related_and_comments():
    article = html_to_article(article_page(META), "page.html")
    assert article.text == "\n".join(PARAGRAPHS)
    for box in (*NAV, RELATED, COMMENT, FOOTER):
        assert box not in article.text


def test_metadata_title_author_date_and_canonical_url():
    article = html_to_article(article_page(META), "page.html", "page")
    assert article.title == "اشتباكات بين فصيلين مسلحين في طرابلس"
    assert article.author == "سارة الحسيني"
    assert article.published == date(2024, 3, 12)
    assert article.url == "https://news.example.org/2024/03/12/tripoli"
    assert article.id == url_id(article.url)  # the same id a feed item or a fetch gives
    assert article.origin == "page.html"


def test_visible_arabic_date_is_read_when_there_is_no_meta_date():
    byline = '<p class="date">نشر في 24 سبتمبر 2017</p>'
    article = html_to_article(article_page(byline=byline), "page.html", "page")
    assert article.published == date(2017, 9, 24)


def test_without_url_the_fallback_id_is_used():
    article = html_to_article(article_page(), "folder/page.html", "page")
    assert article.id == "page"
    assert article.url is None


def test_given_url_wins_over_nothing_and_names_the_id():
    article = html_to_article(article_page(), "x", url="https://site.example/news/1")
    assert article.url == "https://site.example/news/1"
    assert article.id == url_id("https://site.example/news/1")


def test_page_without_article_is_an_input_error():
    home = ("<!DOCTYPE html><html lang='ar'><head><title>الرئيسية</title></head><body>"
            "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/p'>سياسة</a></li>"
            "<li><a href='/s'>رياضة</a></li></ul></nav><footer>جميع الحقوق محفوظة</footer>"
            "</body></html>")
    with pytest.raises(InputError, match="no article text") as caught:
        html_to_article(home, "home.html")
    assert caught.value.path == "home.html"


def test_empty_html_document_is_no_article_text():
    with pytest.raises(InputError, match="no article text"):
        html_to_article("<html><body></body></html>", "empty.html")


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html>", True),
    ("\n  <!doctype HTML>\n<html>", True),
    ("<html lang='ar'>", True),
    ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>', True),
    ("<!-- saved page -->\n<html>", True),
    ("<head><meta charset='utf-8'></head><body>", True),
    ("<header>عنوان</header>", False),
    ("<rss version='2.0'>", False),
    ("عنوان الخبر\nنص الخبر", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_read_detects_html_by_content_whatever_the_name(tmp_path, errors):
    path = tmp_path / "story-17"  # no extension at all
    path.write_text(article_page(META), encoding="utf-8")
    [article] = read(path, on_error=errors)
    assert errors == []
    assert article.text.startswith("اندلعت اشتباكات")
    assert article.origin == str(path)


def test_folder_walk_reads_html_files_and_reports_a_page_without_article(tmp_path, errors):
    (tmp_path / "a.html").write_text(article_page(), encoding="utf-8")
    (tmp_path / "b.htm").write_text("<!DOCTYPE html><html><body><nav>الرئيسية</nav></body></html>",
                                    encoding="utf-8")
    articles = list(read(tmp_path, on_error=errors))
    assert [a.id for a in articles] == ["a"]
    assert errors.messages == [f"{tmp_path / 'b.htm'}: no article text"]


def test_windows_1256_page_is_decoded():
    data = article_page().replace('<meta charset="utf-8">', "").encode("cp1256")
    [article] = read_bytes(data, "old.html")
    assert article.text == "\n".join(PARAGRAPHS)


NEWS_SITE_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الجيش السوداني يعلن السيطرة على جسر استراتيجي | الجريدة</title>
<meta property="og:title" content="الجيش السوداني يعلن السيطرة على جسر استراتيجي">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"الجيش السوداني يعلن السيطرة على جسر استراتيجي","datePublished":"2023-11-08T14:05:00+02:00","author":{"@type":"Person","name":"خالد عبد الرحمن"}}</script>
</head><body>
<div class="topbar"><a href="/login">تسجيل الدخول</a> | <span>الأربعاء 8 نوفمبر 2023</span></div>
<header><div class="logo">الجريدة</div><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sudan">السودان</a></li><li><a href="/arab">عربي</a></li><li><a href="/intl">دولي</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/sudan">السودان</a></div>
<div class="container"><div class="main-col">
<article class="story">
<h1 class="story-title">الجيش السوداني يعلن السيطرة على جسر استراتيجي</h1>
<div class="story-meta"><span class="byline">كتب: خالد عبد الرحمن</span> <time datetime="2023-11-08T14:05:00+02:00">8 نوفمبر 2023</time></div>
<div class="share"><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
<div class="story-body">
<p>أعلن الجيش السوداني، الأربعاء، أنه استعاد السيطرة على جسر شمبات الذي يربط مدينتي الخرطوم بحري وأم درمان، بعد معارك مع قوات الدعم السريع استمرت أياما.</p>
<div class="read-also"><h4>اقرأ أيضا</h4><ul><li><a href="/x1">مجلس الأمن يناقش الوضع الإنساني في دارفور</a></li><li><a href="/x2">تراجع الجنيه السوداني أمام الدولار</a></li></ul></div>
<p>وقال المتحدث باسم الجيش في بيان إن القوات كبدت المهاجمين خسائر كبيرة في الأرواح والعتاد، ولم يصدر تعليق فوري من قوات الدعم السريع.</p>
<p>ويشهد السودان منذ أبريل الماضي حربا بين الجيش وقوات الدعم السريع أودت بحياة الآلاف وأجبرت الملايين على النزوح.</p>
</div>
<div class="tags"><a href="/tag/1">الجيش السوداني</a><a href="/tag/2">الدعم السريع</a></div>
</article>
<section class="comments"><h3>تعليقات القراء (2)</h3><ul><li><b>محمد</b>: ربنا يحفظ السودان وأهله من كل شر.</li><li><b>أمل</b>: متى تنتهي هذه الحرب؟ الناس تعبت من النزوح.</li></ul>
<form><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form></section>
</div>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="/m1">ارتفاع أسعار الذهب في الأسواق المحلية اليوم</a></li><li><a href="/m2">نتائج مباريات الدوري المصري الممتاز</a></li></ol>
<div class="newsletter">اشترك في النشرة البريدية ليصلك كل جديد</div></aside></div>
<footer><p>جميع الحقوق محفوظة © الجريدة 2023</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>
</body></html>"""


def test_news_site_layout_with_json_ld_read_also_box_tags_sidebar_and_comments():
    article = html_to_article(NEWS_SITE_PAGE, "sudan.html", "sudan")
    assert article.title == "الجيش السوداني يعلن السيطرة على جسر استراتيجي"
    assert article.author == "خالد عبد الرحمن"
    assert article.published == date(2023, 11, 8)
    lines = article.text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("أعلن الجيش السوداني، الأربعاء، أنه استعاد السيطرة على جسر شمبات")
    assert lines[2].endswith("وأجبرت الملايين على النزوح.")
    for box in ("اقرأ أيضا", "مجلس الأمن يناقش", "فيسبوك", "الأكثر قراءة", "أسعار الذهب",
                "تعليقات القراء", "ربنا يحفظ السودان", "النشرة البريدية", "جميع الحقوق",
                "تسجيل الدخول", "كتب:"):
        assert box not in article.text
