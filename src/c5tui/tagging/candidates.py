"""Candidate actors the codebook lacks, found in the Kazakh text of stored quotes.

People come with their role (``Энергетика министрі Ерлан Ақкенженов``, ``Р.Мұстафин``),
organisations are names in «…», names ended by an institution noun (``Ұлттық банк``,
``Reseidıŋ syrtqy ıster ministrlıgı``) or Latin names in Cyrillic text (``TikTok``), and
places are the gazetteer's (any script) or names followed by ``облысы``/``ауданы``. Case
forms reduce to one base name (``Тоқаевпен`` → ``Тоқаев``); sentence-initial words are
names only with strong evidence, so ``Бұл``, ``Сондықтан``, ``Алайда`` are never proposed.
Datelines and outlet credit lines are not read: they name the publisher, not an actor.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from c5tui.corpus.outlets import DATELINE, KNOWN
from c5tui.model import Tag
from c5tui.tagging import name_words as words
from c5tui.tagging.gazetteer import Entry, Gazetteer, bundled_gazetteer
from c5tui.text.fold import fold
from c5tui.text.latin import has_cyrillic, letter_key, to_latin

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*")
_QUOTED = re.compile(r"[«\"“]([^»\"”«]{1,60})[»\"”]")
_SIGNATURE = re.compile(r"\s*[«\"“][^»\"”]{1,60}[»\"”]\s*")
_CREDIT = re.compile(
    r"(?:деп|dep)\s+(?:хабарлайды|habarla[ıiy]dy)\s+"
    r"(?P<name>«[^»]{1,40}»|\"[^\"]{1,40}\"|“[^”]{1,40}”|\S+)(?:\s+(?:тілшісі|tılşısı))?",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+([^\W\d_].*)$")
_OUTLETS = frozenset(fold(name) for name in KNOWN)
_OPENERS = frozenset(':«"“(.?!')
_QUOTES_AFTER = re.compile(r":\s*[«\"“]")
_KAZAKH_LATIN = re.compile(r"[äöüūışğñŋǧ]|\b\w*q\w*\b", re.IGNORECASE)
_PATRONYMIC = tuple(letter_key(e) for e in ("ұлы", "қызы", "uly"))


def _suffix_keys(text: str) -> frozenset[str]:
    return frozenset(letter_key(s) for s in text.split())


# Case endings a name takes, folded, so Latin spellings (‑tyŋ, ‑dıŋ, ‑ǧa) match too.
_CASE = _suffix_keys(
    "ның нің дың дің тың тің ны ні ды ді ты ті ға ге қа ке да де та те нда нде"
    " дан ден тан тен нан нен мен пен бен дағы дегі тағы тегі ндағы ндегі ыңыз іңіз"
)
_WHERE = _suffix_keys("да де та те нда нде дан ден тан тен нан нен дағы дегі тағы тегі")
_ADJECTIVE = _suffix_keys("лық лік дық дік тық тік")
_MISTER = _suffix_keys("мырза ханым myrza hanym")
# After a hyphen an abbreviation takes bare endings: АҚШ-тың, SIM-nıŋ, АҚШ-қа.
_HYPHENATED = _suffix_keys("тың тің ның нің дың дің қа ке ға ге та те да де тан тен дан ден")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person, organisation or place seen in the text, with what the analyst needs."""

    key: str
    label: str
    kind: str  # person / organisation / place
    aliases: tuple[str, ...]
    quotes: tuple[int, ...]
    label_en: str
    suggested_id: str
    parent: str | None = None
    merge: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "quotes": list(self.quotes),
            "parent": self.parent,
            "merge": self.merge,
            "label_en": self.label_en,
            "id": self.suggested_id,
        }

    def explore_query(self) -> str:
        """A search for this candidate's quotes: its name (a person's surname) in both
        scripts, each as a word or a phrase; the search finds the case forms."""
        name = self.label.split()[-1] if self.kind == "person" else self.label
        names = [name] + ([to_latin(name)] if has_cyrillic(name) else [])
        if self.label_en not in names and self.kind != "person":
            names.append(self.label_en)
        return " OR ".join(f'"{n}"' if " " in n else n for n in dict.fromkeys(names))

    @property
    def alias_keys(self) -> frozenset[str]:
        return frozenset({self.key, *(fold(a) for a in self.aliases)})


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    initial: bool  # opens the sentence, a quotation or a clause after a colon
    key: str
    capital: bool  # written as a name is: Қасым-Жомарт, not Бірде-бір or ESG-хаттама
    acronym: bool


@lru_cache(maxsize=1 << 15)
def _word_facts(text: str) -> tuple[str, bool, bool]:
    head, _, tail = text.partition("-")
    capital = head[:1].isupper() and (
        not tail or tail[:1].isupper() or letter_key(tail) in _HYPHENATED | _CASE
    )
    letters = text.replace("-", "")
    return fold(text), capital, 2 <= len(letters) <= 6 and letters.isupper()


@dataclass(slots=True)
class _Mention:
    sentence_id: int
    kind: str
    surface: str
    base: str
    parent: str | None = None
    merge: str | None = None
    entry: Entry | None = None
    names: list[str] = field(default_factory=list)
    key: str = ""

    def __post_init__(self) -> None:
        self.key = self.key or fold(self.base)


@lru_cache(maxsize=1 << 15)
def _prefixed(key: str, prefixes: frozenset[str]) -> bool:
    """Whether the key is one of these words with at most a case ending after it."""
    return any(key.startswith(p) and len(key) - len(p) <= 5 for p in prefixes)


class CandidateFinder:
    """Finds candidates in sentences, knowing what the codebook has already."""

    def __init__(self, tags: Sequence[Tag], gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or bundled_gazetteer()
        self.tag_ids = {t.id for t in tags}
        self.actor_ids = {t.id for t in tags if t.kind == "actor"}
        self.known: dict[str, str] = {}
        for tag in tags:
            # A sector's label is a topic (Технология); its capitalised aliases are names.
            labels = (tag.label_kk, tag.label_en) if tag.kind == "actor" else ()
            for name in (*tag.aliases, *labels):
                if name[:1].isupper():  # sector words like «мұнай» are not names
                    self.known.setdefault(fold(name), tag.id)
        self.acronyms = frozenset(
            fold(name)
            for name in (
                *(a for t in tags for a in (*t.aliases, t.label_kk, t.label_en)),
                *(n for e in self.gazetteer.entries for n in e.names),
            )
            if len(name) <= 6 and name.replace(".", "").isupper()
        )
        self.labels = {fold(t.label_kk): t.id for t in tags} | {
            fold(t.label_en): t.id for t in tags
        }
        self.latin_kazakh = False  # the sentence being read is Kazakh in Latin letters
        self._bases: dict[tuple[str, bool], str] = {}
        names = [*self.known, *self.gazetteer.by_key]
        self.first_words = frozenset(k.split()[0] for k in names if " " in k)
        self.longest = max(
            self.gazetteer.longest, max((len(k.split()) for k in self.known), default=1)
        )

    # -- words -----------------------------------------------------------------------------

    def base(self, text: str) -> str:
        """The base form of one word: case endings (and a hyphenated suffix) taken off."""
        key = (text, self.latin_kazakh)
        known = self._bases.get(key)
        if known is None:
            known = self._bases[key] = self._base(text)
        return known

    def _base(self, text: str) -> str:
        head, _, tail = text.rpartition("-")
        if head and (letter_key(tail) in _CASE or letter_key(tail) in _HYPHENATED):
            return head
        if self._lookup(fold(text), text) is not None:
            return text
        cuts = [(text[:-n], letter_key(text[-n:])) for n in range(5, 1, -1) if len(text) > n]
        for cut, ending in cuts:
            if (ending in _CASE or ending in _ADJECTIVE) and self._lookup(fold(cut), cut):
                return cut
        if text.isascii() and not self.latin_kazakh:
            return text  # "Pledge" in a Cyrillic sentence is English, not Pled + ‑ge
        for cut, ending in cuts:
            if ending in _CASE and len(fold(cut).replace(" ", "")) >= 3:
                return cut
        return text

    def _lookup(self, key: str, written: str) -> str | Entry | None:
        """The codebook tag id or the gazetteer entry a key names, if any. An acronym
        (``SCO``, ``ШЫҰ``) names only when written in capitals, so ``Сонда`` is no ``SCO``."""
        if key in self.acronyms and not written.replace("-", "").replace(" ", "").isupper():
            return None
        if key in self.known:
            return self.known[key]
        return self.gazetteer.find(key)

    # -- one sentence ----------------------------------------------------------------------

    def mentions(self, sentence_id: int, text: str) -> list[_Mention]:
        """Every candidate mention in one sentence of Kazakh text."""
        text = _readable_part(text)
        if not text:
            return []
        self.latin_kazakh = not has_cyrillic(text) and bool(_KAZAKH_LATIN.search(text))
        found: list[_Mention] = []
        consumed: set[int] = set()
        tokens = _tokenize(text)
        self._quoted(sentence_id, text, tokens, found, consumed)
        spans = self._spans(tokens, text)
        index = 0
        while index < len(tokens):
            if index in consumed:
                index += 1
                continue
            span = spans.get(index)
            if span is not None:
                index = self._at_span(sentence_id, text, tokens, index, spans, found)
                continue
            token = tokens[index]
            if not token.capital or _stop(token):
                index += 1
                continue
            end = _group_end(text, tokens, index, spans, consumed)
            self._group(sentence_id, text, tokens, index, end, spans, found)
            index = end
        self._listed_places(sentence_id, text, tokens, found)
        return found

    def _spans(self, tokens: list[_Token], text: str) -> dict[int, tuple[int, str | Entry, str]]:
        """Known names (codebook or gazetteer) by first token: (end, what, base as written)."""
        spans: dict[int, tuple[int, str | Entry, str]] = {}
        index = 0
        while index < len(tokens):
            first = tokens[index]
            if not first.capital:
                index += 1
                continue
            longest = min(self.longest, len(tokens) - index) if first.key in self.first_words else 1
            for size in range(longest, 0, -1):
                window = tokens[index : index + size]
                if size > 1 and not _adjacent(text, window):
                    continue
                head = text[first.start : window[-1].start]
                what: str | Entry | None = None
                for last in dict.fromkeys((window[-1].text, self.base(window[-1].text))):
                    written = head + last
                    what = self._lookup(fold(written), written)
                    if what is not None:
                        break
                if what is not None:
                    spans[index] = (index + size, what, written)
                    index += size - 1
                    break
            index += 1
        return spans

    def _at_span(
        self,
        sentence_id: int,
        text: str,
        tokens: list[_Token],
        index: int,
        spans: dict[int, tuple[int, str | Entry, str]],
        found: list[_Mention],
    ) -> int:
        end, what, written = spans[index]
        parent = self._country(what)
        # A place's institutions are new actors (Астана қаласы әкімдігі); "Wabtec компаниясы"
        # is Wabtec itself.
        place = isinstance(what, Entry) and what.kind == "place"
        place = place or (isinstance(what, str) and self._is_place(written))
        extension = _institution_end(text, tokens, end) if place else None
        if extension is not None and extension - 1 in spans:
            extension = None
        if extension is not None:
            org_tokens = tokens[index:extension]
            found.append(self._organisation(sentence_id, text, org_tokens, parent))
        if isinstance(what, Entry) and what.id not in self.tag_ids:
            surface = text[tokens[index].start : tokens[end - 1].end]
            mention = _Mention(sentence_id, what.kind, surface, what.label_kk, entry=what)
            mention.parent = self._existing(what.parent)
            found.append(mention)
        return extension or end

    def _organisation(
        self, sentence_id: int, text: str, org: list[_Token], parent: str | None
    ) -> _Mention:
        written = text[org[0].start : org[-1].start] + self._institution_base(org[-1].text)
        surface = text[org[0].start : org[-1].end]
        if parent is None:
            country = self.gazetteer.country_of_company(written)
            parent = self._existing(country)
        if parent is None and _prefixed(letter_key(org[-1].text), words.INSTITUTION_PREFIXES):
            parent = self._state_parent(text[: org[0].start])
        key = " ".join(fold(self.base(t.text)) for t in org[:-1])
        last = written.split()[-1]
        last = words.ABBREVIATIONS.get(letter_key(last), last) if org[-1].acronym else last
        key = f"{key} {fold(last)}".strip()
        return _Mention(sentence_id, "organisation", surface, written, parent=parent, key=key)

    def _institution_base(self, text: str) -> str:
        """An institution noun keeps its possessive (``қызметі``), loses its case ending."""
        base = self.base(text)
        key = letter_key(text)
        noun = next((p for p in words.INSTITUTION_PREFIXES if key.startswith(p)), None)
        if noun is not None and not letter_key(base).startswith(noun):
            return text[: len(text) - (len(key) - len(noun))] if len(key) > len(noun) else text
        return base

    def _group(
        self,
        sentence_id: int,
        text: str,
        tokens: list[_Token],
        start: int,
        end: int,
        spans: dict[int, tuple[int, str | Entry, str]],
        found: list[_Mention],
    ) -> None:
        """A run of capitalised words: peel role words off, then say what it names."""
        first = start
        while start < end and _is_role_or_generic(tokens[start]):
            start += 1
        if start >= end:
            return
        group = tokens[start:end]
        following = tokens[end] if end < len(tokens) else None
        last_is_name = to_latin(group[-1].text.lower()).endswith(words.SURNAME_ENDINGS)
        if len(group) > 1 and following is not None and _is_role(following) and not last_is_name:
            group = group[:-1]  # "… Тоқаев Энергетика министрі …": the ministry is the role's
            end -= 1
        # A role names the person only right before the name (peeled or not).
        before = tokens[start - 1] if start > 0 else None
        role = start > first or (before is not None and _is_role(before))
        context = text[tokens[max(0, start - 4)].start : group[0].start] if start else ""
        after = tokens[end] if end < len(tokens) else None
        direct = len(group) == 1 and group[0].initial
        extension = _institution_end(text, tokens, end, acronyms=False, direct=direct)
        if extension is not None or (
            len(group) > 1 and _prefixed(letter_key(group[-1].text), words.INSTITUTION_PREFIXES)
        ):
            if len(group) == 1 and letter_key(group[0].text) in words.INSTITUTION_ALONE:
                return
            org_start = _joined_span_start(text, tokens, start, spans)
            parent = self._country(spans[org_start][1]) if org_start in spans else None
            if extension == end + 1 and _prefixed(
                letter_key(tokens[end].text), words.COMPANY_NOUNS
            ):
                extension = end
            org = tokens[org_start : extension or end]
            found.append(self._organisation(sentence_id, text, org, parent))
            return
        person = self._person(sentence_id, text, group, role, context, after)
        if person is not None:
            found.append(person)
            return
        if all(t.text.isascii() for t in group) and has_cyrillic(text):
            written = " ".join(t.text for t in group)
            if fold(written) not in _OUTLETS and "." not in written:
                found.append(self._organisation(sentence_id, text, group, None))
            return
        if (
            len(group) == 1
            and group[0].acronym
            and letter_key(group[0].text) not in words.NOT_ACRONYMS
        ):
            found.append(self._organisation(sentence_id, text, group, None))
            return
        if len(group) == 1 and not group[0].initial:
            self._place(sentence_id, text, tokens, start, found)

    def _person(
        self,
        sentence_id: int,
        text: str,
        group: list[_Token],
        role: bool,
        context: str,
        after: _Token | None,
    ) -> _Mention | None:
        """A person: initials, a surname ending, a role right before or мырза after."""
        if len(group) > 4 or any(_stop(t) for t in group):
            return None
        names = [_initials_off(t.text) for t in group]
        initials = names[0] != group[0].text or _spaced_initial(text, group[0])
        last = self.base(names[-1])
        last_key = fold(last)
        mister = after is not None and letter_key(after.text) in _MISTER
        ending = to_latin(last.lower())
        surname = ending.endswith(words.SURNAME_ENDINGS) and len(last_key) >= 5
        strong = ending.endswith(words.STRONG_SURNAME_ENDINGS) and len(last_key) >= 5
        # "Абайдың: "Бірлік – ақылға бірлік" деген сөзі": the genitive names who said it.
        quoting = last != names[-1] and bool(_QUOTES_AFTER.match(text, group[-1].end))
        if len(group) == 1:
            evidence = initials or mister or strong or quoting or (surname and not group[0].initial)
        else:
            evidence = initials or role or mister or surname
        if not evidence or self._lookup(last_key, last) is not None:
            return None
        names = [_title(n) for n in names[:-1]] + [_title(last)]
        surface = text[group[0].start : group[-1].end]
        mention = _Mention(sentence_id, "person", surface, " ".join(names), names=names)
        mention.merge = self._role_merge(context)
        mention.parent = self._role_parent(context)
        return mention

    def _place(
        self, sentence_id: int, text: str, tokens: list[_Token], index: int, found: list[_Mention]
    ) -> None:
        """A lone capitalised word inside a sentence: a place if a place noun or a
        locative or ablative ending says so."""
        token = tokens[index]
        base = self.base(token.text)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and letter_key(following.text) in words.PLACE_NOUNS:
            name = base
            if _prefixed(letter_key(following.text), words.REGION_NOUNS):
                name = f"{base} {_nominative_place_noun(following.text)}"
            surface = text[token.start : following.end]
            found.append(_Mention(sentence_id, "place", surface, name))
            return
        ending = letter_key(token.text[len(base) :])
        if base != token.text and ending in _WHERE:
            found.append(_Mention(sentence_id, "place", token.text, base))

    def _listed_places(
        self, sentence_id: int, text: str, tokens: list[_Token], found: list[_Mention]
    ) -> None:
        """``Аманқарағай, Новонежинка, Калинино елді мекендеріне``: every listed name."""
        for index, token in enumerate(tokens):
            if index == 0 or token.key != "eldi":
                continue
            if index + 1 >= len(tokens) or not tokens[index + 1].key.startswith("meken"):
                continue
            back = index - 1
            seen = {m.surface for m in found}
            while back >= 0 and tokens[back].capital:
                name = tokens[back].text
                if name not in seen and not _stop(tokens[back]):
                    found.append(_Mention(sentence_id, "place", name, name))
                between = text[tokens[back - 1].end : tokens[back].start] if back else ""
                if back == 0 or between.strip() not in {",", "және", "мен"}:
                    break
                back -= 1

    def _quoted(
        self,
        sentence_id: int,
        text: str,
        tokens: list[_Token],
        found: list[_Mention],
        consumed: set[int],
    ) -> None:
        """Names in «…» or "…": an organisation when an institution noun follows, when
        every word is capitalised, or when a known place is part of it."""
        for match in _QUOTED.finditer(text):
            inner = match.group(1).strip()
            inside = [i for i, t in enumerate(tokens) if match.start(1) <= t.start < match.end(1)]
            if not inside or re.search(r"[.?!,:;…]", inner) or len(inside) > 6:
                continue
            consumed.update(inside)
            first = tokens[inside[0]]
            if not first.capital or self._lookup(fold(inner), inner) is not None:
                continue
            following = next((t for t in tokens if t.start >= match.end()), None)
            institution = following is not None and _prefixed(
                letter_key(following.text), words.INSTITUTION_PREFIXES
            )
            capitals = all(tokens[i].capital for i in inside)
            has_place = any(self._lookup(tokens[i].key, tokens[i].text) for i in inside)
            if not (institution or capitals or (has_place and len(inside) > 1)):
                continue
            base = inner if len(inside) > 1 else self.base(inner)
            parent = self._existing(self.gazetteer.country_of_company(base))
            if parent is None and has_place:
                parent = next(
                    (
                        self._country(w)
                        for i in inside
                        if (w := self._lookup(tokens[i].key, tokens[i].text))
                    ),
                    None,
                )
            found.append(_Mention(sentence_id, "organisation", inner, base, parent=parent))

    # -- parents and merges ------------------------------------------------------------------

    def _is_place(self, written: str) -> bool:
        entry = self.gazetteer.find(fold(written))
        return entry is not None and entry.kind == "place"

    def _existing(self, tag_id: str | None) -> str | None:
        return tag_id if tag_id in self.actor_ids else None

    def _country(self, what: str | Entry | None) -> str | None:
        """The actor a known name stands for or belongs to (a place's country)."""
        if isinstance(what, str):
            return self._existing(what)
        if isinstance(what, Entry):
            if what.id in self.actor_ids:
                return what.id
            return self._existing(what.parent)
        return None

    def _role_parent(self, context: str) -> str | None:
        """The country in a person's role (``Resei SIM resmi ökılı``, ``Ақмола облысының
        әкімі``), else Kazakhstan for an official of its state."""
        merge = self._role_merge(context)
        for token in _tokenize(context):
            base = self.base(token.text)
            what = self._lookup(fold(base), base)
            if isinstance(what, Entry) and what.kind != "place":
                continue
            if isinstance(what, str) and not self._is_place(base):
                continue  # a person or body named nearby is not where this one belongs
            country = self._country(what)
            if country is not None and country != merge:
                return country
        return self._state_parent(context)

    def _state_parent(self, context: str) -> str | None:
        """An official of Kazakhstan's state (a minister, an akim) belongs to Kazakhstan."""
        keys = [letter_key(t.text) for t in _tokenize(context)]
        if any(_prefixed(k, words.STATE_ROLES) for k in keys) or any(
            _prefixed(k, words.STATE_INSTITUTIONS) for k in keys
        ):
            return self._existing("kazakhstan")
        return None

    def _role_merge(self, context: str) -> str | None:
        key = letter_key(context)
        for phrase, tag_id in words.ROLE_MERGES.items():
            if phrase in key and tag_id in self.tag_ids:
                return tag_id
        for token in _tokenize(context):
            if not _prefixed(letter_key(token.text), words.ROLE_PREFIXES):
                continue
            what = self.known.get(fold(self.base(token.text)))
            if what is None:
                what = next(
                    (tid for k, tid in self.known.items() if fold(token.text).startswith(k)), None
                )
            if what is not None:
                return what
        return None


# -- text helpers ----------------------------------------------------------------------------


def _readable_part(text: str) -> str:
    """The sentence without its dateline, its outlet credit line or a bare signature."""
    match = DATELINE.match(text)
    if match:
        text = " " * match.end() + text[match.end() :]
    if _SIGNATURE.fullmatch(text):
        return ""

    def blank(credit: re.Match[str]) -> str:
        name = credit.group("name").strip('«»"“”')
        key = fold(name)
        is_outlet = key in _OUTLETS or "." in name or credit.group("name")[:1] in '«"“'
        return " " * len(credit.group(0)) if is_outlet else credit.group(0)

    return _CREDIT.sub(blank, text)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous = 0
    for match in _TOKEN.finditer(text):
        between = text[previous : match.start()]
        initial = not tokens or not _OPENERS.isdisjoint(between)
        word = match.group(0).rstrip(".")
        tokens.append(_Token(word, match.start(), match.end(), initial, *_word_facts(word)))
        previous = match.end()
    return tokens


def _adjacent(text: str, tokens: Sequence[_Token]) -> bool:
    return all(text[a.end : b.start] == " " for a, b in itertools.pairwise(tokens))


def _stop(token: _Token) -> bool:
    """A function word or a generic noun in any case form (``Үкіметтің``), or an outlet."""
    return _stop_word(token.text)


@lru_cache(maxsize=1 << 14)
def _stop_word(text: str) -> bool:
    key = letter_key(text)
    if key in words.FUNCTION_WORDS or key in words.GENERIC_NOUNS or fold(text) in _OUTLETS:
        return True
    return any(
        key.startswith(g) and len(key) - len(g) <= 5 for g in words.GENERIC_NOUNS if len(g) >= 4
    )


def _is_role(token: _Token) -> bool:
    return _prefixed(letter_key(token.text), words.ROLE_PREFIXES)


def _is_role_or_generic(token: _Token) -> bool:
    return _is_role(token) or _stop(token)


def _group_end(
    text: str,
    tokens: list[_Token],
    start: int,
    spans: dict[int, tuple[int, str | Entry, str]],
    consumed: set[int],
) -> int:
    end = start + 1
    while end < len(tokens):
        token = tokens[end]
        if end in spans or end in consumed or not token.capital or _stop(token):
            break
        if text[tokens[end - 1].end : token.start] != " ":
            break
        if token.text.isascii() != tokens[end - 1].text.isascii() and has_cyrillic(text):
            break  # "Тоқаев Glencore": a change of script ends a name
        end += 1
    return end


def _institution_end(
    text: str, tokens: list[_Token], end: int, *, acronyms: bool = True, direct: bool = False
) -> int | None:
    """Where an institution noun closes a name that ends at ``end`` (up to two words
    between, as in ``syrtqy ıster ministrlıgı``), or an acronym follows (``Resei SIM``)."""
    for offset in range(1 if direct else 3):
        index = end + offset
        if index >= len(tokens) or text[tokens[index - 1].end : tokens[index].start] != " ":
            return None
        token = tokens[index]
        key = letter_key(token.text)
        if acronyms and offset == 0 and token.acronym and key not in words.NOT_ACRONYMS:
            return index + 1
        if _prefixed(key, words.INSTITUTION_PREFIXES):
            return index + 1
        if token.capital or _is_role(token) or key in words.FUNCTION_WORDS:
            return None
    return None


def _joined_span_start(
    text: str, tokens: list[_Token], start: int, spans: dict[int, tuple[int, str | Entry, str]]
) -> int:
    """Where an organisation's name begins when a known body opens it (``BŪŪ Bas …``).
    Only a body does: a known person or role before a name (``Тоқаев Glencore
    компаниясы``) is the name's neighbour, not part of it."""
    for first, (end, what, _written) in spans.items():
        if end == start and text[tokens[end - 1].end : tokens[start].start] == " ":
            return first if _names_a_body(tokens[first:end], what) else start
    return start


def _names_a_body(known: Sequence[_Token], what: str | Entry) -> bool:
    """Whether a known name is an organisation's: an acronym (БҰҰ) or a gazetteer body."""
    if isinstance(what, Entry):
        return what.kind == "organisation"
    return len(known) == 1 and known[0].acronym


def _initials_off(text: str) -> str:
    match = _INITIALS.match(text)
    return match.group(1) if match else text


_SPACED_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\. ?$")


def _spaced_initial(text: str, token: _Token) -> bool:
    """``Р. Мұстафин``: one capital letter and a full stop right before the name."""
    match = _SPACED_INITIAL.search(text[max(0, token.start - 4) : token.start])
    return match is not None and match.group(1).isupper()


def _title(name: str) -> str:
    """``САРЫМ`` → ``Сарым``: a name in capitals is shown as a name."""
    if len(name) > 2 and name.isupper():
        return "-".join(part.capitalize() for part in name.split("-"))
    return name


def _nominative_place_noun(text: str) -> str:
    key = fold(text)
    return (
        "облысы"
        if key.startswith("oblis") and has_cyrillic(text)
        else ("ауданы" if has_cyrillic(text) else text[: len(text) - len(key) + 6])
    )


# -- candidates from mentions -------------------------------------------------------------------


def find_candidates(
    sentences: Iterable[tuple[int, int, str]],
    tags: Sequence[Tag],
    gazetteer: Gazetteer | None = None,
) -> list[Candidate]:
    """Candidates from ``(sentence id, document id, Kazakh text)``, most quoted first."""
    finder = CandidateFinder(tags, gazetteer)
    by_document: dict[int, list[_Mention]] = {}
    for sentence_id, document_id, text in sentences:
        by_document.setdefault(document_id, []).extend(finder.mentions(sentence_id, text))
    groups = _group_people(by_document)
    for mentions in by_document.values():
        for mention in mentions:
            if mention.kind != "person":
                groups.setdefault(
                    (mention.kind, mention.entry.id if mention.entry else mention.key), []
                ).append(mention)
    taken = {t.id for t in tags}
    made = (_candidate(group, finder, taken) for group in groups.values())
    result = [c for c in made if c is not None]
    return sorted(result, key=lambda c: (-len(c.quotes), c.label))


def _group_people(by_document: dict[int, list[_Mention]]) -> dict[tuple[str, str], list[_Mention]]:
    """People by full name; a surname or first name alone joins the one full name that has it
    (in the same document first), and ``Асқар Серқұлұлы`` joins ``Асқар Жұмаділдаев``."""
    groups: dict[tuple[str, str], list[_Mention]] = {}
    full: dict[str, list[_Mention]] = {}
    documents: dict[str, set[int]] = {}
    partial: list[tuple[int, _Mention]] = []
    for document_id, mentions in by_document.items():
        for m in mentions:
            if m.kind != "person":
                continue
            if len(m.names) > 1:
                full.setdefault(m.key, []).append(m)
                documents.setdefault(m.key, set()).add(document_id)
            else:
                partial.append((document_id, m))
    names = {key: group[0].names for key, group in full.items()}
    # A patronymic full name (… ұлы) in a document with one other full name of the same first name.
    by_first: dict[str, list[str]] = {}
    for key in full:
        by_first.setdefault(fold(names[key][0]), []).append(key)
    for key in list(full):
        if not letter_key(names[key][-1]).endswith(_PATRONYMIC):
            continue
        same = [
            k
            for k in by_first[fold(names[key][0])]
            if k != key and k in full and documents[k] & documents[key]
        ]
        if len(same) == 1:
            full[same[0]].extend(full.pop(key))
    by_name: dict[str, list[str]] = {}
    for key in full:
        for word in {fold(names[key][0]), fold(names[key][-1])}:
            by_name.setdefault(word, []).append(key)
    for document_id, m in partial:
        matches = by_name.get(fold(m.names[0]), [])
        local = [k for k in matches if document_id in documents[k]]
        chosen = local if len(local) == 1 else matches
        if len(chosen) == 1:
            full[chosen[0]].append(m)
        else:
            full.setdefault(m.key, []).append(m)
            names.setdefault(m.key, m.names)
            documents.setdefault(m.key, set()).add(document_id)
    for key, group in full.items():
        groups[("person", key)] = group
    return groups


def _label_rank(base: str, count: int, kind: str) -> tuple[int, int, int, int, str]:
    """Fullest name first for people (a surname alone is not a label), Cyrillic before
    Latin, not a patronymic, then the commonest and shortest form."""
    patronymic = letter_key(base).endswith(_PATRONYMIC)
    fullness = -len(base.split()) if kind == "person" else 0
    script = 0 if has_cyrillic(base) else 1
    return (fullness, script, int(patronymic), -count, base)


def _candidate(group: list[_Mention], finder: CandidateFinder, taken: set[str]) -> Candidate | None:
    kind = group[0].kind
    entry = group[0].entry
    if entry is not None:
        label, label_en, wanted_id = entry.label_kk, entry.label_en, entry.id
    else:
        counts = Counter(m.base for m in group)
        label = min(counts, key=lambda b: _label_rank(b, counts[b], kind))
        label_en = to_latin(label) if has_cyrillic(label) else label
        wanted_id = label_en
    key = fold(label)
    if key in finder.known or key in finder.labels:
        return None
    aliases: list[str] = []
    for name in (label, *(m.base for m in group), *(m.surface for m in group)):
        _add(aliases, name)
    if entry is not None:
        for name in entry.names:
            _add(aliases, name)
    for name in list(aliases):
        if has_cyrillic(name):
            _add(aliases, to_latin(name))
    if kind == "person":
        surname = group[0].names[-1] if len(label.split()) > 1 else ""
        for m in group:
            if len(m.names) > 1:
                surname = label.split()[-1]
        if surname:
            _add(aliases, surname)
            if has_cyrillic(surname):
                _add(aliases, to_latin(surname))
    parents = Counter(m.parent for m in group if m.parent)
    merges = Counter(m.merge for m in group if m.merge)
    merge = merges.most_common(1)[0][0] if merges else _similar_tag(finder, label, label_en)
    parent = parents.most_common(1)[0][0] if parents else None
    if parent == merge:
        parent = None
    quotes = tuple(sorted({m.sentence_id for m in group}))
    return Candidate(
        key,
        label,
        kind,
        tuple(aliases),
        quotes,
        label_en,
        _free_id(wanted_id, taken),
        parent,
        merge,
    )


def _add(names: list[str], name: str) -> None:
    name = name.strip()
    if name and name not in names:
        names.append(name)


def _similar_tag(finder: CandidateFinder, label: str, label_en: str) -> str | None:
    return finder.labels.get(fold(label)) or finder.labels.get(fold(label_en))


_ASCII = str.maketrans({"ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ñ": "n", "ŋ": "n", "ū": "u"})


def _free_id(name: str, taken: set[str]) -> str:
    """A tag id from a name's Latin spelling (``Qasym-Jomart Toqaev`` → ``qasym_jomart_toqaev``)
    that no tag has yet."""
    latin = unicodedata.normalize("NFKD", to_latin(name).lower().translate(_ASCII))
    plain = "".join(ch for ch in latin if not unicodedata.combining(ch))
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:36].strip("_") or "actor"
    if not base[0].isalpha():
        base = "a_" + base
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate
