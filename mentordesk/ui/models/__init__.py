"""Qt item models over row ids, fetching rows lazily. One model per module."""
