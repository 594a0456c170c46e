"""Peak memory and time to refuse the hostile files of the reliability issue (each: a few MB at most).

    python benchmarks/hostile_files.py

Each case is built in a temporary folder and handed to the public loader; the figure is the peak
of Python allocations (tracemalloc) while it is refused. Before the checks, the same files took
2.7 GB (300,000 units), a MemoryError (a .npy header of 784 x 10^12), 1.2 GB (a 1.2 MB zip bomb),
8 GB (a 4 MB gzip bomb named like MNIST) and a whole read of a 3 GB sparse file.
"""

from __future__ import annotations

import io
import json
import struct
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnlab.core import Dense, Sequential, load_model
from nnlab.data import DatasetError, load_dataset


def npy(array, extra=b"") -> bytes:
    """A .npy member holding ``array``, followed by ``extra`` bytes it does not announce."""
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue() + extra


def lying_header(shape) -> bytes:
    """A .npy member whose header announces float32 ``shape`` and has no data at all."""
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": "<f4", "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def model_file(path: Path, config_change=None, members=None) -> Path:
    model = Sequential([Dense(512, activation="relu", input_shape=(784,)), Dense(10, activation="softmax")])
    model.compile("rmsprop", "sparse_categorical_crossentropy", ["accuracy"])
    config = model.get_config()
    if config_change:
        config_change(config)
    files = {f"w{i}.npy": npy(w) for i, w in enumerate(model.get_weights())}
    files.update(members or {})
    files["config.npy"] = npy(np.array(json.dumps(config)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def measure(title: str, action) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        action()
        outcome = "ACCEPTED"
    except (ValueError, DatasetError) as error:
        outcome = f"refused: {str(error).splitlines()[0][-90:]}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{title:<44} {peak:7.1f} MiB {seconds:6.2f} s  {outcome}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        units = model_file(root / "units.npz", lambda c: c["layers"][0].update(units=300_000))
        liar = model_file(root / "liar.npz", members={"w0.npy": lying_header((784, 10**12))})
        bomb = model_file(root / "bomb.npz", members={"w1.npy": npy(np.zeros(512, np.float32),
                                                                    extra=bytes(1200 << 20))})
        measure(f"model: 300,000 units ({units.stat().st_size:,} B)", lambda: load_model(units))
        measure(f"model: .npy header 784 x 10^12 ({liar.stat().st_size:,} B)", lambda: load_model(liar))
        measure(f"model: zip bomb ({bomb.stat().st_size:,} B)", lambda: load_model(bomb))
        data = root / "data"
        (data / "mnist").mkdir(parents=True)
        header = struct.pack(">BBBBIII", 0, 0, 8, 3, 10_000_000, 28, 28)
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        gz = compressor.compress(header) + b"".join(compressor.compress(bytes(1 << 20)) for _ in range(4000))
        (data / "mnist" / "train-images-idx3-ubyte.gz").write_bytes(gz + compressor.flush())
        measure(f"data: gzip bomb ({len(gz):,} B)", lambda: load_dataset("mnist", data_dir=data, download=False))
        with open(data / "mnist" / "train-images-idx3-ubyte.gz", "wb") as sparse:
            sparse.truncate(3 << 30)
        measure("data: 3 GB sparse file", lambda: load_dataset("mnist", data_dir=data, download=False))


if __name__ == "__main__":
    main()
