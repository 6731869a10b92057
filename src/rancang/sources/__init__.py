"""Readers for the files users have: BPS exports, Dalam Angka tables, tidy long tables."""
