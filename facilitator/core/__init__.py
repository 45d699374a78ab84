"""The pure domain: programs, agenda, session events. No Textual, no file I/O."""
