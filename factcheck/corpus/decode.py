"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, and legacy encodings.

Legacy encodings (cp1252, EUC-KR, Shift_JIS, ...) are detected with charset-normalizer,
which scores every candidate decoding by how plausible the resulting text is; a
hand-written guesser would only know the few encodings we thought of.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_SAMPLE = 8192
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")


class Undecodable(Exception):
    """The bytes are not text in any encoding we can tell (binary, or too garbled)."""


def decode(data: bytes, markup: bool = False) -> str:
    """Return the text of a file's bytes, with every line end turned into "\\n".

    Order: a byte-order mark; strict UTF-8; UTF-16 recognised by its zero bytes; for
    markup, the charset the page declares; then charset-normalizer's best guess.

    Raises:
        Undecodable: the bytes look binary or fit no encoding.
    """
    text = _decode(data, markup)
    sample = text[:_SAMPLE]
    controls = len(_CONTROL_RE.findall(sample))
    if controls > 0.01 * len(sample) or "\x00" in sample:
        raise Undecodable("binary file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, markup: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise Undecodable(f"not valid {encoding.upper()} after its byte-order mark") from None
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise Undecodable("binary file")
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise Undecodable("binary file") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if markup:
        m = _DECLARED_RE.search(data[:4096])
        if m:
            try:
                return data.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    from charset_normalizer import from_bytes  # most files are UTF-8: imported only when needed

    best = from_bytes(data).best()
    if best is None:
        raise Undecodable("not text in any known encoding")
    text = str(best)
    if len(text) == len(data):
        # A single-byte guess: short texts make the candidates (cp437, mac_roman, cp1252, ...)
        # near ties. Like browsers for undeclared pages, prefer windows-1252 when it fits.
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            return text
        if sum(not ch.isascii() for ch in western) < 0.05 * len(western):
            return western
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of mostly Latin letters has a zero in every other byte."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if half and odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if half and even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None
