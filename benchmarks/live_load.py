"""A class at the Live page, through the real server: N browser sessions (Playwright contexts in one
headless Chromium) against `streamlit run app.py` on a loopback port, all drawing at the same moment.

What it reports:
- page first visits: V new sessions open a page at once (Overview, Training curves, Compare,
  Live); the server's CPU seconds per visit, after one session has visited every page (so that
  what is cached for everyone, such as loaded models, is there, as in a class after the teacher's
  first look). That first session's cold visits are reported too.
- strokes: N sessions on the Live page draw an outline of a garment (fashion.drawings, the
  canvas's default 18 px brush), stroke by stroke: every session draws its k-th stroke at the
  same moment, waits for the page to answer, and the next round starts when all have.
  Per stroke: stroke-to-prediction (mouse-up to the end of the server's run that shows the new
  28x28 and prediction, timed in the browser) and, separately, **the server process's own CPU
  seconds per stroke** (its CPU time before and after each round, over N): the browsers share this
  machine's cores and inflate the wall-clock figures, not the CPU ones.
- the class wall and the quiz: the N sessions each draw a garment and send it to the wall at the same moment,
  while the teacher's wall page (opened with the teacher key; the server runs with
  FASHION_STUDENT_VIEW=1, as in class) refreshes by itself: post-to-visible on that page, the
  server's CPU per post, and entries that did not reach the database (must be 0). Then the
  teacher starts a quiz round and every session labels its 20 images and sends them at once.

    python benchmarks/live_load.py                          # 10 sessions x 5 strokes, 30 visits
    python benchmarks/live_load.py --sessions 20 --strokes 8 --visits 0
    python benchmarks/live_load.py --runs /path/to/runs     # another runs folder (FASHION_RUNS)

Needs Chromium (`apt-get install chromium`, or CHROMIUM=path) and `pip install playwright psutil`.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil
from playwright.async_api import TimeoutError

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fashion import drawings  # noqa: E402
from fashion.config import CLASS_NAMES  # noqa: E402
from fashion.quiz import Quiz  # noqa: E402
from fashion.wall import Wall  # noqa: E402
from ui.server import local_app  # noqa: E402

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
PAGES = [("", "Overview"), ("curves", "Training curves"), ("compare", "Compare models"),
         ("live", "Live classifier")]
BRUSH = 18  # the Live page's default brush
TEACHER_KEY = "live-load-teacher"  # the server runs as in class: loopback sessions are students
CLASS_PATTERN = re.compile("^(" + "|".join(re.escape(name) for name in CLASS_NAMES) + ")$")

# When a stroke has been answered, timed in the page: after its mouse-up the page shows a new
# 28x28 (loaded), a predicted class, and nothing from the previous run (the app's script state is
# no help with fragment runs: React often renders "running" and "notRunning" in one go).
WATCH_MOUSE = """
window.__mouseUp = 0;
document.addEventListener('mouseup', () => { window.__mouseUp = performance.now(); }, true);
"""
ANSWERED = """
before => {
  const app = document.querySelector('[data-testid="stApp"]');
  const image = document.querySelector('[data-testid="stImage"] img');
  const metric = document.querySelector('[data-testid="stMetricValue"]');
  const shown = app.getAttribute('data-test-script-state') === 'notRunning' &&
                !document.querySelector('[data-stale="true"]') &&
                image && image.src !== before && image.complete && image.naturalWidth > 0 &&
                metric && metric.innerText.trim();
  return shown ? performance.now() : null;
}
"""
# LIVE_LOAD_DEBUG=folder: a screenshot there of every page that did not answer a stroke.
SHOTS = os.environ.get("LIVE_LOAD_DEBUG")
SEEN = '[data-testid="stImage"] img'
# How much ink the canvas shows (its bright pixels, of every 4th column): a stroke drawn before the
# canvas listens to the mouse (a busy browser, right after the page loads) leaves none.
INK = """
canvas => {
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 16) ink += pixels[i] > 127;
  return ink;
}
"""


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def tree_cpu_seconds(process: psutil.Process) -> float:
    """CPU of a process and all its children (Chromium's renderers)."""
    total = 0.0
    for each in [process, *process.children(recursive=True)]:
        try:
            total += cpu_seconds(each)
        except psutil.Error:
            pass
    return total


def session_strokes(session: int, count: int) -> list[np.ndarray]:
    """`count` strokes for one session: outlines of a garment (class = session mod 10), one after
    another, skipping dots (a click, not a stroke); more garments on top when one runs out."""
    strokes: list[np.ndarray] = []
    drawing = 0
    while len(strokes) < count:
        rng = np.random.default_rng([session, drawing])
        strokes += [s for s in drawings.outline_strokes(session % 10, rng, brush=BRUSH) if len(s) >= 4]
        drawing += 1
    return strokes[:count]


async def settle(page, timeout: float = 180_000) -> None:
    await page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    await page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)
    await page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
        ".every(chart => chart.querySelector('.main-svg'))", timeout=timeout)


async def new_page(browser, url: str):
    context = await browser.new_context(viewport={"width": 1400, "height": 1200})
    await context.add_init_script(WATCH_MOUSE)
    page = await context.new_page()
    await page.goto(url, timeout=300_000)
    return context, page


async def visit(browser, url: str) -> tuple:
    context, page = await new_page(browser, url)
    await page.wait_for_selector("h1", timeout=180_000)
    await settle(page)
    exceptions = await page.locator('[data-testid="stException"]').count()
    return context, exceptions


async def first_visits(browser, url: str, server: psutil.Process, count: int) -> dict[str, tuple]:
    """Per page: (cold CPU s of the first session, CPU s per visit of `count` sessions at once)."""
    warm, _ = await visit(browser, url)
    await warm.close()
    figures = {}
    for path, title in PAGES:
        before = cpu_seconds(server)
        context, exceptions = await visit(browser, f"{url}/{path}")
        cold = cpu_seconds(server) - before
        await context.close()
        per_visit = float("nan")
        if count:
            before = cpu_seconds(server)
            visited = await asyncio.gather(*(visit(browser, f"{url}/{path}") for _ in range(count)))
            per_visit = (cpu_seconds(server) - before) / count
            exceptions += sum(e for _, e in visited)
            for context, _ in visited:
                await context.close()
        figures[title] = (cold, per_visit, exceptions)
    return figures


async def draw(page, points: np.ndarray) -> float:
    """One stroke with the mouse; returns the page's clock at mouse-up."""
    box = await page.locator("canvas.upper-canvas").first.bounding_box()
    await page.mouse.move(box["x"] + points[0][0], box["y"] + points[0][1])
    await page.mouse.down()
    for x, y in points[1:]:
        await page.mouse.move(box["x"] + x, box["y"] + y)
    await page.mouse.up()
    return await page.evaluate("() => window.__mouseUp")


async def ink_of(page) -> int:
    return await page.locator("canvas.dc-canvas.lower-canvas").first.evaluate(INK)  # in the component's shadow DOM


async def stroke_and_wait(page, points: np.ndarray, timeout: float) -> tuple[float, bool, str, int]:
    """(stroke-to-prediction s, whether the 28x28 changed, the prediction shown, how many times the
    stroke was drawn again because the canvas did not take it)."""
    seen = page.locator(SEEN)
    before = await seen.first.get_attribute("src") if await seen.count() else None
    ink = await ink_of(page)
    for redrawn in range(4):
        released = await draw(page, points)
        answer = asyncio.ensure_future(page.wait_for_function(ANSWERED, arg=before, timeout=timeout, polling=20))
        for _ in range(40):  # the canvas shows the stroke within a frame or two when it took it
            if await ink_of(page) > ink:
                break
            await asyncio.sleep(0.05)
        else:
            answer.cancel()
            continue
        break
    try:
        ended = await (await answer).json_value()
    except (TimeoutError, asyncio.CancelledError):
        print(f"  no new 28x28 and prediction {timeout / 1000:.0f} s after a stroke")
        if SHOTS:
            await page.screenshot(path=str(Path(SHOTS) / f"no-answer-{time.time():.0f}.png"), full_page=True)
        return timeout / 1000, False, "", redrawn
    metric = page.get_by_test_id("stMetricValue")
    shown = (await metric.first.inner_text()).strip() if await metric.count() else ""
    if SHOTS and not CLASS_PATTERN.match(shown):
        await page.screenshot(path=str(Path(SHOTS) / f"no-class-{time.time():.0f}.png"), full_page=True)
    return (ended - released) / 1000, True, shown, redrawn


async def drawing_burst(browser, url: str, server: psutil.Process, sessions: int, strokes: int,
                        timeout: float) -> dict:
    opened = await asyncio.gather(*(new_page(browser, f"{url}/live") for _ in range(sessions)))
    pages = [page for _, page in opened]
    await asyncio.gather(*(page.locator("canvas.upper-canvas").first.wait_for(timeout=180_000) for page in pages))
    await asyncio.gather(*(settle(page) for page in pages))
    plans = [session_strokes(i, strokes) for i in range(sessions)]
    latencies, cpu_per_stroke, unchanged, wrong_text, redrawn = [], [], 0, 0, 0
    for k in range(strokes):
        before = cpu_seconds(server)
        results = await asyncio.gather(*(stroke_and_wait(page, plans[i][k], timeout)
                                         for i, page in enumerate(pages)))
        cpu_per_stroke.append((cpu_seconds(server) - before) / sessions)
        for seconds, changed, shown, again in results:
            latencies.append(seconds)
            redrawn += again
            unchanged += not changed
            if not CLASS_PATTERN.match(shown):
                wrong_text += 1
                print(f"  a stroke's answer showed {shown!r}, not a class")
    exceptions = sum([await page.locator('[data-testid="stException"]').count() for page in pages])
    for context, _ in opened:
        await context.close()
    return {"latencies": latencies, "cpu_per_stroke": cpu_per_stroke, "unchanged": unchanged,
            "no_prediction": wrong_text, "exceptions": exceptions, "redrawn": redrawn}


async def send_to_wall(page, nickname: str, label: int) -> float:
    """Open "Send to the wall", fill it in, press Send; returns the time of the click."""
    await page.get_by_role("button", name="Send to the wall").click()
    await page.get_by_label("Nickname").fill(nickname)
    await page.get_by_label("Nickname").press("Enter")
    await settle(page)
    await page.get_by_role("combobox", name=re.compile("I meant")).click()
    await page.get_by_role("option", name=CLASS_NAMES[label], exact=True).click()
    await settle(page)
    clicked = time.perf_counter()
    await page.get_by_role("button", name="Send", exact=True).click()
    return clicked


async def wall_burst(browser, url: str, server: psutil.Process, sessions: int, timeout: float,
                     classroom: Path) -> dict:
    """Every session draws a garment and sends it to the wall at the same moment, while the teacher's
    wall (opened with the key) refreshes by itself: post-to-visible there, and what reached the database."""
    teacher_context, teacher = await new_page(browser, f"{url}/wall?teacher={TEACHER_KEY}")
    await teacher.get_by_text("You are the teacher").wait_for(timeout=180_000)
    opened = await asyncio.gather(*(new_page(browser, f"{url}/live") for _ in range(sessions)))
    pages = [page for _, page in opened]
    await asyncio.gather(*(page.locator("canvas.upper-canvas").first.wait_for(timeout=180_000) for page in pages))
    await asyncio.gather(*(settle(page) for page in pages))
    for k in range(3):
        await asyncio.gather(*(stroke_and_wait(page, session_strokes(i, 3)[k], timeout) for i, page in enumerate(pages)))
    await asyncio.gather(*(settle(page) for page in pages))
    nicknames = [f"student-{i:02d}" for i in range(sessions)]
    before = cpu_seconds(server)

    async def post_and_see(i: int, page) -> float:
        clicked = await send_to_wall(page, nicknames[i], i % 10)
        try:
            await teacher.get_by_text(nicknames[i], exact=True).wait_for(timeout=timeout)
        except TimeoutError:
            return float("inf")
        return time.perf_counter() - clicked

    seconds = await asyncio.gather(*(post_and_see(i, page) for i, page in enumerate(pages)))
    cpu = (cpu_seconds(server) - before) / sessions
    stored = {entry.nickname for entry in Wall(classroom).entries(include_hidden=True)}
    exceptions = sum([await page.locator('[data-testid="stException"]').count() for page in [teacher, *pages]])
    for context, _ in opened:
        await context.close()
    await teacher_context.close()
    return {"seconds": list(seconds), "cpu_per_post": cpu, "lost": len(set(nicknames) - stored),
            "exceptions": exceptions}


async def answer_quiz(page, nickname: str, rng: np.random.Generator) -> float:
    """Label the quiz's 20 images (at random) and send them; seconds from Send to the score."""
    await page.get_by_role("combobox", name=re.compile(r"Image 1\b")).wait_for(timeout=180_000)
    for k in range(1, 21):
        await page.get_by_role("combobox", name=re.compile(rf"Image {k}\b")).click()
        await page.get_by_role("option", name=CLASS_NAMES[int(rng.integers(10))], exact=True).click()
    await page.get_by_label("Nickname").fill(nickname)
    clicked = time.perf_counter()
    await page.get_by_role("button", name="Send my answers").click()
    await page.get_by_text(re.compile(r"^\d+ / 20$")).wait_for(timeout=180_000)
    return time.perf_counter() - clicked


async def quiz_burst(browser, url: str, server: psutil.Process, sessions: int, classroom: Path) -> dict:
    """The teacher starts a round; every session labels its 20 images and sends them at once."""
    teacher_context, teacher = await new_page(browser, f"{url}/quiz?teacher={TEACHER_KEY}")
    await teacher.get_by_role("button", name="Start a round for the class").click()
    await settle(teacher)
    opened = await asyncio.gather(*(new_page(browser, f"{url}/quiz") for _ in range(sessions)))
    before = cpu_seconds(server)
    seconds = await asyncio.gather(*(answer_quiz(page, f"student-{i:02d}", np.random.default_rng(i))
                                     for i, (_, page) in enumerate(opened)))
    cpu = (cpu_seconds(server) - before) / sessions
    quiz = Quiz(classroom)
    answered = len(quiz.answers(quiz.current_round().id))
    exceptions = sum([await page.locator('[data-testid="stException"]').count() for _, page in opened])
    for context, _ in opened:
        await context.close()
    await teacher_context.close()
    return {"seconds": list(seconds), "cpu_per_session": cpu, "lost": sessions - answered, "exceptions": exceptions}


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


async def benchmark(args, server: psutil.Process, url: str) -> int:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        browser_process = next((p for p in psutil.Process().children(recursive=True)
                                if "chrom" in p.name().lower()), None)
        browser_cpu = tree_cpu_seconds(browser_process) if browser_process else float("nan")
        load_before = os.getloadavg()[0]
        problems = 0
        print(f"{os.cpu_count()} CPUs; server {url}, runs {args.runs}")
        if args.visits is not None:
            print(f"\npage first visits: server CPU s (one session's cold visit; then per visit of "
                  f"{args.visits} new sessions at once)")
            for title, (cold, per_visit, exceptions) in (await first_visits(
                    browser, url, server, args.visits)).items():
                print(f"  {title:16s} cold {cold:5.2f}" + (f"   per visit {per_visit:5.3f}" if args.visits else "")
                      + (f"   {exceptions} exception boxes" if exceptions else ""))
                problems += exceptions
        if args.strokes:
            wall = time.perf_counter()
            burst = await drawing_burst(browser, url, server, args.sessions, args.strokes, args.timeout * 1000)
            wall = time.perf_counter() - wall
            ms = [s * 1000 for s in burst["latencies"]]
            cpu_ms = [s * 1000 for s in burst["cpu_per_stroke"]]
            print(f"\nstrokes: {args.sessions} sessions x {args.strokes} strokes, each round at the same moment")
            print(f"  stroke to prediction, ms: p50 {percentile(ms, 50):.0f}  p95 {percentile(ms, 95):.0f}  "
                  f"max {max(ms):.0f}")
            print(f"  server CPU per stroke, ms: median {statistics.median(cpu_ms):.0f} "
                  f"(rounds: {', '.join(f'{v:.0f}' for v in cpu_ms)})")
            print(f"  {burst['unchanged']} strokes got no new 28x28; {burst['no_prediction']} showed "
                  f"no class; {burst['exceptions']} exception boxes; {burst['redrawn']} drawn again (the canvas "
                  f"did not take them); {wall:.0f} s with page loads")
            problems += burst["unchanged"] + burst["no_prediction"] + burst["exceptions"]
        if args.wall:
            posted = await wall_burst(browser, url, server, args.sessions, args.timeout * 1000, args.classroom)
            ms = [v * 1000 for v in posted["seconds"]]
            print(f"\nclass wall: {args.sessions} sessions send a drawing at the same moment, the teacher's wall open")
            print(f"  post to visible on the teacher's wall, ms: p50 {percentile(ms, 50):.0f}  "
                  f"p95 {percentile(ms, 95):.0f}  max {max(ms):.0f}")
            print(f"  server CPU per post (the wall's refreshes included): {posted['cpu_per_post'] * 1000:.0f} ms; "
                  f"entries lost: {posted['lost']}; {posted['exceptions']} exception boxes")
            problems += posted["lost"] + posted["exceptions"] + sum(v == float("inf") for v in posted["seconds"])
        if args.wall:
            answered = await quiz_burst(browser, url, server, args.sessions, args.classroom)
            ms = [v * 1000 for v in answered["seconds"]]
            print(f"\nquiz: a round for the class; {args.sessions} sessions label 20 images each and send them")
            print(f"  send to score shown, ms: p50 {percentile(ms, 50):.0f}  p95 {percentile(ms, 95):.0f}  max {max(ms):.0f}")
            print(f"  server CPU per session (its 20 answers and the send): {answered['cpu_per_session'] * 1000:.0f} ms; "
                  f"answers lost: {answered['lost']}; {answered['exceptions']} exception boxes")
            problems += answered["lost"] + answered["exceptions"]
        if browser_process:
            print(f"\nChromium's own CPU: {tree_cpu_seconds(browser_process) - browser_cpu:.0f} s; "
                  f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
        await browser.close()
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=10, help="browser sessions drawing at once (default 10)")
    parser.add_argument("--strokes", type=int, default=5, help="strokes per session (default 5; 0: none)")
    parser.add_argument("--visits", type=int, default=30,
                        help="new sessions opening each page at once (default 30; 0: only the cold visits)")
    parser.add_argument("--no-visits", dest="visits", action="store_const", const=None,
                        help="skip the page visits")
    parser.add_argument("--runs", type=Path, default=Path(os.environ.get("FASHION_RUNS") or REPO / "checkpoints"),
                        help="runs folder the app shows (default: FASHION_RUNS or checkpoints/)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds a stroke may wait (default 120)")
    parser.add_argument("--no-wall", dest="wall", action="store_false",
                        help="skip the class wall (every session sends its drawing, the teacher's wall open)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium, or set CHROMIUM=path", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as workdir:
        args.classroom = Path(workdir) / "classroom"
        env = {"FASHION_RUNS": str(args.runs.resolve()), "FASHION_CLASSROOM": str(args.classroom),
               "FASHION_STUDENT_VIEW": "1", "FASHION_TEACHER_KEY": TEACHER_KEY}  # as in class
        with local_app(Path(workdir), env) as (process, url):
            return asyncio.run(benchmark(args, psutil.Process(process.pid), url))


if __name__ == "__main__":
    sys.exit(main())
