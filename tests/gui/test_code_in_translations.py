"""Translators write a placeholder, never the code: no Persian translation carries code of its own.

Code inside a Persian sentence must be put in by the app, through :mod:`nnlab.gui.i18n` (``code``,
``code_html``, ``with_code``) or, for the Qt-free tensor explorer, as a value of its
:class:`nnlab.explorer.messages.Message` (rendered with ``code``). Code typed into a translation is
neither isolated reliably (it reads right to left, breaks across lines) nor safe from a translator's
typo, and it changes when the code does while the translation does not. The same holds for a
reference the app quotes, such as a paper's citation ("Li et al., 2018"): it is not the translator's to
retype, so it goes in through ``name`` and its Latin words count as code here like any other.

What counts as code here (tested on every finished translation, with its ``{0}``/``{name}``/``%n``
placeholders, HTML tags and entities taken out first):

- direction controls typed by hand (isolates, embeddings, marks): the translator isolated code;
- formula and code characters: ``= + × · → ← ∂ ∇ √ ± ‖ _ [ ] < > ^ | * ~``, the minus sign, Greek
  letters, superscript and subscript digits;
- a shape or a tuple ``(128, 784)``, ``(0, 1)``, a layer chain ``2-2-1``, a range ``0..255``, a number in
  scientific notation ``1e-6``, a number with a sign, and ``/`` next to a letter or digit (``x / 255``);
- a Latin word that is not a name: identifiers and single-letter variables (``relu``, ``float32``,
  ``np.dot``, ``W``, ``x``).

Not code, written by the translator: plain numbers in prose ("784 پیکسل", "0.001", "2,000", "100%"),
the names of data sets, file formats, products, optimizers, activations and layers as prose writes
them (``NAMES``: "MNIST", "Keras", "ReLU", "Adam", "softmax", "Dense"), the English term a Persian
translation adds in brackets after its own word (``GLOSSES``: "دسته‌ای (batch)"), and key names
("Ctrl+Z", "Esc"). A name written as code (``relu`` the Keras argument, ``Dense(512)``) is code.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "nnlab_fa.ts"

NAMES = {
    # data sets, file formats, programs and the book
    "MNIST", "Fashion-MNIST", "Keras", "NumPy", "Python", "Jupyter", "Qt", "TensorFlow", "PyTorch", "nnlab",
    "PNG", "JPG", "JPEG", "BMP", "GIF", "WebP", "CSV", "JSON", "TOML", "BLAS",
    # optimizers, activations, layers, methods, as prose writes them
    "SGD", "Nesterov", "Adagrad", "Adadelta", "RMSprop", "Adam", "ReLU", "softmax", "sigmoid", "tanh",
    "Dense", "XOR", "PCA", "CPU", "NaN",
}
GLOSSES = {"batch", "mini-batch", "epoch", "stochastic", "momentum", "broadcasting", "backpropagation", "list", "tuple",
           "bytes", "reduction", "channels-last", "channels-first", "reshape", "transpose"}
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt)\+(?:[A-Z0-9]|F\d+|[A-Z][a-z]+)\b|\b(?:Esc|Delete|Enter|Space|Tab)\b")

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
FORMULA = re.compile("[=+×·→←⇢↔∂∇√±‖_\\[\\]<>^|*~\u2212\u0370-\u03ff\u2070-\u209f]")
SHAPE = re.compile(r"\(\s*-?\d+(?:\.\d+)?\s*,\s*(?:-?\d+(?:\.\d+)?\s*,?\s*)*\)|\(\s*\d+\s*,\s*\)")
CHAIN = re.compile(r"\d+(?:-\d+)+\b|\d+\.\.\d+|\d(?:\.\d+)?e[-+]?\d|(?<![\w,.])-\d")
SLASH = re.compile(r"[A-Za-z0-9]\s*/|/\s*[A-Za-z0-9]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*")
GLOSS = re.compile(r"\(([a-z]+(?:-[a-z]+)?)\)")


def code_in(translation: str) -> list[str]:
    """The pieces of code ``translation`` carries outside its placeholders (empty: none)."""
    found = DIRECTION_CONTROLS.findall(translation)
    translation = translation.replace(" · ", " ")  # a separator, not a product
    text = PLACEHOLDER.sub(" ", translation)
    text = KEYS.sub(" ", text)
    text = GLOSS.sub(lambda match: " " if match.group(1) in GLOSSES else match.group(0), text)
    for pattern in (FORMULA, SHAPE, CHAIN, SLASH):
        found += pattern.findall(text)
    found += [word for word in LATIN_WORD.findall(text) if word not in NAMES]
    return found


def translations():
    """(context, source, translation) of every finished Persian translation, each plural form apart."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            element = message.find("translation")
            forms = [form.text or "" for form in element.iter("numerusform")] or ["".join(element.itertext())]
            for form in forms:
                yield name, message.findtext("source"), form


def offenders():
    return [f"[{context}] {source!r} -> {translation!r}: {code_in(translation)}"
            for context, source, translation in translations() if code_in(translation)]


def test_the_code_finder_knows_code_from_prose():
    prose = ["پیکسل‌های تقسیم‌شده بر {0}", "بهینه‌ساز RMSprop با نرخ یادگیری 0.001، دسته‌های 128تایی و 2,000 تصویر",
             "گرادیان نزولی دسته‌ای (batch) با {0}", "<b>{0}</b> تصویر (Ctrl+Z)", "داده MNIST و 100% و ۱۰ رقم",
             "تی‌شرت/تاپ", "باز کردن / ذخیره مدل"]
    assert [code_in(text) for text in prose] == [[]] * len(prose)
    assert code_in("512 واحد relu") == ["relu"]
    assert code_in("شکل (128, 784)") == ["(128, 784)"]
    assert "x /" in code_in("تقسیم بر x / 255")
    assert code_in("ماتریس W:") == ["W"] and code_in("η = 0.1") == ["η", "="]
    assert {"2-2-1", "0..255", "1e-6"} <= set(code_in("شبکه 2-2-1 و بازه 0..255 و 1e-6"))
    assert code_in("وزن \u2066{0}\u2069") == ["\u2066", "\u2069"]
    assert code_in("(stochastic) و (dtype)") == ["dtype"]


def test_no_persian_translation_carries_code_outside_a_placeholder():
    found = offenders()
    assert not found, f"{len(found)} translations carry code: pass it as a {{0}} argument through " \
                      f"nnlab.gui.i18n (or an explorer Message value):\n" + "\n".join(found)

