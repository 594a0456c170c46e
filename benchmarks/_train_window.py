"""Shared by the GUI benchmarks: the main window on the Train page, ready for the lecture network."""

from __future__ import annotations


def lecture_window(data, batch_size: int, epochs: int):
    """The shown main window with ``data`` as MNIST and the lecture preset at ``batch_size`` and
    ``epochs``; returns ``(window, train_page, blas_limit)`` (keep the limit alive while measuring, as
    ``nnlab.gui.app.run`` does). Call after creating the QApplication."""
    from nnlab.blas import leave_a_core_free
    from nnlab.gui.main_window import MainWindow

    blas_limit = leave_a_core_free()
    window = MainWindow()
    window.resize(1280, 820)
    window.show()
    page = window.train_page
    window.tabs.setCurrentWidget(page)
    window.session.set_dataset("mnist", data)
    page.controls.apply_lecture_preset()
    page.controls.batch_spin.setValue(batch_size)
    page.controls.epochs_spin.setValue(epochs)
    return window, page, blas_limit
