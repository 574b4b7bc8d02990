"""`python -m mentordesk` runs the command line."""

from mentordesk.cli import console

console()
