"""`facilitator serve` in a real headless Chromium: the page opens the seat choice, the
referent seat takes typed notes, and they land in the session folder. Also the guard:
a token off localhost, and no websocket for pages from another origin."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.program import Program
from facilitator.store.live_session import LiveSession
from facilitator.store.lock import REFERENT_LOCK_NAME, lock_holder
from facilitator.store.notes import load_notes
from facilitator.tui.serve import host_name, own_hosts
from tests.conftest import COPENHAGEN, REPO

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[str], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve stopped: {process.communicate()}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"serve did not listen on {port}")


def start_serve(folder: Path, sessions_dir: Path, port: int, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "facilitator", "serve", str(folder)]
    command += ["--sessions-dir", str(sessions_dir), "--port", str(port), *extra]
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    wait_for_port(port, process)
    return process


@pytest.fixture
def session_folder(netvaerk: Program, clock: FakeClock, sessions_dir: Path) -> Iterator[Path]:
    session = LiveSession.create(sessions_dir, netvaerk, clock, COPENHAGEN)
    session.close()
    yield session.folder


def status_of(url: str, headers: dict[str, str] | None = None) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {})) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_off_localhost_a_token_is_required_and_other_origins_are_refused(
    session_folder: Path, sessions_dir: Path
) -> None:
    port = free_port()
    process = start_serve(session_folder, sessions_dir, port, "--host", "0.0.0.0")
    try:
        base = f"http://127.0.0.1:{port}"
        assert status_of(f"{base}/") == 403
        assert status_of(f"{base}/?token=wrong") == 403
        process.terminate()
        output, _ = process.communicate(timeout=10)
        token = output.split("token=", 1)[1].split()[0]
        assert "adgangskode" in output
    finally:
        process.kill()
    process = start_serve(
        session_folder, sessions_dir, port, "--host", "0.0.0.0", f"--token={token}"
    )
    try:
        assert status_of(f"{base}/?token={token}") == 200
        assert status_of(f"{base}/ws?token={token}", {"Origin": "http://evil.example"}) == 403
    finally:
        process.kill()


def http_get(port: int, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], str]:
    """A request with the headers as given (urllib would set Host itself)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        reply = connection.getresponse()
        return reply.status, dict(reply.getheaders()), reply.read().decode("utf-8", "replace")
    finally:
        connection.close()


WEBSOCKET = {
    "Upgrade": "websocket",
    "Connection": "Upgrade",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
}


def test_a_foreign_host_is_refused_and_the_page_loads_nothing_from_the_internet(
    session_folder: Path, sessions_dir: Path
) -> None:
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends
    `Host: evil.example` and its own Origin; no browser is needed to be refused."""
    port = free_port()
    process = start_serve(session_folder, sessions_dir, port)
    try:
        evil = {"Host": f"evil.example:{port}", "Origin": f"http://evil.example:{port}"}
        for path, extra in (("/", {}), ("/ws", WEBSOCKET), ("/static/js/textual.js", {})):
            status, headers, body = http_get(port, path, {**evil, **extra})
            assert status == 403, path
            assert "Adgang nægtet" in body and headers["Referrer-Policy"] == "no-referrer"
        status, _headers, _body = http_get(
            port, "/ws", {"Host": f"127.0.0.1:{port}", "Origin": "http://evil.example", **WEBSOCKET}
        )
        assert status == 403  # our host, another page's origin
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
            status, headers, page = http_get(port, "/", {"Host": host})
            assert status == 200, host
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert '<html lang="da">' in page
        assert "Pladsen er lukket." in page and "Åbn igen" in page
        assert "Session ended" not in page and "Restart" not in page
        urls = re.findall(r"(?:https?|wss?)://[^\s\"')]+", page)
        assert urls and all(url.split("/")[2] == "localhost" for url in urls), urls
        for asset in ("/static/js/textual.js", "/static/css/xterm.css"):
            status, _headers, text = http_get(port, asset, {"Host": "localhost"})
            assert status == 200
            code = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)  # a licence's link is no load
            assert re.search(r"(?:https?:)?//[a-z0-9-]+\.[a-z]", code) is None, asset
    finally:
        process.kill()
        process.wait(timeout=10)


def test_the_hosts_a_server_answers_to() -> None:
    assert host_name("[::1]:8000") == "::1" and host_name("LocalHost.:80") == "localhost"
    loopback = own_hosts("127.0.0.1")
    assert loopback == {"localhost", "127.0.0.1", "::1"}
    everywhere = own_hosts("0.0.0.0")
    assert loopback < everywhere and socket.gethostname().lower() in everywhere
    assert "0.0.0.0" not in everywhere and "evil.example" not in everywhere


def test_a_browser_takes_the_referent_seat_and_its_note_lands_in_the_folder(
    session_folder: Path, sessions_dir: Path, netvaerk: Program
) -> None:
    browser_binary = chromium_path()
    if browser_binary is None:
        pytest.skip(
            "Ingen Chromium på maskinen (apt-get install chromium); .ci/run installerer den"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright ikke installeret")
    port = free_port()
    process = start_serve(session_folder, sessions_dir, port)
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=browser_binary, headless=True, args=CHROMIUM_FLAGS
            )
            try:
                page = browser.new_page(viewport={"width": 1200, "height": 800})
                loaded: list[str] = []
                page.on("request", lambda request: loaded.append(request.url))
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector("#terminal.-connected", timeout=30_000)
                page.click("#terminal")
                # The first seat offered is the referent's. Keys sent before the tab's app
                # has started are lost, so press Enter until the referent's lock is taken.
                deadline = time.monotonic() + 30
                while lock_holder(session_folder, REFERENT_LOCK_NAME) is None:
                    assert time.monotonic() < deadline, "the referent seat never opened"
                    page.keyboard.press("Enter")
                    time.sleep(1)
                time.sleep(2)  # the lock is taken before the screen and its editor mount
                page.keyboard.type("Notat fra browseren: æøå")
                notes: dict[str, str] = {}
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    notes = load_notes(session_folder, netvaerk)
                    if any("Notat fra browseren: æøå" in text for text in notes.values()):
                        break
                    time.sleep(0.5)
                assert any("Notat fra browseren: æøå" in text for text in notes.values()), notes
                # An F-key reaches the seat: the page's terminal takes the keys it sends from
                # the browser (docs/keys.md says which a desktop browser keeps anyway).
                page.keyboard.press("F10")
                deadline = time.monotonic() + 30
                while not (session_folder / "referat.md").exists():
                    assert time.monotonic() < deadline, "F10 in the browser exported nothing"
                    time.sleep(0.5)
                assert "Notat fra browseren: æøå" in (session_folder / "referat.md").read_text()
                # Nothing came from the internet; the page's words after quitting are ours.
                own = f"http://127.0.0.1:{port}/"
                assert loaded and all(url.startswith(own) for url in loaded), loaded
                page.keyboard.press("Control+q")
                page.wait_for_selector("text=Pladsen er lukket.", timeout=30_000)
                assert page.is_visible("text=Åbn igen")
            finally:
                browser.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
