"""Reference data: PDRB categories, region codes and the BPS/Kemendagri crosswalk, KBLI."""
