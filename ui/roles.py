"""Who is at the keyboard: the teacher or a student.

The teacher is a session on the machine that runs the app (Streamlit reports no IP address for
localhost), or one that opened the teacher link with its key: random per server start, or
FASHION_TEACHER_KEY, printed in the terminal when the first page loads. With
FASHION_STUDENT_VIEW=1 only the key makes a teacher, so the teacher (and the tests) can see what
students see on this machine. Actions only the teacher may take are wrapped in `teacher_only`,
which refuses them where they are taken, whatever button led there.
"""
from __future__ import annotations

import functools
import os
import secrets
import socket

import streamlit as st

KEY_PARAMETER = "teacher"
STUDENT_VIEW = "FASHION_STUDENT_VIEW"


def teacher_key() -> str:
    return _teacher_key(os.environ.get("FASHION_TEACHER_KEY") or "")


@st.cache_resource(show_spinner=False)
def _teacher_key(fixed: str) -> str:
    """Made once per server (and per FASHION_TEACHER_KEY), and the teacher link printed then."""
    key = fixed or secrets.token_urlsafe(12)
    print(f"\n  Teacher link (keep it to yourself): {teacher_link(key)}\n", flush=True)
    return key


def lan_address() -> str:
    """This machine's address on the local network (the one a default route would leave by)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks an interface
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def teacher_link(key: str) -> str:
    address = st.get_option("server.address") or "localhost"
    host = lan_address() if address in ("0.0.0.0", "::") else address
    return f"http://{host}:{st.get_option('server.port')}/?{KEY_PARAMETER}={key}"


def is_teacher() -> bool:
    if st.session_state.get("_is_teacher"):
        return True
    given = st.query_params.get(KEY_PARAMETER)
    if given and secrets.compare_digest(str(given), teacher_key()):
        st.session_state["_is_teacher"] = True
        del st.query_params[KEY_PARAMETER]  # off the address bar, and off the projector
        return True
    if os.environ.get(STUDENT_VIEW) == "1":
        return False
    return st.context.ip_address is None


def session_id() -> str:
    """A random id for this browser session (the wall's one-post-every-few-seconds rule)."""
    if "_session_id" not in st.session_state:
        st.session_state["_session_id"] = secrets.token_hex(8)
    return st.session_state["_session_id"]


def teacher_only(action: str):
    """Decorator: the wrapped function runs for the teacher; for a student it shows one line
    saying so and returns None."""
    def wrap(function):
        @functools.wraps(function)
        def guarded(*args, **kwargs):
            if not is_teacher():
                st.warning(f"Only the teacher can {action}.", icon=":material/lock:")
                return None
            return function(*args, **kwargs)
        return guarded
    return wrap
