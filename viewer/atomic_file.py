"""Write a whole file or nothing, with the permissions any program's new file would get.

A temporary file beside the target is written, given the mode the user's umask allows
(``mkstemp`` makes it 0600, which colleagues on a shared folder could not read) and
renamed into place; a failure leaves nothing behind and the target as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes, replace: bool = True) -> None:
    """Write ``data`` to ``path``. Without ``replace``, a file already at ``path`` (or one
    that appears meanwhile) is never replaced: ``FileExistsError``."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), 0o666 & ~_umask())
        if replace:
            os.replace(temporary, path)
            return
        try:
            os.link(temporary, path)  # fails if the target exists: no gap between check and write
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(path):
                raise FileExistsError(None, "exists", str(path)) from None
            os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
