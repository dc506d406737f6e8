"""Alias words whose neighbours show another sense: a power plant is no great power.

Each entry lists the words that, right after or right before the alias word, make it
another word: ``жол қауіпсіздігі`` is road safety, not security; ``бәсекеге қабілетті``
is competitive, not great-power competition; ``ықпал етеді`` (contributes) is no
influence. Neighbours are compared by their search keys, English stems and Kazakh stems,
so a lemma listed here also stands for its case forms (``жүріс`` for ``жүрісінің``).
"""

from __future__ import annotations

from functools import cache

from c5tui.tagging.spelling import is_cyrillic, same_letters
from c5tui.text import Token, english_stem, fold, kazakh_stems


def _keys(words: str) -> frozenset[str]:
    return frozenset(k for word in words.split() for k in (fold(word), english_stem(fold(word))))


# The light verb ет- (do) after ықпал: forms too short for the stemmer to reduce.
_ET = "ете етеді етті ету етуге етуі етуде етіп етпек етер етсе еткен ететін етпейді етпеді"
# бер- (give) after келісім: келісім беру is consent, not an agreement.
_BER = "бер береді берді беру беруге беруі берген бермеді берсе беретін берілді"

# After ғылым/ғылыми: a degree or a post (ғылымдарының докторы, ғылыми қызметкер).
_DEGREES = "доктор кандидат қызметкер дәреже"

# alias word -> (words after it, words before it) that give it another sense
OTHER_SENSE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    fold("power"): (
        _keys("plant station grid line supply generation capacity outage sector unit"),
        _keys("fired nuclear solar wind hydro electric thermal purchasing horse"),
    ),
    fold("balance"): (_keys("sheet"), _keys("trade bank account")),
    fold("security"): (_keys("deposit"), _keys("social food")),
    fold("capital"): (_keys("city"), _keys("the human")),  # the capital is Astana
    fold("standard"): (frozenset(), _keys("double living")),
    fold("science"): (frozenset(), _keys("political social")),
    fold("conflict"): (_keys("of"), frozenset()),  # conflict of interest
    fold("gas"): (frozenset(), _keys("greenhouse")),  # emissions, not a fuel
    fold("farm"): (frozenset(), _keys("wind solar server")),
    fold("agreement"): (frozenset(), _keys("paris")),  # a climate accord, not a deal
    # Kazakh: safety, not security (fire, road, work, food, child safety; seat belts), and
    # energy and information security, which are not diplomacy or defence
    fold("қауіпсіздік"): (
        _keys("техника ереже белдік"),
        _keys(
            "өрт жол жүріс еңбек түлік тамақ санитарлық эпидемиологиялық техникалық "
            "өнеркәсіптік радиациялық өмір бала балалар жолаушы экологиялық "
            "энергетикалық ақпараттық"
        ),
    ),
    fold("ықпал"): (_keys(_ET), frozenset()),
    fold("бәсеке"): (_keys("қабілет қабілетті қабілеттілік"), frozenset()),
    fold("келісім"): (
        _keys(_BER),
        _keys("ұлтаралық этносаралық конфессияаралық дінаралық қоғамдық азаматтық париж"),
    ),
    fold("газ"): (frozenset(), _keys("парниктік көмірқышқыл")),  # greenhouse gases, CO2
    fold("капитал"): (frozenset(), _keys("адами")),  # human capital
    fold("серіктестік"): (frozenset(), _keys("стратегиялық")),  # diplomacy, not a venture
    fold("ҚР"): (_keys("код коды кодты кодын code"), frozenset()),  # a QR code
    # an airport named after the capital is not the country
    fold("Астана"): (_keys("халықаралық әуежай әуежайы"), frozenset()),
    fold("стандарт"): (frozenset(), _keys("қос сүру")),  # double, living standards
    fold("барлау"): (_keys("қызмет"), _keys("әскери шетелдік")),  # intelligence
    # a car, not transport: road accidents, drivers, one's own car
    fold("көлік"): (_keys("оқиға апат жүргізуші"), _keys("жеке")),
    fold("соғыс"): (_keys("ардагер"), _keys("отан")),  # the Second World War remembered
    # academic degrees and posts name who speaks, not what about
    fold("ғылым"): (_keys(_DEGREES), frozenset()),
    fold("ғылыми"): (_keys(_DEGREES), frozenset()),
    fold("қақтығыс"): (frozenset(), _keys("мүдде мүдделер")),  # conflict of interest
    fold("биржа"): (frozenset(), _keys("еңбек")),  # a labour exchange
    fold("АҚШ"): (_keys("доллар доллары долларын долларға"), frozenset()),  # a currency
    fold("минерал"): (_keys("тыңайтқыш тыңайтқыштар"), frozenset()),  # fertiliser: farming
    fold("держава"): (frozenset(), _keys("цифрлық")),  # a digital power: technology
    # a region's name: East Kazakhstan
    fold("Қазақстан"): (frozenset(), _keys("шығыс батыс солтүстік оңтүстік орталық")),
}


@cache
def _foreign_countries() -> dict[str, tuple[str, ...]]:
    """Every name of a country other than Kazakhstan, by search key: «Қырғызстан
    Президенті» is not Kazakhstan's."""
    from c5tui.tagging.gazetteer import bundled_gazetteer

    names: dict[str, tuple[str, ...]] = {}
    for entry in bundled_gazetteer().entries:
        if entry.kind == "place" and entry.parent is None and entry.id != "kazakhstan":
            for name in entry.names:
                if " " not in name:
                    names[fold(name)] = (*names.get(fold(name), ()), name)
    return names


def _a_foreign_country(token: Token) -> bool:
    """Whether a word is a foreign country's name, in any case form; Cyrillic on its own
    letters, since folding merges ҚХР (China) with ҚР (Kazakhstan)."""
    countries = _foreign_countries()
    for key in _near(token.key) & countries.keys():
        if not is_cyrillic(token.text) or any(
            same_letters(name, token.text) for name in countries[key] if is_cyrillic(name)
        ):
            return True
    return False


# What a country's name before it makes another country's: «Қырғызстан Президенті» is not
# the President, «Өзбекстан ұлттық құрамасы» not Kazakhstan's national team.
_OF_A_COUNTRY = frozenset({fold("Президент"), fold("President"), fold("ұлттық")})


def of_another_country(alias_key: str, tokens: list[Token], first: int) -> bool:
    """Whether an alias that stands for Kazakhstan's own (its President, its national team)
    follows another country's name."""
    return alias_key in _OF_A_COUNTRY and first > 0 and _a_foreign_country(tokens[first - 1])


@cache
def _near(key: str) -> frozenset[str]:
    """The keys a neighbouring word is compared by."""
    return frozenset({key, english_stem(key), *kazakh_stems(key)})


@cache
def guarded(alias_key: str) -> bool:
    """Whether :func:`other_sense` can ever be true for this alias word: most alias words
    have no other sense, and their matches need not ask."""
    return alias_key in _OF_A_COUNTRY or _senses(alias_key) is not None


@cache
def _senses(alias_key: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words after and before an alias word that give it another sense, if any."""
    return OTHER_SENSE.get(alias_key) or OTHER_SENSE.get(english_stem(alias_key))


def other_sense(alias_key: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the words around ``tokens[first:last + 1]`` give the alias another sense."""
    # farmer and farming share the senses of farm
    if of_another_country(alias_key, tokens, first):
        return True
    senses = _senses(alias_key)
    if senses is None:
        return False
    prev_word = _near(tokens[first - 1].key) if first > 0 else frozenset()
    after, before = senses
    next_word = _near(tokens[last + 1].key) if last + 1 < len(tokens) else frozenset()
    return bool(next_word & after or prev_word & before)
