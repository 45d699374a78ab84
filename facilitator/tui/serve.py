"""`facilitator serve`: the referent's seat and the room display in a browser on another
device, through textual-serve (one app process per browser tab, all on this machine and
all on the same session folder).

Bound to 127.0.0.1 by default. Bound to anything else, the server wants a token that the
browser shows once in the address (`/?token=…`, then kept in a cookie for the tab's
websocket). Whatever the binding:

- every request must name one of our own hosts (`Host`: the bound address, localhost,
  127.0.0.1, [::1], and off loopback the machine's own names and addresses), so a web page
  whose name is made to point at 127.0.0.1 (DNS rebinding) gets a 403;
- the websocket is refused to pages from another origin, so a web page open in the chair's
  own browser cannot reach the meeting through localhost;
- responses say `Referrer-Policy: no-referrer` (the address may hold the token), may not
  be framed by another page, and the page loads nothing from the internet (our copy of
  textual-serve's page, `serve_page/app_index.html`, with its words in our language).
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

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from facilitator.i18n import current_language, tr

TOKEN_COOKIE = "facilitator_token"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PAGE_FOLDER = Path(__file__).resolve().parent / "serve_page"
SAFETY_HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_token(host: str) -> bool:
    return not is_loopback(host)


def host_name(header: str) -> str:
    """The name or address in a `Host` header, without port or brackets, lower case."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def own_hosts(bound: str) -> frozenset[str]:
    """The names a browser may use for this server: the bound address, the loopback names,
    and, bound off loopback, the machine's own names and addresses."""
    names = {"localhost", "127.0.0.1", "::1", host_name(bound)}
    if not is_loopback(bound):
        machine = socket.gethostname()
        names |= {machine, f"{machine}.local", socket.getfqdn(), reachable_host(bound)}
        for name in list(names):
            try:
                found = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
            except (OSError, UnicodeError):
                continue
            names |= {str(info[4][0]) for info in found}
    return frozenset(host_name(name) for name in names) - {"", "0.0.0.0", "::"}


def new_token() -> str:
    """A token to type or scan. Never starting with `-`: shown in `--token …` advice, one
    that began with a dash was read as an option (seen: the e2e test failed on it)."""
    token = secrets.token_urlsafe(12)
    while token.startswith("-"):
        token = secrets.token_urlsafe(12)
    return token


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
    """What each browser tab runs: this Python, the seat choice for the session. A shell
    line (textual-serve starts it with the shell): quoted for cmd.exe on Windows, where
    Python often lives under `C:\\Users\\Anne Holm\\…` and single quotes are no quotes."""
    parts = [sys.executable, "-m", "facilitator", "join", str(folder), "--as", "vælg"]
    parts += ["--sessions-dir", str(sessions_dir), "--lang", lang]
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(parts)
    return " ".join(shlex.quote(part) for part in parts)


def browser_url(host: str, port: int, token: str | None) -> str:
    address = reachable_host(host)
    if ":" in address:
        address = f"[{address}]"
    suffix = f"/?token={token}" if token else "/"
    return f"http://{address}:{port}{suffix}"


class SeatServer(Server):
    def __init__(self, command: str, host: str, port: int, title: str, token: str | None):
        super().__init__(command, host=host, port=port, title=title, templates_path=PAGE_FOLDER)
        self.token = token
        self.hosts = own_hosts(host)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        app.on_response_prepare.append(self.add_safety_headers)
        aiohttp_jinja2.get_env(app).globals["texts"] = {
            "lang": current_language(),
            "title": tr("serve.page_title"),
            "start": tr("serve.page_start"),
            "ended": tr("serve.page_ended"),
            "restart": tr("serve.page_restart"),
        }
        return app

    async def add_safety_headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(SAFETY_HEADERS)

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if host_name(request.host) not in self.hosts:
            raise web.HTTPForbidden(text=tr("serve.wrong_host"))
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
