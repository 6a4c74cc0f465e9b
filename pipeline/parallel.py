"""Sources across every core: a process pool that hands results back in input order.

Reading a brief is pure Python work, so threads would share one core; processes do not. The
unit of work is one source (a file or a URL): ``ordered_map`` runs a function over the sources
in worker processes and yields the results in the sources' order, so ``extract`` prints and
``ingest`` stores exactly what one process would, in the same order. Only the reading is spread
out; writing to the store stays in the calling process (one writer).

The gazetteer, the mention index and the other tables loaded on first use are loaded once in the
parent (``warm_up``) and the workers are forked from it, so they start at once and share those
pages (``gc.freeze`` keeps the collector from touching, and so copying, them). Where fork is not
available the workers load them themselves. Results come back through a bounded window of
chunks, so memory stays flat however many sources there are and however slow the consumer (a
store) is.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

from parsing.errors import WiremapError

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["ParallelError", "default_jobs", "ordered_map", "warm_up"]

MAX_CHUNK = 16  # sources per task: enough to make a task's overhead small, few to stay even
IN_FLIGHT_PER_JOB = 4  # chunks submitted ahead per worker: keeps workers busy, memory bounded


class ParallelError(WiremapError, RuntimeError):
    """A worker process died (killed, out of memory): the run cannot say what it lost."""


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# A short page per language the parser reads best. Reading them loads, once and before the
# workers are forked, everything the pipeline loads on first use (the language model, month
# and age words, the gazetteer, the name index), so every worker shares it from the start.
WARM_UP_PAGES = (
    "PARIJS (ANP) - De Franse regering heeft maandag in Parijs een nieuw plan voor de begroting "
    "gepresenteerd. Volgens de minister is het niet te laat.\n2 uur geleden\n",
    "BERLIN (dpa) - Die Regierung hat am Montag in Berlin einen neuen Plan für den Haushalt "
    "vorgestellt. Nach Angaben des Ministers ist es nicht zu spät.\nvor 2 Stunden\n",
    "MADRID, 17 nov (EFE).- El Gobierno presentó el lunes en Madrid un nuevo plan para el "
    "presupuesto, según el ministro, que no es tarde para las reformas.\n",
    "ROMA, 17 NOV - (ANSA) - Il governo ha presentato lunedì a Roma un nuovo piano per il "
    "bilancio, che secondo il ministro non è troppo tardi per le riforme.\n",
    "PARIS, 17 novembre 2025 (AFP) - Le gouvernement a présenté lundi à Paris un nouveau plan "
    "pour le budget, selon le ministre, qui ne pense pas que ce soit trop tard.\n",
    "LONDON, Nov 17 (Reuters) - The government presented a new plan for the budget in London "
    "on Monday, and the minister said that it was not too late.\n",
)


def warm_up() -> None:
    """Read ``WARM_UP_PAGES`` with the process-wide geocoder, for what it loads on the way."""
    from datetime import UTC, datetime

    from pipeline.extract import extract_text

    captured = datetime(2025, 11, 17, 8, tzinfo=UTC)
    for text in WARM_UP_PAGES:
        extract_text(text, captured_at=captured)


# The worker's context: what ``ordered_map`` was given, inherited through fork or sent once.
_context: Any = None


def _start_worker(context: Any, prepare: Callable[[], None] | None) -> None:
    global _context
    _context = context
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _end_with_parent(os.getppid())
    if prepare is not None:
        prepare()


def _end_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone: a parent killed outright
    (SIGKILL) never stops its pool, and its workers would wait for work for good, each holding
    its memory (a few hundred MB with the gazetteer)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="wiremap-parent-watch", daemon=True).start()


def _run_chunk(fn: Callable[[Any, T], R], chunk: list[T]) -> list[R]:
    return [fn(_context, item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def chunk_size(count: int, jobs: int) -> int:
    """Sources per task: about eight tasks per worker, at most ``MAX_CHUNK`` sources each."""
    return max(1, min(MAX_CHUNK, count // (jobs * 8)))


def ordered_map(
    fn: Callable[[Any, T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    context: Any = None,
    prepare: Callable[[], None] | None = None,
    chunksize: int | None = None,
) -> Iterator[R]:
    """``fn(context, item)`` for every item, in the items' order, on up to ``jobs`` processes.

    ``fn`` must be a module-level function (it is sent to the workers by name); ``context``
    (a geocoder, say) reaches each worker once and is never pickled where workers are forked.
    ``prepare`` runs before the work: in this process before forking, else in each worker.
    With ``jobs`` <= 1, or one item, everything runs here (and ``prepare`` is not needed: what
    it loads is loaded on first use). An exception raised by ``fn`` is raised here; a worker
    that dies raises ``ParallelError``.
    """
    items = list(items)
    jobs = min(jobs, len(items))
    if jobs <= 1:
        yield from (fn(context, item) for item in items)
        return
    size = chunksize or chunk_size(len(items), jobs)
    yield from _pooled(fn, _chunks(items, size), jobs, context, prepare)


def _pooled(
    fn: Callable[[Any, T], R],
    chunks: Iterator[list[T]],
    jobs: int,
    context: Any,
    prepare: Callable[[], None] | None,
) -> Iterator[R]:
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        if prepare is not None:
            prepare()
        gc.collect()
        gc.freeze()  # what is loaded now is shared with the workers; the GC must not touch it
        ctx = multiprocessing.get_context("fork")
        init_args = (context, None)
    else:
        ctx = multiprocessing.get_context("spawn")
        init_args = (context, prepare)
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_start_worker, initargs=init_args
    )
    pending: deque[Future[list[R]]] = deque()
    done = False
    try:
        for chunk in islice(chunks, jobs * IN_FLIGHT_PER_JOB):
            pending.append(_submit(pool, fn, chunk))  # the first submit forks
        while pending:
            results = _result(pending.popleft())
            for chunk in islice(chunks, 1):
                pending.append(_submit(pool, fn, chunk))
            yield from results
        done = True
    finally:
        if forking:
            gc.unfreeze()
        if not done:  # an error or an early stop: do not wait for the queued work
            for future in pending:
                future.cancel()
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


_DIED = (
    "a worker process died (out of memory or killed); run again with --jobs 1 to find the "
    "source that caused it"
)


def _submit(pool: ProcessPoolExecutor, fn: Callable[[Any, T], R], chunk: list[T]) -> Future:
    try:
        return pool.submit(_run_chunk, fn, chunk)
    except BrokenProcessPool as err:  # a worker died since the last result
        raise ParallelError(_DIED) from err


def _result(future: Future[list[R]]) -> list[R]:
    try:
        return future.result()
    except BrokenProcessPool as err:
        raise ParallelError(_DIED) from err
