r"""The objects of a PDF file, read with the standard library (for `skatecalc.io.pdf.textlayer`).

Objects are found by scanning the file (the last definition of a number wins, as
incremental updates write them); an object stream (``/ObjStm``) gives the numbers the file
does not define at the top level; streams are
read raw or ``FlateDecode``d. Anything else raises ``ValueError``.

>>> doc = Document(b"1 0 obj <</Type /Catalog /Pages 2 0 R /Name (a\\)b)>> endobj")
>>> doc.objects[1]
{'Type': 'Catalog', 'Pages': Ref(number=2), 'Name': b'a)b'}
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import Any, NamedTuple

__all__ = ["Document", "Name", "Ref", "Stream", "Text", "lex", "parse_until", "parse_value"]


class Ref(NamedTuple):
    """An indirect reference ``N G R``."""

    number: int


class Name(str):
    """A PDF name (``/Font``), kept apart from a string."""

    __slots__ = ()


class Text(bytes):
    """A PDF string's bytes, kept apart from an operator or a keyword (plain ``bytes``)."""

    __slots__ = ()


# --- objects ------------------------------------------------------------------------------------

_TOKEN = re.compile(
    rb"\s*(?:(%[^\r\n]*)|(<<|>>|\[|\]|\{|\})|(/[^\s/\[\]()<>{}%]*)|(\()|(<[0-9A-Fa-f\s]*>)"
    rb"|([+-]?(?:\d+\.?\d*|\.\d+))|([^\s/\[\]()<>{}%]+))"
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _string(data: bytes, i: int) -> tuple[bytes, int]:
    """A literal string whose ``(`` is at ``i - 1``: its bytes and the index after ``)``."""
    out = bytearray()
    depth = 1
    while True:
        c = data[i : i + 1]
        if not c:
            raise ValueError("a string runs to the end of the file")
        i += 1
        if c == b"\\":
            e = data[i : i + 1]
            i += 1
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif e.isdigit():
                digits = e
                while len(digits) < 3 and data[i : i + 1].isdigit():
                    digits += data[i : i + 1]
                    i += 1
                out.append(int(digits, 8) & 0xFF)
            elif e in (b"\r", b"\n"):
                if e == b"\r" and data[i : i + 1] == b"\n":
                    i += 1
            else:
                out += e
        elif c == b"(":
            depth += 1
            out += c
        elif c == b")":
            depth -= 1
            if not depth:
                return bytes(out), i
            out += c
        else:
            out += c


def lex(data: bytes, i: int = 0) -> Iterator[tuple[Any, int]]:
    """The tokens of ``data`` from ``i``: values and operators (bytes), each with the index
    after it."""
    n = len(data)
    while i < n:
        m = _TOKEN.match(data, i)
        if m is None:
            if data[i:].strip():
                raise ValueError(f"unreadable PDF syntax at byte {i}")
            return
        i = m.end()
        comment, delim, name, paren, hexs, number, word = m.groups()
        if comment is not None:
            continue
        if delim is not None:
            yield delim, i
        elif name is not None:
            yield Name(_name(name[1:])), i
        elif paren is not None:
            text, i = _string(data, i)
            yield Text(text), i
        elif hexs is not None:
            digits = re.sub(rb"\s", b"", hexs[1:-1])
            yield Text(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())), i
        elif number is not None:
            # a real is page geometry (a position, a size, a width): see textlayer
            yield (float(number) if b"." in number else int(number)), i
        else:
            yield word, i


def _name(raw: bytes) -> str:
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode(
        "latin-1"
    )


def parse_value(source: Iterator[tuple[Any, int]], first: Any) -> Any:
    """The value that starts with token ``first`` (a dictionary, array or simple value);
    ``N G R`` is read by the caller's list handling."""
    if type(first) is not bytes:
        return first
    if first == b"<<":
        items = parse_until(source, b">>")
        return {items[k]: items[k + 1] for k in range(0, len(items) - 1, 2)}
    if first == b"[":
        return parse_until(source, b"]")
    if first in (b"true", b"false"):
        return first == b"true"
    if first == b"null":
        return None
    return first


def parse_until(source: Iterator[tuple[Any, int]], end: bytes) -> list[Any]:
    """The values up to the token ``end`` (``>>`` or ``]``), ``N G R`` read as a `Ref`."""
    out: list[Any] = []
    for token, _ in source:
        if type(token) is bytes and token == end:
            return out
        if (
            type(token) is bytes
            and token == b"R"
            and len(out) >= 2
            and type(out[-1]) is int
            and type(out[-2]) is int
        ):
            out[-2:] = [Ref(out[-2])]
            continue
        out.append(parse_value(source, token))
    raise ValueError(f"no {end.decode()} before the end")


_OBJ = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")
_STREAM = re.compile(rb"stream\r?\n")


class Document:
    """Every object of the file, by number (the last definition of each)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.objects: dict[int, Any] = {}
        packed: list[int] = []
        pos = 0
        while (m := _OBJ.search(data, pos)) is not None:
            pos = m.end()
            try:
                value, pos = self._object(data, m.end())
            except (ValueError, StopIteration, IndexError):
                continue  # not an object after all (text that looks like one)
            if isinstance(value, Stream):
                pos = max(pos, value.start)
                if value.dict.get("Type") == "ObjStm":
                    packed.append(int(m.group(1)))
            self.objects[int(m.group(1))] = value
        for number in packed:
            self._unpack(self.objects[number])

    def _object(self, data: bytes, start: int) -> tuple[Any, int]:
        """The object at ``start`` (a stream with its dictionary) and where it ends."""
        tokens = _Tracked(lex(data, start))
        value = parse_value(tokens, next(tokens)[0])
        if isinstance(value, dict):
            s = _STREAM.match(data, _after_space(data, tokens.at))
            if s is not None:
                length = self.resolve(value.get("Length"))
                return Stream(value, s.end()), s.end() + (length if isinstance(length, int) else 0)
        return value, tokens.at

    def resolve(self, value: Any) -> Any:
        while isinstance(value, Ref):
            value = self.objects.get(value.number)
        return value

    def stream(self, stream: Stream) -> bytes:
        length = self.resolve(stream.dict.get("Length"))
        raw = self.data[stream.start : stream.start + length] if isinstance(length, int) else b""
        if not isinstance(length, int):
            end = self.data.find(b"endstream", stream.start)
            raw = self.data[stream.start : end].rstrip(b"\r\n")
        filters = self.resolve(stream.dict.get("Filter"))
        for f in filters if isinstance(filters, list) else [filters] if filters else []:
            if f != "FlateDecode":
                raise ValueError(f"a stream compressed with {f} (not read without pypdf)")
            raw = zlib.decompressobj().decompress(raw)
        return raw

    def _unpack(self, stream: Stream) -> None:
        data = self.stream(stream)
        first = self.resolve(stream.dict.get("First"))
        count = self.resolve(stream.dict.get("N"))
        header = [t for t, _ in lex(data[:first])]
        for k in range(count):
            number, offset = header[2 * k], header[2 * k + 1]
            tokens = lex(data, first + offset)
            token, _ = next(tokens)
            self.objects.setdefault(number, parse_value(tokens, token))


class _Tracked:
    """The tokens, remembering where the last one ended."""

    def __init__(self, tokens: Iterator[tuple[Any, int]]) -> None:
        self.tokens = tokens
        self.at = 0

    def __iter__(self) -> _Tracked:
        return self

    def __next__(self) -> tuple[Any, int]:
        token, self.at = next(self.tokens)
        return token, self.at


def _after_space(data: bytes, i: int) -> int:
    while data[i : i + 1] in (b" ", b"\r", b"\n", b"\t"):
        i += 1
    return i


class Stream:
    __slots__ = ("dict", "start")

    def __init__(self, dictionary: dict[str, Any], start: int) -> None:
        self.dict = dictionary
        self.start = start
