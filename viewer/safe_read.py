"""Read a file named by a user without ever blocking, following into devices, or exhausting memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from viewer.problems import Problem

#: Briefings and their sources larger than this are refused before they are parsed.
MAX_FILE_BYTES = 16 * 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class ReadRefused(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB"


def _refuse_non_regular(mode: int) -> None:
    for test, name in _KINDS:
        if test(mode):
            raise ReadRefused(Problem(f"is {name}; expected a regular file"))
    if not stat.S_ISREG(mode):
        raise ReadRefused(Problem("is not a regular file"))


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of a regular file no larger than ``limit``.

    The file is opened non-blocking and checked with ``fstat`` on the open
    descriptor, so a FIFO never blocks and a file swapped after the check is
    still the one examined. At most ``limit + 1`` bytes are read, so a file that
    grows while it is read cannot exhaust memory.
    """
    try:
        _refuse_non_regular(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReadRefused(Problem("no such file")) from None
    except PermissionError:
        raise ReadRefused(Problem("permission denied; cannot read the file")) from None
    except IsADirectoryError:
        raise ReadRefused(Problem("is a directory; expected a regular file")) from None
    except OSError as error:
        raise ReadRefused(Problem(f"cannot open: {error.strerror or error}")) from None
    try:
        info = os.fstat(fd)
        _refuse_non_regular(info.st_mode)
        if info.st_size > limit:
            raise ReadRefused(Problem(f"file is {_mib(info.st_size)}; the limit is {_mib(limit)}"))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise ReadRefused(Problem(f"cannot read: {error.strerror or error}")) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ReadRefused(Problem(f"file grew past the limit of {_mib(limit)} while being read"))
    return data
