"""read(): paths, folders, globs, archives, content-based detection and bad input."""

import codecs
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest import read, read_bytes

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
EXAMPLES = ROOT / "examples"

BODY = ("أعلن الجيش الأردني، مساء الجمعة، إحباط محاولة تهريب كميات من المخدرات عبر الحدود مع سوريا.\n\n"
        "وقال مصدر عسكري إن قوات حرس الحدود اشتبكت مع المهربين وأجبرتهم على التراجع.")
TEXT_ARTICLE = "2024-01-20 07:30 ص\n\nالجيش الأردني يحبط محاولة تهريب\n\n2024-01-20\n\n" + BODY + "\n"


def json_article(article_id, text=BODY):
    return json.dumps({"id": article_id, "title": "خبر", "text": text}, ensure_ascii=False)


def write(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_examples_folder_reads_every_format_and_encoding(errors):
    articles = list(read(EXAMPLES, on_error=errors))
    assert errors == []
    assert len(articles) == 9
    by_origin = {Path(a.origin).name: a for a in articles}
    somalia = by_origin["somalia_hiran_mobilisation.cp1256.txt"]
    assert somalia.title.startswith("الجيش الصومالي يحشد قواته")
    assert somalia.published == date(2024, 1, 8)
    yemen = by_origin["yemen_prisoners.utf16.json"]
    assert yemen.id == "example-yemen-prisoners"
    assert yemen.text.startswith("أفرجت الحكومة اليمنية وجماعة الحوثي")
    tunis = by_origin["tunis_protest.txt"]
    assert tunis.fetched == datetime(2023, 11, 26, 21, 5)  # "09:05 م"
    assert all(article.text.strip() and article.title and article.published
               for article in articles)
    # Sorted walk: the array's two records come in their order.
    ids = [a.id for a in articles]
    assert ids.index("example-fashaga-accusation") + 1 == ids.index(
        next(a.id for a in articles if a.url and a.url.endswith("un-tripoli-ceasefire")))


def test_text_format_file_gets_its_stem_as_id(tmp_path):
    [article] = read(write(tmp_path, "017_jordan.txt", TEXT_ARTICLE))
    assert article.id == "017_jordan"
    assert article.fetched == datetime(2024, 1, 20, 7, 30)
    assert article.text == BODY


def test_format_is_found_from_content_not_extension(tmp_path):
    [from_json] = read(write(tmp_path, "really_json.txt", json_article("j1")))
    assert from_json.id == "j1" and from_json.text == BODY
    [from_text] = read(write(tmp_path, "really_text.json.bak", TEXT_ARTICLE))
    assert from_text.title == "الجيش الأردني يحبط محاولة تهريب"
    lines = json_article("l1") + "\n" + json_article("l2") + "\n"
    assert [a.id for a in read(write(tmp_path, "feed.txt", lines))] == ["l1", "l2"]


def test_utf16_and_windows_1256_files(tmp_path):
    [utf16] = read(write(tmp_path, "a.json", codecs.BOM_UTF16_LE + json_article("u").encode("utf-16-le")))
    [cp1256] = read(write(tmp_path, "b.txt", TEXT_ARTICLE.encode("cp1256")))
    assert utf16.text == BODY and cp1256.text == BODY


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.json", json_article("b"))
    write(tmp_path, "a/z.json", json_article("a-z"))
    write(tmp_path, "a/c.txt", TEXT_ARTICLE)
    write(tmp_path, "README.md", "# ملاحظات\nهذا الملف ليس خبراً")
    write(tmp_path, ".hidden.json", json_article("hidden"))
    assert [a.id for a in read(tmp_path)] == ["c", "a-z", "b"]


def test_globs_and_several_paths(tmp_path, errors):
    write(tmp_path, "one.json", json_article("1"))
    write(tmp_path, "two.json", json_article("2"))
    write(tmp_path, "sub/three.json", json_article("3"))
    write(tmp_path, "notes.md", "ليس خبراً")
    assert [a.id for a in read(str(tmp_path / "*.json"))] == ["1", "2"]
    # Matches in path order: sub/three.json sorts between one.json and two.json.
    assert [a.id for a in read(str(tmp_path / "**" / "*.json"))] == ["1", "3", "2"]
    found = list(read(tmp_path / "two.json", str(tmp_path / "nothing*.json"),
                      tmp_path / "one.json", on_error=errors))
    assert [a.id for a in found] == ["2", "1"]
    assert errors.messages == [f"{tmp_path / 'nothing*.json'}: no files match this pattern"]


def test_zip_members_in_order_with_their_origin(tmp_path):
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("second.json", json_article("z2"))
        out.writestr("inner/first.txt", TEXT_ARTICLE)
        out.writestr("inner/", "")
        out.writestr("__MACOSX/._second.json", b"\x00\x05\x16\x07")
        out.writestr("list.csv", "id,text")
    articles = list(read(archive))
    assert [a.id for a in articles] == ["z2", "first"]
    assert [a.origin for a in articles] == [f"{archive}!second.json", f"{archive}!inner/first.txt"]


def test_zip_is_found_from_content_and_inside_folders(tmp_path):
    archive = tmp_path / "sub" / "archive.data"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("x.json", json_article("x"))
    assert [a.id for a in read(archive)] == ["x"]
    nested = tmp_path / "outer.zip"
    with zipfile.ZipFile(nested, "w") as out:
        out.writestr("inner.zip", archive.read_bytes())
    assert [a.origin for a in read(nested)] == [f"{nested}!inner.zip!x.json"]


def test_read_bytes():
    [article] = read_bytes(TEXT_ARTICLE.encode("utf-8"), "stdin")
    assert article.origin == "stdin" and article.text == BODY


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"\n  \n\t\n", "empty file"),
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "binary or unknown encoding"),
    "broken.json": ('{"id": "x", "text": "نص مقطوع', "malformed JSON"),
    "not_json.json": ("عنوان الخبر\nنص الخبر", "malformed JSON"),
    "truncated.json": ("[{", "malformed JSON"),
    "scalar.json": ("42", "not an article: a JSON number"),
    "array_of_strings.json": ('["نص أول", "نص ثان"]', "record 1: not an article"),
    "no_text.json": ('{"id": "x", "title": "عنوان بلا نص"}', "record 1: no text"),
    "header_only.txt": ("2024-01-20 07:30 ص\n\nعنوان\n\n2024-01-20\n", "no body text"),
    "symbols.txt": ("----\n****\n", "not an article"),
    "damaged.txt": ("خبر عاجل عن اشتباكات في المدينة ".encode("utf-8") * 5 + b"\xd8",
                    "wrong encoding: not valid UTF-8 at byte 290"),
    "damaged.zip": (b"PK\x03\x04" + b"\x00" * 40, "damaged zip archive"),
    "nothing.zip": (b"PK\x05\x06" + b"\x00" * 18, "no readable files in the archive"),
}


def test_every_bad_input_is_reported_and_the_good_files_still_read(tmp_path, errors):
    write(tmp_path, "a_good.json", json_article("good-1"))
    for name, (content, _) in BAD_INPUTS.items():
        write(tmp_path, name, content)
    write(tmp_path, "z_good.txt", TEXT_ARTICLE)
    missing = tmp_path / "missing.txt"
    articles = list(read(tmp_path, missing, on_error=errors))
    assert [a.id for a in articles] == ["good-1", "z_good"]
    reasons = {}
    for error in errors:
        reasons.setdefault(Path(error.path).name, error.reason)  # the first error of each file
    for name, (_, reason) in BAD_INPUTS.items():
        assert reasons[name].startswith(reason), (name, reasons[name])
    assert reasons["missing.txt"] == "no such file or directory"
    assert len(errors) == len(BAD_INPUTS) + 2  # the array gives one error per item
    # Each message is one line naming the file and the reason.
    for error in errors:
        assert str(error) == f"{error.path}: {error.reason}" and "\n" not in str(error)
        assert error.path.startswith(str(tmp_path))


def test_without_on_error_the_first_bad_input_is_raised(tmp_path):
    write(tmp_path, "a.json", json_article("a"))
    write(tmp_path, "b.json", "{")
    found = []
    with pytest.raises(InputError) as caught:
        for article in read(tmp_path):
            found.append(article.id)
    assert found == ["a"]
    assert str(caught.value) == f"{tmp_path / 'b.json'}: malformed JSON: Expecting property name enclosed in double quotes (line 1, column 2)"


def test_bad_zip_member_does_not_stop_the_archive(tmp_path, errors):
    archive = tmp_path / "mixed.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("1.json", "[")
        out.writestr("2.json", json_article("ok"))
    assert [a.id for a in read(archive, on_error=errors)] == ["ok"]
    assert errors.messages[0].startswith(f"{archive}!1.json: malformed JSON")


# --- the shared reference data, when it is there -------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")


@needs_shared
def test_seed_article():
    [article] = read(SHARED / "seed" / "000_7709260e7c0a85c8.txt")
    assert article.id == "000_7709260e7c0a85c8"
    assert article.title.startswith("موسكو تنشر")
    assert article.published == date(2017, 9, 24)
    assert article.fetched == datetime(2024, 3, 29, 12, 22)
    assert article.text[315:].startswith("ونشرت الوزارة")


@needs_shared
def test_saudinewsnet_zip(errors):
    archive = SHARED / "corpus" / "saudinewsnet" / "2015-08-11.zip"
    with zipfile.ZipFile(archive) as opened:
        records = json.loads(opened.read(opened.namelist()[0]))
    without_text = sum(1 for r in records if not (r.get("content") or "").strip())
    articles = list(read(archive, on_error=errors))
    assert len(articles) == len(records) - without_text
    assert len(errors) == without_text
    assert all("no text" in e.reason for e in errors)
    first = articles[0]
    assert first.origin == f"{archive}!2015-08-11.json"
    assert first.fetched.date() == first.published == date(2015, 8, 11)
