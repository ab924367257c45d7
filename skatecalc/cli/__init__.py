"""The ``skatecalc`` command line: ``skatecalc standings``, ``need``, ``board``,
``worldcup`` and ``olympic``.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``func``: a callable taking the parsed arguments and returning the text
to print.

Exit statuses (documented in ``docs/errors.md``):

* 0: done;
* 1: bad data: a [`SkatecalcError`][skatecalc.errors.SkatecalcError] (bad time, unknown name, file
  not in the documented format) or a file that cannot be read (missing, a directory, no
  permission, not UTF-8). One line on standard error, ``skatecalc: error: ...``;
* 2: bad usage: the command line itself (argparse prints the usage and the problem), or
  a [`UsageError`][skatecalc.errors.UsageError] for what argparse cannot see (FILE and
  ``--example`` both or neither);
* 130: interrupted (Ctrl-C), quietly; 141: standard output closed early (``| head``).

Any other exception is a bug in skatecalc and is deliberately not caught here.
"""

from __future__ import annotations

import os
import sys

from .. import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up time)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any, NoReturn

# argparse and the errors are imported when a command line is parsed, not for --version

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_DATA",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "run",
]

EXIT_DATA = 1
"""Exit status for bad data: a skatecalc error or an unreadable file."""
EXIT_USAGE = 2
"""Exit status for bad usage (argparse's own status for a bad command line)."""
EXIT_INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT, as a shell reports it)."""
EXIT_BROKEN_PIPE = 141
"""Exit status when standard output was closed early (128 + SIGPIPE, as a shell reports it)."""


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, whose usage errors add "did you mean" for a mistyped option or
    command (the sub-commands' parsers are of this class too)."""
    import argparse

    formatter = _formatter_class()

    class _Parser(argparse.ArgumentParser):
        partial_args: list[str] | None = None
        """The command line of a parser that holds one command's grammar only (`_parser_for`)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", formatter)  # no shutil at start-up
            super().__init__(*args, **kwargs)

        def error(self, message: str) -> NoReturn:
            if self.partial_args is not None:  # the whole grammar's error and suggestion
                build_parser().parse_args(self.partial_args)
            super().error(message + _did_you_mean(message, self))

    return _Parser


def _columns() -> int:
    """The terminal width as ``shutil.get_terminal_size().columns`` gives it ($COLUMNS, else
    the terminal's, else 80), without importing shutil (and with it bz2 and lzma)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stream = sys.__stdout__
        try:
            columns = 80 if stream is None else os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
        columns = columns or 80
    return columns


def _formatter_class() -> type[argparse.HelpFormatter]:
    """argparse's help formatter at the width it would find itself (`_columns`)."""
    import argparse

    class _Formatter(argparse.HelpFormatter):
        def __init__(self, prog: str) -> None:
            super().__init__(prog, width=_columns() - 2)

    return _Formatter


def _options(parser: argparse.ArgumentParser) -> tuple[set[str], set[str]]:
    """Every option string and every command name of ``parser`` and its sub-parsers."""
    import argparse

    options: set[str] = set()
    commands: set[str] = set()
    for action in parser._actions:
        options.update(s for s in action.option_strings if s.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                commands.add(name)
                more, subcommands = _options(sub)
                options |= more
                commands |= subcommands
    return options, commands


def _owners(parser: argparse.ArgumentParser, option: str, path: str = "") -> list[str]:
    """The commands of ``parser`` (``worldcup standings``, ...) that take ``option``."""
    import argparse

    found: list[str] = []
    for action in parser._actions:
        if path and option in action.option_strings:
            found.append(path)
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _owners(sub, option, f"{path} {name}".strip())
    return list(dict.fromkeys(found))


def _did_you_mean(message: str, parser: argparse.ArgumentParser) -> str:
    """``" (did you mean --after?)"`` for the first unknown option or invalid command choice
    in argparse's ``message`` that is close to a known one, else ``""``. An option that
    another command takes, given to one that does not, names the commands that take it
    (not itself as the option "meant").

    >>> p = build_parser()
    >>> _did_you_mean("unrecognized arguments: --afer 3", p)
    ' (did you mean --after?)'
    >>> _did_you_mean("argument COMMAND: invalid choice: 'standigs' (choose from ...)", p)
    ' (did you mean standings?)'
    >>> _did_you_mean("unrecognized arguments: --zzzzzz", p)
    ''
    >>> _did_you_mean("unrecognized arguments: --season 2017/18", p)
    ' (--season is an option of: worldcup standings, worldcup outlook)'
    """
    import difflib

    options, commands = _options(parser)
    if "unrecognized arguments:" in message:
        words = message.split("unrecognized arguments:", 1)[1].split()
        for word in words:
            if word.startswith("--"):
                option = word.split("=", 1)[0]
                if option in options:  # known, but not to the command given
                    return f" ({option} is an option of: {', '.join(_owners(parser, option))})"
                close = difflib.get_close_matches(option, options, n=1)
                if close:
                    return f" (did you mean {close[0]}?)"
    if "invalid choice: '" in message:
        word = message.split("invalid choice: '", 1)[1].split("'", 1)[0]
        choices = commands
        if "(choose from " in message:
            listed = message.split("(choose from ", 1)[1]
            named = {c.strip(" '\")") for c in listed.split(",")}
            choices = named if named - {"..."} else commands
        close = difflib.get_close_matches(word, choices, n=1)
        if close:
            return f" (did you mean {close[0]}?)"
    return ""


def build_parser(
    *, commands_only: bool = False, command: str | None = None, action: str | None = None
) -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered (``commands_only``: their
    names and help lines alone, all that ``skatecalc --help`` prints, without importing
    the grammar of their options; ``command``: that sub-command's grammar alone;
    ``action``: of that command, the action it names alone, e.g. ``worldcup standings``)."""
    parser: argparse.ArgumentParser = _parser_class()(
        prog="skatecalc",
        description="Exact speed-skating calculations: samalog standings, required times, "
        "ISU World Cup standings and Olympic qualification.",
    )
    parser.add_argument("--version", action="version", version=_VERSION)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    if commands_only:
        for name, text in COMMAND_HELP.items():
            sub.add_parser(name, help=text)
        return parser
    from .spec import register_all  # the grammar: imported only to parse a command line

    # the parsers only: a command's code is imported when it runs
    register_all(sub, only=command, action=action)
    return parser


def _parser_for(given: list[str]) -> argparse.ArgumentParser:
    """The parser of the command line ``given``: the grammar of its command alone when it
    starts with one, and of the action alone when one follows (``worldcup standings``:
    what running it needs, start-up time), else the whole grammar. A
    command line that parser refuses is parsed again with the whole grammar, so that the
    error and its "did you mean" are the same."""
    if not given or given[0] not in COMMAND_HELP:
        return build_parser()
    parser = build_parser(command=given[0], action=given[1] if len(given) > 1 else None)
    parser.partial_args = given  # type: ignore[attr-defined]
    return parser


def one_line(text: str) -> str:
    """``text`` on one printable line: line breaks, escape codes and other invisible
    characters are shown escaped, as Python writes them in a string literal.

    >>> one_line("bad name 'A\\nB\\x1b[31m'")
    "bad name 'A\\\\nB\\\\x1b[31m'"
    >>> one_line("Ireen Wüst")
    'Ireen Wüst'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _error(message: str) -> int:
    print(f"skatecalc: error: {one_line(message)}", file=sys.stderr)
    return EXIT_DATA


def _file_of(args: argparse.Namespace) -> str:
    file = getattr(args, "file", None)
    return f"{file!r}" if isinstance(file, str) else "the input"


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so that the interpreter's final flush of a
    closed pipe does not print an error either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests, notebooks)
        pass


_VERSION = f"skatecalc {__version__}"

COMMAND_HELP = {
    "standings": "samalog standings from championship results",
    "need": "the time a skater needs to beat another or reach a rank",
    "board": "time-to-beat board: the time for the lead and the podium",
    "worldcup": "ISU World Cup points tables, standings and who can still win",
    "olympic": "Olympic qualification: selection orders, selection, outlook, ISU quota",
    "examples": "list the built-in examples (for --example NAME)",
    "fetch": "fetch results from the ISU results service (cached)",
}
"""Each command and its line in ``skatecalc --help`` (the grammar, `skatecalc.cli.spec`,
uses the same words)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad data, 2 bad usage).

    A bad command line exits through argparse (``SystemExit(2)``) with the usage message.
    ``--version`` alone prints the version and exits (``SystemExit(0)``) as argparse's
    version action does, before the grammar of the commands is even imported (start-up).
    """
    given = list(sys.argv[1:] if argv is None else argv)
    if given == ["--version"]:
        print(_VERSION)
        raise SystemExit(0)
    if given in (["-h"], ["--help"]):
        build_parser(commands_only=True).parse_args(given)  # prints the help, exits 0
    from ..errors import SkatecalcError, UsageError

    streams = sys.modules.get("skatecalc.io.source")
    if streams is not None:  # every run reads its standard input and pipes afresh
        streams.forget_inputs()
    try:
        parser = _parser_for(given)
        args = parser.parse_args(given)
        try:
            out: str = args.func(args)
        except UsageError as exc:
            print(f"skatecalc: error: {one_line(exc.cli_text())}", file=sys.stderr)
            return EXIT_USAGE
        except SkatecalcError as exc:
            return _error(exc.cli_text())
        except UnicodeDecodeError as exc:
            return _error(
                f"cannot read {_file_of(args)}: not UTF-8 text"
                f" (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
            )
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            name = exc.filename if exc.filename is not None else getattr(args, "file", None)
            what = f"{str(name)!r}" if name is not None else "the input"
            return _error(f"cannot read {what}: {exc.strerror or exc}")
        return _write(out if out.endswith("\n") else out + "\n")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE


YOUNG_COLLECTION_THRESHOLD = 50_000
"""The collector's first threshold in a ``skatecalc`` process (`run`); Python's default is 700."""


def run() -> int:
    """The process entry point (the ``skatecalc`` command, ``python -m skatecalc``): `main`
    in a process of its own, with the garbage collector's young generation collected
    every 50,000 allocations instead of every 700.

    A command is short-lived and builds data without reference cycles; with Python's
    default the collector ran hundreds of times while the modules, listings and tables
    were built, walking them again and again: 3% of the instructions of ``skatecalc
    worldcup standings`` (counted with callgrind, docs/performance.md).
    Cyclic garbage is still collected, 70 times less often. When `main` returns, what the
    process holds is frozen (`gc.freeze`): the collections Python makes as it exits then
    no longer walk the modules and the data the command built (5% of the instructions of
    ``skatecalc worldcup standings``; every file was written and closed by then, and
    standard output and error are flushed at exit as before). `main`, called in a process
    of yours, leaves the collector as it is.
    """
    import gc

    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
    try:
        return main()
    finally:
        gc.freeze()


def _encodable(text: str, stream: object) -> str:
    """``text`` with what the encoding of ``stream`` cannot write replaced by ``?``; a
    warning on standard error when anything was replaced."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    except LookupError:  # an encoding Python does not know: write as it is
        return text
    print(
        f"skatecalc: warning: the output's encoding ({encoding}) cannot write some"
        " characters: they are written as '?' (set PYTHONIOENCODING=utf-8 or use"
        " PYTHONUTF8=1 to keep every name)",
        file=sys.stderr,
    )
    return text.encode(encoding, errors="replace").decode(encoding)


def _write(text: str) -> int:
    """Write the output; 0, or 1 with one line on standard error when it cannot be written
    (standard output closed or full). A reader that left raises BrokenPipeError (141)."""
    stdout = sys.stdout
    if stdout is None:
        return _error("cannot write the output: standard output is closed")
    try:
        stdout.write(_encodable(text, stdout))
        stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        _quiet_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _error(f"cannot write the output: {reason}")
    return 0
