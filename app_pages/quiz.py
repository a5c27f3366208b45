"""Humans vs models: label 20 test images and see how you do beside every model on the same ones."""
import html

import numpy as np
import pandas as pd
import streamlit as st

from fashion import quiz, wall
from fashion.config import CLASS_NAMES
from fashion.errors import FashionError
from ui import control, figures, roles
from ui import state

COLUMNS = 5


def questions_ui(board: quiz.Quiz, test) -> tuple[int | None, np.ndarray]:
    """The round's images for the class, or this session's own set when no round runs."""
    current = board.current_round()
    if current is not None:
        st.caption(f"Round {current.id}: the whole class labels the same {quiz.QUESTIONS} images.")
        return current.id, quiz.questions(test.labels.numpy(), current.seed)
    seed = st.session_state.setdefault("quiz_seed", int(np.random.default_rng().integers(2**31)))
    st.caption("No class round is running: these images are yours alone.")
    return None, quiz.questions(test.labels.numpy(), seed)


def answers_ui(round_id, indices: np.ndarray, test) -> tuple[str, list] | None:
    """A form (one rerun per submit, not per answer); the nickname and the labels once sent."""
    with st.form(f"quiz-{round_id}"):
        nickname = st.text_input("Nickname", key="quiz_nickname", max_chars=wall.MAX_NICKNAME)
        labels = []
        for start in range(0, len(indices), COLUMNS):
            for column, offset in zip(st.columns(COLUMNS), range(start, min(start + COLUMNS, len(indices)))):
                with column:
                    st.image(state.pixels(test.images[indices[offset]].numpy(), 4), width=112)
                    labels.append(st.selectbox(f"Image {offset + 1}", range(len(CLASS_NAMES)), index=None,
                                               format_func=state.class_name, placeholder="which class?",
                                               key=f"quiz-{round_id}-{offset}"))
        if not st.form_submit_button("Send my answers", type="primary"):
            return None
    return nickname, labels


def model_answers(indices: np.ndarray) -> dict[str, np.ndarray]:
    """Every run's prediction on the quiz images (from its cached test logits)."""
    answers = {}
    for run in state.with_model(state.load_runs()[0]):
        try:
            predicted = np.asarray(state.test_result(run, 10_000)["predicted"])
        except FashionError:
            continue
        if len(predicted) > indices.max():
            answers[run.name] = predicted[indices]
    return answers


def scores_ui(humans: list[tuple[str, int]], models: dict[str, np.ndarray], truth: np.ndarray, key: str) -> None:
    rows = [{"name": name, "kind": "human", "accuracy": score / len(truth)} for name, score in humans]
    rows += [{"name": name, "kind": "model", "accuracy": float((answer == truth).mean())} for name, answer in models.items()]
    scores = pd.DataFrame(rows).sort_values("accuracy", ascending=False)
    st.dataframe(scores, hide_index=True, column_config={
        "accuracy": st.column_config.ProgressColumn("right", format="percent", min_value=0, max_value=1)})
    shown = scores.assign(name=scores["name"].map(html.escape))  # nicknames stay text in the figure too
    st.plotly_chart(figures.quiz_scores_figure(shown, quiz.HUMAN_ACCURACY), key=f"quiz_scores_{key}")


def disagreements_ui(indices, truth, mine: list[int], models: dict[str, np.ndarray], test) -> None:
    st.subheader("Where you and the models disagreed")
    shown = 0
    for offset, index in enumerate(indices):
        wrong = [name for name, answer in models.items() if answer[offset] != truth[offset]]
        if mine[offset] == truth[offset] and not wrong:
            continue
        left, right = st.columns([1, 5])
        left.image(state.pixels(test.images[index].numpy(), 3), width=84)
        right.write(f"Image {offset + 1} is **{CLASS_NAMES[truth[offset]]}**. You said "
                    f"{CLASS_NAMES[mine[offset]]}; {len(wrong)} of {len(models)} models were wrong"
                    + (f" (e.g. {wrong[0]}: {CLASS_NAMES[models[wrong[0]][offset]]})." if wrong else "."))
        shown += 1
    if not shown:
        st.write("Nowhere: you and every model got every image right.")


def class_ui(board: quiz.Quiz, round_id: int, indices, truth, models: dict[str, np.ndarray]) -> None:
    answered = board.answers(round_id)
    st.subheader(f"The class in round {round_id}: {len(answered)} answered")
    if not answered:
        return
    scores_ui([(name, score) for name, _, score in answered], models, truth, "class")
    left, right = st.columns(2)
    humans = np.zeros((len(CLASS_NAMES), len(CLASS_NAMES)), int)
    for _, labels, _ in answered:
        np.add.at(humans, (truth, np.asarray(labels)), 1)
    left.plotly_chart(figures.confusion_figure(humans, normalize=False).update_layout(title="the class"),
                      key="quiz_class_confusion")
    if models:
        best = max(models, key=lambda name: (models[name] == truth).mean())
        machine = np.zeros_like(humans)
        np.add.at(machine, (truth, models[best]), 1)
        right.plotly_chart(figures.confusion_figure(machine, normalize=False).update_layout(title=best),
                           key="quiz_model_confusion")


def render() -> None:
    st.title("Humans vs models")
    st.write(f"Label {quiz.QUESTIONS} images from the official test set, then see how you did beside "
             "every model on exactly the same images.")
    test = state.test_set()
    board = state.classroom(quiz.Quiz)
    if test is None or board is None:
        return
    if roles.is_teacher() and st.button("Start a round for the class", icon=":material/flag:"):
        control.start_quiz_round(board)
    round_id, indices = questions_ui(board, test)
    truth = test.labels.numpy()[indices]
    models = model_answers(indices)
    sent = answers_ui(round_id, indices, test)
    if sent is not None:
        nickname, labels = sent
        if any(label is None for label in labels):
            st.warning("Answer every image first.")
        else:
            score = quiz.score(labels, truth)
            if round_id is not None:
                try:
                    board.submit(round_id, roles.session_id(), nickname, indices, labels, truth)
                except FashionError as error:
                    st.warning(str(error))
            st.metric("You", f"{score} / {len(truth)}", delta_color="off")
            scores_ui([("you", score)], models, truth, "you")
            disagreements_ui(indices, truth, labels, models, test)
    if round_id is not None:
        class_ui(board, round_id, indices, truth, models)


render()
