"""`python -m checker` runs the command line."""
from .entry import main

raise SystemExit(main())
