"""Finding and loading program files, with errors that name file, line and column."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from facilitator.core.program import (
    Program,
    ProgramInvalid,
    ProgramIssue,
    program_from_data,
    program_to_data,
)
from facilitator.i18n import tr
from facilitator.store.errors import StoreError
from facilitator.store.files import atomic_write, describe_os_error
from facilitator.store.phase_lines import locate_phase_path
from facilitator.store.toml_reading import TomlProblem, parse_toml, without_bom

MAX_FILE_BYTES = 1_000_000
"""A program file is a few KB; one over a megabyte is not a program."""
TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
ARRAY_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")


@dataclass(frozen=True)
class ProgramProblem:
    line: int | None
    column: int | None
    key_path: str | None
    message: str
    source_line: str | None


class ProgramLoadError(Exception):
    """A program file that cannot be used; `format()` gives the full report."""

    def __init__(self, path: Path, problems: list[ProgramProblem]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems

    def format(self) -> str:
        lines: list[str] = []
        for problem in self.problems:
            where = str(self.path)
            if problem.line is not None:
                where += f":{problem.line}:{problem.column or 1}"
            subject = f"{problem.key_path}: " if problem.key_path else ""
            lines.append(f"{where}: {subject}{problem.message}")
            if problem.source_line is not None:
                lines.append(f"    {problem.source_line}")
                lines.append("    " + " " * max(0, (problem.column or 1) - 1) + "^")
        # Advice to fix a file only when there is a file: a mistyped id or path is told the
        # programs there are instead.
        if self.path.is_file():
            lines.append(tr("program.fix_hint", path=self.path))
        else:
            lines.append(tr("program.see_programs"))
        return "\n".join(lines)


def _section_of(line: str, counts: dict[str, int]) -> str | None:
    """The table a header line opens (`block[2]` for the second `[[block]]`), or None."""
    array = ARRAY_HEADER.match(line)
    if array:
        name = array.group(1)
        counts[name] = counts.get(name, 0) + 1
        return f"{name}[{counts[name]}]"
    table = TABLE_HEADER.match(line)
    if table:
        return table.group(1)
    return None


def locate_key_path(text: str, key_path: str) -> tuple[int, int] | None:
    """Find the 1-based line and column where `key_path` is written (or its table starts).

    Only the shapes our files use are understood: `[program]`, `[session]`, arrays of
    tables (`[[block]]`, `[[participant]]`) and plain `key = value` lines. Anything else
    falls back to naming the key path alone.
    """
    if ".phase[" in key_path:  # phases are counted under their block
        return locate_phase_path(text, key_path)
    match = ARRAY_PATH.match(key_path)
    if match:
        table, key = f"{match.group(1)}[{match.group(2)}]", match.group(3)
    elif "." in key_path:
        table, key = key_path.split(".", 1)
    else:
        table, key = key_path, None
    section: str | None = ""
    counts: dict[str, int] = {}
    header_line: tuple[int, int] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        new_section = _section_of(line, counts)
        if new_section is not None:
            section = new_section
            if section == table:
                header_line = (number, 1)
            continue
        if key and section == table:
            key_match = re.match(rf"^(\s*)({re.escape(key)})\s*=", line)
            if key_match:
                return number, len(key_match.group(1)) + 1
        if key and table == "" and section == "":
            key_match = re.match(rf"^(\s*)({re.escape(key)})\s*=", line)
            if key_match:
                return number, len(key_match.group(1)) + 1
    return header_line


def _problem_from_issue(text: str, issue: ProgramIssue) -> ProgramProblem:
    position = locate_key_path(text, issue.key_path)
    lines = text.splitlines()
    source_line = lines[position[0] - 1] if position and position[0] <= len(lines) else None
    return ProgramProblem(
        line=position[0] if position else None,
        column=position[1] if position else None,
        key_path=issue.key_path,
        message=tr(issue.message, **issue.params),
        source_line=source_line,
    )


def parse_program_text(text: str, path: Path) -> Program:
    """Parse and validate program text; `path` names it in errors and gives the default id.
    A BOM at the start is accepted (Windows Notepad writes one)."""
    text = without_bom(text)
    try:
        data = parse_toml(text)
    except TomlProblem as problem:
        lines = text.splitlines()
        line = problem.line
        source_line = lines[line - 1] if line is not None and 0 < line <= len(lines) else None
        message = tr("program.bad_toml", reason=problem.message)
        found = ProgramProblem(line, problem.column, None, message, source_line)
        raise ProgramLoadError(path, [found]) from None
    try:
        return program_from_data(data, default_id=path.stem)
    except ProgramInvalid as invalid:
        problems = [_problem_from_issue(text, issue) for issue in invalid.issues]
        raise ProgramLoadError(path, problems) from None


def load_program(path: Path) -> Program:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        reason = tr("program.no_such_file")
        raise ProgramLoadError(path, [ProgramProblem(None, None, None, reason, None)]) from None
    except OSError as error:
        reason = tr("program.cannot_read", reason=describe_os_error(error))
        raise ProgramLoadError(path, [ProgramProblem(None, None, None, reason, None)]) from None
    if len(raw) > MAX_FILE_BYTES:
        reason = tr("program.file_too_big", most=MAX_FILE_BYTES // 1000)
        raise ProgramLoadError(path, [ProgramProblem(None, None, None, reason, None)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = ProgramProblem(line, None, None, tr("program.not_utf8"), None)
        raise ProgramLoadError(path, [problem]) from None
    return parse_program_text(text, path)


# --------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class ProgramEntry:
    """A program file found on disk: loaded, or with the error that stops it loading."""

    path: Path
    program: Program | None
    error: ProgramLoadError | None

    @property
    def program_id(self) -> str:
        return self.program.id if self.program else self.path.stem


def bundled_programs_folder() -> Path | None:
    """Programs shipped in the wheel, or the repository's own `programs/` in a dev install."""
    # The wheel puts them beside the package's modules (force-include in pyproject.toml). A
    # plain path, not importlib.resources: that import alone is ~10 ms of every start.
    shipped = Path(__file__).resolve().parents[1] / "programs"
    if shipped.is_dir():
        return shipped
    source_tree = Path(__file__).resolve().parents[2] / "programs"
    return source_tree if source_tree.is_dir() else None


def program_folders(extra: list[Path] | None = None) -> list[Path]:
    """Where programs are looked for: ./programs first, then the bundled ones."""
    folders = [*(extra or []), Path.cwd() / "programs"]
    bundled = bundled_programs_folder()
    if bundled is not None:
        folders.append(bundled)
    unique: list[Path] = []
    for folder in folders:
        resolved = folder.resolve()
        if resolved.is_dir() and resolved not in unique:
            unique.append(resolved)
    return unique


def discover_programs(folders: list[Path]) -> list[ProgramEntry]:
    """All programs in the folders; the first folder wins when two share an id."""
    entries: dict[str, ProgramEntry] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            try:
                entry = ProgramEntry(path, load_program(path), None)
            except ProgramLoadError as error:
                entry = ProgramEntry(path, None, error)
            entries.setdefault(entry.program_id, entry)
    return sorted(entries.values(), key=lambda entry: entry.program_id)


def find_program(name: str, folders: list[Path]) -> Program:
    """A program by path or by id. Raises ProgramLoadError naming what was tried."""
    candidate = Path(name)
    if candidate.suffix == ".toml" or candidate.exists():
        return load_program(candidate)
    for folder in folders:
        path = folder / f"{name}.toml"
        if path.exists():
            return load_program(path)
    for entry in discover_programs(folders):
        if entry.program is not None and entry.program.id == name:
            return entry.program
    known = ", ".join(entry.program_id for entry in discover_programs(folders))
    problem = ProgramProblem(
        None, None, None, tr("program.not_found", name=name, known=known), None
    )
    raise ProgramLoadError(Path(name), [problem])


# --------------------------------------------------------------------- writing


def program_file_text(program: Program, note: str) -> str:
    """A program as TOML (tomli-w), with a comment saying where it came from."""
    import tomli_w  # only `new` and saving an agenda write programs

    comment = "".join(f"# {line}\n" for line in note.splitlines())
    return comment + "\n" + tomli_w.dumps(program_to_data(program), multiline_strings=True)


WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{port}{n}" for port in ("com", "lpt") for n in range(10)]
)
"""Names Windows keeps for devices, with any extension: `con.toml` is the console there."""


def write_new_program(folder: Path, program: Program, note: str) -> Path:
    """`folder/<id>.toml`, never over an existing file; read back with the same checker as
    `facilitator check`, so what is written is a program that runs. Never a name that
    Windows keeps for a device, on any system: the file goes to the group's other laptops."""
    if program.id in WINDOWS_DEVICES:
        raise StoreError(tr("new.device_name", value=program.id))
    path = folder / f"{program.id}.toml"
    if path.exists():
        raise StoreError(tr("new.exists", path=path))
    text = program_file_text(program, note)
    parse_program_text(text, path)  # raises ProgramLoadError before anything is written
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            tr("store.cannot_write", path=folder, reason=describe_os_error(error))
        ) from error
    atomic_write(path, text.encode("utf-8"))
    return path
