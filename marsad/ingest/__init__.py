"""Read articles from files, folders, globs and zip archives, whatever their format.

`read(*paths, on_error=None)` yields `Article`s. The format is found from the content:

- bytes starting like a zip archive: its members, in archive order (origin "a.zip!member")
- bytes starting like a WARC archive ("WARC/", or gzip): its Arabic HTML pages (warc.py)
- text starting with "{" or "[" (or any file named .json, .jsonl, .ndjson): JSON (one
  object or an array of objects), or JSON Lines
- text starting with "<!doctype html", "<html", "<head" or "<body": an HTML article page
  (html.py)
- text starting like RSS or Atom ("<rss", "<feed", after an XML declaration): one
  article per item (feed.py)
- otherwise the plain-text article format (text.py), or plain text without its header

Folders are walked recursively in sorted order, skipping hidden files and files whose
extension is not one of READABLE (so a README or a PDF beside the articles is not taken
for an article); the same holds for archive members. Files named explicitly or matched
by a glob are always read.

Bad input (unreadable, empty, binary or unknown encoding, malformed JSON, not an
article, a record without text) becomes an InputError naming the file and the reason.
With `on_error` it is passed there and reading goes on with the next record or file;
without it, it is raised.
"""

from __future__ import annotations

import glob
import io
import os
import zipfile
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

from marsad.errors import InputError
from marsad.ingest.encoding import decode
from marsad.ingest.feed import looks_like_feed, read_feed
from marsad.ingest.html import looks_like_html, read_html
from marsad.ingest.jsonfmt import looks_like_json, read_json
from marsad.ingest.text import read_text
from marsad.ingest.warc import looks_like_warc, read_warc
from marsad.model import Article

__all__ = ["read", "read_bytes", "READABLE"]

# Extensions read when walking a folder or an archive ("" is a file without one).
READABLE = frozenset({".txt", ".text", ".json", ".jsonl", ".ndjson", ".zip", "",
                      ".html", ".htm", ".xml", ".rss", ".atom", ".warc"})
JSON_EXTENSIONS = frozenset({".json", ".jsonl", ".ndjson"})
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive with members, an empty one
GLOB_CHARS = frozenset("*?[")

OnError = Callable[[InputError], None]


def read(*paths: str | os.PathLike, on_error: OnError | None = None) -> Iterator[Article]:
    """Articles from files, folders (recursive, sorted), globs and .zip archives, in order."""
    report = on_error if on_error is not None else _raise
    for path in paths:
        for file in _expand(path, report):
            yield from _guard(_read_file(file, report), report)


def read_bytes(data: bytes, origin: str, on_error: OnError | None = None) -> Iterator[Article]:
    """Articles from the content of one file; `origin` names it in articles and errors."""
    report = on_error if on_error is not None else _raise
    yield from _guard(_read_blob(data, origin, report), report)


def _expand(path: str | os.PathLike, report: OnError) -> Iterator[Path]:
    """The files a path argument stands for: itself, a folder's files, or a glob's matches."""
    text = os.fspath(path)
    candidate = Path(text)
    if candidate.is_dir():
        yield from _walk(candidate)
    elif candidate.exists() or not GLOB_CHARS & set(text):
        yield candidate  # a missing file is reported when it is opened
    else:
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            report(InputError(text, "no files match this pattern"))
        for match in matches:
            found = Path(match)
            if found.is_dir():
                yield from _walk(found)
            else:
                yield found


def _walk(folder: Path) -> Iterator[Path]:
    """The readable files under `folder`, sorted by their path (a/x before b)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if _wanted(name))
    return iter(sorted(found, key=lambda path: path.relative_to(folder).parts))


def _wanted(name: str) -> bool:
    """Whether a file met inside a folder or an archive is read."""
    base = PurePosixPath(name).name
    if not base or base.startswith("."):
        return False
    return base.lower().endswith(".warc.gz") or PurePosixPath(base).suffix.lower() in READABLE


def _read_file(path: Path, report: OnError) -> Iterator[Article]:
    try:
        with open(path, "rb") as opened:
            head = opened.read(5)
        if head[:4] in ZIP_MAGIC:
            # Read from the file rather than memory: archives can be large.
            with zipfile.ZipFile(path) as archive:
                yield from _read_archive(archive, str(path), report)
            return
        if looks_like_warc(head):
            # Streamed from the file: web archives are often gigabytes.
            with open(path, "rb") as stream:
                yield from read_warc(stream, str(path), report)
            return
        data = path.read_bytes()
    except (OSError, zipfile.BadZipFile) as error:
        raise InputError(path, _os_reason(error)) from None
    yield from _read_blob(data, str(path), report)


def _read_blob(data: bytes, origin: str, report: OnError) -> Iterator[Article]:
    """Articles from one file's bytes, dispatched on their content."""
    if data[:4] in ZIP_MAGIC:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as error:
            raise InputError(origin, f"damaged zip archive ({error})") from None
        with archive:
            yield from _read_archive(archive, origin, report)
        return
    if looks_like_warc(data[:5]):
        yield from read_warc(io.BytesIO(data), origin, report)
        return
    if not data.strip():
        raise InputError(origin, "empty file")
    text = decode(data, origin)
    if not text.strip():
        raise InputError(origin, "empty file")
    suffix = PurePosixPath(origin.rsplit("!", 1)[-1]).suffix.lower()
    if looks_like_json(text) or suffix in JSON_EXTENSIONS:
        # A .json file that is not JSON is broken JSON, not a plain-text article.
        yield from read_json(text.lstrip("\ufeff"), origin, report)
    elif looks_like_html(text):
        stem = PurePosixPath(origin.rsplit("!", 1)[-1]).stem
        yield from read_html(text.lstrip("\ufeff"), origin, stem)
    elif looks_like_feed(text):
        yield from read_feed(text.lstrip("\ufeff"), origin, report)
    elif text.lstrip("\ufeff \t\r\n").startswith("<?xml"):
        # A sitemap or any other XML is not an article: its markup must not become one.
        raise InputError(origin, "XML that is neither an HTML page nor an RSS or Atom feed")
    else:
        stem = PurePosixPath(origin.rsplit("!", 1)[-1]).stem
        yield from read_text(text.lstrip("\ufeff"), origin, stem)


def _read_archive(archive: zipfile.ZipFile, origin: str, report: OnError) -> Iterator[Article]:
    members = [info for info in archive.infolist()
               if not info.is_dir() and not info.filename.startswith("__MACOSX/")
               and _wanted(info.filename)]
    if not members:
        report(InputError(origin, "no readable files in the archive"))
    for info in members:
        member_origin = f"{origin}!{info.filename}"
        try:
            data = archive.read(info)
        except (OSError, zipfile.BadZipFile, RuntimeError) as error:
            # RuntimeError: encrypted member.
            report(InputError(member_origin, f"cannot read the archive member ({error})"))
            continue
        yield from _guard(_read_blob(data, member_origin, report), report)


def _guard(articles: Iterable[Article], report: OnError) -> Iterator[Article]:
    """Yield the articles; an InputError ends this source only and goes to `report`."""
    try:
        yield from articles
    except InputError as error:
        report(error)


def _os_reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, zipfile.BadZipFile):
        return f"damaged zip archive ({error})"
    return f"cannot read ({getattr(error, 'strerror', None) or error})"


def _raise(error: InputError) -> None:
    raise error
