"""Make the screenshots in docs/ the way a student sees the window: 1280x720, fresh settings.

    Xvfb :99 -screen 0 1280x720x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb NNLAB_LANG=en python docs/screenshots.py [NAME ...]
    DISPLAY=:99 QT_QPA_PLATFORM=xcb NNLAB_LANG=fa python docs/screenshots.py

Run on a real X server of the classroom's size (offscreen Qt has no screen to fit), once per language;
English writes ``docs/<name>.png``, Persian ``docs/<name>-fa.png`` for the pictures the docs show in
both. Names select some pictures (``screenshot-train-after``), none: all of the language. The Train
pictures train on real MNIST (``NNLAB_DATA_DIR``, else ``../shared/data`` beside the repository), the
lecture run on all 60,000 images, the comparisons on the first 2,000. A script, not a test: look at
every picture it writes before committing it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BOTH = {"screenshot-train", "screenshot-train-after", "screenshot-train-optimizer-state",
        "screenshot-lesson-open-train", "screenshot-draw", "screenshot-tensors", "screenshot-concepts",
        "screenshot-concepts-10-landscape", "screenshot-concepts-11-numerics", "screenshot-concepts-12-tape",
        "screenshot-concepts-13-training-loop", "screenshot-concepts-14-layers",
        "screenshot-concepts-15-uncrumpling", "lesson-shape", "lesson-number", "lesson-choice", "lesson-outcome"}
DEMOS = {1: "regression", 2: "decision", 3: "why-nonlinear", 4: "activations", 5: "geometry", 7: "batching",
         8: "backprop", 9: "inside", 10: "landscape", 11: "numerics", 12: "tape", 13: "training-loop", 14: "layers",
         15: "uncrumpling"}
LESSON_STEPS = {"lesson-shape": 19, "lesson-number": 17, "lesson-choice": 3, "lesson-outcome": 25}
OUTCOME_ANSWER = 1  # step 25's run oscillates: the picture shows a right prediction and its run


def main(argv: list[str]) -> int:
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = tempfile.mkdtemp()  # a first start: no saved geometry, defaults or lesson progress
    os.environ.setdefault("NNLAB_DATA_DIR", str(DOCS.parents[1] / "shared" / "data"))
    from PySide6.QtCore import QEventLoop, Qt, QThread
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QScrollArea

    app = QApplication(sys.argv[:1])
    from nnlab.gui import i18n
    from nnlab.gui.main_window import MainWindow

    language = os.environ.get("NNLAB_LANG", "en")
    i18n.load_fonts()
    i18n.set_language(language)
    window = MainWindow()
    window.show()
    train, concepts = window.train_page, window.concepts_page

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
            QThread.msleep(10)

    def until(condition, timeout: float = 600) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            settle(0.1)

    def save(name: str) -> None:
        settle(0.6)
        path = DOCS / (f"{name}-fa.png" if language == "fa" else f"{name}.png")
        window.grab().save(str(path))
        print("wrote", path.relative_to(DOCS.parent))

    def lesson(shown: bool) -> None:
        window.lessons.dock.setVisible(shown)
        settle()

    def idle() -> bool:
        return train.state == "idle"

    def lecture_run(subset: int = 0) -> None:
        train.controls.apply_lecture_preset()
        train.controls.subset_spin.setValue(subset)
        train.start()
        until(lambda: not idle(), 30)

    def digit(text: str, blob: bool = False) -> QImage:
        image = QImage(280, 280, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if blob:  # not a digit: a smudge of ink
            painter.setBrush(QColor("black"))
            painter.drawEllipse(40, 60, 200, 150)
        else:
            font = QFont("DejaVu Sans", 190)
            painter.setFont(font)
            painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image

    def shoot_train(wanted) -> None:
        window.tabs.setCurrentWidget(train)
        lesson(False)
        for name in ("screenshot-train",):
            if name in wanted:
                save(name)
        if "screenshot-train-before" in wanted:
            train.controls.apply_lecture_preset()
            save("screenshot-train-before")
        if wanted & {"screenshot-train-during", "screenshot-train-after", "screenshot-train-evaluation",
                     "screenshot-train-optimizer-state"}:
            lecture_run()
            if "screenshot-train-during" in wanted:
                until(lambda: idle() or (train.controller.progress or {}).get("epoch", 0) >= 3)
                save("screenshot-train-during")
            until(idle)
            settle(1.5)
            if "screenshot-train-after" in wanted:
                save("screenshot-train-after")
            sizes = train.splitter.sizes()
            for name, tab in (("screenshot-train-evaluation", 1), ("screenshot-train-optimizer-state", 2)):
                if name in wanted:
                    train.bottom_tabs.setCurrentIndex(tab)
                    train.splitter.setSizes([sum(sizes) - 420, 420])  # room for the view below the plots
                    settle(1.5)
                    save(name)
            train.splitter.setSizes(sizes)
            train.bottom_tabs.setCurrentIndex(0)
        comparisons = (("screenshot-train-compare", "learning_rate"), ("screenshot-train-optimizers", "optimizers"))
        for name, kind in comparisons:
            if name in wanted:
                for entry in list(train.runs.entries()):
                    train.remove_run(entry)
                train.controls.apply_lecture_preset()
                train.controls.subset_spin.setValue(2000)
                train.start_comparison(kind)
                until(lambda: not idle(), 30)
                until(idle)
                save(name)

    def shoot_lesson(wanted) -> None:
        window.tabs.setCurrentWidget(train)
        for entry in list(train.runs.entries()):
            train.remove_run(entry)
        lesson(True)
        window.lessons.go_to(0)
        if "screenshot-lesson-open-train" in wanted:
            save("screenshot-lesson-open-train")
        from nnlab.lessons.checking import true_number

        panel = window.lessons.panel
        for name, index in LESSON_STEPS.items():
            if name not in wanted:
                continue
            window.lessons.go_to(index)
            settle()
            question = window.lessons.current_step().question
            if question.kind in ("choice", "outcome"):
                answer = question.answer if question.kind == "choice" else OUTCOME_ANSWER
                panel._choice_rows[answer].button.setChecked(True)
            elif question.kind == "number":
                panel.answer_edit.setText(f"{true_number(question)[0]:g}")
            else:
                panel.answer_edit.setText("(128, 512)")
            panel.check_button.click()
            until(lambda: panel.check_button.isEnabled(), 300)
            settle(1.0)
            for scroll in panel.findChildren(QScrollArea):  # the verdict and its run in view
                scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            save(name)
        lesson(False)

    def shoot_draw(wanted) -> None:
        page = window.draw_page
        window.tabs.setCurrentWidget(page)
        for name, image in (("screenshot-draw", digit("3")), ("screenshot-draw-not-a-digit", digit("", blob=True))):
            if name in wanted:
                page.canvas.load_image(image)
                settle(1.5)
                save(name)

    def shoot_tensors(wanted) -> None:
        if "screenshot-tensors" in wanted:
            page = window.tensors_page
            window.tabs.setCurrentWidget(page)
            page.try_expression("np.dot(X, np.ones((10, 4))) + np.ones((4,))")
            settle(2.0)
            save("screenshot-tensors")

    def shoot_concepts(wanted) -> None:
        window.tabs.setCurrentWidget(concepts)
        from nnlab.gui.concepts.page import DEMOS as PAGE_DEMOS

        shots = [(f"screenshot-concepts-{number}-{slug}", number - 1, None) for number, slug in DEMOS.items()]
        shots += [("screenshot-concepts-6-descent-3d", 5, 0), ("screenshot-concepts-6-learning-rate", 5, 1),
                  ("screenshot-concepts-6-race", 5, 2), ("screenshot-concepts", 5, 2)]
        for name, row, tab in shots:
            if name not in wanted or row >= len(PAGE_DEMOS):
                continue
            concepts.demo_list.setCurrentRow(row)
            settle(1.0)
            demo = concepts.stack.currentWidget()
            if tab is not None:
                demo.tabs.setCurrentIndex(tab)
            button = getattr(demo, "play_button", None)
            if button is not None and button.isVisible() and not button.isChecked():
                button.click()
            settle(6.0 if row in (9, 12) else 3.0)  # the loss landscape and the training loop compute first
            save(name)
            if button is not None and button.isChecked():
                button.click()

    names = {path.stem.removesuffix("-fa") for path in DOCS.glob("*.png")}
    names = names if language == "en" else names & BOTH
    wanted = set(argv[1:]) & names if len(argv) > 1 else names
    settle(1.0)
    shoot_lesson(wanted)  # first: the Train page beside it still fresh
    shoot_train(wanted)
    shoot_draw(wanted)
    shoot_tensors(wanted)
    shoot_concepts(wanted)
    sys.stdout.flush()
    os._exit(0)  # skip the slow orderly shutdown of every page's workers


if __name__ == "__main__":
    sys.exit(main(sys.argv))
