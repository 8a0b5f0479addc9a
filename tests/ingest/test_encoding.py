import codecs

import pytest

from marsad.errors import InputError
from marsad.ingest.encoding import BINARY, decode, looks_like_text

ARABIC = "أعلنت وزارة الدفاع، الأحد، عن وصول تعزيزات إلى المدينة.\nوقال المتحدث إن 12 جندياً أصيبوا."


@pytest.mark.parametrize("data", [
    ARABIC.encode("utf-8"),
    codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
    codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
    ARABIC.encode("utf-16-le"),  # no mark: found from the byte pattern
    ARABIC.encode("utf-16-be"),
    ARABIC.encode("cp1256"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1256"])
def test_decodes_every_supported_encoding(data):
    assert decode(data, "a.txt") == ARABIC


def test_latin_text_in_utf16_without_mark():
    text = '{"title": "Ceasefire talks resume in Geneva", "text": "The envoy said..."}'
    assert decode(text.encode("utf-16-le"), "a.json") == text


def test_nul_bytes_without_utf16_pattern_are_binary():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 10
    with pytest.raises(InputError) as caught:
        decode(data, "picture.txt")
    assert str(caught.value) == f"picture.txt: {BINARY}"


def test_control_bytes_without_nul_are_binary():
    data = bytes([1, 2, 3, 200, 150, 7, 8, 14, 27, 31]) * 40
    with pytest.raises(InputError) as caught:
        decode(data, "blob.txt")
    assert BINARY in str(caught.value)


def test_damaged_utf8_is_not_taken_for_windows_1256():
    data = ARABIC.encode("utf-8") * 3
    damaged = data[:41] + data[42:]  # one byte of a two-byte letter removed
    with pytest.raises(InputError) as caught:
        decode(damaged, "news.txt")
    message = str(caught.value)
    assert message.startswith("news.txt: ")
    assert "not valid UTF-8 at byte" in message


def test_invalid_utf16_after_mark():
    data = codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError, match="not valid UTF-16"):
        decode(data, "a.json")


def test_looks_like_text():
    assert looks_like_text(ARABIC + " Reuters, AFP")
    assert not looks_like_text("\u4e2d\u6587\u5b57" * 10)  # mis-decoded bytes often look like this
    assert not looks_like_text("\x01\x02\x03abc")
