"""Routes of the siting feature: the sentra siting page."""
