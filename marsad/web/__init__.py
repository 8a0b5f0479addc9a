"""The web app: an HTTP API over the store (marsad.web.app) and the pages in static/."""

from marsad.web.app import create_app

__all__ = ["create_app"]
