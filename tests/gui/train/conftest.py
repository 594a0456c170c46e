"""The Train page on made-up data, shared by the Train page's test files."""

import pytest
from synthetic_training import SMALL, synthetic_dataset

from nnlab.gui.session import Session
from nnlab.gui.train.page import TrainPage


@pytest.fixture
def page(qtbot):
    session = Session()
    session.set_dataset("mnist", synthetic_dataset())
    page = TrainPage(session)
    qtbot.addWidget(page)
    page.controls.set_config(SMALL)
    page.resize(1280, 780)
    page.show()
    yield page
    page.shutdown()
