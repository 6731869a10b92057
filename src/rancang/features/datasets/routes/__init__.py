"""The datasets feature's routes: pages, administration, the API and imports."""
