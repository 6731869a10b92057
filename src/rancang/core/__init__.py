"""The core: errors, the language catalogue, settings, actors, the database and the
extension point through which features plug in. It imports nothing outside itself."""
