"""Help: every binding, the query syntax and the codebook."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from c5tui.model import Tag
from c5tui.text.display import printable

QUERY_SYNTAX = """\
Type words in any spelling: Kazakh Cyrillic (`минерал`), Kazakh Latin (`Qazaqstan`),
informal Latin (`orta daliz`), Russian keyboard (`казмунайгаз`) or English (`lithium`).
Inflected Kazakh forms, typos and hyphen or space variants are found too.

| Query | Finds |
|---|---|
| `"орта дәліз"` | the exact phrase |
| `литий OR уран` | either word (or either filter) |
| `уран -литий`, `NOT литий`, `-sector:minerals` | without it |
| `sector:minerals`, `sector:минерал` | a sector by id, label or alias |
| `actor:USA` | an actor (a parent includes its children) |
| `kind:forecast`, `kind:prediction`, `kind:P` | claims of a kind (F/S/P/O/R), or their quotes |
| `speaker:Мұстафин` | quotes by a speaker |
| `role:question` / `role:answer` / `role:lead` | questions, answers or the lead |
| `has:note` / `has:claim` / `has:tag` | with a note, a claim or a tag |
| `is:selected` | in the selection |
| `doc:2` | quotes of one document |

The Claims screen takes the same query. A filter value that is not known is shown under
the box with the nearest known ones. A claim's certainty is marked after its kind:
`h` hedged, `e` expected, `c` conditional, `r` reported (none: asserted). `s` there lists
the claims suggested on import instead: `a` accepts one, `x` dismisses it, `u` undoes;
`S` suggests again in every document (never what you dismissed or accepted).

Tags on a quote: `#tag` curated, `~tag` found by the auto-tagger, `+tag` added by you.
In lists: `●` selected, `✎` has notes.
"""


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "shift+up": "shift+↑",
    "shift+down": "shift+↓",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
}

ENGLISH = """\
Each English sentence says where it came from: `bundled` with c5tui, `aligned` from an
English twin of the article (with the aligner's confidence), `keyed` from a key<TAB>text
file, or `typed` by you. In Read and Explore, `i` edits the English of the quote under the
cursor (ctrl+s saves it as typed; `u` undoes it) and `v` marks it reviewed. In Read, `]`
and `[` go to the next and previous sentence with no English or with English the aligner
asked you to check. Exports mark English that is unreviewed or aligned.
"""


def _escape_cell(text: str) -> str:
    return printable(text, keep="").replace("|", "\\|")


def bindings_table(
    sections: Sequence[tuple[str, Iterable[BindingType]]], keymap: Mapping[str, str] = {}
) -> str:
    """Every binding with the keys in force (the user's own where set) and its id."""
    lines = ["| Where | Key | Action | Id |", "|---|---|---|---|"]
    for where, bindings in sections:
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            key = keymap.get(binding.id, binding.key) if binding.id else binding.key
            keys = ", ".join(KEY_NAMES.get(k, k) for k in key.split(","))
            ident = f"`{binding.id}`" if binding.id else ""
            description = _escape_cell(binding.description)
            lines.append(f"| {where} | `{keys}` | {description} | {ident} |")
    return "\n".join(lines)


def codebook_table(tags: Sequence[Tag]) -> str:
    lines = ["| Tag | Kind | English | Kazakh | Definition |", "|---|---|---|---|---|"]
    for tag in tags:
        parent = f" (in {tag.parent})" if tag.parent else ""
        lines.append(
            f"| `{tag.id}` | {tag.kind}{parent} | {_escape_cell(tag.label_en)} | "
            f"{_escape_cell(tag.label_kk)} | {_escape_cell(tag.definition)} |"
        )
    return "\n".join(lines)


def help_markdown(
    sections: Sequence[tuple[str, Iterable[BindingType]]],
    tags: Sequence[Tag],
    keymap: Mapping[str, str] = {},
) -> str:
    return "\n\n".join(
        [
            "# c5tui help",
            "Press `esc` to close. `ctrl+p` opens the command palette with every action.",
            "## Keys",
            "Change a key in the settings file (`C5TUI_CONFIG`, else"
            " `~/.config/c5tui/config.toml`): a `[keys]` table of id = keys,"
            ' e.g. `"explore.tag" = "ctrl+t"`.',
            bindings_table(sections, keymap),
            "## Search",
            QUERY_SYNTAX,
            "## English",
            ENGLISH,
            "## Codebook",
            codebook_table(tags),
        ]
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.dismiss"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.scroll_down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.scroll_up"),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog wide"):
            yield Markdown(self.markdown)
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help", VerticalScroll).scroll_relative(y=lines, animate=False)
