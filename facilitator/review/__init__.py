"""Looking back at meetings: the figures, bars and lists that `facilitator show` prints and
the review screens show, drawn as Rich renderables from what the store read."""
