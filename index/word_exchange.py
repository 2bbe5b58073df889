"""Hand the words a process analyzed to the other processes of a run while it goes on.

The workers of a run analyze every word that no process kept before (index.terms,
index.wordcache keeps them across runs at a flush); without a way to share them sooner,
each of two workers analyzes most of a corpus's vocabulary itself. Here each process
appends what it learned to a file of its own in the run's folder, a frame at a time (the
frame's length, then the words marshalled), and reads the frames the other processes
appended since it last looked. A frame not yet complete is read the next time; a folder
that cannot be written or read leaves each process to analyze its words itself.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import struct
from pathlib import Path
from typing import Any

# A frame's length, before its marshalled words.
FRAME = struct.Struct("<I")
SUFFIX = ".words"


class Exchange:
    """One process's part of a run's folder of words: its own file, and what it has read
    of the others' files."""

    def __init__(self, folder: str | os.PathLike[str], name: str) -> None:
        self.folder = Path(folder)
        self.name = f"{name}{SUFFIX}"
        # file name → how many bytes of it were taken (whole frames)
        self._taken: dict[str, int] = {}
        self._broken = False

    def put(self, words: Any) -> None:
        """Append words (anything marshal keeps) for the other processes."""
        if self._broken:
            return
        payload = marshal.dumps(words)
        try:
            with open(self.folder / self.name, "ab") as f:
                f.write(FRAME.pack(len(payload)) + payload)
        except OSError:
            self._broken = True  # a full disk: the others analyze these words themselves

    def take(self) -> list[Any]:
        """Return what the other processes put since the last call, frame by frame."""
        found: list[Any] = []
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return found
        for name in names:
            if name == self.name or not name.endswith(SUFFIX):
                continue
            at = self._taken.get(name, 0)
            data = b""
            with contextlib.suppress(OSError), open(self.folder / name, "rb") as f:
                f.seek(at)
                data = f.read()
            used = 0
            while used + FRAME.size <= len(data):
                (size,) = FRAME.unpack_from(data, used)
                end = used + FRAME.size + size
                if end > len(data):
                    break  # being written: taken whole next time
                found.append(marshal.loads(data[used + FRAME.size : end]))
                used = end
            self._taken[name] = at + used
        return found
