"""Where a brief's time goes, stage by stage: language, datelines, time, geocode, mentions, ...

The stages are the functions ``extract_text`` and ``parse_page`` call, wrapped in place (their
module's global name) by a timer that keeps *self* time: a stage's figure excludes the stages it
calls, so the column adds up to the whole. A stage whose function has been renamed or inlined is
listed as not found and its time lands in its caller's "other" line, so the profile keeps
working while the parsing and geo code changes under it. The wrappers cost well under a
microsecond a call; the profile prints the rate with and without them.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# (stage, module, global name): the calls to time, where they are looked up. Several functions
# may share a stage; the callers come last, so that their self time is the "other" work.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("language", "parsing.page", "detect_lang"),
    ("datelines", "parsing.page", "find_datelines"),
    ("datelines", "parsing.page", "find_dateline"),
    ("segmentation", "parsing.page", "segment"),
    ("time", "parsing.page", "ages_in"),
    ("time", "parsing.page", "resolve_dateline_date"),
    ("parse_page (other)", "pipeline.extract", "parse_page"),
    ("geocode (dateline)", "pipeline.extract", "locate"),
    ("mentions", "pipeline.extract", "find_mentions"),
    ("focus", "pipeline.extract", "choose_focus"),
    ("record building", "pipeline.extract", "to_record"),
    ("extract_text (other)", "pipeline.extract", "extract_text"),
)


@dataclass
class StageTimes:
    """Self seconds and calls per stage, filled while ``instrument`` is active."""

    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    _stack: list[list[float]] = field(default_factory=list)

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        stack, seconds, calls = self._stack, self.seconds, self.calls
        seconds.setdefault(stage, 0.0)
        calls.setdefault(stage, 0)
        clock = time.perf_counter

        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [0.0]  # seconds spent in timed stages below this one
            stack.append(frame)
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = clock() - start
                stack.pop()
                if stack:
                    stack[-1][0] += elapsed
                seconds[stage] += elapsed - frame[0]
                calls[stage] += 1

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    def reset(self) -> None:
        for stage in self.seconds:
            self.seconds[stage] = 0.0
            self.calls[stage] = 0

    def passes(self, one_pass: Callable[[], float], count: int) -> list[float]:
        """Run ``one_pass`` (after one warm-up) ``count`` times; keep each stage's best pass.

        On a shared machine a neighbour slows whichever stage runs at that moment, so the
        least time a stage took over several passes is the best estimate of its own cost.
        Returns the passes' wall times.
        """
        one_pass()  # the wrappers' own warm-up
        best: dict[str, float] = {}
        calls: dict[str, int] = {}
        walls = []
        for _ in range(max(1, count)):
            self.reset()
            walls.append(one_pass())
            for stage, secs in self.seconds.items():
                if stage not in best or secs < best[stage]:
                    best[stage] = secs
            calls = dict(self.calls)
        self.seconds.update(best)
        self.calls.update(calls)
        return walls

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


@contextmanager
def instrument() -> Iterator[StageTimes]:
    """Wrap every stage function found in ``STAGES``; put the originals back on exit."""
    times = StageTimes()
    saved: list[tuple[Any, str, Any]] = []
    try:
        for stage, module_name, attr in STAGES:
            module = importlib.import_module(module_name)
            fn = getattr(module, attr, None)
            if not callable(fn):
                times.missing.append(f"{module_name}.{attr}")
                continue
            saved.append((module, attr, fn))
            setattr(module, attr, times.wrap(stage, fn))
        yield times
    finally:
        for module, attr, fn in reversed(saved):
            setattr(module, attr, fn)


def table(times: StageTimes, briefs: int) -> str:
    """A Markdown table: microseconds per brief and share of the time, by stage."""
    total = times.total or 1.0
    lines = ["| stage | µs / brief | share | calls |", "|---|---|---|---|"]
    for stage, secs in sorted(times.seconds.items(), key=lambda kv: -kv[1]):
        lines.append(
            f"| {stage} | {secs / briefs * 1e6:,.1f} | {secs / total:.0%} | "
            f"{times.calls[stage]:,} |"
        )
    lines.append(f"| **total** | {total / briefs * 1e6:,.1f} | 100% | |")
    if times.missing:
        lines.append("")
        lines.append("not found (their time is in the caller's line): " + ", ".join(times.missing))
    return "\n".join(lines)
