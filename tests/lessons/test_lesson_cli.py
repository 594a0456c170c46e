"""``nnlab lesson check FILE`` from the terminal: the same messages as the window, status 0 or 1."""

from nnlab.cli import main


def test_the_bundled_lesson_checks_clean(capsys):
    from nnlab.resources import resource_path
    assert main(["lesson", "check", str(resource_path("lessons", "chapter2.toml"))]) == 0
    assert "38 steps" in capsys.readouterr().out


def test_a_broken_lesson_exits_1_naming_file_step_and_field(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text('title = "x"\n[[step]]\nid = "a"\npage = "tensors"\ntext = "t"\n[step.question]\n'
                    'kind = "shape"\nprompt = "p"\nexpression = "train_imagez"\n', encoding="utf-8")
    assert main(["lesson", "check", str(path)]) == 1
    assert 'bad.toml, step "a", question.expression: the explorer refuses' in capsys.readouterr().err


def test_missing_translations_are_listed_for_the_language_asked(tmp_path, capsys):
    path = tmp_path / "en_only.toml"
    path.write_text('title = { en = "x" }\n[[step]]\nid = "a"\npage = "draw"\ntext = { en = "t" }\n',
                    encoding="utf-8")
    assert main(["lesson", "check", str(path)]) == 0
    assert main(["lesson", "check", str(path), "--lang", "fa"]) == 1
    err = capsys.readouterr().err
    assert "en_only.toml, title.fa: has no 'fa' translation" in err
    assert 'en_only.toml, step "a", text.fa' in err
    assert main(["lesson", "check", str(tmp_path / "absent.toml")]) == 1


def test_dash_dash_lesson_opens_the_window_with_the_lesson(monkeypatch, tmp_path):
    import nnlab.gui.app
    opened = []
    monkeypatch.setattr(nnlab.gui.app, "run", lambda language=None, lesson=None: opened.append((language, lesson))
                        or 0)
    assert main(["--lang", "fa", "--lesson", str(tmp_path / "x.toml")]) == 0
    assert opened == [("fa", str(tmp_path / "x.toml"))]


def test_a_lesson_too_costly_to_read_or_run_exits_1_naming_it(tmp_path, capsys, peak_mb):
    key = tmp_path / "key.toml"
    key.write_text('title = "x"\n' + "y" + ".a" * 30_000 + " = 1\n", encoding="utf-8")
    costly = tmp_path / "costly.toml"
    costly.write_text('title = "x"\n[[step]]\nid = "a"\npage = "train"\ntext = "t"\n'
                      "experiment = { hidden = [2048, 2048, 2048], batch_size = 1, samples = 60000, epochs = 5 }\n",
                      encoding="utf-8")
    statuses = []
    assert peak_mb(lambda: statuses.extend(main(["lesson", "check", str(path)]) for path in (key, costly))) < 5
    assert statuses == [1, 1]
    err = capsys.readouterr().err
    assert "key.toml: line 2 has 60,005 characters" in err
    assert 'costly.toml, step "a", experiment: would take about ' in err and ' hours and ' in err
