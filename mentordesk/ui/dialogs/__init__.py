"""Dialogs that edit one thing, validating inline next to each field."""
