"""What the aligner takes for evidence beyond lengths: glossary terms (on exact letters),
the workspace's codebook, and a confidence that says how much the two sides share."""

from __future__ import annotations

from pathlib import Path

from c5tui.corpus.align import align
from c5tui.corpus.aligned_translation import align_english, kazakh_text
from c5tui.corpus.anchors import NAME_WEIGHT
from c5tui.corpus.glossary_terms import GLOSSARY_WEIGHT, glossary_shared
from c5tui.model import Tag
from c5tui.workspace import Workspace
from tests.corpus.perturb import bundled
from tests.corpus.twins import TWINS, read_gold

SOURCE = bundled()
KAZAKH = {s.key: s.text for s in SOURCE.kazakh.sentences}
TWIN_TITLE = read_gold().title


def test_a_glossary_term_on_both_sides_is_evidence_on_exact_letters() -> None:
    shared = glossary_shared(
        ["Қазақстан уран өндіруден әлемде бірінші.", "Бұл ұран халықты біріктірді."],
        ["Kazakhstan leads the world in uranium mining."],
    )
    assert shared.kazakh[0] & shared.english[0]  # уран: uranium
    assert not shared.kazakh[1] & shared.english[0]  # ұран is a slogan
    assert 0 < GLOSSARY_WEIGHT < NAME_WEIGHT


def test_in_a_rewrite_a_glossary_term_makes_the_link_and_lengths_do_not() -> None:
    kazakh = ["Көмір өндірісі биыл күрт өсті.", "Астық экспорты былтырғыдан азайды."]
    # Of the length of the first Kazakh sentence, saying what the second one says.
    english = ["Grain exports have fallen."]
    assert [(link.kk, link.en) for link in align(kazakh, english, rewrite=True)] == [((1,), (0,))]


def one_sentence(key: str, english: str) -> tuple[float, bool]:
    """The confidence and the review mark of a one-sentence English file's link."""
    kazakh = kazakh_text(SOURCE.kazakh.title, [(key, 1, KAZAKH[key])])
    read = align_english(kazakh, f"{TWIN_TITLE}\n\n{english}", "short.txt")
    translation = read.translation
    assert translation.sentences == {key: english}
    return translation.confidence[key], key in translation.needs_review


def test_a_one_sentence_paraphrase_that_shares_little_needs_review() -> None:
    # The twin's paraphrase: it shares a date with the Kazakh and nothing else.
    english = (
        "According to Mustafin, the meeting on November 6 matters for more than its symbolism."
    )
    confidence, review = one_sentence("p03.s01", english)
    assert confidence < 0.75
    assert review


def test_a_one_sentence_translation_that_shares_much_is_trusted() -> None:
    confidence, review = one_sentence("p06.s01", SOURCE.english["p06.s01"])
    assert confidence >= 0.75
    assert not review


def test_the_workspace_codebook_is_the_lexicon(workspace: Workspace, tmp_path: Path) -> None:
    """A tag alias the user added names a thing in both languages: it links sentences."""
    text = (TWINS / "mustafin-rewrite.en.txt").read_text(encoding="utf-8")
    rewrite = tmp_path / "rewrite.en.txt"
    rewrite.write_text(text, encoding="utf-8")
    document = workspace.import_article(_copy(tmp_path), auto_tag=False).document_id
    key = "p23.s02"  # «Бұл — жаңа типтегі «жұмсақ күш» формасы.»: no shared name or term
    workspace.add_translation(document, rewrite)
    assert _english(workspace, document, key) is None
    workspace.create_tag(
        Tag(
            "soft_power",
            "sector",
            "Жұмсақ күш",
            "Soft power",
            aliases=("жұмсақ күш", "soft power"),
            origin="user",
        )
    )
    workspace.add_translation(document, rewrite)
    assert _english(workspace, document, key) == "Mustafin called this a new kind of soft power."


def _copy(tmp_path: Path) -> Path:
    """The bundled interview dated a day later: a new document with no English yet."""
    from c5tui import resources

    text = resources.bundled_article().read_text(encoding="utf-8")
    path = tmp_path / "copy.kk.txt"
    path.write_text(text.replace(" date 2025-11-05 ", " date 2025-11-06 ", 1), encoding="utf-8")
    return path


def _english(workspace: Workspace, document: int, key: str) -> str | None:
    return next(q.en for q in workspace.quotes(document) if q.key == key)
