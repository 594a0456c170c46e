"""The exceptions of ``nnlab.data``, in one place so the GUI and the command line can catch them.

Every :class:`DatasetError` carries a complete, readable message (``str(error)``) meant to be shown
to the student as it is: what went wrong, and what to do about it.
"""

from __future__ import annotations

from pathlib import Path


class DatasetError(RuntimeError):
    """A data set could not be loaded; ``str(error)`` says why and what to do."""


class DownloadError(DatasetError):
    """One download failed (unreachable, HTTP error, cut connection or wrong checksum)."""


class DataFolderError(DatasetError):
    """The folder given for the data set (``--data-dir``, ``load_data(path=...)``) cannot be one: an empty
    name, a file, a pipe or a device. Refused instead of quietly looking somewhere else."""


class DatasetMissingError(DatasetError):
    """Files are missing and could not be downloaded (offline, or downloading was not allowed).

    ``folder`` is where the files should go and ``files`` their names, so a GUI can offer to open
    the folder.
    """

    def __init__(self, message: str, folder: Path, files: list[str]):
        super().__init__(message)
        self.folder, self.files = folder, files


class CorruptFileError(DatasetError):
    """A file on disk is not the expected one (wrong checksum, or not a readable IDX file).

    ``file`` is the offending file. ``path`` is the same file when nnlab downloaded it into its own
    folder and may offer to delete it, else None: a file the user put somewhere is never deleted.
    """

    def __init__(self, message: str, file: Path, replaceable: bool = False):
        super().__init__(message)
        self.file = file
        self.path = file if replaceable else None


class DownloadCancelled(Exception):
    """The user cancelled a download (the progress callback returned False or raised this).

    Deliberately not a :class:`DatasetError`: a cancel is a wish, not an error to report.
    """
