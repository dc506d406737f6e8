"""Codebook and curated data validation: clear errors naming the file and the tag."""
# ruff: noqa: E501  (TOML snippets read best on one line each)

from __future__ import annotations

from pathlib import Path

import pytest

from c5tui.errors import InputError
from c5tui.tagging.codebook import load_codebook
from c5tui.tagging.curated import load_curated

GOOD = """
[[tag]]
id = "usa"
kind = "actor"
label_kk = "АҚШ"
label_en = "USA"

[[tag]]
id = "trump"
kind = "actor"
label_kk = "Трамп"
label_en = "Trump"
parent = "usa"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "codebook.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_codebook(tmp_path: Path) -> None:
    tags = load_codebook(write(tmp_path, GOOD))
    assert [(t.id, t.parent) for t in tags] == [("usa", None), ("trump", "usa")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[tag]\n", "not valid TOML"),
        ("title = 'x'\n", "expected one or more"),
        (GOOD + '[[tag]]\nid = "usa"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\n', "duplicate"),
        ('[[tag]]\nid = "x"\nkind = "topic"\nlabel_kk = "a"\nlabel_en = "a"\n', "kind must be"),
        ('[[tag]]\nid = "x"\nkind = "actor"\nlabel_kk = ""\nlabel_en = "a"\n', "label_kk"),
        ('[[tag]]\nid = "X Y"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\n', "ids are"),
        ('[[tag]]\nid = "x"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\nparent = "no"\n',
         "not an actor"),
        ('[[tag]]\nid = "x"\nkind = "sector"\nlabel_kk = "a"\nlabel_en = "a"\nparent = "x"\n',
         "only actors"),
        ('[[tag]]\nid = "x"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\nparent = "y"\n'
         '[[tag]]\nid = "y"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\nparent = "x"\n', "cycle"),
        ('[[tag]]\nid = "x"\nkind = "actor"\nlabel_kk = "a"\nlabel_en = "a"\ncolour = "red"\n',
         "colour"),
    ],
)  # fmt: skip
def test_bad_codebooks(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as error:
        load_codebook(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[tags]\n"p09.s09" = []\n', "not a sentence"),
        ('[tags]\n"p01.s01" = ["nope"]\n', "unknown tag"),
        ('[[claim]]\nkey = "c1"\nstatement = "s"\nkind = "rumour"\nsentences = ["p01.s01"]\n',
         "kind must be"),
        ('[[claim]]\nkey = "c1"\nstatement = "s"\nkind = "fact"\nsentences = []\n', "needs the keys"),
    ],
)  # fmt: skip
def test_bad_curated_data(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "curated.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_curated(path, {"usa"}, {"p01.s01"})
