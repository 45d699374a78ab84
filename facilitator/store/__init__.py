"""Files on disk: programs, session folders, the event log, atomic writes and the lock."""
