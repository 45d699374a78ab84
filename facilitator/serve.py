"""`facilitator serve`: the referent's seat and the room display in a browser on another
device, through textual-serve (one app process per browser tab, all on this machine and
all on the same session folder).

Bound to 127.0.0.1 by default. Bound to anything else, the server wants a token that the
browser shows once in the address (`/?token=…`, then kept in a cookie for the tab's
websocket). Whatever the binding, the websocket is refused to pages from another origin,
so a web page open in the chair's own browser cannot reach the meeting through localhost.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
import shlex
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server

from facilitator.i18n import tr

TOKEN_COOKIE = "facilitator_token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_token(host: str) -> bool:
    return not is_loopback(host)


def new_token() -> str:
    return secrets.token_urlsafe(12)


def reachable_host(host: str) -> str:
    """The address another device on the network would use for `host` (0.0.0.0: ours)."""
    if host not in ("0.0.0.0", "::", ""):
        return host
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent; this only picks the route
        return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def seat_command(folder: Path, sessions_dir: Path, lang: str) -> str:
    """What each browser tab runs: this Python, the seat choice for the session."""
    parts = [sys.executable, "-m", "facilitator", "join", str(folder), "--as", "vælg"]
    parts += ["--sessions-dir", str(sessions_dir), "--lang", lang]
    return " ".join(shlex.quote(part) for part in parts)


def browser_url(host: str, port: int, token: str | None) -> str:
    address = reachable_host(host)
    if ":" in address:
        address = f"[{address}]"
    suffix = f"/?token={token}" if token else "/"
    return f"http://{address}:{port}{suffix}"


class SeatServer(Server):
    def __init__(self, command: str, host: str, port: int, title: str, token: str | None):
        super().__init__(command, host=host, port=port, title=title)
        self.token = token

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        return app

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith("/static/"):
            return await handler(request)  # the terminal's scripts and fonts hold no data
        if request.path == "/ws":
            origin = request.headers.get("Origin", "")
            if origin and origin.split("://", 1)[-1] != request.host:
                raise web.HTTPForbidden(text=tr("serve.wrong_origin"))
        given = request.query.get("token") or request.cookies.get(TOKEN_COOKIE, "")
        if self.token and not hmac.compare_digest(given.encode(), self.token.encode()):
            raise web.HTTPForbidden(text=tr("serve.token_needed"))
        response = await handler(request)
        if self.token and request.path == "/":
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="Strict")
        return response

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        # The page's links follow the address the browser used (an SSH tunnel, an IP, a
        # name), not the one we bound to.
        self.public_url = f"{request.scheme}://{request.host}"
        return await super().handle_index(request)

    def initialize_logging(self) -> None:
        """Only problems in the chair's terminal, not a line per request."""
        logging.basicConfig(level="WARNING", format="%(message)s")

    async def on_startup(self, app: web.Application) -> None:
        """Our own start text is printed by the command; textual-serve's logo is not."""


def qr_lines(url: str) -> str:
    """The URL as a QR code in text, for a phone's camera; empty if segno is missing."""
    try:
        import segno
    except ImportError:
        return ""
    import io

    buffer = io.StringIO()
    segno.make(url, error="l").terminal(out=buffer, compact=True)
    return buffer.getvalue()


def serve(
    folder: Path,
    sessions_dir: Path,
    title: str,
    host: str,
    port: int,
    token: str | None,
    lang: str,
    say: Callable[[str], None],
) -> None:
    """Serve until Ctrl+C. `token` is required (made here if not given) off localhost."""
    if needs_token(host):
        token = token or new_token()
    url = browser_url(host, port, token)
    say(tr("serve.started", title=title, folder=folder.name, url=url))
    if token:
        say(tr("serve.token_note"))
        qr = qr_lines(url)
        if qr:
            say(qr)
    else:
        say(tr("serve.local_note", port=port))
    say(tr("serve.stop"))
    server = SeatServer(seat_command(folder, sessions_dir, lang), host, port, title, token)
    server.serve()
