"""Is a text word an inflected form of a Kazakh lemma? Exact letters, plausible endings.

A word matches a lemma when it begins with the lemma's exact letters (:func:`letters`) —
or with one of its alternating stems before a vowel: the final ``к/қ/п`` voiced
(``экономикалық`` → ``экономикалығы``) or a closing ``ы/і`` dropped (``кәсіпорын`` →
``кәсіпорны``) — and what follows is a chain of Kazakh endings in a possible order, whose
first letter agrees with the stem's last (``-тар`` after a voiceless consonant, ``-дар``
or ``-лар`` after a voiced one). So ``уранды`` is uranium, but ``ұран`` (slogan) is not,
nor ``ақша`` (money, a bare ``-а``) the USA (``АҚШ``), nor ``көміртегі`` (carbon) coal.
"""

from __future__ import annotations

from functools import lru_cache

from c5tui.text.fold import fold
from c5tui.text.letters import letters

_VOWELS = frozenset("aäeioöuūüıy")
_VOICELESS = frozenset("kqpstşfh")
_FOLDED_VOWELS = frozenset("aeiou")
# Before a vowel the final voiceless consonant of a stem is voiced: к→г, қ→ғ, п→б.
_VOICED = {"k": "g", "q": "ğ", "p": "b"}

# Noun endings by slot (folded spelling, every harmony variant): a chain takes them in
# slot order, and the adjective ``-дағы`` may be declined again. Derivations (-лық, -лі)
# make other words (министр → министрлік, ministry): the glossary lists those itself.
_PLURAL = ("lar", "ler", "dar", "der", "tar", "ter")
_POSSESSIVE = ("imiz", "miz", "iniz", "niz", "im", "m", "in", "i", "si")
_CASE = (
    "nin", "din", "tin", "ga", "ge", "ka", "ke", "da", "de", "ta", "te", "dan", "den",
    "tan", "ten", "nan", "nen", "ni", "di", "ti", "men", "ben", "pen", "dai", "dei",
    "tai", "tei", "sha", "she",
    # predicative person: ғалымсыз, "you are a scientist"; also -сыз, "without" (жылусыз)
    "min", "sin", "siz",
)  # fmt: skip
# After a possessive only: the pronominal -н- (кәсіпорнына, шаруашылығындағы).
_AFTER_POSSESSIVE = (
    "na", "ne", "a", "e", "n", "nda", "nde", "ndan", "nden", "ndagi", "ndegi", "nsha", "nshe",
)  # fmt: skip
_ADJECTIVE = ("dagi", "degi", "tagi", "tegi")
# Verb endings: [voice] [negation] core [person or noun endings], every harmony variant.
_VOICE = ("", "il", "in", "l", "n")
_NEGATION = ("", "ma", "me", "ba", "be", "pa", "pe")
# Participles and the verbal noun decline like nouns (айтқанын, айтуынша).
_DECLINED = (
    "gan", "gen", "kan", "ken", "atin", "etin", "itin", "u", "ushi", "ar", "er", "r",
    "mak", "mek", "bak", "bek", "pak", "pek",
)  # fmt: skip
# Past, present and conditional stems take a person ending (айттық, мәлімдейміз, айтсақ).
# The evidential past -ыпты (экспорттапты, "it turns out it exported") likewise.
_CONJUGATED = ("di", "ti", "a", "e", "i", "sa", "se", "ipti", "pti")
_PERSON = ("", "m", "n", "k", "niz", "iniz", "min", "sin", "miz", "siz", "di")
_CONVERB = ("ip", "p")


def _noun_slots() -> list[tuple[str, int]]:
    slots = [(s, 1) for s in _PLURAL]
    slots += [(s, 2) for s in _POSSESSIVE] + [(s, 3) for s in _CASE + _AFTER_POSSESSIVE]
    return slots + [(s, 4) for s in _ADJECTIVE]


_NOUN_SLOTS = _noun_slots()


@lru_cache(maxsize=1 << 16)
def noun_endings(rest: str, slot: int = -1, possessive: bool = False) -> bool:
    """True if ``rest`` (folded) is a chain of noun endings after slot ``slot``."""
    if not rest:
        return True
    for suffix, its_slot in _NOUN_SLOTS:
        if not rest.startswith(suffix):
            continue
        if its_slot <= slot and not (slot == 4 and its_slot in (1, 3)):
            continue
        if suffix in _AFTER_POSSESSIVE and not possessive:
            continue
        # Slot 4 (-дағы) ends in a vowel like a possessive: -дағыны, -дағыларға.
        if noun_endings(rest[len(suffix) :], its_slot, its_slot in (2, 4)):
            return True
    return False


@lru_cache(maxsize=1 << 16)
def verb_endings(rest: str) -> bool:
    """True if ``rest`` (folded) is the endings of a verb form (айт|қанын, жария|ла|нды)."""
    for voice in _VOICE:
        for negation in _NEGATION:
            core = voice + negation
            if not rest.startswith(core):
                continue
            tail = rest[len(core) :]
            if tail in _CONVERB:
                return True
            for form in _DECLINED:
                if tail.startswith(form) and noun_endings(tail[len(form) :]):
                    return True
            for form in _CONJUGATED:
                if tail.startswith(form) and tail[len(form) :] in _PERSON:
                    return True
    return False


# A verb made from a noun: -ла/-ле after a vowel, р or й; -да/-де after a voiced
# consonant; -та/-те after a voiceless one (сауда|ла, тасымал|да, экспорт|та).
_VERBALIZERS = ("la", "le", "da", "de", "ta", "te")
MIN_NOUN = 4


def _verbalizer_fits(stem: str, verbalizer: str) -> bool:
    last = stem[-1]
    if verbalizer[0] == "l":
        return last in _FOLDED_VOWELS or last in "ry"
    if verbalizer[0] == "t":
        return last in "kpstfh"
    return last not in _FOLDED_VOWELS and last not in "kpstfhry"


@lru_cache(maxsize=1 << 16)
def denominal_stems(key: str) -> tuple[str, ...]:
    """The nouns a folded verb form was made from: ``экспорттапты`` and ``экспортталыпты``
    come from экспорт, ``саудалаған`` from сауда. Folding writes the doubled т of
    экспорт|та once, so a verbalizer may have lost its first letter to the stem's last."""
    found: list[str] = []
    for cut in range(MIN_NOUN, len(key) - 1):
        stem, rest = key[:cut], key[cut:]
        for verbalizer in _VERBALIZERS:
            if not _verbalizer_fits(stem, verbalizer):
                continue
            if rest.startswith(verbalizer):
                tail = rest[len(verbalizer) :]
            elif stem[-1] == verbalizer[0] and rest.startswith(verbalizer[1]):
                tail = rest[1:]
            else:
                continue
            if tail and verb_endings(tail) and stem not in found:
                found.append(stem)
    return tuple(found)


def _agrees(stem: str, rest: str) -> bool:
    """The first letter of the ending agrees with the stem's last (consonant assimilation)."""
    last, first = stem[-1], rest[0]
    if last in _VOICELESS:
        return first not in "dglbn"
    if last in _VOWELS:
        return first not in "tk"
    return first not in "tkp"


@lru_cache(maxsize=4096)
def stems_of(lemma: str) -> tuple[tuple[str, bool], ...]:
    """The exact-letter stems of a one-word lemma, each with whether a vowel must follow."""
    word = letters(lemma)
    stems = [(word, False)]
    if word[-1] in _VOICED:
        stems.append((word[:-1] + _VOICED[word[-1]], True))
    # орын → орны, халық → халқы: the closing ы/і of a two-consonant frame drops.
    if len(word) >= 4 and word[-2] in "yı" and word[-1] not in _VOWELS and word[-3] not in _VOWELS:
        stems.append((word[:-2] + word[-1], True))
    return tuple(stems)


@lru_cache(maxsize=4096)
def key_stems_of(lemma: str) -> tuple[tuple[str, bool], ...]:
    """:func:`stems_of` as search keys, for a query typed on any keyboard."""
    return tuple(
        dict.fromkeys((fold(stem).replace(" ", ""), vowel) for stem, vowel in stems_of(lemma))
    )


def inflects(word: str, lemma: str, *, verb: bool = False) -> bool:
    """True if ``word`` (as written) is ``lemma`` or an inflected form of it, letter-exact."""
    return _inflects(letters(word), stems_of(lemma), verb=verb, closing="yı")


def inflects_key(key: str, lemma: str, *, verb: bool = False) -> bool:
    """Like :func:`inflects` for a folded key: the letters a keyboard may lose are not checked."""
    return _inflects(key, key_stems_of(lemma), verb=verb, closing="i")


def _inflects(
    written: str, stems: tuple[tuple[str, bool], ...], *, verb: bool, closing: str
) -> bool:
    # ``closing``: the letters ы/і in this spelling; a stem ending in one may be possessive.
    for stem, vowel_next in stems:
        if not written.startswith(stem):
            continue
        rest = written[len(stem) :]
        if not rest:
            if not vowel_next:
                return True
            continue
        folded = fold(rest).replace(" ", "")
        if not folded or (vowel_next and folded[0] not in _FOLDED_VOWELS):
            continue
        if not _agrees(stem, folded):
            continue
        ends = verb_endings(folded) if verb else noun_endings(folded, -1, stem[-1] in closing)
        if ends:
            return True
    return False


_GENITIVE = ("nin", "din", "tin")


def genitive(written: str, lemma: str) -> bool:
    """True if ``written`` (exact letters or a key) is ``lemma`` or its genitive.

    The first word of a compound may take it: «Үкімет отырысы», «Үкіметтің отырысында».
    """
    if written == lemma:
        return True
    if not written.startswith(lemma) or len(written) == len(lemma):
        return False
    rest = fold(written[len(lemma) :]).replace(" ", "")
    return rest in _GENITIVE and _agrees(lemma, rest)
