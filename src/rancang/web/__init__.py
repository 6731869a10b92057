"""The Rancang web application: server-rendered pages (Jinja + htmx) and a JSON API.

Start it with ``rancang serve``; build it in code with :func:`rancang.web.app.create_app`.
"""
