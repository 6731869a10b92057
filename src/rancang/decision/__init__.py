"""Multi-criteria decision methods: AHP, TOPSIS, VIKOR, PROMETHEE, robustness. Pure numpy."""
