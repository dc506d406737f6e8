"""Managing the codebook through the session: candidates accepted, rejected and merged,
user tags renamed, relabelled, moved and deleted — each undoable, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.errors import InputError, NotFoundError
from c5tui.search.engine import SearchEngine
from c5tui.session import Change, Session
from c5tui.workspace import Workspace

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture
def session(workspace: Workspace) -> Session:
    for name in ("akorda-heating-season", "zakon-tenge-rate"):
        workspace.import_article(ARTICLES / f"{name}.txt")
    return Session(workspace)


def _actor_quotes(ws: Workspace, tag_id: str) -> set[int]:
    return {q.id for q in ws.quotes() if tag_id in q.actors}


def _found(ws: Workspace, query: str) -> set[int]:
    with SearchEngine(ws.path) as engine:  # type: ignore[arg-type]
        return {hit.sentence_id for hit in engine.search(engine.parse(query), limit=500)}


def _labels(ws: Workspace) -> set[str]:
    return {c.label for c in ws.candidates()}


def test_accept_makes_a_tag_the_tagger_puts_on_its_quotes(session: Session) -> None:
    ws = session.workspace
    heard: list[Change] = []
    session.subscribe(heard.append)
    candidate = ws.find_candidate("Ерлан Ақкенженов")
    session.accept_candidate("Ерлан Ақкенженов")
    tag = next(t for t in ws.tags() if t.id == "erlan_aqkenjenov")
    assert (tag.kind, tag.origin, tag.parent) == ("actor", "user", "kazakhstan")
    assert (tag.label_kk, tag.label_en) == ("Ерлан Ақкенженов", "Erlan Aqkenjenov")
    assert {"Ерлан Ақкенженовты", "Erlan Aqkenjenov", "Ақкенженов"} <= set(tag.aliases)
    assert _actor_quotes(ws, "erlan_aqkenjenov") == set(candidate.quotes)
    # The parent counts too: actor:kazakhstan now finds his quotes.
    assert _found(ws, "actor:erlan_aqkenjenov") == set(candidate.quotes)
    assert set(candidate.quotes) <= _found(ws, "actor:kazakhstan")
    assert "Ерлан Ақкенженов" not in _labels(ws)
    assert heard[-1].area == "codebook"
    session.undo()
    assert "erlan_aqkenjenov" not in {t.id for t in ws.tags()}
    assert not _actor_quotes(ws, "erlan_aqkenjenov")
    assert "Ерлан Ақкенженов" in _labels(ws)


def test_merge_adds_the_names_to_the_tag_and_undo_takes_them_back(session: Session) -> None:
    ws = session.workspace
    # The energy minister coded as the state he speaks for (the codebook lacks him).
    before = next(t for t in ws.tags() if t.id == "kazakhstan")
    minister = ws.find_candidate("Ерлан Ақкенженов")
    assert not set(minister.quotes) <= _actor_quotes(ws, "kazakhstan")
    session.merge_candidate("Ерлан Ақкенженов", "kazakhstan")
    after = next(t for t in ws.tags() if t.id == "kazakhstan")
    assert "Ерлан Ақкенженов" in after.aliases and "Қазақстан" in after.aliases
    assert set(minister.quotes) <= _actor_quotes(ws, "kazakhstan")
    assert "Ерлан Ақкенженов" not in _labels(ws)
    session.undo()
    assert next(t for t in ws.tags() if t.id == "kazakhstan") == before
    assert "Ерлан Ақкенженов" in _labels(ws)


def test_a_rejected_candidate_does_not_come_back(session: Session) -> None:
    ws = session.workspace
    session.reject_candidate("Ұлттық банк")
    assert "Ұлттық банк" not in _labels(ws)
    # Importing more text that names it again does not bring it back.
    ws.import_article(ARTICLES / "kazinform-president-post.txt")
    assert "Ұлттық банк" not in _labels(ws)
    session.undo()
    assert "Ұлттық банк" in _labels(ws)
    with pytest.raises(NotFoundError):
        session.reject_candidate("Nobody at all")


def test_rename_relabel_parent_and_delete_user_tags(session: Session) -> None:
    ws = session.workspace
    session.accept_candidate("Мәди Тәкиев", tag_id="takiev")
    quotes = _actor_quotes(ws, "takiev")
    assert quotes
    session.rename_tag("takiev", "madi_takiev")
    assert _actor_quotes(ws, "madi_takiev") == quotes
    session.relabel_tag("madi_takiev", label_en="Madi Takiyev")
    session.set_tag_parent("madi_takiev", None)
    tag = next(t for t in ws.tags() if t.id == "madi_takiev")
    assert (tag.label_en, tag.label_kk, tag.parent) == ("Madi Takiyev", "Мәди Тәкиев", None)
    with pytest.raises(InputError, match="cycle"):
        session.set_tag_parent("kazakhstan", "president_kz")
    with pytest.raises(InputError, match="comes with the codebook"):
        session.delete_tag("usa")
    session.delete_tag("madi_takiev")
    assert "madi_takiev" not in {t.id for t in ws.tags()}
    session.undo()  # delete
    assert _actor_quotes(ws, "madi_takiev") == quotes
    session.undo()  # parent
    session.undo()  # relabel
    tag = next(t for t in ws.tags() if t.id == "madi_takiev")
    assert (tag.label_en, tag.parent) == ("Mädi Täkiev", "kazakhstan")
    session.undo()  # rename
    assert _actor_quotes(ws, "takiev") == quotes
    assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_companies_belong_to_their_country(workspace: Workspace) -> None:
    parents = {t.id: t.parent for t in workspace.tags()}
    for company in ("wabtec", "chevron", "exxonmobil", "honeywell", "blue_sky_energy"):
        assert parents[company] == "usa"
    assert parents["kazmunaygas"] == parents["ast_petroleum"] == "kazakhstan"
    chevron = {q.id for q in workspace.quotes() if "chevron" in q.actors}
    assert chevron and chevron <= _found(workspace, "actor:usa")
