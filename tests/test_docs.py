"""The README stays true: its commands, record keys, settings and examples match the code."""

from __future__ import annotations

import re
from pathlib import Path

from parsing.settings import VARIABLES
from pipeline.cli import build_parser
from pipeline.record import FIELDS
from pipeline.watch import load_config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_two_commands_come_first():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block
    assert README.index("make run") < README.index("## ")


def test_every_record_key_is_documented():
    table = README[README.index("Every record has these keys") :]
    documented = set(re.findall(r"`([a-z_0-9]+)`", table.split("\n## ")[0]))
    assert set(FIELDS) <= documented, set(FIELDS) - documented


def test_every_subcommand_is_shown():
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    for name in subcommands:
        assert f"wiremap {name}" in README, name


def test_the_feeds_example_is_a_valid_watch_file(tmp_path):
    example = README.split("```toml")[1].split("```")[0]
    path = tmp_path / "feeds.toml"
    path.write_text(example, encoding="utf-8")
    config = load_config(path)
    assert [f.url for f in config.feeds] == [
        "https://example.org/world.rss",
        "https://example.org/buitenland",
    ]


def _settings_table() -> set[str]:
    section = README[README.index("## Settings") :].split("\n\n")[1]
    return set(re.findall(r"`(WIREMAP_[A-Z_]+)`", section))


def test_the_settings_table_names_exactly_the_variables_the_code_reads():
    assert _settings_table() == set(VARIABLES.values())


def test_only_the_settings_module_reads_wiremap_variables():
    """The environment is read in one place (``parsing.settings``), once per process."""
    reads = re.compile(r"(environ|getenv)\b[^\n]*WIREMAP_")
    readers = sorted(
        str(p.relative_to(ROOT))
        for folder in ("geo", "parsing", "pipeline", "ui")
        for p in [*(ROOT / folder).rglob("*.py"), ROOT / "dashboard.py"]
        if reads.search(p.read_text(encoding="utf-8"))
    )
    assert readers == []


def test_other_variables_named_in_the_readme_are_read_by_the_tests():
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py"))
    for name in set(re.findall(r"`(WIREMAP_[A-Z_]+)`", README)) - _settings_table():
        assert name in tests, name


def test_the_screenshots_exist_and_are_shown():
    for name in ("screenshot.png", "screenshot-phone.png"):
        assert (ROOT / "docs" / name).stat().st_size > 10_000
        assert f"(docs/{name})" in README
