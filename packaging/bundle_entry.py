"""The standalone bundle's entry point (make bundle): the `mentordesk` command."""

from mentordesk.cli import console

console()
