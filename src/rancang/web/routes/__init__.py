"""One router per resource: ``pages_*`` render HTML, ``api_*`` answer JSON under /api/v1."""
