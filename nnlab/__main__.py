"""``python -m nnlab`` behaves exactly like the ``nnlab`` command."""

import sys

from nnlab.cli import main

sys.exit(main())
