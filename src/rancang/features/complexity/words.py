"""Words of the complexity feature: column headers of its tables."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.complexity": ("Kompleksitas dan diversifikasi",
                           "Complexity and diversification"),
    "rca": ("RCA (LQ)", "RCA (LQ)"),
    "mcp": ("Hadir (Mcp)", "Present (Mcp)"),
    "density": ("Kepadatan (density)", "Density"),
    "distance": ("Jarak (distance)", "Distance"),
    "cog": ("Tambahan peluang kompleksitas (COG)", "Complexity outlook gain (COG)"),
    "coi": ("Indeks peluang kompleksitas (COI)", "Complexity outlook index (COI)"),
    "eci": ("Indeks kompleksitas ekonomi (ECI)", "Economic complexity index (ECI)"),
    "pci": ("Indeks kompleksitas produk (PCI)", "Product complexity index (PCI)"),
    "diversity": ("Diversitas", "Diversity"),
    "ubiquity": ("Ubikuitas", "Ubiquity"),
    "drivers": ("Industri pendorong (kedekatan)", "Driving industries (proximity)"),
}
