"""The date, sender and subject of a saved e-mail (an .eml file), read from its headers alone.

Only the header block is parsed, with the standard library's `email` package (`policy.default`, which
decodes encoded words such as `=?utf-8?q?...?=`): no part of the body is decoded, and nothing in it is ever
run or shown. At most MAX_HEADER_BYTES are read; a file that does not look like an e-mail gives None.
No Qt, no store.
"""

from __future__ import annotations

import datetime as dt

from app.core.records import record

MAX_HEADER_BYTES = 256 * 1024  # headers larger than this are no e-mail Objector needs to read
SHOWN_MAX = 500  # characters kept of a sender or a subject

# At least one of these must be there for the bytes to count as an e-mail.
_MAIL_HEADERS = ("from", "date", "subject", "message-id", "received", "return-path", "to")


@record(frozen=True)
class EmailHeaders:
    date: dt.datetime | None  # None when the Date header is missing or cannot be read
    sender: str
    subject: str


def _header_block(data: bytes) -> bytes:
    """The bytes up to the blank line that ends the headers, at most MAX_HEADER_BYTES of them."""
    head = data[:MAX_HEADER_BYTES]
    ends = [index for index in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if index >= 0]
    return head[:min(ends)] + b"\n\n" if ends else head


def _shown(value: object) -> str:
    text = " ".join(str(value).split())  # folded lines, tabs and stray control line breaks made one line
    text = "".join(char for char in text if char >= " " and char != "\x7f")
    return text[:SHOWN_MAX]


def _date(value: object) -> dt.datetime | None:
    import email.utils

    if value is None:
        return None
    moment = getattr(value, "datetime", None)  # policy.default's DateHeader, when it could parse it
    if isinstance(moment, dt.datetime):
        return moment
    try:
        parsed = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if isinstance(parsed, dt.datetime) else None


def read_email_headers(data: bytes) -> EmailHeaders | None:
    """The date, sender and subject of the e-mail `data` holds; None if it is not an e-mail."""
    import email.policy
    from email.parser import BytesHeaderParser

    block = _header_block(data)
    if not block.strip() or b"\x00" in block:
        return None
    try:
        message = BytesHeaderParser(policy=email.policy.default).parsebytes(block)
    except Exception:  # noqa: BLE001 (the email package can raise many kinds on hostile input)
        return None
    if message.defects and not message.keys():
        return None
    names = {name.lower() for name in message}
    if not names.intersection(_MAIL_HEADERS) or not names.intersection(("from", "subject")):
        return None

    def header(name: str) -> object:
        try:
            return message.get(name)
        except Exception:  # noqa: BLE001 (a header the policy cannot parse is no header)
            return None

    sender, subject = header("from"), header("subject")
    return EmailHeaders(_date(header("date")), _shown(sender) if sender is not None else "",
                        _shown(subject) if subject is not None else "")
