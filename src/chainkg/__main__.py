"""``python -m chainkg`` is the ``chainkg`` command."""

import sys

from chainkg.cli import main

sys.exit(main())
