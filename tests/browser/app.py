"""Start the dashboard as ``make run`` does (``streamlit run dashboard.py``) on a
free 127.0.0.1 port (browser tests, benchmarks).

The app runs headless against the given environment (a test store or records file, tmp cache
and home folders), so nothing in the reader's own folders is touched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("WIREMAP_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--no-first-run",
]


def need_chromium() -> None:
    """Skip when Debian's Chromium is missing, except in CI, where that is a failure."""
    from needs import absent

    if Path(CHROMIUM).exists():
        return
    absent(f"Chromium not found at {CHROMIUM} (apt-get install chromium; .ci/run does)")


@contextmanager
def launched_chromium() -> Iterator:
    """Debian's Chromium with ``CHROMIUM_ARGS`` under Playwright, closed on the way out (a test
    module's browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class App:
    url: str
    process: subprocess.Popen
    started: float  # time.perf_counter() just before the process was started
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def leave_snapshot(store, tmp: Path) -> None:
    """The store's index snapshot where ``start_app``'s server looks for it, as the page's
    first run on a store leaves it for every later start (``pipeline.snapshot``): that server's
    first lean run then reads the events without opening the store (``pipeline.firstread``).
    (The bench's cold starts opened stores without one until 2026-12-03 17:00.)"""
    import dataclasses

    from parsing.settings import get_settings, use_settings
    from pipeline import snapshot

    before = get_settings()
    folder = tmp / "cache" / "wiremap" / "event-index"
    use_settings(dataclasses.replace(before, index_cache=str(folder)))
    try:
        snapshot.current(store)
        snapshot.flush()
    finally:
        snapshot._memo.clear()
        use_settings(before)


def start_app(
    tmp: Path,
    env: dict[str, str],
    timeout: float = 60.0,
    wait: bool = True,
    launcher: list[str] | None = None,
) -> App:
    """The page's server as a subprocess; waits until its health check answers. ``launcher``
    stands for ``streamlit`` in the command (``tools/trace_server.py``'s timeline)."""
    port = free_port()
    home = tmp / "home"
    home.mkdir(parents=True, exist_ok=True)
    full_env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "WIREMAP_CACHE_DIR": str(tmp / "cache" / "wiremap"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **env,
    }
    log = tmp / f"streamlit-{port}.log"
    # ``streamlit run``, as ``make run``; an older checkout's own launcher where it has one
    # (``ui.launch``, until 2026-12-03: A/B of old trees).
    if launcher is not None:
        command = [*launcher, "run", str(ROOT / "dashboard.py")]
    elif (ROOT / "ui" / "launch.py").exists():
        command = [sys.executable, "-m", "ui.launch"]
    else:
        streamlit = str(Path(sys.executable).parent / "streamlit")
        command = [streamlit, "run", str(ROOT / "dashboard.py")]
    command += [
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT
        )
    app = App(url=f"http://127.0.0.1:{port}", process=process, started=started, log=log)
    if wait:
        wait_healthy(app, timeout)
    return app


def wait_healthy(app: App, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{app.log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(app.url + "/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    app.stop()
    raise RuntimeError(f"streamlit did not answer in {timeout} s:\n{app.log.read_text()}")
