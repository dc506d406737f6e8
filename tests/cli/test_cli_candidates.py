"""c5tui candidates: listing, accepting, rejecting and merging on a real temp database."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from c5tui.cli import cli

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def candidates(db: Path, *args: str) -> dict[str, dict]:
    code, out, err = invoke(db, "candidates", "--json", *args)
    assert code == 0, err
    return {c["label"]: c for c in map(json.loads, out.splitlines())}


def imported(db: Path, *names: str) -> list[int]:
    ids = []
    for name in names:
        code, out, err = invoke(db, "import", str(ARTICLES / f"{name}.txt"))
        assert code == 0, err
        ids.append(int(out.split("document ")[1].split(":")[0]))
    return ids


def test_candidates_json_fields(db_path: Path) -> None:
    _akorda, zakon = imported(db_path, "akorda-heating-season", "zakon-tenge-rate")
    found = candidates(db_path)
    minister = found["Ерлан Ақкенженов"]
    assert minister["kind"] == "person" and minister["merge"] is None
    assert minister["parent"] == "kazakhstan"
    assert "Erlan Aqkenjenov" in minister["aliases"]
    assert minister["quotes"]
    assert "Қасым-Жомарт Тоқаев" not in found  # president_kz's, in the codebook
    only = candidates(db_path, "--document", str(zakon))
    assert "Айдар Қасымов" in only and "Ерлан Ақкенженов" not in only
    code, out, _ = invoke(db_path, "candidates")
    assert code == 0 and "Айдар Қасымов" in out and "Ерлан Ақкенженов" in out


def test_accept_then_search_by_the_new_actor(db_path: Path) -> None:
    imported(db_path, "zakon-tenge-rate")
    quotes = candidates(db_path)["Айдар Қасымов"]["quotes"]
    code, out, err = invoke(db_path, "candidates", "accept", "Қасымов", "--id", "kasymov")
    assert code == 0, err
    assert "as actor kasymov" in out
    code, out, _ = invoke(db_path, "search", "actor:kasymov", "--json")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == sorted(quotes)
    assert "Айдар Қасымов" not in candidates(db_path)
    code, out, _ = invoke(db_path, "tags", "--json")
    tag = next(t for t in map(json.loads, out.splitlines()) if t["id"] == "kasymov")
    assert tag["label_en"] == "Aidar Qasymov" and tag["origin"] == "user"


def test_accept_with_a_parent_merge_and_reject(db_path: Path) -> None:
    imported(db_path, "akorda-heating-season", "zakon-tenge-rate")
    code, _, err = invoke(db_path, "candidates", "accept", "Мәди Тәкиев", "--parent", "usa")
    assert code == 0, err
    code, out, _ = invoke(db_path, "search", "actor:usa бюджет", "--json")
    assert [json.loads(line)["actors"] for line in out.splitlines()] == [["madi_takiev"]]
    code, out, err = invoke(db_path, "candidates", "merge", "Ерлан Ақкенженов", "kazakhstan")
    assert code == 0, err
    code, out, _ = invoke(db_path, "tags", "--json")
    kazakhstan = next(t for t in map(json.loads, out.splitlines()) if t["id"] == "kazakhstan")
    assert "Ерлан Ақкенженов" in kazakhstan["aliases"]
    code, out, _ = invoke(db_path, "candidates", "reject", "Ұлттық банк")
    assert code == 0 and "rejected Ұлттық банк" in out
    left = candidates(db_path)
    assert not {"Мәди Тәкиев", "Ерлан Ақкенженов", "Ұлттық банк"} & set(left)


def test_bad_input_is_one_line_and_exit_2(db_path: Path) -> None:
    imported(db_path, "zakon-tenge-rate")
    code, _, err = invoke(db_path, "candidates", "accept", "Nobody")
    assert code == 2 and err.count("\n") == 1 and "no candidate 'Nobody'" in err
    code, _, err = invoke(db_path, "candidates", "merge", "Айдар Қасымов", "no_such_tag")
    assert code == 2 and "no_such_tag" in err
    code, _, err = invoke(db_path, "candidates", "accept", "Айдар Қасымов", "--id", "Bad Id")
    assert code == 2 and "tag id" in err
    code, _, err = invoke(db_path, "candidates", "--document", "999")
    assert code == 2 and "no document 999" in err
