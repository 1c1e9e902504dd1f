"""A saved e-mail attached as evidence: its date, sender and subject, from the headers alone.

Hostile input: the body is never decoded (a body that would crash or run something is never touched), a
header block of many megabytes is read only to a bound, and a file that is no e-mail gives None."""

from __future__ import annotations

import datetime as dt
import email.message
import time

import pytest

from app.core.email_headers import MAX_HEADER_BYTES, EmailHeaders, read_email_headers

META = (
    b"Return-Path: <notification@facebookmail.com>\r\n"
    b"Received: from mx.facebookmail.com (mx.facebookmail.com [66.220.144.1])\r\n"
    b"\tby mail.example.org with ESMTPS id 4Abc; Tue, 01 Dec 2026 13:03:11 +0000\r\n"
    b"Date: Tue, 1 Dec 2026 14:03:07 +0100\r\n"
    b"From: =?UTF-8?Q?Meta_Datenschutz?= <notification@facebookmail.com>\r\n"
    b"To: Sam <sam@example.org>\r\n"
    b"Subject: =?UTF-8?B?V2lyIGhhYmVuIGRlaW5lbiBXaWRlcnNwcnVjaCBlcmhhbHRlbiDinJM=?=\r\n"
    b"Message-ID: <abc123@facebookmail.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
    b"\r\n"
    b"--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\r\n--b1--\r\n"
)


def test_a_meta_confirmation_gives_its_date_sender_and_decoded_subject() -> None:
    headers = read_email_headers(META)
    assert isinstance(headers, EmailHeaders)
    assert headers.subject == "Wir haben deinen Widerspruch erhalten ✓"
    assert headers.sender == "Meta Datenschutz <notification@facebookmail.com>"
    assert headers.date == dt.datetime(2026, 12, 1, 14, 3, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_lf_line_endings_and_folded_subjects_are_read() -> None:
    data = (b"From: privacy@example.com\nDate: Wed, 02 Dec 2026 08:00:00 -0500\n"
            b"Subject: =?iso-8859-1?q?Ihre_Anfrage_=FCber?=\n =?iso-8859-1?q?_Daten?=\n\nHello\n")
    headers = read_email_headers(data)
    assert headers is not None and headers.subject == "Ihre Anfrage über Daten"
    assert headers.date is not None and headers.date.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize("date", [b"yesterday, around noon", b"Tue, 99 Foo 2026 25:61:00 +0100", b"",
                                  b"Tue, 1 Dec 99999 14:03:07 +0100"])
def test_a_malformed_date_is_none_and_the_rest_is_kept(date: bytes) -> None:
    headers = read_email_headers(b"From: a@example.org\r\nDate: " + date + b"\r\nSubject: Hi\r\n\r\nx")
    assert headers == EmailHeaders(None, "a@example.org", "Hi")


def test_without_a_date_it_is_none() -> None:
    assert read_email_headers(b"From: a@example.org\n\n") == EmailHeaders(None, "a@example.org", "")


def test_a_huge_header_is_read_only_to_the_bound_and_quickly() -> None:
    data = (b"From: a@example.org\r\nSubject: big\r\nX-Padding: " + b"x" * (40 * MAX_HEADER_BYTES) +
            b"\r\nDate: Tue, 1 Dec 2026 14:03:07 +0100\r\n\r\nbody")
    started = time.perf_counter()
    headers = read_email_headers(data)
    assert time.perf_counter() - started < 2
    assert headers is not None and headers.sender == "a@example.org" and headers.subject == "big"
    assert headers.date is None  # it came after the bound


def test_the_body_is_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the body was decoded")

    monkeypatch.setattr(email.message.Message, "get_payload", refuse)
    monkeypatch.setattr(email.message.EmailMessage, "get_content", refuse)
    body_bomb = META + b"=?utf-8?b?" + b"QUFB" * 1_000_000 + b"?=\r\n"
    assert read_email_headers(body_bomb) is not None


def test_control_characters_and_long_values_are_not_passed_on() -> None:
    data = b"From: a\x1b[31m@example.org\r\nSubject: " + b"s" * 5000 + b"\r\n\r\n"
    headers = read_email_headers(data)
    assert headers is not None and "\x1b" not in headers.sender and len(headers.subject) == 500


@pytest.mark.parametrize("data", [
    b"", b"\n\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    b"just some words, not an e-mail at all\n", b"Key: value\nOther: thing\n\n",
    "Subject: caf\u00e9 \x00".encode(), bytes(range(256)) * 50,
])
def test_what_is_no_email_gives_none(data: bytes) -> None:
    assert read_email_headers(data) is None
