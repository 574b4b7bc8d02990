"""The interchange format (JSON, version 1): reading, checking and writing documents.

Pure functions over plain data: the services decide what is written to the database.
"""

FORMAT = "mentordesk"
VERSION = 1
