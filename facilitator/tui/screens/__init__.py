"""Screens: program picker, the live run, help, and the catch-up dialog."""
