"""One-line messages about inputs: names and errors made safe to print on a terminal.

A file name or a server's reason phrase is untrusted text like any other: an ANSI escape in it
would recolour, move or clear the user's terminal, and a newline would forge a second message.
Every message the CLI prints about an input goes through ``printable``.
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (ESC and CSI among them), and the Unicode line separators.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), on one line."""
    return _CONTROLS.sub(_escape, text)


def one_line(name: str, err: BaseException) -> str:
    """``err`` as one line that starts with the input's ``name``."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text if text.startswith(name) else f"{name}: {text}"
