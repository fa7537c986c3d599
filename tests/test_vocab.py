"""The vocabulary files: each loads into its model, unknown keys and duplicates are errors, every
pattern compiles, and the macro dialect expands as the table below says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from extractors import vocab
from extractors.vocab.dialect import MacroError, expand, phrase
from extractors.vocab.fields import Flags, VocabModel
from extractors.vocab.models import MODELS

VOCAB_DIR = Path(vocab.__file__).parent
FILES = sorted(VOCAB_DIR.glob("*.toml"))


# --- every file loads into its model ----------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_loads_into_its_model(path):
    assert path.stem in MODELS, f"{path.name} has no model: add one to extractors/vocab/models/"
    assert isinstance(vocab.load_file(path), MODELS[path.stem])


def test_every_model_has_its_file():
    assert sorted(MODELS) == sorted(p.stem for p in FILES)


# --- unknown keys and duplicates are errors ---------------------------------------------------------


def _copy(tmp_path: Path, name: str, edit) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(edit((VOCAB_DIR / f"{name}.toml").read_text("utf-8")), "utf-8")
    return path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_an_unknown_top_level_key_is_an_error(tmp_path, path):
    copy = _copy(tmp_path, path.stem, lambda text: "stray_key = 1\n" + text)
    with pytest.raises(vocab.VocabError) as error:
        vocab.load_file(copy)
    message = str(error.value)
    assert str(copy) in message and "stray_key" in message and "Extra inputs are not permitted" in message


def test_an_unknown_nested_key_is_an_error_naming_its_path(tmp_path):
    copy = _copy(tmp_path, "layout", lambda text: text.replace("[header]\n", "[header]\nmeeting_titel_line = ['x']\n", 1))
    with pytest.raises(vocab.VocabError, match=r"layout\.toml: header\.meeting_titel_line: Extra inputs"):
        vocab.load_file(copy)


def test_a_key_given_twice_is_an_error(tmp_path):
    copy = _copy(tmp_path, "outcomes", lambda text: text.replace('word = "elected"\n', 'word = "elected"\nword = "chosen"\n', 1))
    with pytest.raises(vocab.VocabError, match=r"outcomes\.toml"):
        vocab.load_file(copy)


def test_a_word_listed_twice_is_an_error(tmp_path):
    # "council" is "Council" in another case: word lists are compared without case
    copy = _copy(tmp_path, "people", lambda text: text.replace('words = ["Council",', 'words = ["Council", "council",', 1))
    with pytest.raises(vocab.VocabError, match=r"people\.toml: not_names\.words: .*listed more than once: 'council'"):
        vocab.load_file(copy)


def test_a_pattern_listed_twice_is_an_error(tmp_path):
    line = "minutes_anchor = ['^\\s*Minutes:\\s*$']"
    copy = _copy(tmp_path, "layout", lambda text: text.replace(line, "minutes_anchor = ['^\\s*Minutes:\\s*$', '^\\s*Minutes:\\s*$']", 1))
    with pytest.raises(vocab.VocabError, match=r"items\.minutes_anchor: .*listed more than once"):
        vocab.load_file(copy)


def test_a_word_in_two_lists_that_must_not_share_is_an_error(tmp_path):
    copy = _copy(tmp_path, "common", lambda text: text.replace('other = ["Mx",', 'other = ["Cllr", "Mx",', 1))
    with pytest.raises(vocab.VocabError, match=r"common\.toml: honorifics: .*'cllr' \(common, other\)"):
        vocab.load_file(copy)


def test_an_unknown_macro_is_an_error(tmp_path):
    copy = _copy(tmp_path, "outcomes", lambda text: text.replace(r"|\breceived\b'", r"|\breceived on {DATE}\b'", 1))
    with pytest.raises(vocab.VocabError, match=r"outcomes\.toml: outcome\.\d+\.pattern: .*unknown macro \{DATE\}"):
        vocab.load_file(copy)


def test_a_pattern_that_does_not_compile_is_an_error(tmp_path):
    copy = _copy(tmp_path, "outcomes", lambda text: text.replace(r"|\breceived\b'", r"|\breceived(\b'", 1))
    with pytest.raises(vocab.VocabError, match=r"outcome\.\d+\.pattern: .*does not compile"):
        vocab.load_file(copy)


def test_a_file_without_a_model_is_an_error(tmp_path):
    path = tmp_path / "glossary_terms.toml"
    path.write_text("words = []\n", "utf-8")
    with pytest.raises(vocab.VocabError, match="no model for vocabulary file 'glossary_terms'"):
        vocab.load_file(path)


# --- every pattern compiles ---------------------------------------------------------------------------


def _pattern_fields(model: BaseModel, where: str):
    """(where, model, field) for every pattern field in ``model`` and the models inside it."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if any(isinstance(m, Flags) for m in info.metadata):
            yield f"{where}.{name}", model, name
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, VocabModel):
                yield from _pattern_fields(item, f"{where}.{name}[{i}]" if isinstance(value, list) else f"{where}.{name}")


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_pattern_compiles_after_macro_expansion(name):
    fields = list(_pattern_fields(vocab.get(name), name))
    for where, model, field in fields:
        compiled = model.regex(field)
        assert compiled.patterns, where
        assert all(not re.search(r"(?<!\\)\{[A-Z][A-Z0-9_]*\}", p.pattern) for p in compiled.patterns), f"{where}: a macro is left"
    if name not in ("common", "actions", "councils"):  # words, token patterns and phrases only
        assert fields, f"{name}.toml has no pattern fields"


@pytest.mark.parametrize(("name", "rules"), [("actions", lambda v: v.action), ("case_studies", lambda v: v.prose)])
def test_every_token_pattern_is_a_valid_spacy_matcher_pattern(name, rules):
    spacy = pytest.importorskip("spacy")
    from spacy.matcher import Matcher

    matcher = Matcher(spacy.blank("en").vocab, validate=True)
    for n, rule in enumerate(rules(vocab.get(name))):
        matcher.add(f"{name}{n}", [rule.pattern])  # raises on an unknown attribute or operator


def test_flags_are_declared_by_the_field_not_the_call_site():
    assert vocab.regex("attendance", "sentences.substituted").patterns[0].flags & re.I == 0  # case tells names
    assert vocab.regex("attendance", "sentences.remote_mark").patterns[0].flags & re.I
    assert vocab.regex("layout", "header.summons").patterns[0].flags & re.I == 0
    assert vocab.regex("work_programme", "bullet").patterns[0].flags & (re.I | re.M) == 0
    with pytest.raises(KeyError, match="not a pattern field"):
        vocab.regex("tables", "cards.rag_column")


# --- the macro dialect --------------------------------------------------------------------------------

TABLE = {"DAY": r"\d{1,2}(?:st|nd|rd|th)?", "MONTH": "May|June", "DATE": r"{DAY}\s+{MONTH}", "LOOP": "{LOOP}"}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"{DAY}", r"(?:\d{1,2}(?:st|nd|rd|th)?)"),
        (r"{MONTH}\s+\d{4}", r"(?:May|June)\s+\d{4}"),
        (r"{MONTH}?", r"(?:May|June)?"),  # a quantifier applies to the whole macro
        (r"{DATE}", r"(?:(?:\d{1,2}(?:st|nd|rd|th)?)\s+(?:May|June))"),  # a macro may use macros
        (r"[A-Z]\w+(?: [A-Z]\w+){0,3}", r"[A-Z]\w+(?: [A-Z]\w+){0,3}"),  # a quantifier is not a macro
        (r"\{MONTH}", r"\{MONTH}"),  # an escaped brace is literal
        (r"{month}", r"{month}"),  # only capitals name a macro
        ("no macros at all", "no macros at all"),
    ],
)
def test_expand(pattern, expected):
    assert expand(pattern, TABLE) == expected


@pytest.mark.parametrize(("pattern", "error"), [("{YEAR}", "unknown macro {YEAR}"), ("{LOOP}", "uses itself")])
def test_expand_refuses(pattern, error):
    with pytest.raises(MacroError, match=re.escape(error)):
        expand(pattern, TABLE)


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "match"),
    [
        (r"{DAY}\s+(?i:{MONTH})\s+{YEAR}", 0, "on 4th SEPT 2024 at", "4th SEPT 2024"),
        (r"{DAY}\s+{MONTH}", 0, "31 December", "31 December"),
        (r"{MONTH}\.?\s+{YEAR}", 0, "Sep. 2023", "Sep. 2023"),
        (r"{WEEKDAY},?\s+{DAY}", 0, "Thursday, 30 January", "Thursday, 30"),
        (r"{TIME}", re.I, "at 6.00 pm in", "6.00 pm"),
        (r"{HONORIFIC}\s+{NAME}", 0, "asked Councillor Simon Brown to", "Councillor Simon Brown"),
        (r"{HONORIFIC}\s+{NAME}", 0, "Ms L Game, Ms S Chandler", "Ms L Game"),
        (r"{NUMBER}%", 0, "rose to 1,204.5% of", "1,204.5%"),
        (r"(?P<name>{YOUNG_NAME})\s+\(not her real name\)", 0, "Abena Mensah (not her real name)", "Abena Mensah (not her real name)"),
        (r"{HONORIFIC}\s", 0, "Sir Bob Smith", None),  # rarer titles are not {HONORIFIC}
        (r"{MONTH}\b", 0, "Mayor", None),
    ],
)
def test_macros_match(pattern, flags, text, match):
    m = vocab.compile_pattern(pattern, flags).search(text)
    assert (m.group(0) if m else None) == match


def test_phrases_match_across_white_space():
    assert re.fullmatch(phrase("by virtue of"), "by  virtue\nof")
    assert phrase("e.g") == r"e\.g"


# --- shared words live once ---------------------------------------------------------------------------


def test_common_words():
    common = vocab.get("common")
    months = common.month_numbers()
    assert months["january"] == 1 and months["sept"] == months["sep"] == months["september"] == 9 and len(set(months.values())) == 12
    assert common.month_names()[4] == "May"
    assert {"Councillor", "Cllr.", "Sir", "County Councillor"} <= set(common.all_honorifics())
    assert common.numbers.words["twelve"] == 12


def test_no_vocabulary_file_spells_out_the_months_or_the_honorifics_again():
    for path in FILES:
        if path.stem == "common":
            continue
        text = path.read_text("utf-8")
        assert not re.search(r"(?i)\bseptember\b|\bsept\?\(", text), f"{path.name} lists the months: use {{MONTH}}"
        assert "Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr" not in text, f"{path.name} lists the honorifics: use {{HONORIFIC}}"


def test_a_macro_that_does_not_compile_is_an_error(tmp_path):
    copy = _copy(tmp_path, "common", lambda text: text.replace("YEAR = '\\d{4}'", "YEAR = '(\\d{4}'", 1))
    with pytest.raises(vocab.VocabError, match=r"common\.toml: .*macro \{YEAR\} does not compile"):
        vocab.load_file(copy)


@pytest.mark.parametrize(
    "pattern, text, found",
    [
        (r"^[ \t]*Present:", "Minutes\n\fPresent: Cllr A Lee", True),  # a page's first line opens with the page break's form feed
        (r"^[ \t\xa0]*Councillor", "end of page one.\n\fCouncillor B Khan, personal interest", True),
        (r"^[ \t>*_#]*RESOLVED", "text\n\f  RESOLVED: that the report be noted", True),
        (r"^[ \t]*Present:", "Minutes\nwere Present: Cllr A Lee", False),  # still the start of a line, nothing else
        (r"[^ \t]Present", "xPresent", True),  # a negated class is no line start
    ],
)
def test_a_line_start_takes_a_page_break(pattern, text, found):
    from extractors.vocab.dialect import PatternSet

    assert (PatternSet([pattern], re.M).search(text) is not None) is found
