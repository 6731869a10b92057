"""Pure analytical methods: numpy arrays in, arrays out. No I/O, no printing."""
