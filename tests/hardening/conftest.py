"""The web fixtures (an app on a fresh database with the demo data, one client per role)."""

from tests.web.conftest import clients, web_app

__all__ = ["clients", "web_app"]
