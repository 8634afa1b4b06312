"""TeamBuilder: plan a small business's digital-marketing team, offline."""

__version__ = "0.1.0"

APP_ID = "io.github.teambuilder.TeamBuilder"
"""Reverse-DNS application id shared by the .desktop file, metainfo, icon and Qt."""

APP_NAME = "TeamBuilder"
