"""``wiremap watch``: conditional polls, backoff, and bad feeds that never stop the good ones."""

from __future__ import annotations

import pytest
from store_fixtures import (  # noqa: F401 (fixtures)
    Clock,
    LocalServer,
    body,
    closed_port,
    conditional,
    declared_huge,
    fake_geocode,
    redirect,
    rss,
    slow,
    status,
    store,
    store_url,
    truncated,
)

from pipeline import extract
from pipeline.cli import main
from pipeline.watch import Feed, WatchConfig, WatchConfigError, Watcher, backoff, load_config

FEED = rss(
    [
        ("Storm", "NAIROBI (AP) - Heavy rain flooded roads in the capital on Monday, police "
         "said.", "Mon, 17 Nov 2025 06:30:00 GMT"),
        ("Vote", "QUITO (AFP) - Voters in Ecuador rejected foreign military bases in a "
         "referendum on Sunday, early results showed.", "Mon, 17 Nov 2025 04:10:00 GMT"),
    ]
)  # fmt: skip
MORE = rss(
    [
        ("Storm", "NAIROBI (AP) - Heavy rain flooded roads in the capital on Monday, police "
         "said.", "Mon, 17 Nov 2025 06:30:00 GMT"),
        ("Talks", "PYONGYANG (AP) - North Korea hosted a Russian delegation for talks on "
         "military cooperation, state media said.", "Mon, 17 Nov 2025 07:15:00 GMT"),
    ]
)  # fmt: skip


def config_for(*urls: str, **options) -> WatchConfig:
    options = {"timeout": 0.5, "deadline": 3.0, "max_bytes": 1024 * 1024, **options}
    return WatchConfig(feeds=tuple(Feed(u, u.rsplit("/", 1)[-1], 300.0) for u in urls), **options)


def test_once_reports_every_bad_feed_and_keeps_the_good_one(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(extract, "default_geocoder", lambda: fake_geocode)
    with LocalServer() as server:
        server.routes.update(
            {
                "/slow": slow(2.0),
                "/truncated": truncated,
                "/huge": declared_huge,
                "/logo.png": body(b"\x89PNG....", "image/png"),
                "/loop": redirect("/loop"),
                "/good.rss": body(FEED, "application/rss+xml"),
            }
        )
        bad = ["/slow", "/truncated", "/huge", "/logo.png", "/loop"]
        down = f"http://127.0.0.1:{closed_port()}/down"
        feeds = [down, *(server.url(p) for p in bad), server.url("/good.rss")]
        toml = tmp_path / "feeds.toml"
        toml.write_text(
            "timeout = 0.5\nmax_bytes = 100000\n"
            + "".join(f'[[feed]]\nurl = "{u}"\n' for u in feeds),
            encoding="utf-8",
        )
        db = str(tmp_path / "db.sqlite")
        code = main(["watch", str(toml), "--db", db, "--once"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert len(err) == len(feeds)
    failed = [line for line in err if "failed (attempt 1, retry in 30 s)" in line]
    assert len(failed) == 6
    for url, reason in zip(
        feeds,
        ["cannot connect", "timed out", "truncated", "too large", "image/png", "redirect loop"],
        strict=False,
    ):
        assert any(url in line and reason in line for line in failed), (url, reason)
    assert err[-1].endswith("good.rss: 2 new, 0 already stored")
    main(["export", "--db", db])
    places = [line for line in capsys.readouterr().out.splitlines()]
    assert len(places) == 2


def test_conditional_requests_and_unchanged_bodies(store):  # noqa: F811
    with LocalServer() as server:
        server.routes["/feed.rss"] = conditional(
            FEED, "application/rss+xml", '"v1"', "Mon, 17 Nov 2025 07:00:00 GMT"
        )
        server.routes["/plain.rss"] = body(FEED, "application/rss+xml")  # no validators
        clock = Clock()
        watcher = Watcher(
            config_for(server.url("/feed.rss"), server.url("/plain.rss")),
            store,
            geocode=fake_geocode,
            clock=clock,
        )
        first = watcher.round()
        assert [(r.status, r.added) for r in first] == [("new", 2), ("new", 0)]
        version = store.version()
        assert watcher.round() == []  # nothing is due yet
        clock.advance(301)
        again = watcher.round()
        assert [r.status for r in again] == ["not modified", "unchanged"]
        assert server.requests[-2]["headers"]["If-None-Match"] == '"v1"'
        assert store.version() == version
        server.routes["/feed.rss"] = conditional(
            MORE, "application/rss+xml", '"v2"', "Mon, 17 Nov 2025 09:00:00 GMT"
        )
        clock.advance(301)
        third = watcher.round(force=True)
        assert (third[0].status, third[0].added, third[0].seen) == ("new", 1, 1)
        assert store.count() == 3
        # a restarted watcher remembers the validators, kept in the store
        again = Watcher(watcher.config, store, geocode=fake_geocode, clock=clock)
        assert again.poll(watcher.config.feeds[0]).status == "not modified"


def test_a_failing_feed_backs_off_and_is_retried(store):  # noqa: F811
    with LocalServer() as server:
        server.routes["/flaky.rss"] = status(503)
        server.routes["/steady.rss"] = body(FEED, "application/rss+xml")
        clock = Clock()
        lines: list[str] = []
        watcher = Watcher(
            config_for(server.url("/flaky.rss"), server.url("/steady.rss"), retry=30),
            store,
            geocode=fake_geocode,
            clock=clock,
            report=lines.append,
        )
        assert [r.ok for r in watcher.round()] == [False, True]
        assert "flaky.rss: failed (attempt 1, retry in 30 s)" in lines[0]
        assert "HTTP 503" in lines[0]
        clock.advance(20)
        assert watcher.round() == []  # still backing off
        clock.advance(11)
        [second] = watcher.round()
        assert (second.feed.name, second.failures) == ("flaky.rss", 2)
        assert "retry in 60 s" in lines[-1]
        server.routes["/flaky.rss"] = body(MORE, "application/rss+xml")
        clock.advance(61)
        [third] = watcher.round()
        assert third.status == "new" and third.added == 1
        assert store.feed_state(server.url("/flaky.rss"))["failures"] == 0
        assert server.hits["/flaky.rss"] == 3 and server.hits["/steady.rss"] == 1


@pytest.mark.parametrize(
    ("failures", "expected"), [(1, 30), (2, 60), (3, 120), (6, 960), (7, 1800), (20, 1800)]
)
def test_backoff_doubles_up_to_a_cap(failures, expected):
    assert backoff(failures, retry=30, max_backoff=1800) == expected


def test_config(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        'interval = 120\n[[feed]]\nurl = "https://example.org/a.rss"\nname = "A"\n'
        '[[feed]]\nurl = "https://example.org/b.rss"\ninterval = 60\n'
        '[[page]]\nurl = "https://example.org/wire"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert [(f.name, f.interval) for f in config.feeds] == [
        ("A", 120.0),
        ("https://example.org/b.rss", 60.0),
        ("https://example.org/wire", 120.0),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "does not exist"),
        ("[[feed]\nurl=", "not valid TOML"),
        ("interval = 300\n", "lists no feeds"),
        ('[[feed]]\nname = "x"\n', "has no url"),
        ('[[feed]]\nurl = "ftp://example.org/x"\n', "only http and https"),
        ('interval = -1\n[[feed]]\nurl = "https://example.org/x"\n', "positive number"),
        ('[[feed]]\nurl = "https://e.org/x"\n[[feed]]\nurl = "https://e.org/x"\n', "twice"),
        # the home (see tests/test_home.py): the valid form is named
        ('[[feed]]\nurl = "https://e.org/a"\nhome = "US-Narnia"\n', "1: unknown home.*US-OH"),
        ('home = "XX"\n[[feed]]\nurl = "https://e.org/a"\n', "unknown home 'XX'.*US-Ohio"),
        ('[[feed]]\nurl = "https://e.org/a"\nhome = 1\n', "home must be a string"),
    ],
)
def test_config_errors_are_clear(tmp_path, text, message):
    path = tmp_path / "feeds.toml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(WatchConfigError, match=message):
        load_config(path)


def test_cli_reports_a_bad_config(tmp_path, capsys):
    assert main(["watch", str(tmp_path / "none.toml"), "--once"]) == 1
    assert "none.toml does not exist" in capsys.readouterr().err


def test_run_polls_until_stopped(store):  # noqa: F811
    import threading

    with LocalServer() as server:
        server.routes["/feed.rss"] = body(FEED, "application/rss+xml")
        stop, polled = threading.Event(), threading.Event()

        def report(line: str) -> None:
            polled.set()

        watcher = Watcher(
            config_for(server.url("/feed.rss")), store, geocode=fake_geocode, report=report
        )
        thread = threading.Thread(target=watcher.run, args=(stop,))
        thread.start()
        assert polled.wait(10)
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    assert store.count() == 2
