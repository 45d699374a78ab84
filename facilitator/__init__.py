"""facilitator: lead a meeting live from the terminal, and keep its referat safe."""

__version__ = "0.1.0"
