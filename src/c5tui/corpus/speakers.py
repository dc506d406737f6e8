"""Speaker names in their base form, and role nouns resolved to the people they stand for.

Kazakh inflects names (``Мұстафинді``, ``Мұстафиннің``, ``Мұстафинмен``, ``…ұлын``);
a quote is credited to the name's base form, then to the fullest form of that name the
article uses (``Рүстем Мұстафин``). A role noun (``министр``, ``Мемлекет басшысы``)
stands for the person the article named with it, when there is one such person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

UPPER = "А-ЯӘҒҚҢӨҰҮҺІЁA-ZÄÇĞİÑÖŞÜŪŊǦ"
LOWER = "а-яәғқңөұүһіёa-zäçğıñöşüūéŋǧý"
LETTER = f"{UPPER}{LOWER}"
WORD = rf"[{LETTER}][{LETTER}’'ʼ-]*"
# A capitalised word (a name part) or a run of initials glued or spaced: Р.Мұстафин, Р. Мұстафин.
NAME_PART = rf"[{UPPER}][{LOWER}’'ʼ]+(?:-[{UPPER}][{LOWER}’'ʼ]+)?"
INITIALS = rf"(?:[{UPPER}]\.\s?){{1,2}}"
SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ова", "ева", "ина", "ұлы", "қызы", "улы", "кызы", "енко", "ский",
    "ская", "бек", "бай", "бекова", "баева", "баев", "ов", "ян", "дзе", "швили", "uly", "qyzy",
    "ov", "ev", "in", "ova", "eva", "ina",
)  # fmt: skip
# Case endings that follow a name, longest first (genitive, accusative, dative, instrumental,
# locative, ablative); a bare ``-н`` is the accusative of a name in -ы/-і (Ұлын, қызын).
CASE_ENDINGS = tuple(
    sorted(
        (
            "ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні",
            "ға", "ге", "қа", "ке", "на", "не", "мен", "бен", "пен", "да", "де", "та", "те",
            "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Role nouns that stand in for a named person, base form first, then its usual forms.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "Мемлекет басшысы": ("мемлекет басшысы", "мемлекет басшысының", "мемлекет басшысына"),
    "Президент": ("президент", "президенті", "президентінің", "президентке", "президенттің"),
    "Премьер-министр": ("премьер-министр", "премьер-министрі", "үкімет басшысы"),
    "министр": ("министр", "министрі", "министрдің", "министрінің", "вице-министр",
                "вице-министрі", "министрлігінің", "министрге"),
    "сарапшы": ("сарапшы", "сарапшының", "сарапшыға", "сарапшымен", "сарапшылар"),
    "саясаттанушы": ("саясаттанушы", "саясаттанушының", "саясаттанушыға"),
    "экономист": ("экономист", "экономисі", "экономистің"),
    "әкім": ("әкім", "әкімі", "әкімінің", "әкімнің"),
    "депутат": ("депутат", "депутаты", "депутаттың"),
    "төраға": ("төраға", "төрағасы", "төрағаның", "төрағасының"),
    "директор": ("директор", "директоры", "директордың"),
    "жетекші": ("жетекші", "жетекшісі", "жетекшісінің"),
    "ғалым": ("ғалым", "ғалымның"),
    "маман": ("маман", "маманы", "маманның"),
    "спикер": ("спикер", "спикердің"),
    "өкіл": ("өкілі", "өкілдері", "өкілінің"),
    "елші": ("елші", "елшісі"),
}  # fmt: skip
PRONOUNS = frozenset({"ол", "ол кісі", "ol"})

_ROLE_FORMS = {form: base for base, forms in ROLE_NOUNS.items() for form in forms}
_PERSON = re.compile(
    rf"(?<![{LETTER}.])(?:{INITIALS}{NAME_PART}|{NAME_PART}(?:\s+{NAME_PART}){{0,2}})"
)
_ALL_CAPS_NAME = re.compile(rf"^([{UPPER}][{LOWER}]+)\s+([{UPPER}]{{3,}}(?:-[{UPPER}]+)?)\b")
# Attribution asks these of every capitalised word of every sentence, and the same words
# recur across a corpus: the answers are kept (they depend on the word alone).
_WORDS_KEPT = 1 << 16


def title_case_caps(word: str) -> str:
    """``ЖҰМАДІЛДАЕВ`` → ``Жұмаділдаев`` (outlets print surnames in capitals)."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def glue_initials(name: str) -> str:
    """``Р. Мұстафин`` → ``Р.Мұстафин``: one spelling for the same person."""
    return re.sub(rf"([{UPPER}])\.\s+(?=[{UPPER}])", r"\1.", name.strip())


def has_surname_ending(word: str) -> bool:
    return word.lower().endswith(SURNAME_ENDINGS)


@lru_cache(maxsize=_WORDS_KEPT)
def base_form(word: str) -> str:
    """The name word without a case ending, when stripping one leaves a surname."""
    if has_surname_ending(word) and not _ends_in_case_after_surname(word):
        return word
    lowered = word.lower()
    for ending in CASE_ENDINGS:
        if lowered.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if has_surname_ending(stem):
                return stem
            # Мұстафиннің: the stem's last consonant doubles before -нің.
            if stem.endswith("н") and has_surname_ending(stem[:-1]) and ending.startswith("н"):
                return stem
    if lowered.endswith(("ұлын", "қызын", "улын", "кызын")):
        return word[:-1]
    return word


def _ends_in_case_after_surname(word: str) -> bool:
    lowered = word.lower()
    return any(
        lowered.endswith(e) and has_surname_ending(word[: -len(e)])
        for e in CASE_ENDINGS
        if len(word) - len(e) >= 3
    )


@lru_cache(maxsize=_WORDS_KEPT)
def base_name(name: str) -> str:
    """A person's name with initials glued and the last word in its base form."""
    name = glue_initials(name)
    parts = name.split()
    if not parts:
        return name
    last = parts[-1]
    if "." in last:
        initials, _, surname = last.rpartition(".")
        parts[-1] = f"{initials}.{base_form(surname)}"
    else:
        # Only the last word of a Kazakh name takes the case ending.
        parts[-1] = base_form(last)
    return " ".join(parts)


def surname(name: str) -> str:
    return base_name(name).split()[-1].rpartition(".")[2] if name.split() else name


@lru_cache(maxsize=_WORDS_KEPT)
def role_base(phrase: str) -> str | None:
    """The role noun's base form if ``phrase`` ends in one (``Көлік вице-министрі`` → министр)."""
    lowered = phrase.lower().strip()
    for size in (3, 2, 1):
        tail = " ".join(lowered.split()[-size:])
        if tail in _ROLE_FORMS:
            return _ROLE_FORMS[tail]
    return None


@lru_cache(maxsize=_WORDS_KEPT)
def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's name (its last word has a surname ending)."""
    parts = base_name(text).split()
    return (
        bool(parts)
        and all(p[:1].isupper() for p in parts)
        and (has_surname_ending(parts[-1].rpartition(".")[2]) or "." in parts[-1])
    )


def _name_words(words: list[str]) -> list[str] | None:
    """The person's name among capitalised words: a surname with the given name (and a
    patronymic) before it, role nouns and what follows the surname left out."""
    last = max((i for i, w in enumerate(words) if is_person_name(w) or "." in w[:-1]), default=None)
    if last is None:
        return None
    first = last
    while first > 0 and last - first < 2:
        before = words[first - 1]
        if before.endswith(".") and len(before) <= 4:
            first -= 1  # initials: Р. Мұстафин
            break
        if role_base(before) or before.isupper():
            break
        patronymic = words[first].lower().endswith(("ұлы", "қызы", "улы", "кызы", "uly", "qyzy"))
        if last - first == 1 and not patronymic:
            break
        first -= 1
    return words[first : last + 1]


def persons_in(text: str) -> list[tuple[int, str]]:
    """Person names mentioned in ``text`` with where they start, in base form."""
    found = []
    for match in _PERSON.finditer(text):
        words = match.group(0).split()
        name_words = _name_words(words)
        if name_words:
            name = " ".join(name_words)
            at = match.start() + match.group(0).find(name_words[0])
            found.append((at, base_name(name)))
    return found


def name_from_title(title: str) -> str | None:
    """``Асқар ЖҰМАДІЛДАЕВ, академик: …`` names the interviewee in a house style."""
    match = _ALL_CAPS_NAME.match(title.strip())
    if match is None:
        return None
    return f"{match.group(1)} {title_case_caps(match.group(2))}"


@dataclass
class SpeakerBook:
    """The people an article names, to credit quotes to the fullest name it uses.

    ``roles`` maps a role noun's base form to the people named with it, in order.
    """

    people: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)

    def learn(self, text: str) -> None:
        """Note every person named in ``text`` and the role noun just before each name."""
        for start, name in persons_in(text):
            self._add_person(name)
            before = text[:start].rstrip()
            role = role_base(" ".join(before.split()[-3:])) if before else None
            if role:
                known = self.roles.setdefault(role, [])
                full = self.full_name(name)
                if full not in known:
                    known.append(full)

    def _add_person(self, name: str) -> None:
        if name in self.people:
            return
        # A longer form of a name already known replaces it (Мұстафин → Рүстем Мұстафин).
        for i, known in enumerate(self.people):
            if surname(known) == surname(name) and len(name) > len(known):
                self.people[i] = name
                return
            if surname(known) == surname(name):
                return
        self.people.append(name)

    def full_name(self, name: str) -> str:
        """The fullest form of ``name`` the article uses (same surname, same initial)."""
        base = base_name(name)
        last = surname(base)
        for known in self.people:
            if surname(known) == last and _compatible(known, base):
                return known
        return base

    def resolve(self, phrase: str) -> str:
        """The speaker a phrase after a reporting verb names: a person, or the role noun."""
        phrase = " ".join(phrase.split())
        names = persons_in(phrase)
        if names:
            return self.full_name(names[-1][1])
        if phrase[:1].isupper() and " " not in phrase and has_surname_ending(base_form(phrase)):
            return self.full_name(phrase)
        role = role_base(phrase)
        if role and len(self.roles.get(role, [])) == 1:
            return self.roles[role][0]
        return phrase


def _compatible(known: str, name: str) -> bool:
    """``Р.Мұстафин`` and ``Рүстем Мұстафин`` may be one person; ``А.Мұстафин`` may not."""
    first = name.split()[0] if " " in name else name
    if "." in first:
        initial = first[0]
        return known.startswith(initial)
    if " " in name:
        return known.split()[0] == name.split()[0] or known.split()[0][:1] == name[:1]
    return True
