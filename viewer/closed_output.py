"""What to do when the reader of our output goes away (``briefing-viewer --check … | head -1``).

Python ignores SIGPIPE, so the next write raises ``BrokenPipeError``, and the
interpreter's last flush at exit raises it again, with a traceback. As the Python
documentation advises (``signal`` module, "Note on SIGPIPE"), point stdout at
``/dev/null`` and exit with status 1: the reader chose to stop reading, nothing more is
said.
"""

from __future__ import annotations

import os
import sys

EXIT_READER_GONE = 1


def stdout_reader_gone() -> int:
    """Silence stdout for the rest of the run; return the exit status to end with."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return EXIT_READER_GONE
