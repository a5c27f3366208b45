"""Classroom mode through AppTest: teacher and student sessions, the class wall."""
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from app_helpers import REPO, garment_png
from fashion.config import CLASS_NAMES
from fashion.wall import Wall

KEY = "a-key-for-this-test"
NASTY = ["**b** <b>h</b> [l](x)", "<script>x</script>", "#" * 300,
         "tab\there\x07bell\x1b[31mred", "$\\frac{1}{2}$ :red[x]"]


@pytest.fixture
def class_mode(monkeypatch):
    """Sessions on this machine count as students; the key makes a teacher."""
    monkeypatch.setenv("FASHION_STUDENT_VIEW", "1")
    monkeypatch.setenv("FASHION_TEACHER_KEY", KEY)


def session(page: str, teacher: bool = False, key: str = KEY) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=90)
    if teacher:
        at.query_params["teacher"] = key
    at.run()
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def sidebar_text(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption)


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_a_student_cannot_start_training_and_the_teacher_can(runs_root, class_mode):
    student = session("train")
    assert "Student view" in sidebar_text(student)
    assert button(student, "Start training").disabled
    assert any("Only the teacher starts and cancels training" in c.value for c in student.caption)
    teacher = session("train", teacher=True)
    assert "You are the teacher" in sidebar_text(teacher)
    assert not button(teacher, "Start training").disabled
    assert "teacher" not in teacher.query_params  # the key leaves the address bar once used
    wrong = session("train", teacher=True, key="guessed")
    assert "Student view" in sidebar_text(wrong) and button(wrong, "Start training").disabled


def guarded_actions_script():
    """Calls the guarded functions directly, as a crafted request would, and reports what happened."""
    import os
    from pathlib import Path

    import streamlit as st

    from fashion.config import TrainConfig
    from fashion.wall import Wall
    from ui import control

    board = Wall()
    started = control.start_training(TrainConfig(arch="cnn", epochs=1, train_limit=200), [], [],
                                     Path(os.environ["FASHION_RUNS"]), os.environ["FASHION_DATA"])
    cleared = control.clear_wall(board)
    st.write(f"started={started is not None} cleared={cleared is not None} left={board.count()}")


def test_the_guarded_functions_refuse_a_student_even_when_called(runs_root, class_mode, classroom):
    Wall(classroom).post("someone", "Ada", 1, 1, 0.9, "run", "canvas", np.zeros((28, 28), np.uint8),
                         np.zeros((28, 28), np.uint8))
    before = sorted(path.name for path in runs_root.iterdir())
    at = AppTest.from_function(guarded_actions_script, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [w.value for w in at.warning] == ["Only the teacher can start training.", "Only the teacher can clear the wall."]
    assert at.markdown[-1].value == "started=False cleared=False left=1"
    assert sorted(path.name for path in runs_root.iterdir()) == before  # no job folder appeared


def post_upload(at: AppTest, nickname: str, meant: int) -> None:
    next(r for r in at.radio if r.label == "Input").set_value("Upload a photo").run()
    at.file_uploader[0].set_value(("trousers.png", garment_png(), "image/png")).run()
    next(t for t in at.text_input if t.label == "Nickname").set_value(nickname).run()
    next(s for s in at.selectbox if s.label == "I meant").set_value(meant).run()
    button(at, "Send").click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_student_posts_from_the_live_page_and_the_wall_shows_it(runs_root, class_mode, classroom):
    student = session("live")
    post_upload(student, "Ada", CLASS_NAMES.index("Trouser"))
    assert any(s.value.startswith("On the wall as entry") for s in student.success)
    entry, = Wall(classroom).entries()
    assert entry.nickname == "Ada" and entry.intended == CLASS_NAMES.index("Trouser") and entry.source == "upload"
    assert entry.image28.shape == (28, 28) and entry.thumbnail.startswith(b"\x89PNG")
    # posting again at once is refused in one line, and nothing is added
    button(student, "Send").click().run()
    assert any("one post every" in w.value for w in student.warning) and len(Wall(classroom).entries()) == 1
    wall = session("wall")
    assert "Ada" in [t.value for t in wall.text]
    assert any(f"Trouser → {CLASS_NAMES[entry.predicted]}" in c.value for c in wall.caption)
    assert not [b for b in wall.button if b.label == "Hide"]  # students do not moderate


def test_nicknames_are_shown_as_plain_text(runs_root, class_mode, classroom):
    board = Wall(classroom, post_interval=0)
    for index, nickname in enumerate(NASTY):
        board.post(f"s{index}", nickname, 0, 0, 0.5, "run", "canvas", np.zeros((28, 28), np.uint8),
                   np.zeros((28, 28), np.uint8))
    at = session("wall")
    shown = [t.value for t in at.text]
    assert shown[0] == "$\\frac{1}{2}$ :red[x]" and "**b** <b>h</b> [l](x)" in shown
    assert "<script>x</script>" in shown
    assert "#" * 24 in shown and not any(len(value) > 24 for value in shown)   # capped
    assert "tab herebell[31mred" in shown                                         # control characters gone
    markdown = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert "<script>" not in markdown and "**b**" not in markdown


def test_the_teacher_hides_an_entry_and_clears_the_wall(runs_root, class_mode, classroom):
    board = Wall(classroom, post_interval=0)
    for index, nickname in enumerate(["Ada", "Grace"]):
        board.post(f"s{index}", nickname, 1, 1, 0.9, "run", "canvas", np.zeros((28, 28), np.uint8),
                   np.zeros((28, 28), np.uint8))
    teacher = session("wall", teacher=True)
    assert [t.value for t in teacher.text] == ["Grace", "Ada"]  # newest first
    button(teacher, "Hide").click().run()
    assert [t.value for t in teacher.text] == ["Ada"]
    assert [e.nickname for e in board.entries()] == ["Ada"]
    next(c for c in teacher.checkbox if c.label == "Yes, remove every entry").check().run()
    button(teacher, "Clear the wall").click().run()
    assert board.count() == 0


def test_the_wall_exports_a_csv_the_evaluate_page_reads(runs_root, class_mode, classroom):
    from fashion.data import parse_csv
    from fashion.wall import as_dataset
    from fashion.data import csv_text

    board = Wall(classroom, post_interval=0)
    images = np.random.default_rng(0).integers(0, 256, (3, 28, 28), dtype=np.uint8)
    for index, image in enumerate(images):
        board.post(f"s{index}", f"kid {index}", index, 9 - index, 0.5, "run", "canvas", image, image)
    array = parse_csv(csv_text(as_dataset(board.entries())).encode())
    assert array[:, 0].tolist() == [2, 1, 0]                       # what each was meant to be, newest first
    assert np.array_equal(array[:, 1:].reshape(-1, 28, 28), images[::-1])
    at = session("wall")
    button(at, "Prepare the CSV").click().run()
    assert any(b.label == "Download 3 entries" for b in at.get("download_button"))


def answer_quiz(at: AppTest, labels) -> None:
    for offset, label in enumerate(labels):
        next(s for s in at.selectbox if s.label == f"Image {offset + 1}").set_value(int(label))
    next(t for t in at.text_input if t.label == "Nickname").set_value("Ada")
    next(b for b in at.button if b.label == "Send my answers").click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_class_round_scores_students_beside_every_model(runs_root, class_mode, classroom, data_dir):
    from fashion import quiz
    from fashion.data import load_split, resolve_source

    teacher = session("quiz", teacher=True)
    button(teacher, "Start a round for the class").click().run()
    round_ = quiz.Quiz(classroom).current_round()
    assert round_ is not None
    test = load_split(resolve_source(data_dir), "test")
    indices = quiz.questions(test.labels.numpy(), round_.seed)
    assert len(indices) == quiz.QUESTIONS and len(set(indices.tolist())) == quiz.QUESTIONS
    truth = test.labels.numpy()[indices]
    student = session("quiz")
    assert not [b for b in student.button if b.label == "Start a round for the class"]
    assert any(f"Round {round_.id}" in c.value for c in student.caption)
    answers = truth.copy()
    answers[:3] = (answers[:3] + 1) % 10   # three wrong on purpose
    answer_quiz(student, answers)
    assert student.metric[0].value == f"{quiz.QUESTIONS - 3} / {quiz.QUESTIONS}"
    scores = student.dataframe[0].value
    assert "you" in scores["name"].tolist() and (scores["kind"] == "model").sum() >= 1
    assert [(name, score) for name, _, score in quiz.Quiz(classroom).answers(round_.id)] == [("Ada", quiz.QUESTIONS - 3)]
    assert any("Where you and the models disagreed" in h.value for h in student.subheader)
    # answering the same round twice is refused in one line
    answer_quiz(student, truth)
    assert any("already answered" in w.value for w in student.warning)
    assert len(quiz.Quiz(classroom).answers(round_.id)) == 1


def test_a_student_cannot_start_a_round_even_by_calling_it(runs_root, class_mode, classroom):
    def script():
        import streamlit as st

        from fashion.quiz import Quiz
        from ui import control

        st.write(f"started={control.start_quiz_round(Quiz()) is not None}")

    at = AppTest.from_function(script, default_timeout=60).run()
    assert [w.value for w in at.warning] == ["Only the teacher can start a quiz round."]
    assert at.markdown[-1].value == "started=False"
    from fashion.quiz import Quiz
    assert Quiz(classroom).current_round() is None
