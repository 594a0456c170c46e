"""Hand-ins written by students and read back by the teacher's review, damaged ones included."""

import json

import pytest

from nnlab.lessons import load_lesson
from nnlab.lessons.handin import Student, folder_name, write_handin
from nnlab.lessons.progress import Progress
from nnlab.lessons.review import read_class, read_handin, review
from nnlab.training.record_files import load_record

LESSON = '''
id = "mini"
title = { en = "Mini", fa = "کوچک" }
[[step]]
id = "intro"
page = "tensors"
text = "read me"
[[step]]
id = "easy"
page = "tensors"
text = "t"
[step.question]
kind = "choice"
prompt = "p"
choices = ["a", "b"]
answer = 1
[[step]]
id = "hard"
page = "tensors"
text = "t"
[step.question]
kind = "number"
prompt = "p"
network = [784, 512]
[[step]]
id = "run"
page = "train"
text = "t"
experiment = { optimizer = "sgd", learning_rate = 0.1, samples = 300, batch_size = 100 }
[step.question]
kind = "outcome"
prompt = "p"
'''


@pytest.fixture
def lesson(write_lesson):
    return load_lesson(write_lesson(LESSON))


def answer(lesson, progress, step_id, *answers, data=None):
    for text in answers:
        progress.answered(step_id, text, lesson.step(step_id).check(text, data))


def fake_mnist():
    """Enough of MNIST's shape for a 300-image experiment: digits as noise, no files needed."""
    import numpy as np
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (300, 28, 28), dtype=np.uint8)
    return (images, rng.integers(0, 10, 300).astype(np.uint8)), (images[:10], np.zeros(10, np.uint8))


def test_a_hand_in_round_trips_through_the_review(lesson, tmp_path):
    data = fake_mnist()
    ada, ben = Progress(lesson.id), Progress(lesson.id)
    ada.record("intro")
    answer(lesson, ada, "easy", "1")
    answer(lesson, ada, "hard", "401408", "hello", "401920")  # "hello" cannot be read: not an attempt
    answer(lesson, ada, "run", "smooth", data=data)
    ada.spent("hard", 42.5)
    answer(lesson, ben, "easy", "2", "1")
    answer(lesson, ben, "hard", "5")
    class_folder = tmp_path / "class"
    folder = write_handin(class_folder, Student("Ada Lovelace", "9812345"), lesson, ada, "en")
    write_handin(class_folder, Student("بهرام", "9700001"), lesson, ben, "fa")
    assert folder.name == "Ada-Lovelace-9812345-mini"
    saved = json.loads((folder / "handin.json").read_text(encoding="utf-8"))
    hard = next(step for step in saved["steps"] if step["id"] == "hard")
    assert (hard["answers"], hard["attempts"], hard["correct"], hard["seconds"]) == (["401408", "401920"], 2,
                                                                                  True, 42.5)
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert "Ada Lovelace" in report and "401920" in report and "<script" not in report
    easy_row = next(row for row in report.split("<tr>") if "<td>2</td>" in row.split("</td>")[0] + "</td>")
    assert "<code>a</code>" in easy_row  # the chosen answer's text, not its number "1"
    assert load_record(folder / "runs" / "run").config.hyper["learning_rate"] == 0.1

    handins = read_class(class_folder)
    assert [h.name for h in handins] == ["Ada Lovelace", "بهرام"] and not any(h.damaged for h in handins)
    table = review(handins, lesson)
    assert table.steps[0] == "hard" and table.wrong("hard") == 2 and table.wrong("easy") == 1
    assert table.cell(handins[0], "hard").attempts == 2 and table.cell(handins[1], "run") is None
    assert handins[0].runs == {"run": folder / "runs" / "run"} and handins[1].runs == {}
    assert review(handins).steps[0] == "hard"  # without the lesson, from the hand-ins themselves


def test_damaged_hand_ins_are_listed_not_fatal(lesson, tmp_path):
    write_handin(tmp_path, Student("Good", "1"), lesson, Progress(lesson.id))
    broken = {"no-json": None, "not-json": b"{not json", "wrong-format": json.dumps({"format": "other"}).encode(),
              "bad-steps": json.dumps({"format": "nnlab-lesson-handin", "student": {}, "lesson": {},
                                       "steps": [{"id": 5}]}).encode(),
              "escaping": json.dumps({"format": "nnlab-lesson-handin", "student": {}, "lesson": {},
                                      "steps": [{"id": "../../x", "run": "runs/../../x"}]}).encode(),
              "nested": ("[" * 100000).encode(), "huge": b" " * 2_000_001, "binary": b"\xff\xfe\x00"}
    for name, content in broken.items():
        (tmp_path / name).mkdir()
        if content is not None:
            (tmp_path / name / "handin.json").write_bytes(content)
    handins = read_class(tmp_path)
    damaged = {h.folder.name: h.damaged for h in handins if h.damaged}
    assert set(damaged) == set(broken)
    assert "unfinished" in damaged["no-json"] and "at most 2,000,000" in damaged["huge"]
    table = review(handins, lesson)
    assert len(table.students) == len(broken) + 1
    with pytest.raises(ValueError):
        read_class(tmp_path / "nowhere")


def test_odd_but_valid_types_in_a_hand_in_are_dropped(lesson, tmp_path):
    folder = write_handin(tmp_path, Student("Eve", "2"), lesson, Progress(lesson.id))
    data = json.loads((folder / "handin.json").read_text(encoding="utf-8"))
    data["steps"][1].update(answers=["x", 5, None], correct="yes", seconds=-3, visited=True, run="../../etc")
    (folder / "handin.json").write_text(json.dumps(data), encoding="utf-8")
    handin = read_handin(folder)
    record = handin.records["easy"]
    assert (record.answers, record.correct, record.seconds) == (["x"], None, 0.0) and handin.runs == {}


def test_progress_survives_a_round_trip_and_ignores_junk(lesson):
    progress = Progress(lesson.id, current=2)
    answer(lesson, progress, "hard", "401920")
    again = Progress.from_dict(json.loads(json.dumps(progress.to_dict())), lesson)
    assert again.current == 2 and again.records["hard"].correct and again.done(lesson.steps) == 1
    for junk in (None, [], {"lesson": "other"}, {"lesson": "mini", "current": 99, "steps": {"nope": {}}},
                 {"lesson": "mini", "current": True, "steps": []}):
        restored = Progress.from_dict(junk, lesson)
        assert restored.current == 0 and restored.records == {}


def test_a_student_needs_a_name_and_number(lesson):
    for name, number in (("", "1"), ("Ada", " "), ("A" * 101, "1")):
        with pytest.raises(ValueError):
            Student(name, number)
    assert folder_name(Student("../../etc", "1/2"), lesson) == "etc-1-2-mini"


@pytest.fixture
def small_disk():
    """``with small_disk(bytes):`` every file write past that size fails (EFBIG), as on a full disk."""
    resource = pytest.importorskip("resource")
    import contextlib
    import signal

    @contextlib.contextmanager
    def limited(size: int):
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            signal.signal(signal.SIGXFSZ, previous)
    return limited


def test_a_failed_second_hand_in_leaves_the_first_whole(lesson, tmp_path, small_disk):
    """handin.json was deleted before the new one was written: a full disk lost the hand-in."""
    progress = Progress(lesson.id)
    answer(lesson, progress, "easy", "1")
    answer(lesson, progress, "run", "smooth", data=fake_mnist())
    student = Student("Ada", "1")
    folder = write_handin(tmp_path, student, lesson, progress)
    before = {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    answer(lesson, progress, "hard", "401920")
    with small_disk(300), pytest.raises(OSError):  # the run record is larger than that
        write_handin(tmp_path, student, lesson, progress)
    after = {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert after == before and read_handin(folder).records["easy"].correct is True
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".")]  # no half-built copy left
    write_handin(tmp_path, student, lesson, progress)  # with room again, the new one replaces it whole
    assert read_handin(folder).records["hard"].correct is True


def test_handing_in_never_replaces_a_folder_that_is_not_a_hand_in(lesson, tmp_path):
    folder = tmp_path / folder_name(Student("Ada", "1"), lesson)
    folder.mkdir()
    (folder / "thesis.tex").write_text("years of work")
    with pytest.raises(FileExistsError, match="not an nnlab hand-in"):
        write_handin(tmp_path, Student("Ada", "1"), lesson, Progress(lesson.id))
    assert [path.name for path in folder.iterdir()] == ["thesis.tex"]


def test_a_class_is_read_up_to_its_caps(lesson, tmp_path, monkeypatch):
    import nnlab.lessons.review as review_module
    monkeypatch.setattr(review_module, "MAX_STUDENTS", 3)
    for index in range(5):
        write_handin(tmp_path, Student(f"S{index}", "1"), lesson, Progress(lesson.id))
    handins = read_class(tmp_path)
    assert [bool(h.damaged) for h in handins] == [False, False, False, True, True]
    assert "read up to 3 hand-ins" in handins[3].damaged
    monkeypatch.setattr(review_module, "MAX_CLASS_BYTES", 1)  # the first hand-in spends the budget
    assert [bool(h.damaged) for h in read_class(tmp_path)] == [False, True, True, True, True]
