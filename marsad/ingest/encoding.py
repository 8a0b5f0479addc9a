"""Turn the bytes of an input file into text, finding the encoding from the bytes.

Order of tries: a byte-order mark (UTF-8, UTF-16); the UTF-16 byte pattern without a
mark; UTF-8; Windows-1256. Each try decodes strictly and the result must look like
text (mostly Arabic or Latin letters, digits, spaces and punctuation). Bytes that are not
text are reported as "binary or unknown encoding"; UTF-8 with a damaged byte as "wrong
encoding", with the position of the bad byte.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata

from marsad.errors import InputError

BINARY = "binary or unknown encoding"

# Share of characters that may be neither letters of the Arabic or Latin scripts, digits,
# spaces nor punctuation before a decoding is rejected as implausible.
MAX_ODD_SHARE = 0.10
# In Windows-1256, the lead bytes of UTF-8 Arabic (0xD8, 0xD9) are ط and ظ. Real Arabic
# has few of them; a text where they make up this share of Arabic letters is UTF-8 that
# has been damaged, not Windows-1256.
MAX_TA_ZA_SHARE = 0.30


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> str:
    """The text of `data`; raises InputError naming `path` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", path, "UTF-8")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        codec = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _strict(data[2:], codec, path, "UTF-16")
    codec = _utf16_without_bom(data)
    if codec:
        return _strict(data, codec, path, "UTF-16")
    if b"\x00" in data:
        raise InputError(path, BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        text = data.decode("cp1256")  # every byte is defined in Windows-1256
        if not looks_like_text(text) or _is_damaged_utf8(text):
            raise InputError(path, f"wrong encoding: not valid UTF-8 at byte {utf8_error.start}, "
                                   "and not Windows-1256 text either") from None
        return text
    if not looks_like_text(text):
        raise InputError(path, BINARY)
    return text


def looks_like_text(text: str) -> bool:
    """True when nearly all characters are ones a news article in Arabic or Latin script has."""
    if not text:
        return True
    # Only characters outside the common ranges need a closer look (fast on large files).
    odd = sum(1 for ch in _UNCOMMON.findall(text) if not _is_text_char(ch))
    return odd <= MAX_ODD_SHARE * len(text)


# Characters that are text without further checks: ASCII printables and spaces, Latin,
# Arabic and its supplements and presentation forms, general punctuation and marks.
_UNCOMMON = re.compile("[^\t\n\r\f\x20-\x7e\u00a0-\u024f\u0300-\u036f\u0600-\u06ff"
                       "\u0750-\u077f\u08a0-\u08ff\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")


def _strict(data: bytes, codec: str, path: str | os.PathLike, label: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(path, f"not valid {label} at byte {error.start}") from None
    if not looks_like_text(text):
        raise InputError(path, BINARY)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when the bytes show UTF-16's pattern, else None.

    In UTF-16 text every second byte is the high byte of a character: 0x00 for
    ASCII (spaces, digits, newlines) and 0x06 for Arabic letters. When such bytes
    fill one parity of positions and hardly occur in the other, it is UTF-16.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) / 2
    even_bytes, odd_bytes = data[0::2], data[1::2]
    even = (even_bytes.count(0x00) + even_bytes.count(0x06)) / half
    odd = (odd_bytes.count(0x00) + odd_bytes.count(0x06)) / half
    if odd >= 0.7 and even <= 0.2:
        return "utf-16-le"
    if even >= 0.7 and odd <= 0.2:
        return "utf-16-be"
    return None


def _is_text_char(ch: str) -> bool:
    if ch in "\n\r\t\f" or ch.isspace():
        return True
    code = ord(ch)
    category = unicodedata.category(ch)
    if category in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
        return False
    if category[0] in "PNSZ":  # punctuation, digits, symbols, separators
        return True
    if category == "Cf":  # direction marks, zero-width joiners
        return True
    if (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
        return True  # Arabic, its supplements and presentation forms
    return code <= 0x024F or 0x0300 <= code <= 0x036F  # Latin, with combining accents


def _is_damaged_utf8(text: str) -> bool:
    arabic = [ch for ch in text if "\u0621" <= ch <= "\u064A"]
    if len(arabic) < 20:
        return False
    ta_za = sum(1 for ch in arabic if ch in "طظ")
    return ta_za > MAX_TA_ZA_SHARE * len(arabic)
