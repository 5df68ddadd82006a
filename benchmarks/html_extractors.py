"""Compare HTML main-text extractors on the same pages: ms per page and text quality.

Pages are built from real article texts (``corpus/`` by default, or any folder of .txt
articles) wrapped in four common page layouts, each with planted boilerplate prose that
carries numbers (menus, teasers, ads, comments, footers): the text a fact checker must
not read as the article's. For each extractor it reports:

- ms/page: median wall time per page;
- recall: the share of the article's prose paragraphs found in the extracted text;
- leaked: the share of planted boilerplate sentences that came through;
- claims: the share of pages whose factcheck claims equal those of the plain-text article.

Usage:
    python benchmarks/html_extractors.py [ARTICLES_DIR] [--repeat 5]

selectolax is optional (``pip install selectolax``); it is skipped when missing.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Settings  # noqa: E402
from factcheck.corpus.html import read_html  # noqa: E402
from factcheck.extract import extract_claims  # noqa: E402
from factcheck.extract.text import is_furniture  # noqa: E402
from factcheck.model import Article  # noqa: E402

BOILERPLATE = [
    "Most read: Storm leaves 40,000 homes without power, the utility said.",
    "Sponsored: Save 30% on 6 months of delivery when you subscribe today.",
    "Reader comment: I have lived here for 25 years and never saw 300 trucks a day.",
    "Related: Ferry operator adds 4 boats after 2,500 commuters complained.",
    "Copyright 2024 Example Media Group, 17 Harbour Road, all 3 editions.",
    "Newsletter: Join 90,000 readers who get our 7 a.m. briefing every weekday.",
]


def _para(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def semantic(title: str, paras: list[str]) -> str:
    body = "\n".join(_para(p) for p in paras)
    return f"""<!DOCTYPE html><html><head><title>{html.escape(title)} | Example News</title>
<meta property="og:site_name" content="Example News">
<script>var s = "{BOILERPLATE[0]}";</script><style>p {{ margin: 0 }}</style></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/w">{BOILERPLATE[1]}</a></li></ul></nav></header>
<main><article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/r">{BOILERPLATE[3]}</a></li></ul></aside>
<section id="comments"><h2>2 comments</h2><div class="comment"><p>{BOILERPLATE[2]}</p></div></section></main>
<footer><p>{BOILERPLATE[4]}</p></footer></body></html>"""


def div_soup(title: str, paras: list[str]) -> str:
    body = "\n".join(_para(p) for p in paras)
    return f"""<html><head><title>{html.escape(title)}</title></head><body><div id="page">
<div class="menu"><a href="/">Home</a> | <a href="/x">{BOILERPLATE[5]}</a></div>
<div class="content"><div class="headline">{html.escape(title)}</div><div class="story-text">
{body}
</div><div class="share-tools">Share this story</div></div>
<div class="sidebar"><div class="most-read"><p>{BOILERPLATE[0]}</p><p>{BOILERPLATE[3]}</p></div></div>
<div class="user-comments"><p>{BOILERPLATE[2]}</p></div>
<div class="bottom">{BOILERPLATE[4]}</div></div></body></html>"""


def table_br(title: str, paras: list[str]) -> str:
    body = "<br><br>\n".join(html.escape(p) for p in paras)
    return f"""<html><head><title>{html.escape(title)}</title></head><body>
<table width="100%"><tr><td class="nav" width="20%"><a href="/">Home</a><br><p>{BOILERPLATE[1]}</p></td>
<td class="main"><font size="4"><b>{html.escape(title)}</b></font><br><br>
{body}
</td><td class="right"><p>{BOILERPLATE[5]}</p></td></tr></table>
<div align="center">{BOILERPLATE[4]}</div></body></html>"""


def inline_boxes(title: str, paras: list[str]) -> str:
    half = len(paras) // 2
    first = "\n".join(_para(p) for p in paras[:half])
    second = "\n".join(_para(p) for p in paras[half:])
    return f"""<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>
<article><h1>{html.escape(title)}</h1>
{first}
<div class="read-also"><p>{BOILERPLATE[3]}</p></div>
<form class="newsletter-signup"><p>{BOILERPLATE[5]}</p><input type="email"></form>
{second}
<div class="ad-slot"><p>{BOILERPLATE[1]}</p></div>
</article>
<div id="disqus_thread"><p>{BOILERPLATE[2]}</p></div></body></html>"""


LAYOUTS = {"semantic": semantic, "div soup": div_soup, "table + <br>": table_br, "inline boxes": inline_boxes}


def with_trafilatura(page: str) -> str:
    """factcheck's reader: trafilatura's main text, placed on source lines with lxml."""
    return read_html(page).text


def selectolax(strip: bool) -> Callable[[str], str] | None:
    """selectolax (Lexbor): ``article p`` else every ``p``; or, with ``strip``, the text left
    after removing navigation, asides, footers and forms. None when it is not installed."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        return None

    def run(page: str) -> str:
        tree = LexborHTMLParser(page)
        if not strip:
            return "\n".join(n.text(separator=" ", strip=True) for n in tree.css("article p") or tree.css("p"))
        tree.strip_tags(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"])
        root = tree.css_first("article") or tree.body
        return root.text(separator="\n", strip=True) if root is not None else ""

    return run


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def measure(extract: Callable[[str], str], pages: list[tuple[str, list[str], str]], repeat: int) -> dict[str, float]:
    times: list[float] = []
    found = total = leaked = planted = same_claims = 0
    for page, paras, plain in pages:
        best = float("inf")
        text = ""
        for _ in range(repeat):
            start = time.perf_counter()
            text = extract(page)
            best = min(best, time.perf_counter() - start)
        times.append(best)
        out = _norm(text)
        found += sum(_norm(p) in out for p in paras)
        total += len(paras)
        present = [b for b in BOILERPLATE if b in page]
        leaked += sum(_norm(b) in out for b in present)
        planted += len(present)
        got = extract_claims(Article("p", "\n".join(_norm(line) for line in text.split("\n"))), Settings())
        want = extract_claims(Article("p", plain), Settings())
        same_claims += {(c.value, c.subject) for c in got} == {(c.value, c.subject) for c in want}
    return {
        "ms": statistics.median(times) * 1000,
        "recall": found / total,
        "leaked": leaked / planted,
        "claims": same_claims / len(pages),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="?", type=Path, default=ROOT / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages: list[tuple[str, list[str], str]] = []
    for file in sorted(args.articles.rglob("*.txt")):
        lines = [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        paras = [line for line in lines if not is_furniture(line)]
        if not paras:
            continue
        plain = "\n".join(paras) + "\n"
        for layout in LAYOUTS.values():
            pages.append((layout(lines[0], paras), paras, plain))
    extractors: dict[str, Callable[[str], str] | None] = {
        "trafilatura + lxml lines (chosen)": with_trafilatura,
        "selectolax: article p, else p": selectolax(strip=False),
        "selectolax: strip nav/aside/footer": selectolax(strip=True),
    }
    print(f"{len(pages)} pages ({len(pages) // len(LAYOUTS)} articles x {len(LAYOUTS)} layouts)\n")
    print("| extractor | ms/page | paragraphs found | boilerplate leaked | same claims as .txt |")
    print("|---|---:|---:|---:|---:|")
    for name, extract in extractors.items():
        if extract is None:
            print(f"| {name} | not installed | | | |")
            continue
        r = measure(extract, pages, args.repeat)
        print(f"| {name} | {r['ms']:.2f} | {r['recall']:.0%} | {r['leaked']:.0%} | {r['claims']:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
