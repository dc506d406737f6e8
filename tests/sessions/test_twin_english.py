"""A person adds an English twin of an article: a rewrite, not a translation.

Import the interview (dated a day later, so a new document) with Kazinform-style English
that drops questions, adds sentences and moves paragraphs; read it in the TUI, jump with ]
to the first sentence left untranslated, type English for a question the rewrite dropped;
meanwhile a second shell adds the twin again — then quit, reopen and check that no Kazakh
sentence the rewrite does not render holds its English, the typed one survived, and the
store is sound.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from c5tui import resources
from c5tui.tui.app import C5App
from tests.corpus.twins import TWINS, read_gold
from tests.sessions.helpers import cli, stored
from tests.sessions.test_translating import open_from_documents, type_english
from tests.tui.helpers import settle

TWIN = TWINS / "mustafin-rewrite.en.txt"
QUESTION = "Why does this stage of the C5+1 summit matter for Kazakhstan and the US?"


def kazakh_copy(tmp_path: Path) -> Path:
    text = resources.bundled_article().read_text(encoding="utf-8")
    path = tmp_path / "copy.kk.txt"
    path.write_text(text.replace(" date 2025-11-05 ", " date 2025-11-06 ", 1), encoding="utf-8")
    return path


async def test_an_english_twin_leaves_what_it_does_not_render_untranslated(
    db_path: Path, tmp_path: Path
) -> None:
    out = cli(db_path, "import", str(kazakh_copy(tmp_path)), "--translation", str(TWIN))
    assert "aligned as a rewrite" in out
    keys = {
        row["key"]: row["id"]
        for row in map(json.loads, cli(db_path, "translation", "show", "2", "--json").splitlines())
    }

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_from_documents(pilot, "20/122 in English")
        assert view.sentence_id == keys["p01.s01"]
        await pilot.press("right_square_bracket")  # told together with p01.s01: no English
        await settle(pilot)
        assert view.sentence_id == keys["p01.s02"]
        await pilot.press("right_square_bracket")  # the question the rewrite dropped
        await settle(pilot)
        assert view.sentence_id == keys["p02.s01"]
        await type_english(pilot, QUESTION)
        # A second shell adds the twin again while the TUI is open.
        await asyncio.to_thread(cli, db_path, "translation", "add", "2", str(TWIN))
        await pilot.press("q")
        await settle(pilot)

    app = C5App(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_from_documents(pilot, "21/122 in English")

    english = dict(stored(db_path, "SELECT key, en FROM sentences WHERE document_id = 2"))
    gold = read_gold()
    rendered = set(gold.english) | gold.merged
    assert english["p02.s01"] == QUESTION
    assert [k for k, en in english.items() if en and k not in rendered] == ["p02.s01"]
    assert english["p23.s01"] == gold.english["p23.s01"]
    assert stored(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert stored(db_path, "PRAGMA foreign_key_check") == []
