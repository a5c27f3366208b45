"""The one exception type whose message is shown to users as is (one line, no traceback)."""


class FashionError(Exception):
    """A problem with the user's input or environment, described in one line."""
