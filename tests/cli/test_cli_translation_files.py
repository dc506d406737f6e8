"""``c5tui translation add/template`` and ``import --translation`` with plain English."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui import resources
from c5tui.cli import cli
from tests.corpus.perturb import DROPPED, cases
from tests.corpus.twins import TWINS, read_gold


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def plain(tmp_path: Path, name: str) -> Path:
    case = next(c for c in cases() if c.name == name)
    path = tmp_path / "en.txt"
    path.write_text(case.text, encoding="utf-8")
    return path


def untranslated_copy(tmp_path: Path) -> Path:
    """The bundled interview dated a day later: a new document with no English yet."""
    text = resources.bundled_article().read_text(encoding="utf-8")
    path = tmp_path / "copy.kk.txt"
    path.write_text(text.replace(" date 2025-11-05 ", " date 2025-11-06 ", 1), encoding="utf-8")
    return path


def english_of(db: Path, document: int) -> dict[str, str | None]:
    code, out, err = invoke(db, "quotes", "--document", str(document), "--json")
    assert code == 0, err
    return {row["key"]: row["en"] for row in map(json.loads, out.splitlines())}


def test_import_with_plain_english_leaves_the_dropped_paragraph_untranslated(
    db_path: Path, tmp_path: Path
) -> None:
    article, english = untranslated_copy(tmp_path), plain(tmp_path, "dropped paragraph")
    code, out, err = invoke(db_path, "import", str(article), "--translation", str(english))
    assert code == 0, err
    assert "imported document 2: 122 sentences, 117 translated" in out
    assert "English: aligned 117, needs review 0, left untranslated 5" in out
    stored = english_of(db_path, 2)
    assert [k for k, en in stored.items() if en is None] == [
        f"p{DROPPED:02d}.s{n:02d}" for n in range(1, 6)
    ]
    assert stored["p01.s01"].startswith("ASTANA. KAZINFORM — The “C5+1” summit")


def test_translation_add_prints_a_summary_and_json(db_path: Path, tmp_path: Path) -> None:
    invoke(db_path, "import", str(untranslated_copy(tmp_path)))
    english = plain(tmp_path, "browser copy-paste")
    code, out, err = invoke(db_path, "translation", "add", "2", str(english))
    assert code == 0, err
    assert out.startswith("document 2: aligned 122, needs review 0, left untranslated 0")
    assert "3 English sentences matched nothing" in out
    code, out, _ = invoke(db_path, "translation", "add", "2", str(english), "--json")
    summary = json.loads(out)
    assert summary["origin"] == "aligned"
    assert summary["aligned"] == 122
    assert summary["unmatched_english"] == 3
    assert None not in english_of(db_path, 2).values()


def test_a_twin_rewrite_is_aligned_as_one_and_the_option_overrides(
    db_path: Path, tmp_path: Path
) -> None:
    invoke(db_path, "import", str(untranslated_copy(tmp_path)))
    twin = TWINS / "mustafin-rewrite.en.txt"
    gold = read_gold()
    code, out, err = invoke(db_path, "translation", "add", "2", str(twin), "--json")
    assert code == 0, err
    assert json.loads(out)["rewrite"] is True
    stored = english_of(db_path, 2)
    given = {key for key, en in stored.items() if en is not None}
    # Only sentences the rewrite renders have English; p05.s02 holds the English of its
    # merge with p05.s01.
    assert given <= set(gold.english) | gold.merged
    code, out, err = invoke(db_path, "translation", "add", "2", str(twin), "--no-rewrite")
    assert code == 0, err
    assert "aligned as a rewrite" not in out
    code, out, err = invoke(db_path, "translation", "add", "2", str(twin), "--rewrite")
    assert out.startswith("document 2: aligned 20,") and "aligned as a rewrite" in out


def test_a_template_round_trip_fills_only_what_was_filled(db_path: Path, tmp_path: Path) -> None:
    invoke(db_path, "import", str(untranslated_copy(tmp_path)))
    target = tmp_path / "template.tsv"
    code, _, err = invoke(db_path, "translation", "template", "2", "-o", str(target))
    assert code == 0, err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "p06.s01\t\tҚазақстан мен Өзбекстан уран, литий" in "\n".join(lines)
    filled = [
        line.replace("\t\t", "\tKazakhstan and Uzbekistan hold uranium.\t", 1)
        if line.startswith("p06.s01\t")
        else line
        for line in lines
    ]
    target.write_text("\n".join(filled) + "\n", encoding="utf-8")
    code, out, err = invoke(db_path, "translation", "add", "2", str(target))
    assert code == 0, err
    assert out.startswith("document 2: translated 1, needs review 0, left untranslated 121")
    stored = english_of(db_path, 2)
    assert stored["p06.s01"] == "Kazakhstan and Uzbekistan hold uranium."
    assert sum(en is not None for en in stored.values()) == 1


def test_the_template_goes_to_standard_output_and_will_not_overwrite(
    db_path: Path, tmp_path: Path
) -> None:
    code, out, _ = invoke(db_path, "translation", "template", "1", "--missing-only")
    assert code == 0
    assert out.splitlines()[3].startswith("title\t\tАҚШ-тың Орталық Азияға")
    assert len(out.splitlines()) == 4  # the bundled interview is translated throughout
    target = tmp_path / "exists.tsv"
    target.write_text("mine\n", encoding="utf-8")
    code, _, err = invoke(db_path, "translation", "template", "1", "-o", str(target))
    assert code == 2
    assert "exists" in err
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_errors_are_one_line_with_exit_2(db_path: Path, tmp_path: Path) -> None:
    english = plain(tmp_path, "paragraph per line")
    code, _, err = invoke(db_path, "translation", "add", "9", str(english))
    assert (code, err.strip()) == (2, "c5tui: error: no document 9")
    bad = tmp_path / "bad.tsv"
    bad.write_text("p01.s01\n", encoding="utf-8")
    code, _, err = invoke(db_path, "translation", "add", "1", str(bad))
    assert code == 2
    assert f"{bad}:1: expected 'key<TAB>translation'" in err


def test_import_json_carries_the_translation_summary(db_path: Path, tmp_path: Path) -> None:
    article, english = untranslated_copy(tmp_path), plain(tmp_path, "reordered paragraphs")
    code, out, err = invoke(
        db_path, "import", str(article), "--translation", str(english), "--json"
    )
    assert code == 0, err
    row = json.loads(out)
    assert row["translated"] == row["translation"]["aligned"]
    assert row["translation"]["origin"] == "aligned"
    assert row["translation"]["untranslated"] + row["translation"]["aligned"] == 122


def test_a_twin_added_to_translated_sentences_says_which_keep_their_english(
    db_path: Path,
) -> None:
    """The bundled interview already has English: a twin covering a fifth of it must not
    report the rest as untranslated, since each of those sentences keeps its English."""
    twin = TWINS / "mustafin-rewrite.en.txt"
    code, out, err = invoke(db_path, "translation", "add", "1", str(twin), "--json")
    assert code == 0, err
    summary = json.loads(out)
    stored = english_of(db_path, 1)
    assert all(en for en in stored.values())  # every sentence still has English
    assert summary["untranslated"] == 0
    assert summary["kept"] == 122 - summary["aligned"] - summary["merged"]
    code, out, err = invoke(db_path, "translation", "add", "1", str(twin))
    assert code == 0, err
    assert "left untranslated 0" in out
    assert f"{summary['kept']} kept their earlier English" in out
