"""Domain records and rules of mentoring pairs: plain data, no Qt, no SQL."""
