"""One module per ``wiremap`` subcommand; each defines ``add_parser(subparsers)``."""
