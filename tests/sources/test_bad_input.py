"""Bad input stops with a message naming file, sheet, row and column; good input reads."""

import openpyxl
import polars as pl
import pytest

from rancang import InputError
from rancang.reference.pdrb import CATEGORY_CODES, category_title
from rancang.sources import detect_layout, read_panel

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")

PREFIX = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"


def write_bps(path, year, rows, *, titles=None):
    """A file in the BPS web-table layout: rows = [(code, name, [17 values])]."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Flexmonster Pivot Table"
    titles = titles or [f"{PREFIX} - {category_title(c)}" for c in CATEGORY_CODES]
    ws.append([None] * 6 + ["Indikator", "Tahun"])
    ws.append([None] * 6 + [PREFIX, *titles])
    ws.append(["IDPulau", "Pulau", "KodeProvinsi", "Nama Provinsi", "KodeWilayah",
               "Nama Wilayah", *([str(year)] * (len(titles) + 1))])
    for code, name, values in rows:
        ws.append(["", "", "", "", code, name, sum(v for v in values if isinstance(v, float)),
                   *values])
    wb.save(path)
    return path


def good_rows(scale=1.0):
    return [
        ("7200", "Provinsi Sulawesi Tengah", [100.0 * scale] * 17),
        ("7203", "Morowali", [10.0 * scale + k for k in range(17)]),
        ("7206", "Toli-Toli", [20.0 * scale + k for k in range(17)]),
    ]


def test_two_years_make_one_panel(tmp_path):
    write_bps(tmp_path / "a2019.xlsx", 2019, good_rows())
    write_bps(tmp_path / "a2020.xlsx", 2020, good_rows(1.1))
    p = read_panel([tmp_path])
    assert p.shape == (2, 17, 2) and p.years == (2019, 2020)
    assert p.references.region_codes == ("7200",)
    assert p.parent_codes == ("7200", "7200")


def _problem(exc):
    return exc.value.problems[0]


def test_text_in_number_cell(tmp_path):
    rows = good_rows()
    rows[1][2][2] = "n/a"
    f = write_bps(tmp_path / "bad.xlsx", 2020, rows)
    with pytest.raises(InputError) as exc:
        read_panel([f])
    p = _problem(exc)
    assert (p.file, p.sheet, p.row, p.column) == ("bad.xlsx", "Flexmonster Pivot Table", 5, "J")
    assert "'n/a' is not a number" in str(p.message)


def test_a_reader_problem_is_shown_in_the_language_of_whoever_reads_it(tmp_path):
    """Raised once, before any language is known; rendered in Indonesian or English."""
    from rancang.core.i18n import language

    rows = good_rows()
    rows[1][2][2] = "n/a"
    with language("id"), pytest.raises(InputError) as exc:
        read_panel([write_bps(tmp_path / "bad.xlsx", 2020, rows)])
    p = _problem(exc)
    assert p.text("id") == ("berkas bad.xlsx, lembar 'Flexmonster Pivot Table', baris 5, "
                            "kolom 'J': 'n/a' bukan angka (Industri Pengolahan 2020)")
    assert p.text("en") == ("file bad.xlsx, sheet 'Flexmonster Pivot Table', row 5, "
                            "column 'J': 'n/a' is not a number (Industri Pengolahan 2020)")
    with language("id"):
        assert str(exc.value).endswith("'n/a' bukan angka (Industri Pengolahan 2020)")


def test_negative_value(tmp_path):
    rows = good_rows()
    rows[2][2][0] = -5.0
    with pytest.raises(InputError) as exc:
        read_panel([write_bps(tmp_path / "neg.xlsx", 2020, rows)])
    assert _problem(exc).row == 6 and "negative" in str(_problem(exc).message)


def test_unknown_category_title(tmp_path):
    titles = [f"{PREFIX} - {category_title(c)}" for c in CATEGORY_CODES]
    titles[3] = f"{PREFIX} - Perikanan Laut Dalam"
    with pytest.raises(InputError) as exc:
        read_panel([write_bps(tmp_path / "t.xlsx", 2020, good_rows(), titles=titles)])
    p = _problem(exc)
    assert p.row == 2 and p.column == "K" and "Perikanan Laut Dalam" in str(p.message)


def test_duplicate_region(tmp_path):
    rows = [*good_rows(), ("7203", "Morowali", [1.0] * 17)]
    with pytest.raises(InputError) as exc:
        read_panel([write_bps(tmp_path / "d.xlsx", 2020, rows)])
    assert "appears twice" in str(_problem(exc).message) and _problem(exc).row == 7


def test_region_missing_in_one_year(tmp_path):
    write_bps(tmp_path / "a2019.xlsx", 2019, good_rows())
    write_bps(tmp_path / "a2020.xlsx", 2020, good_rows()[:2])
    with pytest.raises(InputError) as exc:
        read_panel([tmp_path])
    assert _problem(exc).file == "a2020.xlsx" and "7206" in str(_problem(exc).message)


def test_same_year_twice(tmp_path):
    write_bps(tmp_path / "a.xlsx", 2020, good_rows())
    write_bps(tmp_path / "b.xlsx", 2020, good_rows())
    with pytest.raises(InputError, match=r"year 2020 is also in a\.xlsx"):
        read_panel([tmp_path])


def test_long_csv_errors_point_at_rows(tmp_path):
    f = tmp_path / "long.csv"
    pl.DataFrame({
        "region_code": ["7203", "7203", "7206", "7206"], "industry_code": ["A", "C", "A", "C"],
        "year": ["2020", "2020", "2020", "2020"], "value": ["1", "2", "3,x", "4"],
    }).write_csv(f)
    with pytest.raises(InputError) as exc:
        read_panel([f])
    p = _problem(exc)
    assert (p.file, p.row, p.column) == ("long.csv", 4, "value")
    g = tmp_path / "nocol.csv"
    pl.DataFrame({"region_code": ["1"], "year": ["2020"], "value": ["1"]}).write_csv(g)
    with pytest.raises(InputError) as exc:
        detect_layout(g)
    assert "layout not recognised" in str(exc.value)


def test_dalam_angka_layout(tmp_path):
    f = tmp_path / "morowali.csv"
    lines = ["Wilayah: 7203 Morowali", "Lapangan Usaha,2019,2020"]
    for k, c in enumerate(CATEGORY_CODES):
        lines.append(f'"{c}. {category_title(c)}",{10 + k},{11 + k}')
        if c == "C":
            lines.append('"   a. Industri Logam Dasar",5,6')
    lines.append("PDRB,999,999")
    lines.append("Acuan: 7200 Sulawesi Tengah")
    lines.append("Lapangan Usaha,2019,2020")
    for k, c in enumerate(CATEGORY_CODES):
        lines.append(f'"{category_title(c)}",{100 + k},{105 + k}')
    f.write_text("\n".join(lines) + "\n")
    assert detect_layout(f) == "dalam_angka"
    p = read_panel([f])
    assert p.region_codes == ("7203",) and p.references.region_codes == ("7200",)
    assert p.values[0, CATEGORY_CODES.index("C"), 1] == 13.0
    assert p.reference_vector("7200")[0, 0] == 100.0
    bad = tmp_path / "bad.csv"
    bad.write_text(f.read_text().replace('"B. ', '"X. Barang '))
    with pytest.raises(InputError) as exc:
        read_panel([bad])
    assert exc.value.problems[0].row == 4 and exc.value.problems[0].column == "A"


def test_year_missing_for_all_regions_stops(tmp_path):
    # the folder without the 2017 file: 2016 -> 2018 is not one step
    for y, scale in ((2015, 1.0), (2016, 1.1), (2018, 1.3)):
        write_bps(tmp_path / f"a{y}.xlsx", y, good_rows(scale))
    with pytest.raises(InputError, match="year 2017 is missing") as exc:
        read_panel([tmp_path])
    assert "2015, 2016, 2018" in str(exc.value) and "a2018.xlsx" in str(exc.value)


def test_years_missing_in_one_long_file(tmp_path):
    f = tmp_path / "long.csv"
    f.write_text("region_code,industry_code,year,value\n"
                 + "".join(f"7203,C,{y},1\n" for y in (2014, 2015, 2018)))
    with pytest.raises(InputError, match="years 2016, 2017 are missing"):
        read_panel([f])


def test_long_table_unknown_pdrb_category_is_named_per_row(tmp_path):
    rows = ["region_code,industry_code,year,value"]
    for year in (2019, 2020):
        for code in ("A", "B", "C", "ZZ"):
            rows.append(f"7203,{code},{year},1")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(InputError) as err:
        read_panel([path])
    problems = err.value.problems
    assert [(p.row, p.column) for p in problems] == [(5, "industry_code"), (9, "industry_code")]
    assert "unknown PDRB category 'ZZ'" in str(problems[0].message)


def test_long_table_with_pdrb_codes_gets_category_titles(tmp_path):
    rows = ["region_code,industry_code,year,value"]
    for year in (2019, 2020):
        for region in ("7203", "7204"):
            rows += [f"{region},{c},{year},{i + 1}" for i, c in enumerate(("A", "C", "M_N"))]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(rows) + "\n")
    panel = read_panel([path])
    assert panel.industry_names == tuple(category_title(c) for c in ("A", "C", "M_N"))
    # a table of its own codes (e.g. KBLI) keeps them and is not checked against PDRB
    path.write_text(path.read_text().replace(",A,", ",10,").replace(",C,", ",11,")
                    .replace(",M_N,", ",12,"))
    assert read_panel([path]).industry_codes == ("10", "11", "12")
