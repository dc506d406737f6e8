"""The small word lists the candidate finder reads, as letter keys (any script matches).

Role nouns name what a person is (``министрі``, ``саясаттанушы``); institution nouns end
an organisation's name (``министрлігі``, ``банкі``); place nouns follow a place's name
(``облысы``, ``ауданы``). Function words and generic nouns open sentences with a capital
and are never names. Keys are prefixes: ``министр`` covers министрі, министрін, ministrı.
"""

from __future__ import annotations

from c5tui.text.latin import letter_key, to_latin


def _keys(words: str) -> frozenset[str]:
    return frozenset(letter_key(w) for w in words.split())


ROLE_PREFIXES = _keys(
    """министр вице-министр премьер-министр әкім президент prezident саясаттанушы
    сарапшы экономист академик маман басшы төраға депутат елші өкіл ökıl спикер директор
    редактор ғалым профессор журналист тілші хатшы бастық орынбасар жазушы ақын
    дипломат генерал сенатор губернатор канцлер король патша премьер"""
)
# A role noun that is a name's whole context, e.g. "the Head of State" → the president.
ROLE_MERGES = {letter_key("Мемлекет басшысы"): "president_kz", letter_key("Елбасы"): "president_kz"}
# Roles in Kazakhstan's own state: an official so named belongs to Kazakhstan.
STATE_ROLES = _keys("министр вице-министр премьер-министр әкім президент депутат сенатор")
STATE_INSTITUTIONS = _keys("министрлігі ministrlıgı әкімдігі äkimdigi")

# Institution nouns as they end a name (possessive forms: «Қазақстанның Ұлттық банкі»).
INSTITUTION_PREFIXES = _keys(
    """министрлігі ministrlıgı ministrligi банк банкі bank bankı қоры холдингі компаниясы
    корпорациясы агенттігі комитеті партиясы кеңесі ұйымы одағы академиясы университеті
    институты орталығы департаменті басқармасы әкімдігі äkimdigi äkımdıgı қызметі qyzmetı
    журналы газеті басылымы арнасы телеарнасы ассамблеясы assambleiasy мәжілісі соты
    прокуратурасы қауымдастығы федерациясы"""
)
# "Glencore компаниясы" is Glencore: these nouns say what a name is, not part of it.
COMPANY_NOUNS = _keys("компаниясы корпорациясы холдингі kompaniiasy korporatsiiasy")
# Abbreviations that stand for an institution's name: Ресей СІМ is Ресейдің сыртқы істер
# министрлігі, so both are one candidate.
ABBREVIATIONS = {
    letter_key("СІМ"): "сыртқы істер министрлігі",
    letter_key("ІІМ"): "ішкі істер министрлігі",
    letter_key("ТЖМ"): "төтенше жағдайлар министрлігі",
}
# An institution noun alone opens many sentences and names nothing ("Әкімдік …").
INSTITUTION_ALONE = _keys("әкімдік министрлік ministrlık үкімет компания банк қор")
PLACE_NOUNS = _keys(
    """облысы облысының облысына облысында облысынан облыстың ауданы ауданының ауданында
    ауданына қаласы қаласының қаласында қаласына қаласынан ауылы ауылында кенті өңірі
    ауылдық oblysy audany qalasy qalası qalasınıñ qalasındağı qalasına"""
)
# Place nouns that belong in the name (Қостанай облысы is not the city Қостанай).
REGION_NOUNS = _keys("облыс ауданы oblys audany")
SETTLEMENT_WORDS = _keys("елді мекен мекендері")

FUNCTION_WORDS = _keys(
    """бұл бұған бұдан осы ол оның олар сол сондықтан алайда бірақ ал және мен сен сіз
    сізді біз біздің ендеше сонымен сондай-ақ сонда сонша мұндай мұны қазір биыл былтыр
    бүгін ертең кеше ең енді тағы әрі яғни өйткені себебі егер онда екіншіден біріншіден
    бірінші үшіншіден демек десе дегенмен әйтсе әсіресе мысалы иә жоқ қалай неге не кім
    қашан қайда бір екі үш еске спикердің оның ааа о-о автор сұрақ жауап

    the a an of and in on for to

    būl osy ol onyŋ sondyqtan alaida biraq al jäne men biz bizdiñ qazir biyl bügin endi
    sondıqtan bwl mamandardıñ"""
)
GENERIC_NOUNS = _keys(
    """үкімет мемлекет мемлекеттің министр министрлік әкімдік әкімдер парламент президент
    жарлық заң форум сайлау республика конституция ел халық аймақ өңір алла құдай тәңір
    бақ баспасөз тілші интернет ақпарат инфляция мемлекеттік еңбек жаңалық видео брифинг
    сессия
    baq ükimet ükımet memleket"""
)
# Acronyms that are words of the language, roman numerals and the like: never actors.
NOT_ACRONYMS = _keys("бақ жоо қр тмд i ii iii iv v vi vii viii ix x xi xx xxi baq sms ai it")
# Surname endings compare on the plain 2021 Latin (ин is not ын: «хаттамаларын» is no name).
_STRONG = "ов ев ова ева ұлы қызы uly ulı wlı ūly qyzy qızı"
STRONG_SURNAME_ENDINGS = tuple(to_latin(e) for e in _STRONG.split())
SURNAME_ENDINGS = (
    *STRONG_SURNAME_ENDINGS,
    *(to_latin(e) for e in ["ин", "ина", "енко", "ский", "ская", "ян"]),
)
