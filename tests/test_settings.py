"""Settings: every WIREMAP_* variable read once into one object, and injectable."""

from __future__ import annotations

import pytest

from parsing.settings import VARIABLES, Settings, get_settings, use_settings


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, Settings()),
        ({"WIREMAP_DB": "  ", "WIREMAP_RECORDS": ""}, Settings()),  # empty is unset
        ({"WIREMAP_DB": "pg.example/db", "WIREMAP_ONLINE": "1"}, Settings(db="pg.example/db",
                                                                            online=True)),
        ({"WIREMAP_ONLINE": "yes"}, Settings(online=False)),  # only "1" turns it on
        ({"WIREMAP_STORE_WAIT": "soon"}, Settings(store_wait="soon")),  # the store checks it
        ({"WIREMAP_REGION_POINT": "mean", "OTHER": "x"}, Settings(region_point="mean")),
    ],
)  # fmt: skip
def test_from_env(env, expected):
    assert Settings.from_env(env) == expected


def test_every_field_has_its_variable():
    assert VARIABLES["geo_overrides"] == "WIREMAP_GEO_OVERRIDES"
    assert VARIABLES["compiled"] == "WIREMAP_COMPILED"
    assert len(set(VARIABLES.values())) == len(VARIABLES) == 16
    everything = {name: "1" for name in VARIABLES.values()}
    assert all(value not in (None, False) for value in vars_of(Settings.from_env(everything)))


def vars_of(s: Settings) -> list[object]:
    return [getattr(s, field) for field in VARIABLES]


def test_read_once_until_forgotten(monkeypatch):
    monkeypatch.setenv("WIREMAP_RECORDS", "a.jsonl")
    first = get_settings()
    monkeypatch.setenv("WIREMAP_RECORDS", "b.jsonl")
    assert get_settings() is first and first.records == "a.jsonl"
    use_settings(None)
    assert get_settings().records == "b.jsonl"


def test_injected_settings_are_what_the_layers_read(tmp_path, settings):
    from geo.cache import overrides_path
    from geo.nominatim import NominatimConfig
    from pipeline.store import default_url, default_wait
    from ui.tiles import probe_url

    settings(
        db="sqlite:///x.sqlite",
        store_wait="2.5",
        online=True,
        nominatim_domain="127.0.0.1:9",
        geo_overrides=str(tmp_path / "o.json"),
        tiles_probe="http://127.0.0.1:9/style.json",
    )
    assert default_url() == "sqlite:///x.sqlite" and default_wait() == 2.5
    config = NominatimConfig.from_env()
    assert config.enabled and config.domain == "127.0.0.1:9"
    assert overrides_path() == tmp_path / "o.json"
    assert probe_url() == "http://127.0.0.1:9/style.json"
