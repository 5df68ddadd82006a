"""HTML pages: the article's main text, its metadata, and the source line of every paragraph.

trafilatura chooses the main text (it drops navigation, ads, teasers, comments and
footers on layouts it has never seen) and reads the title, publication date (meta tags,
``<time>``, JSON-LD, via htmldate) and site name. It returns text without positions, so
each of its paragraphs is found again in an lxml parse of the same page, whose elements
know their ``sourceline``. See README "Input formats" for the measurement behind the choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE_RE = re.compile(r"\s+")
_BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption caption div section article main body".split()
)
_KEY_CHARS = 60
_TAG_RE = re.compile(r"<[^>]*>")
# Boxes that hold page furniture rather than the story, as Mozilla's Readability names them
# ("unlikely candidates"), unless the same name also says it is the story's body.
_UNLIKELY_RE = re.compile(
    r"-ad-|\bads?\b|ad-slot|advert|banner|breadcrumbs|combx|comment|community|disqus|footer|menu|"
    r"newsletter|promo|read-?also|read-?more|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
    r"social|sponsor|share|subscribe|popup|pagination|pager",
    re.I,
)
_CONTAINERS = frozenset({"html", "body", "main", "article"})
_MAYBE_RE = re.compile(r"and|article|body|column|main|shadow|story|content", re.I)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})


class BrokenHtml(Exception):
    """The page cannot be parsed, or holds no text at all."""


@dataclass(frozen=True, slots=True)
class Page:
    """A page's main text (one paragraph per line) and where each line came from."""

    text: str
    lines: tuple[int, ...]
    title: str | None
    date: str | None
    site: str | None
    url: str | None


def read_html(source: str) -> Page:
    """Return the main text of a page, each paragraph with the source line of its element.

    Raises:
        BrokenHtml: lxml cannot parse the page or no text can be taken from it.
    """
    # lxml refuses str input that carries an XML encoding declaration; blank it, keeping lines.
    source = _XML_DECL_RE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), source, count=1)
    try:
        tree = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise BrokenHtml(f"broken HTML ({exc or 'nothing to parse'})") from None
    result = trafilatura.bare_extraction(
        source,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (result.get("text") if isinstance(result, dict) else result.text) if result else None  # a dict: older API
    paragraphs = [p for p in (_norm(line) for line in (text or "").split("\n")) if p]
    if not paragraphs:
        paragraphs = [p for p in (_norm(el.text_content()) for el in tree.iter("p", "h1", "li")) if p]
    if not paragraphs:
        raise BrokenHtml("broken HTML (no text found)")
    placed = [
        (para, line)
        for para, (line, el) in zip(paragraphs, _source_lines(tree, paragraphs), strict=True)
        if not _furniture(el)
    ]
    if not placed:
        raise BrokenHtml("broken HTML (no text found)")
    meta = result if result else None
    return Page(
        text="".join(para + "\n" for para, _ in placed),
        lines=tuple(line for _, line in placed),
        title=getattr(meta, "title", None) or _title(tree),
        date=getattr(meta, "date", None),
        site=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
    )


def _norm(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _title(tree: lxml.html.HtmlElement) -> str | None:
    found = tree.find(".//title")
    return _norm(found.text_content()) or None if found is not None else None


def _furniture(el: lxml.html.HtmlElement | None) -> bool:
    """Whether an element sits in a box whose class or id names page furniture (readability's list)."""
    while el is not None and el.tag not in _CONTAINERS:
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if _UNLIKELY_RE.search(names) and not _MAYBE_RE.search(names):
            return True
        el = el.getparent()
    return False


def _source_lines(tree: lxml.html.HtmlElement, paragraphs: list[str]) -> list[tuple[int, lxml.html.HtmlElement | None]]:
    """The source line and block element whose own text holds each paragraph, in order.

    A block's own text leaves out nested blocks, so each paragraph is found in the
    innermost element that states it, and the work is linear in the page's size.
    """
    blocks = [
        (el.sourceline, text, el)
        for el in tree.iter()
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS and el.sourceline
        for text in (_own_text(el),)
        if text
    ]
    lines: list[tuple[int, lxml.html.HtmlElement | None]] = []
    cursor = 0
    last: tuple[int, lxml.html.HtmlElement | None] = (1, None)
    for para in paragraphs:
        key = para[:_KEY_CHARS]
        found = next((i for i in range(cursor, len(blocks)) if key in blocks[i][1]), None)
        if found is None:
            found = next((i for i in range(cursor) if key in blocks[i][1]), None)
        if found is not None:
            cursor = found
            last = (blocks[found][0], blocks[found][2])
        lines.append(last)
    return lines


def _own_text(el: lxml.html.HtmlElement) -> str:
    """An element's text without the text of nested blocks, scripts and comments."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _BLOCK_TAGS and tag not in _SKIP_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _norm("".join(parts))


def html_fragment(markup: str) -> str:
    """The text of an HTML fragment (a record's body), one block element per line."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _TAG_RE.sub(" ", markup)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    for el in list(root.iter(*_SKIP_TAGS)):
        el.drop_tree()
    return "\n".join(_norm(line) for line in root.text_content().split("\n") if line.strip())
