"""Time the page cleaner of a source tree: gather and clean of pages-dev, held-out-13, tune.

Prints the CPU seconds of gathering the evidence and of cleaning the 800 pages. Run it on
two trees in turn (a `git archive` of the baseline and this checkout), fresh processes:

Run: .venv/bin/python bench/cleaning_cost.py [TREE]   (default: this checkout)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
    for path in (root, root / "bench"):
        sys.path.insert(0, str(path))
    import cleaning

    items = cleaning.pages_dev() + cleaning.generated("held-out-13") + cleaning.generated("tune")
    t0 = time.process_time()
    found = cleaning.gather(items)
    t1 = time.process_time()
    for item in items:
        cleaning.clean_page(item.text, found, item.source, item.id)
    t2 = time.process_time()
    print(f"{root} pages={len(items)} gather={t1 - t0:.2f} clean={t2 - t1:.2f} total={t2 - t0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
