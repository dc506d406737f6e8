"""Reviewing claims suggested on import, and a claim stated in two documents, via the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_cli_work import invoke, lines

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
COAL = """Көмір қоры туралы сарапшы пікірі
АСТАНА. KAZINFORM — Сарапшы Әлия Бекова көмір өнеркәсібі туралы айтты.
- Қазақстанда 33 миллиард тоннадан астам көмір қоры бар, - деді Әлия Бекова.
"""


def import_article(db: Path, path: Path) -> int:
    code, out, err = invoke(db, "import", str(path), "--json")
    assert code == 0, err
    return int(lines(out)[0]["document"])


def test_import_suggests_claims_with_speaker_kind_and_certainty(db_path: Path) -> None:
    document = import_article(db_path, ARTICLES / "kazinform-president-post.txt")
    found = lines(invoke(db_path, "claims", "suggested", "--document", str(document), "--json")[1])
    by_kind = {s["kind"] for s in found}
    assert by_kind == {"statistic", "recommendation"}
    statistic = next(s for s in found if s["kind"] == "statistic")
    assert "12 пайызға" in statistic["kk"] and statistic["statement"] == statistic["kk"]
    assert statistic["speaker"] == "Серік Жұманғарин" and statistic["certainty"] == "asserted"
    reported = [s for s in found if "деп есептейді" in s["kk"]]
    assert reported and reported[0]["certainty"] == "reported"
    # The bundled interview's curated claims are claims, not suggestions.
    assert all(
        s["document"] == document
        for s in lines(invoke(db_path, "claims", "suggested", "--json")[1])
    )


def test_accept_edit_dismiss(db_path: Path) -> None:
    document = import_article(db_path, ARTICLES / "zakon-tenge-rate.txt")
    found = lines(invoke(db_path, "claims", "suggested", "--document", str(document), "--json")[1])
    forecast = next(s for s in found if s["kind"] == "forecast")
    assert forecast["certainty"] == "conditional"
    statement = "If the oil price holds, the tenge will strengthen in autumn."
    code, out, err = invoke(
        db_path, "claims", "accept", str(forecast["id"]), "--statement", statement, "--json"
    )
    assert code == 0, err
    claim = lines(out)[0]
    assert (claim["statement"], claim["kind"], claim["certainty"]) == (
        statement,
        "forecast",
        "conditional",
    )
    assert claim["quotes"] == [forecast["quote"]]
    listed = lines(invoke(db_path, "claims", "--document", str(document), "--json")[1])
    assert [c["id"] for c in listed] == [claim["id"]]
    left = lines(invoke(db_path, "claims", "suggested", "--document", str(document), "--json")[1])
    assert forecast["id"] not in {s["id"] for s in left}
    code, _, err = invoke(db_path, "claims", "accept", str(forecast["id"]))
    assert code == 2 and "accepted already" in err

    code, out, _ = invoke(db_path, "claims", "edit", str(claim["id"]), "--kind", "opinion")
    assert code == 0 and "(opinion, conditional)" in out
    code, _, err = invoke(db_path, "claims", "edit", str(claim["id"]), "--certainty", "sure")
    assert code == 2
    code, _, err = invoke(db_path, "claims", "edit", str(claim["id"]), "--statement", "  ")
    assert code == 2 and "cannot be empty" in err


def test_dismissed_suggestions_leave_the_list(db_path: Path) -> None:
    document = import_article(db_path, ARTICLES / "kazinform-president-post.txt")
    found = lines(invoke(db_path, "claims", "suggested", "--document", str(document), "--json")[1])
    others = [s["id"] for s in found]
    assert len(others) >= 3
    assert invoke(db_path, "claims", "dismiss", *map(str, others))[0] == 0
    assert invoke(db_path, "claims", "suggested", "--document", str(document))[1] == ""
    dismissed = invoke(db_path, "claims", "suggested", "--status", "dismissed", "--json")[1]
    assert {s["id"] for s in lines(dismissed)} == set(others)
    assert invoke(db_path, "claims", "dismiss", "99999")[0] == 2


def test_a_claim_made_in_two_documents_shows_both_sources(db_path: Path, tmp_path: Path) -> None:
    coal = next(c for c in lines(invoke(db_path, "claims", "--json")[1]) if "33" in c["statement"])
    article = tmp_path / "coal.txt"
    article.write_text(COAL, encoding="utf-8")
    document = import_article(db_path, article)
    [suggestion] = lines(
        invoke(db_path, "claims", "suggested", "--document", str(document), "--json")[1]
    )
    assert suggestion["kind"] == "statistic"
    code, out, err = invoke(
        db_path, "claims", "edit", str(coal["id"]), "--link", str(suggestion["quote"]), "--json"
    )
    assert code == 0, err
    linked = lines(out)[0]
    assert linked["quotes"] == [*coal["quotes"], suggestion["quote"]]
    code, out, err = invoke(
        db_path,
        "export",
        "--claims",
        str(coal["id"]),
        "--ids",
        str(coal["quotes"][0]),
        "--format",
        "markdown",
        "-o",
        "-",
    )
    assert code == 0, err
    claim_block = out[out.index("**Claim**") : out.index("## Sources")]
    # Both quotes that state the claim are given, each cited from its own document.
    cited = [int(n) for n in re.findall(r"\[\^(\d+)\]", claim_block)]
    assert len(cited) == 2
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", out, re.MULTILINE))
    assert "Mustafin" in notes[str(cited[0])]  # cited in full above, so in short here
    assert "Bekova" in notes[str(cited[1])]
    assert "Көмір қоры туралы сарапшы пікірі" in out  # the second source is listed
