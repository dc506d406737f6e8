"""Which outlet a text names: datelines in their several forms and credit lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.corpus.outlets import outlet_in_text
from c5tui.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("paragraphs", "outlet"),
    [
        (["АСТАНА. KAZINFORM — Форум өтті."], "Kazinform"),
        (
            ["Астық экспортталды", "АСТАНА, 8 сәуір – Sputnik. Вице-министр айтты."],
            "Sputnik Қазақстан",
        ),
        (["Форум өтті, деп хабарлайды BAQ.KZ."], "BAQ.KZ"),
        # a dated dateline without an outlet names none, nor does the sentence after it
        (["ШЫМКЕНТ, 3 мамыр — Қазақстанда көктем келді деп айтуға болады."], None),
        (["05.07.2025 /Астана/-Түркістан облысында зауыт ашылды."], None),
        # Түркістан is a newspaper and a region: the region's akimat is a source, not it
        (["Жол салынды, деп хабарлайды Түркістан облысы әкімдігінің баспасөз қызметі."], None),
        (["Жоба іске қосылды, деп хабарлайды Түркістан облысының әкімдігі."], None),
        (["Саябақ ашылды, деп хабарлайды Түркістан қаласының әкімдігі."], None),
        (["Мектеп ашылды, деп хабарлайды Түркістан газеті."], "Turkystan"),
        (["Мектеп ашылды, деп хабарлайды Түркістан."], "Turkystan"),
        (["Форум өтті, деп хабарлайды BAQ.KZ, министрліктің дерегіне сүйеніп."], "BAQ.KZ"),
    ],
)
def test_the_outlet_a_text_names(paragraphs: list[str], outlet: str | None) -> None:
    assert outlet_in_text(paragraphs) == outlet


def test_an_article_with_a_dated_dateline_is_credited_to_its_outlet(tmp_path: Path) -> None:
    article = DATA / "articles-tuning4" / "sputnik-grain-buyers.txt"
    with Workspace.open(tmp_path / "w.db") as workspace:
        document = workspace.import_article(article).document_id
        (row,) = workspace.db.execute("SELECT outlet FROM documents WHERE id = ?", [document])
    assert row[0] == "Sputnik Қазақстан"
