"""``briefing-viewer --review PATH…``: one line per finding, and an exit status scripts can use.

Exit status: 0 when no file has a finding other than ``uncited`` (informational),
1 when one has, 2 when a file is invalid (then the one line ``--check`` prints goes
to stderr, and the other files are still reviewed). Imports no Qt.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
A = TypeVar("A")

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2


def _without_pauses(work: Callable[[A], T], argument: A) -> T:
    """Run ``work`` with the cyclic garbage collector off, as a short command may.

    A review allocates some hundred thousand short-lived objects (words, sets) and
    makes no reference cycles: the collector's passes over the loaded briefing cost
    a tenth of a review of 1000 regions and free nothing. Reference counting still
    frees everything; the collector runs again after each file.
    """
    gc.disable()
    try:
        return work(argument)
    finally:
        gc.enable()


def review_main(paths: Sequence[str]) -> int:
    """Review each file; print ``PATH: FIELD: CODE: message`` on stdout for each finding."""
    from viewer.loading import load_briefing
    from viewer.problems import BriefingError
    from viewer.review.runner import review

    status = EXIT_CLEAN
    for shown in paths:
        try:
            loaded = load_briefing(Path(shown), shown)
        except BriefingError as error:
            sys.stdout.flush()
            print(error.one_line(), file=sys.stderr)
            status = EXIT_INVALID
            continue
        findings = _without_pauses(review, loaded)
        sys.stdout.write("".join(finding.line(shown) + "\n" for finding in findings))
        if status == EXIT_CLEAN and any(f.severity == "finding" for f in findings):
            status = EXIT_FINDINGS
    sys.stdout.flush()
    return status
