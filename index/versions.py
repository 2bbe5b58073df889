"""Check that an installed library is the version whose internals this code uses."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


class LibraryVersionError(ImportError):
    """An installed library is not the version this code was written against."""


def installed(distribution: str) -> str | None:
    """Return the installed version of a distribution, None if it is not installed."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def require(distribution: str, needed: str, why: str, found: str | None = None) -> None:
    """Raise LibraryVersionError unless `distribution` is installed in version `needed`.

    `why` says what of the library is used; `found` is the installed version (looked up
    when not given).
    """
    found = installed(distribution) if found is None else found
    if found == needed:
        return
    have = f"{distribution} {found} is installed" if found else f"{distribution} is not installed"
    raise LibraryVersionError(
        f"newsarchive needs {distribution}=={needed} ({why}), but {have}: "
        f"install it with `pip install {distribution}=={needed}`."
    )
