"""The Persian translation is complete, compiled, and switches the whole window at run time."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update_translations  # noqa: E402 - found through the line above: the script is not in a package


def fresh_ts(tmp_path) -> Path:
    """The committed .ts merged with the strings the code has now."""
    ts = tmp_path / "nnlab_fa.ts"
    shutil.copy(TRANSLATIONS / "nnlab_fa.ts", ts)
    update_translations.update_ts(ts)
    return ts


def test_every_string_in_the_code_has_a_finished_persian_translation(tmp_path):
    root = ET.parse(fresh_ts(tmp_path)).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()).strip()
            if not name or translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                missing.append(f"[{name or 'NO CONTEXT'}] {message.findtext('source')}")
    assert not missing, f"{len(missing)} strings lack a Persian translation (run " \
                        f"resources/translations/update_translations.py):\n" + "\n".join(missing[:40])


def placeholders(text: str) -> list[str]:
    """The format fields and Qt markers of a message, which its translation must keep."""
    return sorted(re.findall(r"\{[^{}]*\}|%n|%\d", text))


def test_placeholders_survive_translation():
    root = ET.parse(TRANSLATIONS / "nnlab_fa.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = "".join(message.find("translation").itertext())
        if not translation:
            continue  # a missing translation is the completeness test's business
        assert placeholders(source) == placeholders(translation), (source, translation)


def test_persian_menus_and_tabs_carry_no_latin_mnemonics():
    """"آموزش(&T)" shows a stray Latin letter in brackets; Persian text goes without, the shortcuts stay."""
    root = ET.parse(TRANSLATIONS / "nnlab_fa.ts").getroot()
    latin = [message.findtext("translation") for message in root.iter("message")
             if re.search(r"&[A-Za-z](?![A-Za-z]*;)", message.findtext("translation") or "")]
    assert latin == []


def test_the_compiled_qm_is_up_to_date(tmp_path):
    qm = tmp_path / "nnlab_fa.qm"
    update_translations.compile_qm(TRANSLATIONS / "nnlab_fa.ts", qm)
    assert qm.read_bytes() == (TRANSLATIONS / "nnlab_fa.qm").read_bytes(), \
        "nnlab_fa.qm is older than nnlab_fa.ts: run resources/translations/update_translations.py"


ENGLISH_WORDS = re.compile(r"\b[A-Za-z][a-z]{2,}\s+[a-z]{2,}\b")   # two English words in a row


def visible_texts(window):
    texts = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text().strip():
            texts.append(widget.text())
        if widget.isVisibleTo(window) and widget.toolTip().strip():
            texts.append(widget.toolTip())
    texts += [box.title() for box in window.findChildren(QGroupBox) if box.isVisibleTo(window) and box.title()]
    for bar in window.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    texts += [action.text() for action in window.menuBar().actions()]
    return [re.sub(r"<[^>]+>", " ", text) for text in texts]


@pytest.fixture
def window(qtbot):
    from nnlab.gui import i18n
    from nnlab.gui.main_window import MainWindow

    i18n.load_fonts()
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 820)
    main.show()
    yield main
    i18n.set_language("en")


def test_switching_to_persian_translates_every_page_and_mirrors_the_layout(window, qtbot):
    from nnlab.gui import i18n

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        english = visible_texts(window)
        window.switch_language("fa")
        QApplication.processEvents()
        persian = visible_texts(window)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert persian != english
        untranslated = [text for text in persian if ENGLISH_WORDS.search(text)]
        assert untranslated == [], f"page {index}: still English after the switch: {untranslated[:15]}"
        window.switch_language("en")
        QApplication.processEvents()
        assert visible_texts(window) == english
    assert i18n.current_language() == "en"


def test_persian_font_is_registered_and_used(window):
    from PySide6.QtGui import QFontDatabase

    assert "Vazirmatn" in QFontDatabase.families()
    window.switch_language("fa")
    assert QApplication.font().families()[0] == "Vazirmatn"


def test_language_choice_order(monkeypatch):
    from nnlab.gui.i18n import pick_language

    monkeypatch.setenv("NNLAB_LANG", "fa")
    assert pick_language(None, "en") == "fa"
    assert pick_language("en", None) == "en"
    monkeypatch.delenv("NNLAB_LANG")
    assert pick_language(None, "fa") == "fa"


def test_nnlab_lang_fa_starts_the_app_in_persian(tmp_path):
    code = ("import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication\n"
            "from nnlab.gui import app\n"
            "qt_app = QApplication([])\n"
            "QTimer.singleShot(500, lambda: (print(QApplication.layoutDirection().name, flush=True), "
            "QApplication.quit()))\n"
            "sys.exit(app.run(None))\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "NNLAB_LANG": "fa", "XDG_CONFIG_HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "RightToLeft"


def test_fashion_mnist_class_names_are_translated(window):
    from nnlab.gui.train.evaluation import class_names

    english = class_names("fashion_mnist")
    window.switch_language("fa")
    persian = class_names("fashion_mnist")
    assert len(persian) == 10 and all(a != b for a, b in zip(english, persian))


def test_persian_explanations_run_right_to_left_even_when_a_paragraph_starts_with_code(window, qtbot):
    from PySide6.QtCore import Qt as QtCore_Qt

    window.switch_language("fa")
    page = window.tensors_page
    window.tabs.setCurrentWidget(page)
    with qtbot.waitSignal(page.evaluated, timeout=20000):
        page.try_expression("np.dot(X, np.ones((10, 4))) + np.ones((4,))")
    block, directions = page.explanation.document().begin(), []
    while block.isValid():
        if block.text().strip():
            directions.append(block.textDirection())
        block = block.next()
    assert directions and set(directions) == {QtCore_Qt.LayoutDirection.RightToLeft}


def test_the_workspace_names_dimensions_in_persian(window, qtbot):
    from PySide6.QtWidgets import QTreeWidget

    window.switch_language("fa")
    window.tabs.setCurrentWidget(window.tensors_page)
    window.tensors_page.try_expression("x = np.ones((2, 3))")
    tree = window.tensors_page.findChild(QTreeWidget, "workspaceTree")
    found = Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
    qtbot.waitUntil(lambda: any("x" in item.text(0) and "بعدی" in item.text(1) for item in tree.findItems("x", found)),
                    timeout=10000)
