"""The README stays true: its commands, record keys, settings and examples match the code."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from parsing.settings import VARIABLES
from pipeline.cli import build_parser, main
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


def test_every_documented_record_key_exists():
    """The other direction: the table's key column names no key that records lack."""
    table = README[README.index("Every record has these keys") :].split("\n## ")[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    keys = {key for row in rows for key in re.findall(r"`([a-z_0-9]+)`", row)}
    assert keys and keys <= set(FIELDS), keys - set(FIELDS)


def test_every_subcommand_is_shown():
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    for name in subcommands:
        assert f"wiremap {name}" in README, name


def _command_examples() -> list[list[str]]:
    """The README's command-line examples, as argument lists after ``wiremap``."""
    block = README[README.index("## The command line") :].split("```sh")[1].split("```")[0]
    lines = [line.split(" # ")[0].strip() for line in block.splitlines() if line.strip()]
    assert all(line.startswith(".venv/bin/wiremap ") for line in lines), lines
    return [shlex.split(line)[1:] for line in lines]


def test_every_command_the_readme_names_exists():
    """The other direction: no ``wiremap X`` in the README that the command line lacks."""
    subcommands = set(next(a for a in build_parser()._actions if a.dest == "command").choices)
    named = set(re.findall(r"\bwiremap ([a-z]+)\b", README))
    assert named and named <= subcommands, named - subcommands
    assert {args[0] for args in _command_examples()} == subcommands  # each has an example


def test_every_command_example_parses():
    parser = build_parser()
    for args in _command_examples():
        parsed = parser.parse_args(args)
        assert parsed.command == args[0] and parsed.func, args


def test_the_offline_command_examples_run(tmp_path, monkeypatch, capsys, settings):
    """Run as a newcomer would (from the project root, the store and corrections their own);
    PAGES/ is the bundled sample's folder and URLs are left out; ``watch`` (it runs until
    stopped) and the shared evaluation sets are left to the parse test above."""
    import geo.service

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(geo.service, "_default", geo.service._default)  # restored afterwards
    settings(db=f"sqlite:///{tmp_path / 'events.sqlite'}",
             geo_overrides=str(tmp_path / "overrides.json"))  # fmt: skip
    ran = []
    for args in _command_examples():
        args = [a.replace("PAGES/", "data/sample/") for a in args if "://" not in a]
        if args[0] in ("watch", "eval"):
            continue
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 0, (args, err)
        ran.append((args[0], out))
    names = ["extract", "extract", "ingest", "ingest", "export", "geocode", "geocode"]
    assert [name for name, _ in ran] == names
    assert len(ran[0][1].splitlines()) == 8  # the sample's eight events
    assert "FeatureCollection" in ran[1][1]
    assert "CL" in ran[5][1] and "user correction" in ran[6][1]


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
