"""Serve a folder on 127.0.0.1, on a free port, in a background thread, without logging each request.

The tests, scripts/screenshots.py, scripts/make_pdfs.py and the benchmark all open a built site in Chromium
over HTTP (file:// would change how the pages behave); this is the one server they share.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # a line per request would bury the output of tests and scripts
        pass


class LocalServer:
    """`LocalServer(folder).url` is the folder's address until `close()`; also usable as `with LocalServer(f) as s`.

    A subclass may set `handler` to serve files differently (scripts/bench/serve.py gzips them).
    """

    handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler

    def __init__(self, folder: Path):
        handler = functools.partial(self.handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0: the system picks a free one
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
