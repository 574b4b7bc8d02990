"""MentorDesk: a local-first desktop tool for mentoring pairs."""

__version__ = "0.1.0"
