"""Claim certainty read from the Kazakh, and the check that a statement keeps its hedge."""

from __future__ import annotations

import pytest

from c5tui import resources
from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.tagging.certainty import claim_certainty, detect_certainty, drops_hedge
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated


@pytest.mark.parametrize(
    ("kk", "certainty"),
    [
        # from the articles in tests/data/articles
        ("Көзге көрініп тұрған екі себебі бар сияқты.", "hedged"),
        ("Академик Асқар Жұмаділдаевты білмейтін қазақ кемде-кем шығар.", "hedged"),
        ("Мұндай рейстердің ашылуы әбден мүмкін деп санаймыз.", "hedged"),
        ("Биыл бұл көрсеткіш артады деп күтеміз.", "expected"),
        ("Оның айтуынша, мұнай бағасы тұрақты болса, ұлттық валюта күзде нығаяды.", "conditional"),
        ("Экономист бұл көрсеткішке сақтықпен қарау керек деп есептейді.", "reported"),
        ("Р.Мұстафиннің пікірінше, жаңа кезеңде реформалардың қарқыны артады.", "reported"),
        ("Қазан айында жылдық инфляция 12 пайызға дейін төмендеді.", "asserted"),
        # the bundled interview's markers
        ("Қателеспесем, ҚазМұнайГаз америкалық компаниялармен келіссөз жүргізуде.", "hedged"),
        ("Саммит қорытындысында құжаттарға қол қойылады деп күтіп отырмыз.", "expected"),
        ("Жаңа келісімдер күтілуде.", "expected"),
        ("Егер Вашингтон шектеулерді қайта қараса, сауда интеграциясына жол ашылады.",
         "conditional"),
        ("Бұл болашақтың негізгі технологияларының бірі саналады.", "reported"),
        ("Орта дәліз қауіпсіз бағыт ретінде бағаланып отыр.", "reported"),
        # words that look like markers but are not
        ("Бұл бізге жаңа мүмкіндік береді.", "asserted"),  # мүмкіндік, opportunity
        ("Бұл мүмкін емес.", "asserted"),  # impossible: a plain negation
        ("Барлау, өңдеу және логистика сияқты маңызды шаруа.", "asserted"),  # "such as"
        ("Өнім шығару артты.", "asserted"),  # шығару, production
        ("Бірінші сұраққа көбінесе, нақты жауап беремін.", "asserted"),  # көбінесе, mostly
        # "X болса, бұл жолы Y" is "whereas", not "if"
        ("Ол кезде қосымша кездесу болса, бұл жолы нақты шешім қабылданады.", "asserted"),
        # "X келсе, Y тұрды": a -са clause before a main verb in the past is "whereas" too
        ("Тоқсаныншы жылдары АҚШ бизнесі бұл аймаққа мұнай үшін келсе, 2010 жылдары "
         "демократия мен Ауғанстан тақырыбы басты орында тұрды.", "asserted"),
        ("Бұрынғы басшы келісімге қарсы болса, жаңа басшы оны қолдаған еді.", "asserted"),
        # a present or future main verb, or "-ар еді" (would), keeps the condition
        ("Енді оған америкалық компаниялар келсе, шешімдер ілесе келеді.", "conditional"),
        ("Бағасы түссе, экспорт азаяр еді.", "conditional"),
        ("Жаңбыр жауса, егін жақсы шығады.", "conditional"),
    ],
)  # fmt: skip
def test_certainty_from_kazakh_markers(kk: str, certainty: str) -> None:
    assert detect_certainty(kk) == certainty


def test_a_claim_takes_the_least_sure_of_its_quotes() -> None:
    assert claim_certainty(["Келісім жасалады деп күтіп отырмыз.", "Ол орнауы мүмкін."]) == (
        "hedged"
    )
    assert claim_certainty(["Инфляция төмендеді."]) == "asserted"


def test_a_statement_that_drops_its_quotes_hedge_is_flagged() -> None:
    quote = ["Қателеспесем, ҚазМұнайГаз пилоттық жобалар бойынша келіссөз жүргізуде."]
    assert drops_hedge("KazMunayGas is in talks on pilot projects.", quote) == "hedged"
    assert drops_hedge("KazMunayGas may be in talks on pilot projects.", quote) is None
    assert drops_hedge("If I am not mistaken, KazMunayGas is in talks.", quote) is None
    reported = ["Бұл болашақтың негізгі технологиясы саналады."]
    assert drops_hedge("It is a key technology of the future.", reported) == "reported"
    assert drops_hedge("It is considered a key technology of the future.", reported) is None
    assert drops_hedge("Inflation fell.", ["Инфляция төмендеді."]) is None


def bundled_claims_dropping_hedges() -> list[tuple[str, str]]:
    """Curated claims of the bundled interview whose statement loses its quotes' hedge."""
    document = load_article(resources.bundled_article())
    kk = {key: sentence.text for key, *_, sentence in numbered_sentences(document)}
    codebook = {t.id for t in load_codebook(resources.bundled_codebook())}
    curated = load_curated(resources.bundled_curated(), codebook, kk)
    found = []
    for claim in curated.claims:
        lost = drops_hedge(claim.statement, [kk[key] for key in claim.sentences])
        if lost is not None:
            found.append((claim.key, lost))
    return found


def test_no_bundled_claim_statement_drops_a_hedge() -> None:
    assert bundled_claims_dropping_hedges() == []
