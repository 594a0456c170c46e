"""Data for nnlab: the IDX reader, MNIST / Fashion-MNIST loading and downloading, 2-D toy sets.

Pure Python and NumPy (no Qt), so the command line, the tests and the GUI's worker threads share it.

    from nnlab.data import load_dataset
    (x_train, y_train), (x_test, y_test) = load_dataset("mnist")   # as keras.datasets.mnist.load_data()
"""

from nnlab.data.datasets import (
                                 DATASETS,
                                 ENV_DATA_DIR,
                                 DataFile,
                                 DatasetSpec,
                                 cache_dir,
                                 dataset_spec,
                                 download_dir,
                                 is_available,
                                 load_dataset,
                                 search_dirs,
)
from nnlab.data.download import fetch_url, text_progress
from nnlab.data.errors import (
                                 CorruptFileError,
                                 DataFolderError,
                                 DatasetError,
                                 DatasetMissingError,
                                 DownloadCancelled,
                                 DownloadError,
)
from nnlab.data.idx import IdxError, read_idx, write_idx
from nnlab.data.toy import TOY_DATASETS, make_dataset, make_regression_points

__all__ = [
    "load_dataset", "is_available", "dataset_spec", "search_dirs", "download_dir", "cache_dir",
    "DATASETS", "DatasetSpec", "DataFile", "ENV_DATA_DIR",
    "fetch_url", "text_progress",
    "DatasetError", "DataFolderError", "DatasetMissingError", "CorruptFileError", "DownloadError", "DownloadCancelled",
    "read_idx", "write_idx", "IdxError",
    "make_dataset", "make_regression_points", "TOY_DATASETS",
]
