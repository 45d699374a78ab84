"""`python -m facilitator` runs the same CLI as the `facilitator` script."""

from facilitator.cli import main

raise SystemExit(main())
