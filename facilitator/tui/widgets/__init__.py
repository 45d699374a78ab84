"""Widgets of the run screen. Each gets a MeetingView bound from its screen and draws it."""
