"""`python -m integr8.cli`: the `integr8` command without the console script (e.g. `make demo`)."""

from . import main

main()
