"""Services behind the pages and the API (the same function serves both)."""
