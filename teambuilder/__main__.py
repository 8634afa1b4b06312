"""``python -m teambuilder``: a subcommand runs headless, anything else opens the window."""

from __future__ import annotations

import sys


def main() -> int:
    """Dispatch to the headless CLI or the GUI without importing Qt for the CLI."""
    from teambuilder.cli import SUBCOMMANDS

    args = sys.argv[1:]
    if args and args[0] in SUBCOMMANDS:
        from teambuilder.cli import main as cli_main

        return cli_main(args)
    from teambuilder.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
