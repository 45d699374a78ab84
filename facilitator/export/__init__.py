"""Exports: the referat (export/referat.py), invitations and the meeting plan.

Only the formats are named here, so the command line can offer them without loading the
writers (and the HTML library) on every start.
"""

FORMATS = ("md", "html")
"""What a referat is written as."""
INVITATION_FORMATS = ("md", "txt", "html")
"""What an invitation is written as."""
