"""A saved article web page: main text, title, date, author, outlet and canonical URL.

Extraction is trafilatura's (the optional ``web`` extra): it keeps paragraph boundaries
and finds dates in metadata, JSON-LD and Kazakh page text. Two things it misses are
handled here: the lead that Kazinform keeps in its own element (``.article__description``)
and the site name that outlets append to ``og:title`` (`` | Kazinform``). Photo credits
(``Фото: …``) and "read also" lines are dropped. The stored text is the title line and
one line per paragraph, so offsets and the verbatim round trip hold as for text files.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from c5tui.corpus.decode import is_calendar_date, normalise
from c5tui.corpus.outlets import KNOWN
from c5tui.corpus.source import ArticleSource
from c5tui.errors import InputError

WEB_EXTRA = "reading web pages needs the 'web' extra: pip install 'c5tui[web]'"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CAPTION = re.compile(
    r"^(?:Фото|Сурет|Видео|Коллаж|Инфографика|Photo|Foto|Surет|Сурет авторы)\s*[:：—–-]", re.I
)
_RELATED = re.compile(
    r"^(?:Оқи отырыңыз|Толығырақ|Тағы оқыңыз|Оқыңыз|Ұқсас жаңалықтар|Читайте также|"
    r"Read also|Related)\b",
    re.I,
)
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:description|lead|intro|summary|excerpt|subtitle)(?:$|[\s_-])"
)
MIN_PARAGRAPH = 60
_TITLE_TAIL = re.compile(r"\s+[|–—-]\s+([^|–—-]{2,40})$")


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def web_available() -> bool:
    """Whether the ``web`` extra is installed."""
    return _trafilatura() is not None


def decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """A page's text in the encoding it declares (HTTP header, BOM, ``<meta charset>``),
    else UTF-8; a page that declares nothing and is not UTF-8 is refused, not guessed."""
    if data.startswith(codecs.BOM_UTF8):
        return normalise(data.decode("utf-8-sig", "strict"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return normalise(data.decode("utf-16"))
    declared = charset
    if declared is None:
        meta = _META_CHARSET.search(data[:8192])
        declared = meta.group(1).decode("ascii", "replace") if meta else None
    encoding = declared or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"the page declares an unknown encoding {encoding!r}", path=name) from None
    try:
        return normalise(data.decode(encoding))
    except UnicodeDecodeError as exc:
        said = f"is not valid {encoding}" if declared else "declares no encoding and is not UTF-8"
        raise InputError(f"the page {said} (byte offset {exc.start})", path=name) from None


def _paragraphs(body: Any) -> list[str]:
    """The text of each block of trafilatura's result, one entry per paragraph or list item."""
    blocks: list[str] = []
    for element in body:
        items = list(element) if element.tag == "list" else [element]
        for item in items:
            if item.tag in ("graphic", "ref"):
                continue
            pieces = []
            for node in item.iter():
                if node.tag == "lb":
                    pieces.append("\n")
                    pieces.append(node.tail or "")
                    continue
                if node is item:
                    pieces.append(node.text or "")
                else:
                    pieces.append((node.text or "") + (node.tail or ""))
            blocks.extend("".join(pieces).split("\n"))
    cleaned = [" ".join(block.split()) for block in blocks]
    return [b for b in cleaned if b and not _CAPTION.match(b) and not _RELATED.match(b)]


def _lead(html: str) -> str | None:
    """The lead block some outlets keep apart from the body (``.article__description``)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, SyntaxError):
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "head", "title", "script"):
            continue
        if _LEAD_CLASS.search(element.get("class") or ""):
            text = " ".join(element.text_content().split())
            if len(text) >= 20:
                return text
    return None


def clean_title(title: str, sitename: str | None) -> str:
    """``Тақырып | Kazinform`` → ``Тақырып``: the site's name is no part of the title."""
    title = " ".join(title.split())
    tail = _TITLE_TAIL.search(title)
    if tail:
        name = tail.group(1).strip().lower()
        site = (sitename or "").strip().lower()
        if name == site or name in KNOWN or (site and (name in site or site in name)):
            return title[: tail.start()].strip()
    return title


def read_html(
    data: bytes,
    source_name: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    title: str | None = None,
) -> ArticleSource:
    """Extract the article of a web page; refuse a page with no article text."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        raise InputError(WEB_EXTRA, path=source_name)
    html = decode_html(data, source_name, charset)
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    paragraphs = _paragraphs(result.body) if result is not None and result.body is not None else []
    # A menu or a list of links is no article: it has no paragraph of running text.
    if not paragraphs or max(len(p) for p in paragraphs) < MIN_PARAGRAPH:
        raise InputError("no article text found in the page", path=source_name)
    lead = _lead(html)
    if lead and all(lead not in p and p not in lead for p in paragraphs[:3]):
        paragraphs.insert(0, lead)
    title = title or clean_title(result.title or "", result.sitename)
    if not title:
        raise InputError("the page has no title; give one with --title", path=source_name)
    if paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = title + "\n" + "\n".join(paragraphs) + "\n"
    date = result.date if result.date and is_calendar_date(result.date) else None
    return ArticleSource(
        text=text,
        body_offset=len(title) + 1,
        body_line=2,
        title=title,
        date=date,
        source_name=source_name,
        source_format="html",
        outlet=result.sitename or None,
        url=result.url or url,
        author=result.author or None,
    )
