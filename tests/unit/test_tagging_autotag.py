"""The auto-tagger on hand-made sentences: inflection, hyphens, scripts, false friends,
and the bundled codebook's sector vocabulary on sentences as Kazakh news writes them."""

from __future__ import annotations

import pytest

from c5tui import resources
from c5tui.model import Tag
from c5tui.tagging.autotag import AutoTagger
from c5tui.tagging.codebook import load_codebook

TAGS = [
    Tag("usa", "actor", "АҚШ", "USA", aliases=("Вашингтон", "Ақ үй", "америкалық", "Washington")),
    Tag("kazakhstan", "actor", "Қазақстан", "Kazakhstan", aliases=("Астана", "қазақстандық")),
    Tag("minerals", "sector", "Минералдар", "Minerals", aliases=("минерал", "литий", "rare earth")),
    Tag("fossil_fuels", "sector", "Қазба отын", "Fossil fuels", aliases=("көмір", "coal")),
    Tag("energy_transition", "sector", "Энергетикалық ауысу", "Energy transition",
        aliases=("көміртегі бейтараптығы", "carbon neutrality")),
]  # fmt: skip


def tags_of(kk: str, en: str | None = None) -> set[str]:
    return {t.tag for t in AutoTagger(TAGS).tag(kk, en)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("АҚШ-тың мүддесі айқын.", {"usa"}),
        ("Қазақстанға инвестиция келеді.", {"kazakhstan"}),
        ("Минералдардың маңызы зор.", {"minerals"}),
        ("Көмірді терең өңдеу керек.", {"fossil_fuels"}),
        ("Ақ үй мұны түсінеді.", {"usa"}),
        ("Qazaqstan men Vashington.", {"kazakhstan", "usa"}),
        ("Америкалық компаниялар келді.", {"usa"}),
        ("Ол ақшаға көбірек тоқталады.", set()),  # money, not the USA
        ("Көміртегі бейтараптығына жету.", {"energy_transition"}),  # carbon, not coal
        ("Үй салынды.", set()),
    ],
)
def test_kazakh_sentences(sentence: str, expected: set[str]) -> None:
    assert tags_of(sentence) == expected


def test_english_side_is_read() -> None:
    assert tags_of("Мәтін.", "Rare earth metals and coal in Washington.") == {
        "minerals",
        "fossil_fuels",
        "usa",
    }


def test_evidence_is_the_matched_text() -> None:
    [found] = AutoTagger(TAGS).tag("Бұл АҚШ-тың ісі.")
    assert (found.tag, found.side, found.evidence) == ("usa", "kk", "АҚШ")
    assert "Бұл АҚШ-тың ісі."[found.start : found.end] == "АҚШ"


@pytest.fixture(scope="module")
def bundled() -> AutoTagger:
    return AutoTagger(load_codebook(resources.bundled_codebook()))


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        # minerals
        ("Шығыс өңірде мыс пен мырыш өндіретін жаңа кен орны игеріле бастады.", "minerals"),
        ("Елімізде вольфрам мен молибденнің ірі қоры бар.", "minerals"),
        ("Жер қойнауын пайдалану туралы кодекске түзетулер енгізілді.", "minerals"),
        ("Геологтар сирек жер металдарының жаңа қорын тапты.", "minerals"),
        ("Металлургия зауыты ферроқорытпа өндірісін екі есе арттырды.", "minerals"),
        # agriculture
        ("Көкеністер 2 мың гектарға, бақша дақылдары мың жарым гектарға егілді.", "agriculture"),
        ("Биыл көктемгі дала жұмыстары 1 млн гектар алқапта өтеді.", "agriculture"),
        ("Шаруалар 74 мың тонна тұқым септі.", "agriculture"),
        # geopolitics
        ("Мемлекет басшысы Премьер-министрмен екіжақты келіссөздер жүргізеді.", "geopolitics"),
        ("Самит барысында бірқатар құжатқа қол қойылады.", "geopolitics"),
        # logistics
        ("Ақтау порты арқылы контейнер тасымалы екі есе өсті.", "logistics"),
        ("Жаңа әуекомпания Түркістан мен Ташкент арасында тұрақты рейс ашады.", "logistics"),
        ("Биыл 800 шақырым автомобиль жолы жөнделеді.", "logistics"),
        ("Теміржол вагондарының тапшылығы жүк жөнелтушілерді алаңдатып отыр.", "logistics"),
        # energy transition
        ("Мұнда 150 мың гелиопанель орнатылды.", "energy_transition"),
        ("Жамбыл облысында қуаты 100 мегаватт болатын жел электр станциясы салынады.",
         "energy_transition"),
        ("Жасыл сутегі өндіру жобасына шетелдік компаниялар қызығушылық танытты.",
         "energy_transition"),
        ("Климаттың өзгеруі салдарынан мұздықтар азайып барады.", "energy_transition"),
        ("Парниктік газдар шығарындысын 2030 жылға дейін 15 пайызға азайту жоспарланған.",
         "energy_transition"),
        # fossil fuels: газ takes its endings now; the great fields by name
        ("Бүгінде Қашағанда өндіру көлемі тәулігіне 380 мың баррельге жетіп отыр.",
         "fossil_fuels"),
        ("Қарашығанақ кен орнында жаңа ұңғымалар бұрғыланады.", "fossil_fuels"),
        ("Ауылдарды газбен қамту жұмысы жалғасуда.", "fossil_fuels"),
        ("Елді мекендерді газдандыру биыл аяқталады.", "fossil_fuels"),
        ("Жанармай бағасы тағы да қымбаттады.", "fossil_fuels"),
        ("Мұнай-химия кешенінің бірінші кезеңі іске қосылды.", "fossil_fuels"),
        # agriculture
        ("Биыл елімізде 22 миллион тонна астық жиналды.", "agriculture"),
        ("Көктемгі егіс науқанына 300 мың тонна тыңайтқыш жеткізіледі.", "agriculture"),
        ("Мал шаруашылығын дамытуға 50 миллиард теңге бөлінді.", "agriculture"),
        ("Суармалы жерлердің көлемі ұлғайтылады.", "agriculture"),
        # technology
        ("Ғылыми жобаларды қаржыландыру көлемі ұлғаяды.", "technology"),
        ("Жаңа деректер базасы мен киберқауіпсіздік жүйесі енгізілді.", "technology"),
        ("Жерсерік арқылы ұялы байланыс шалғай ауылдарға жеткізіледі.", "technology"),
        ("Стартаптарға инновациялық гранттар беріледі.", "technology"),
        # trade and investment
        ("Екі елдің тауар айналымы 2 миллиард долларға жетті.", "trade_investment"),
        ("Шағын және орта кәсіпкерлікті қолдау шаралары кеңейтіледі.", "trade_investment"),
        ("Бидай импортына уақытша баж енгізілді.", "trade_investment"),
        ("Тараптар бірлескен өндіріс туралы меморандумға қол қойды.", "trade_investment"),
        # geopolitics
        ("Қазақстанның сыртқы саясаты көпвекторлы болып қала береді.", "geopolitics"),
        ("Президент Жапонияға мемлекеттік сапармен барады.", "geopolitics"),
        ("Елшілік қызметкерлері азаматтарға көмек көрсетті.", "geopolitics"),
        ("Терроризм мен экстремизмге қарсы күрес күшейтіледі.", "geopolitics"),
        ("Украинадағы соғыс аймақтың қауіпсіздігіне қатер төндіріп отыр.", "geopolitics"),
    ],
)  # fmt: skip
def test_sector_vocabulary_of_kazakh_news(bundled: AutoTagger, sentence: str, sector: str) -> None:
    assert sector in {t.tag for t in bundled.tag(sentence)}


@pytest.mark.parametrize(
    ("latin", "sector"),
    [
        ("Elımızge şeteldık investisiia tartu jūmysy jalğasuda.", "trade_investment"),
        ("Bılım beru salasyn sifrlandyru baǧdarlamasy qabyldandy.", "technology"),
        ("Reseige qarsy jaŋa sanksiialar engızıldı.", "geopolitics"),
        ("Qazaqstan mūnai men gaz eksportyn arttyrdy.", "fossil_fuels"),
    ],
)
def test_sector_vocabulary_in_the_latin_alphabet(
    bundled: AutoTagger, latin: str, sector: str
) -> None:
    assert sector in {t.tag for t in bundled.tag(latin)}


@pytest.mark.parametrize(
    ("english", "sector"),
    [
        ("Copper and tungsten output rose.", "minerals"),
        ("Freight volumes at the seaport doubled.", "logistics"),
        ("The plan aims at net zero by 2060 and cuts greenhouse gas emissions.",
         "energy_transition"),
        ("A new refinery will process crude from the field.", "fossil_fuels"),
        ("Grain exports and the wheat harvest both grew.", "agriculture"),
        ("The semiconductor plant will use machine learning.", "technology"),
        ("Bilateral trade turnover reached two billion dollars.", "trade_investment"),
        ("The ambassador presented his credentials.", "geopolitics"),
    ],
)  # fmt: skip
def test_sector_vocabulary_in_english(bundled: AutoTagger, english: str, sector: str) -> None:
    assert sector in {t.tag for t in bundled.tag("Мәтін.", english)}


def test_the_evidence_shown_is_the_longest_alias_every_time() -> None:
    """Where a one-word and a two-word alias start at the same word, the quote shows the
    two words, whatever order the process happens to hash the aliases' forms in."""
    tags = [
        Tag("minerals", "sector", "Минералдар", "Minerals",
            aliases=("геология", "геологиялық", "геологиялық барлау", "барлау")),
    ]  # fmt: skip
    found = AutoTagger(tags).tag("Қазақстанда геологиялық барлауды жалғастырады.")
    assert [t.evidence for t in found] == ["геологиялық барлауды", "барлауды"]
