"""Write segments with Whoosh's segment writer, hooked around its table of segments."""

from __future__ import annotations

import contextlib
import os
from typing import Any

from whoosh.writing import SegmentWriter

from index.whoosh_write.toc import Segment, TrackedStorage, toc_file


class _TrackedIndex:
    """A view of an index whose storage keeps the files a writer creates."""

    def __init__(self, ix: Any, files: list[Any]) -> None:
        self._ix = ix
        self.storage = TrackedStorage(ix.storage, files)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ix, name)


class Writer(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer, with hooks around the writing of the table of segments
    and a cleanup after a failure that leaves no file open and no segment half-written."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        self.opened_files: list[Any] = []
        try:
            super().__init__(_TrackedIndex(ix, self.opened_files), **kwargs)
        except BaseException:
            self.abort()  # its first files may fail to be written (a full disk)
            raise

    @property
    def folder(self) -> str:
        """Return the folder of the index being written."""
        return str(self.storage.folder)

    def before_toc(self, added: list[Segment], dropped: list[Segment]) -> None:
        """Run before the new table of segments is written: it adds and drops these."""

    def after_toc(self, generation: int) -> None:
        """Run once the new table of segments (of this generation) is in place."""

    def _commit_toc(self, segments: list[Segment]) -> None:
        old = {s.segment_id() for s in self.segments}
        new = {s.segment_id() for s in segments}
        added = [s for s in segments if s.segment_id() not in old]
        dropped = [s for s in self.segments if s.segment_id() not in new]
        self.before_toc(added, dropped)
        super()._commit_toc(segments)
        self.after_toc(self.generation)

    def abort(self) -> None:
        """Give up after a failure: close every file, release the lock, and remove the
        files of the new segment unless a table of segments names it already."""
        for f in self.opened_files:
            with contextlib.suppress(Exception):
                f.close()
        tempstorage = getattr(self, "_tempstorage", None)
        if tempstorage is not None:
            with contextlib.suppress(Exception):
                tempstorage.destroy()
        lock = getattr(self, "writelock", None)
        if lock is not None and getattr(lock, "fd", None) is not None:
            with contextlib.suppress(Exception):
                lock.release()
        self.is_closed = True
        segment = getattr(self, "newsegment", None)
        folder = getattr(getattr(self, "storage", None), "folder", None)
        if segment is None or folder is None:
            return
        if toc_file(folder, self.indexname, self.generation).exists():
            return  # committed: the failure came after
        prefix = f"{segment.segment_id()}."
        for name in os.listdir(folder):
            if name.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(folder, name))

    def cancel_safely(self) -> None:
        """Cancel after a failure: Whoosh's cancel stops at the first file that fails to
        close, so whatever it leaves is cleaned up too."""
        try:
            if not self.is_closed:
                self.cancel()
        except Exception:  # noqa: BLE001 - as the failure that got us here (a full disk)
            pass
        self.abort()
