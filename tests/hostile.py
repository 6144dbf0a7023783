"""Hypothesis strategies for what anyone may send a public mailbox: random MIME trees with
broken and repeated headers, unknown charsets, truncated base64 and quoted-printable,
nesting, hostile file names. Bytes are assembled by hand, so nothing is tidied on the way."""

from __future__ import annotations

import base64
import quopri

from hypothesis import strategies as st

CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "x-unknown-charset", "utf-7", "gb2312", ""]
ENCODINGS = [None, "7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"]
CONTENT_TYPES = [
    "text/plain",
    "text/html",
    "application/pdf",
    "application/zip",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "image/png",
    "message/rfc822",
    "text/calendar",
    "application/ms-tnef",
    "weird",
]
HOSTILE_NAMES = [
    "../../../etc/passwd",
    "..\\..\\windows\\system32\\x.pdf",
    "CON",
    "nul.docx",
    "a\x00b.pdf",
    "\x1b[31mred\x1b[0m.pdf",
    "x" * 1000 + ".pdf",
    "/absolute/path.pdf",
    "C:\\Users\\x\\doc.pdf",
    " .pdf",
    "..",
    "",
    "contribución confidencial.pdf",
    "\u202egnp.exe",
]

# Text with what breaks naive code: controls, NUL, lone surrogates are not bytes so they
# come in as broken UTF-8 below instead.
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
broken_utf8 = st.sampled_from([b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x00"])


@st.composite
def header_value(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(texts).encode("utf-8", "replace")
    if kind == 1:  # an encoded word, maybe with a charset nobody knows or a broken payload
        charset = draw(st.sampled_from(CHARSETS)) or "unknown"
        payload = base64.b64encode(draw(texts).encode("utf-8"))
        payload = payload[: draw(st.integers(0, len(payload)))]
        return b"=?" + charset.encode() + b"?B?" + payload + b"?="
    if kind == 2:
        return draw(st.binary(max_size=40)).replace(b"\r", b"").replace(b"\n", b"")
    if kind == 3:
        return draw(texts).encode() + draw(broken_utf8)
    return b'"' + draw(texts).encode() + b'" <' + draw(texts).encode() + b"@x.example>"


@st.composite
def headers(draw: st.DrawFn) -> list[bytes]:
    names = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "Received", "Reply-To",
             "Auto-Submitted", "X-Autoreply", "MIME-Version", "X-Anything"]  # fmt: skip
    lines = [b"From: " + draw(header_value())]
    for _ in range(draw(st.integers(0, 8))):  # repeated and broken headers
        lines.append(draw(st.sampled_from(names)).encode() + b": " + draw(header_value()))
    if draw(st.booleans()):
        lines.append(b"Broken header line without a colon")
    return lines


def _encode(data: bytes, encoding: str | None, cut: int) -> bytes:
    if encoding == "base64":
        body = base64.encodebytes(data)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(data) + b"=\n=Z"  # a broken escape at the end
    else:
        body = data
    return body[: max(0, len(body) - cut)]  # truncated


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    params = f'; charset="{charset}"' if charset else ""
    head = [f"Content-Type: {content_type}{params}".encode()]
    if encoding:
        head.append(f"Content-Transfer-Encoding: {encoding}".encode())
    if draw(st.booleans()):
        name = draw(st.sampled_from(HOSTILE_NAMES) | texts)
        disposition = draw(st.sampled_from(["attachment", "inline", "bogus"]))
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        if draw(st.booleans()):
            head.append(f'Content-Disposition: {disposition}; filename="{quoted}"'.encode(
                "utf-8", "surrogateescape"))  # fmt: skip
        else:  # RFC 2231, maybe with a charset nobody knows
            value = "".join(f"%{b:02X}" for b in name.encode("utf-8"))
            head.append(
                f"Content-Disposition: {disposition}; filename*={charset or 'x'}''{value}".encode()
            )
    if draw(st.booleans()):
        head.append(b"Content-ID: <" + draw(texts).encode() + b">")
    data = draw(st.binary(max_size=400) | texts.map(str.encode))
    cut = draw(st.integers(0, 6))
    return b"\n".join(head) + b"\n\n" + _encode(data, encoding, cut)


def multipart(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        parts = draw(st.lists(children, max_size=5))
        boundary = draw(st.sampled_from(["b1", "=_x", "", "a" * 80, "----=="])) + str(
            draw(st.integers(0, 99))
        )
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "report", "digest"]))
        out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'.encode(), b""]
        if draw(st.booleans()):
            out.append(b"preamble text")
        for part in parts:
            out += [b"--" + boundary.encode(), part]
        if draw(st.booleans()):  # the closing line is often missing in the wild
            out.append(b"--" + boundary.encode() + b"--")
        return b"\n".join(out)

    return build()


mime_tree = st.recursive(leaf(), multipart, max_leaves=12)


@st.composite
def message(draw: st.DrawFn) -> bytes:
    """One whole hostile message, with CRLF or LF line ends."""
    data = b"\n".join(draw(headers())) + b"\n" + draw(mime_tree)
    if draw(st.booleans()):
        data = data.replace(b"\n", b"\r\n")
    return data
