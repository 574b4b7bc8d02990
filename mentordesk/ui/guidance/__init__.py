"""Guidance: the library window and meeting mode's panel."""
