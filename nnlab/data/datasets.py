"""MNIST and Fashion-MNIST: find the files, download what is missing, verify, load.

``load_dataset("mnist")`` returns what ``keras.datasets.mnist.load_data()`` returns, so the code on
the lecture's slides runs unchanged. The files are the canonical IDX .gz files; each is verified
against a pinned SHA-256 before it is used, so a wrong or damaged file is reported, never trained on.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnlab.data.download import Progress, fetch_url
from nnlab.data.errors import (
    CorruptFileError,
    DataFolderError,
    DatasetError,
    DatasetMissingError,
    DownloadError,
)
from nnlab.data.idx import IdxError, decode_idx, idx_sha256
from nnlab.safe_read import read_regular_file

ENV_DATA_DIR = "NNLAB_DATA_DIR"

Arrays = tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class DataFile:
    """One canonical file: its name, size, two checksums and the size of its content.

    ``sha256`` is that of the canonical .gz file. ``content_sha256`` is that of the uncompressed IDX
    content: it recognises an uncompressed or recompressed copy of the same data (Debian's
    Fashion-MNIST package, for one, recompresses the files). ``content_size`` (bytes of the
    uncompressed IDX file) bounds every read: no copy may be larger, none may inflate to more.
    """

    name: str
    size: int
    sha256: str
    content_sha256: str
    content_size: int

    @property
    def max_copy_size(self) -> int:
        """The largest file that can be a copy: uncompressed, or compressed without gain (+ gzip's framing)."""
        return self.content_size + self.content_size // 100 + 4096


CLASS_NAMES_CONTEXT = "Datasets"
"""The translation context of the class names: the GUI shows ``translate(CLASS_NAMES_CONTEXT, name)``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation without importing Qt; the GUI translates it when it shows it."""
    return text


@dataclass(frozen=True)
class DatasetSpec:
    """Everything needed to find, download and describe one data set (``class_names`` is the one
    list of the classes' names, in English; the GUI translates them)."""

    name: str
    title: str
    folder: str
    files: tuple[DataFile, DataFile, DataFile, DataFile]  # train images, train labels, test images, test labels
    mirrors: tuple[str, ...]
    homepage: str
    class_names: tuple[str, ...]
    system_dirs: tuple[Path, ...] = ()


MNIST = DatasetSpec(
    name="mnist", title="MNIST", folder="mnist",
    files=(
        DataFile("train-images-idx3-ubyte.gz", 9912422,
                 "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                 "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
                 47040016),
        DataFile("train-labels-idx1-ubyte.gz", 28881,
                 "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                 "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
                 60008),
        DataFile("t10k-images-idx3-ubyte.gz", 1648877,
                 "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                 "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
                 7840016),
        DataFile("t10k-labels-idx1-ubyte.gz", 4542,
                 "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
                 "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
                 10008),
    ),
    mirrors=(
        "https://ossci-datasets.s3.amazonaws.com/mnist/",  # torchvision's mirror
        "https://storage.googleapis.com/cvdf-datasets/mnist/",  # TensorFlow's mirror
    ),
    homepage="http://yann.lecun.com/exdb/mnist/",
    class_names=tuple(str(digit) for digit in range(10)),
)

# The .gz checksums are the ones published for Zalando's files (torchvision, TFDS, many projects);
# the content checksums were computed from Debian's dataset-fashion-mnist files, whose deflate
# streams were shown to be byte-identical to Zalando's (restoring the original gzip header makes
# the canonical MD5 and SHA-256); the content MD5s also agree with published values.
FASHION_MNIST = DatasetSpec(
    name="fashion_mnist", title="Fashion-MNIST", folder="fashion-mnist",
    files=(
        DataFile("train-images-idx3-ubyte.gz", 26421880,
                 "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                 "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                 47040016),
        DataFile("train-labels-idx1-ubyte.gz", 29515,
                 "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                 "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                 60008),
        DataFile("t10k-images-idx3-ubyte.gz", 4422102,
                 "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
                 "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                 7840016),
        DataFile("t10k-labels-idx1-ubyte.gz", 5148,
                 "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
                 "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
                 10008),
    ),
    mirrors=(
        "https://fashion-mnist.s3.eu-central-1.amazonaws.com/",  # Zalando's bucket, over https
        "https://storage.googleapis.com/tensorflow/tf-keras-datasets/",  # Keras' mirror
        "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",  # the address Zalando publishes
    ),
    homepage="https://github.com/zalandoresearch/fashion-mnist",
    # Each name a literal in its own marker: pyside6-lupdate extracts only literal strings.
    class_names=(QT_TRANSLATE_NOOP("Datasets", "T-shirt/top"), QT_TRANSLATE_NOOP("Datasets", "Trouser"),
                 QT_TRANSLATE_NOOP("Datasets", "Pullover"), QT_TRANSLATE_NOOP("Datasets", "Dress"),
                 QT_TRANSLATE_NOOP("Datasets", "Coat"), QT_TRANSLATE_NOOP("Datasets", "Sandal"),
                 QT_TRANSLATE_NOOP("Datasets", "Shirt"), QT_TRANSLATE_NOOP("Datasets", "Sneaker"),
                 QT_TRANSLATE_NOOP("Datasets", "Bag"), QT_TRANSLATE_NOOP("Datasets", "Ankle boot")),
    system_dirs=(Path("/usr/share/datasets/fashion-mnist"),),  # Debian/Ubuntu: apt install dataset-fashion-mnist
)

DATASETS: dict[str, DatasetSpec] = {spec.name: spec for spec in (MNIST, FASHION_MNIST)}
"""The data sets :func:`load_dataset` knows, by name."""

Fetch = Callable[..., Path]
"""``fetch(url, dest, sha256=..., size=..., progress=...)``, like :func:`nnlab.data.download.fetch_url`."""


def load_dataset(name: str, data_dir: str | os.PathLike | None = None, progress: Progress | None = None,
                 download: bool = True, *, mirrors: Sequence[str] | None = None,
                 fetch: Fetch | None = None) -> Arrays:
    """Return ``((x_train, y_train), (x_test, y_test))`` as uint8 arrays, images (N, 28, 28).

    The same result as ``keras.datasets.mnist.load_data()``, so the lecture's code runs unchanged.
    Files are looked for in the folders of :func:`search_dirs` (a file of another known data set
    with the same name, MNIST's beside Fashion-MNIST's, is passed over); missing ones are
    downloaded (when ``download``) into :func:`download_dir`, trying ``mirrors`` (default: the
    data set's) in order with ``fetch`` (default :func:`fetch_url`), reporting to
    ``progress(done, total, filename)``. Raises :class:`DatasetMissingError` (the message says
    which files to put where), :class:`CorruptFileError`, or :class:`DownloadCancelled`.
    """
    spec = dataset_spec(name)
    dirs, target = search_dirs(name, data_dir), download_dir(name, data_dir)
    arrays = {file: _load_first_copy(spec, file, dirs, target) for file in spec.files}
    missing = [file for file, array in arrays.items() if array is None]
    if missing:
        if not download:
            raise DatasetMissingError(_missing_message(spec, target, missing, []), target, _names(missing))
        paths = _download(spec, missing, target, mirrors or spec.mirrors, fetch or fetch_url, progress)
        arrays.update({file: load_verified(spec, file, path, replaceable=True) for file, path in paths.items()})
    x_train, y_train, x_test, y_test = (arrays[file] for file in spec.files)
    return (x_train, y_train), (x_test, y_test)


def dataset_spec(name: str) -> DatasetSpec:
    """The :class:`DatasetSpec` of ``name``; a ValueError listing the known names otherwise."""
    try:
        return DATASETS[name]
    except KeyError:
        raise ValueError(f"unknown data set {name!r}; known: {', '.join(DATASETS)}") from None


def is_available(name: str, data_dir: str | os.PathLike | None = None) -> bool:
    """True when all files are on disk, so a GUI knows whether loading will need the network."""
    dirs = search_dirs(name, data_dir)
    return all(find_file(file, dirs) is not None for file in dataset_spec(name).files)


def cache_dir() -> Path:
    """The user's cache folder for nnlab on this platform (where downloads go by default)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nnlab"


def search_dirs(name: str, data_dir: str | os.PathLike | None = None) -> list[Path]:
    """The folders searched, in order: ``data_dir`` (itself, then its data-set subfolder),
    ``$NNLAB_DATA_DIR/<subfolder>`` (then the folder itself), the user's cache, system folders."""
    spec = dataset_spec(name)
    dirs = []
    if data_dir is not None:
        mine = data_folder(data_dir)
        dirs += [mine, mine / spec.folder]
    if os.environ.get(ENV_DATA_DIR):
        shared = Path(os.environ[ENV_DATA_DIR]).expanduser()
        dirs += [shared / spec.folder, shared]
    return dirs + [cache_dir() / spec.folder, *spec.system_dirs]


def data_folder(data_dir: str | os.PathLike) -> Path:
    """``data_dir`` as a folder path, once it can be one: a folder, or (for a download) nothing yet.

    An empty name would mean the current folder and a pipe or device is no folder at all: both are
    refused with :class:`DataFolderError`, never replaced quietly by another folder.
    """
    text = os.fspath(data_dir)
    if not str(text).strip():
        raise DataFolderError("the data folder is an empty name; give the folder that holds the data set's "
                              ".gz files, or leave the option out to use the usual places")
    folder = Path(text).expanduser()
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(f"the data folder {folder} is not a folder but a file, a pipe or a device; give the "
                              f"folder that holds the data set's .gz files")
    return folder


def download_dir(name: str, data_dir: str | os.PathLike | None = None) -> Path:
    """Where missing files are downloaded to, and where the user is told to put them: a folder of
    this data set's own (MNIST's and Fashion-MNIST's files have the same names), in ``data_dir``
    when given, else in the user's cache. nnlab offers to delete damaged files only there."""
    base = data_folder(data_dir) if data_dir is not None else cache_dir()
    return base / dataset_spec(name).folder


def find_file(file: DataFile, dirs: Sequence[Path]) -> Path | None:
    """The first copy of ``file`` in ``dirs``, compressed (``name.gz``) or not (``name``), passing
    over any that is byte for byte another known data set's file."""
    return next(_candidates(file, dirs), None)


def load_verified(spec: DatasetSpec, file: DataFile, path: Path, replaceable: bool = False) -> np.ndarray:
    """Read ``path`` and make sure it holds exactly the canonical data of ``file``.

    The fast check is the SHA-256 of the file as it is (about 5 ms for the largest MNIST file);
    a copy with other bytes is accepted when its decoded content has the canonical checksum.
    Nothing larger than a copy can be is read, and nothing inflates beyond ``file.content_size``.
    A wrong file raises :class:`CorruptFileError`, whose ``path`` is set only when ``replaceable``
    (nnlab put the file there itself and may delete it); another data set's copy raises
    :class:`ForeignFileError`.
    """
    try:
        raw = read_regular_file(path, file.max_copy_size, f"{spec.title} file")
    except OSError as error:
        raise DatasetError(f"Cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:
        raise CorruptFileError(f"{error}.\n{_replace_advice(spec, file, replaceable)}", path, replaceable) from None
    digest = hashlib.sha256(raw).hexdigest()
    if digest in _foreign_sums(file):
        raise ForeignFileError(f"{path} is a file of another data set")
    try:
        array = decode_idx(raw, name=str(path), max_bytes=file.content_size)
    except IdxError as error:
        raise CorruptFileError(f"{error}.\n{_replace_advice(spec, file, replaceable)}", path, replaceable) from None
    if digest == file.sha256:
        return array
    content = idx_sha256(array)
    if content == file.content_sha256:
        return array
    if content in _foreign_sums(file):
        raise ForeignFileError(f"{path} holds another data set's {file.name}")
    raise CorruptFileError(
        f"{path} is not the {spec.title} file {file.name}: its SHA-256 is {digest}, the canonical file's "
        f"is {file.sha256} (or {file.content_sha256} uncompressed).\n{_replace_advice(spec, file, replaceable)}",
        path, replaceable)


class ForeignFileError(DatasetError):
    """A file found under one data set's name holds another known data set's file: skipped, never deleted."""


def _candidates(file: DataFile, dirs: Sequence[Path]):
    """Existing copies of ``file`` in ``dirs``, in order, without those that are another data set's."""
    for folder in dirs:
        for candidate in (folder / file.name, folder / file.name.removesuffix(".gz")):
            if candidate.is_file() and not _is_foreign_copy(file, candidate):
                yield candidate


def _is_foreign_copy(file: DataFile, path: Path) -> bool:
    """True when ``path`` is, byte for byte, a known file of another data set (canonical or uncompressed).
    Only a file of such a file's size is hashed, so looking for files stays cheap."""
    others = [other for spec in DATASETS.values() for other in spec.files
              if {other.sha256, other.content_sha256}.isdisjoint({file.sha256, file.content_sha256})]
    try:
        size = path.stat().st_size
        if not any(size in (other.size, other.content_size) for other in others):
            return False
        digest = hashlib.sha256(read_regular_file(path, size)).hexdigest()
    except (OSError, ValueError):
        return False  # unreadable: reported when it is loaded
    return any(digest in (other.sha256, other.content_sha256) for other in others)


def _foreign_sums(file: DataFile) -> set[str]:
    known = {digest for spec in DATASETS.values() for other in spec.files
             for digest in (other.sha256, other.content_sha256)}
    return known - {file.sha256, file.content_sha256}


def _load_first_copy(spec: DatasetSpec, file: DataFile, dirs: Sequence[Path], target: Path) -> np.ndarray | None:
    """The data of the first good copy of ``file`` in ``dirs``; None when there is none."""
    for path in _candidates(file, dirs):
        try:
            return load_verified(spec, file, path, replaceable=path.parent == target)
        except ForeignFileError:
            continue  # a recompressed copy of another data set's file: look further
    return None


def _download(spec, missing, target, mirrors, fetch, progress) -> dict[DataFile, Path]:
    """Fetch each missing file from the first mirror that delivers it verified."""
    fetched = {}
    for index, file in enumerate(missing):
        failures = []
        for mirror in mirrors:
            try:
                fetched[file] = fetch(mirror.rstrip("/") + "/" + file.name, target / file.name,
                                      sha256=file.sha256, size=file.size, progress=progress)
                break
            except DownloadError as error:
                failures.append(str(error))
            except OSError as error:  # the target folder, not the mirror: no other mirror helps
                raise DatasetMissingError(
                    f"Cannot save {spec.title} into {target}: {error.strerror or error}.\n"
                    f"{_put_files_text(spec, target, missing[index:])}", target, _names(missing[index:])) from None
        else:  # every mirror failed; the next files would fail the same way (usually: offline)
            remaining = missing[index:]
            raise DatasetMissingError(_missing_message(spec, target, remaining, failures), target, _names(remaining))
    return fetched


def _missing_message(spec: DatasetSpec, target: Path, missing: list[DataFile], failures: list[str]) -> str:
    if failures:
        head = f"{spec.title} is not on this computer yet and could not be downloaded:\n" + \
               "".join(f"  {failure}\n" for failure in failures)
    else:
        head = f"{spec.title} is not on this computer yet (and downloading was not allowed).\n"
    return head + _put_files_text(spec, target, missing)


def _put_files_text(spec: DatasetSpec, target: Path, missing: list[DataFile]) -> str:
    listing = "".join(f"  {file.name}  ({file.size:,} bytes, SHA-256 {file.sha256})\n" for file in missing)
    return (f"Put these files into the folder {target}:\n{listing}"
            f"They are the standard {spec.title} files ({spec.homepage}), e.g. from {spec.mirrors[0]}. "
            f"Or set the environment variable {ENV_DATA_DIR} to a folder that has a subfolder "
            f"'{spec.folder}' with them.")


def _replace_advice(spec: DatasetSpec, file: DataFile, replaceable: bool) -> str:
    standard = f"the standard {spec.title} file {file.name} ({file.size:,} bytes)"
    if replaceable:
        return f"Delete it; the next load downloads a fresh copy (or put {standard} there yourself)."
    return f"Replace it with {standard}, or move it out of the way so that nnlab downloads a fresh copy."


def _names(files: list[DataFile]) -> list[str]:
    return [file.name for file in files]
