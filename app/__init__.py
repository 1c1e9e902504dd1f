"""Objector: keep track of objecting to AI training on your data, account by account."""

__version__ = "0.1.0"
