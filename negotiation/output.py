"""Writing output files safely: never over an input, never clobbering without consent, always atomic.

Every command that writes a file (`map -o`, `export -o`, `plot -o`) goes through
`write_atomic`, so the rule lives in one place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """A file we were asked to write cannot be written as asked."""


def check_target(target: str | os.PathLike[str], *, force: bool = False, inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Refuse a target that is one of the inputs, a directory, or an existing file without `force`."""
    path = Path(target)
    resolved = path.resolve()
    for given in inputs:
        if Path(given).resolve() == resolved:
            raise OutputError(f"{path}: refusing to write over an input file; choose another output path")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; expected a file path to write")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; pass --force to replace it")
    if not resolved.parent.is_dir():
        raise OutputError(f"{path}: folder {resolved.parent} does not exist")
    return path


def write_atomic(
    target: str | os.PathLike[str],
    data: str | bytes,
    *,
    force: bool = False,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write `data` to `target` through a temporary file renamed into place.

    An interrupted run leaves either the old file or the new one, never half of one.
    """
    path = check_target(target, force=force, inputs=inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.resolve().parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private one
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path
