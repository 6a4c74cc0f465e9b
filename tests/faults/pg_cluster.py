"""A throwaway PostgreSQL cluster of the test's own, on a free port, to stop and start at will.

Never the shared server on 5432: this one lives in a temporary folder and is killed at the end.
PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` user (which
Debian's package creates) and its programs run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from browser.app import free_port


def server_bin() -> Path | None:
    """The folder of Debian's PostgreSQL programs (initdb, pg_ctl), the newest there is."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class Cluster:
    """``with Cluster() as pg``: a running server; ``pg.url``, ``pg.stop()``, ``pg.start()``."""

    def __init__(self) -> None:
        self.bin = server_bin()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server programs (apt-get install postgresql)")
        self.port = free_port()
        self.home = Path(tempfile.mkdtemp(prefix="wiremap-pg-"))
        self.data = self.home / "data"
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            if not shutil.which("runuser"):
                raise RuntimeError("running as root without runuser")
            shutil.chown(self.home, "postgres", "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgresql+psycopg://wiremap@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=timeout)

    def __enter__(self) -> Cluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "wiremap",
                  "-E", "UTF8", "--no-sync")  # fmt: skip
        self.start()
        return self

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"
        )
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.home / "log"), "-w", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def __exit__(self, *exc) -> None:
        try:
            self.stop("immediate")
        except subprocess.SubprocessError:
            pass
        finally:
            shutil.rmtree(self.home, ignore_errors=True)
