"""The Session's model offers: what other pages may use, named honestly."""

from nnlab.core import Dense, Sequential
from nnlab.gui.session import Session


def _model():
    return Sequential([Dense(3, activation="softmax")])


def test_offered_models_are_named_with_accuracy_and_do_not_become_current(qtbot):
    session = Session()
    model = _model()
    with qtbot.waitSignal(session.models_changed):
        session.offer_model("3", "Run 3: Adam", model, "completed", 0.979)
    [offer] = session.offered_models()
    assert offer.model is model and offer.trusted
    assert offer.label() == "Run 3: Adam, 97.9%"
    assert session.model is None  # offering never replaces the student's current model


def test_a_diverged_or_stopped_run_is_offered_only_with_a_warning():
    session = Session()
    session.offer_model("4", "Run 4: SGD", _model(), "diverged", float("nan"))
    session.offer_model("5", "Run 5: SGD", _model(), "stopped", 0.5)
    diverged, stopped = session.offered_models()
    assert not diverged.trusted and "diverged" in diverged.label() and "nan" not in diverged.label()
    assert not stopped.trusted and "stopped" in stopped.label() and "50.0%" in stopped.label()


def test_withdrawing_and_replacing_entries(qtbot):
    session = Session()
    session.offer_model("1", "Run 1", _model())
    session.offer_model("1", "Run 1 again", _model())
    assert [offer.title for offer in session.offered_models()] == ["Run 1 again"]
    with qtbot.waitSignal(session.models_changed):
        session.withdraw_model("1")
    assert session.offered_models() == []
    with qtbot.assertNotEmitted(session.models_changed):
        session.withdraw_model("1")


def test_set_model_still_sets_the_current_model(qtbot):
    session = Session()
    model = _model()
    with qtbot.waitSignal(session.model_changed) as blocker:
        session.set_model(model)
    assert blocker.args == [model] and session.model is model
