"""Entry script of the PyInstaller bundle: the same dispatch as ``python -m teambuilder``."""

import sys

from teambuilder.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
