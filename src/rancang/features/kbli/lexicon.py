"""The coder's lexicon: how offices write, and what words KBLI itself does not use.

Three tables, written by hand from the KBLI 2020 descriptions and from common usage in
Indonesian registers of IKM (never from the held-out test phrases, see
``tests/data/kbli/README.md``):

- :data:`REWRITE`: a word as offices write it (abbreviation, slang, regional or English word,
  frequent misspelling) -> the word or words KBLI uses;
- :data:`PROTECTED`: words the Indonesian stemmer would over-stem into another meaning
  ("pengemasan" -> "emas", "peternakan" -> "terna", "perhiasan" -> "hias"), with the stem to
  use instead;
- :data:`ALIASES`: names of products and activities that the KBLI text of a class does not
  contain (regional foods, trade names, everyday words) -> the class.
- :data:`CUES`: words that say what kind of activity a phrase is (a shop, a wholesaler, a
  factory, a farm) -> the title words of KBLI classes of that kind.
"""

from __future__ import annotations

REWRITE: dict[str, str] = {
    # abbreviations
    "ind": "industri", "prod": "produksi", "utk": "untuk", "brg": "barang", "rmh": "rumah",
    "mkn": "makan", "mknan": "makanan", "mkan": "makan", "ikn": "ikan", "dg": "dengan",
    "dgn": "dengan", "yg": "yang", "sdh": "sudah", "krn": "karena", "pd": "pada",
    "tdk": "tidak", "kab": "kabupaten", "amdk": "air minum kemasan", "amiu": "air minum isi ulang",
    "rph": "rumah potong hewan", "rpu": "rumah potong unggas", "rmu": "penggilingan padi",
    "bbm": "bahan bakar minyak", "lpg": "elpiji", "spbu": "spbu",
    "atk": "alat tulis", "apd": "alat pelindung diri keselamatan", "hp": "handphone",
    "ac": "pendingin ruangan ac", "pmi": "tenaga kerja luar negeri",
    "tki": "tenaga kerja luar negeri", "art": "pekerja rumah tangga",
    "paud": "kelompok bermain", "tk": "taman kanak kanak", "smk": "menengah kejuruan",
    "lpk": "pelatihan kerja", "bpr": "bank perkreditan rakyat", "ksp": "koperasi simpan pinjam",
    "ppat": "pejabat pembuat akta tanah", "eo": "penyelenggara event",
    "cpo": "minyak mentah kelapa sawit crude palm oil", "pks": "pabrik kelapa sawit",
    "skt": "sigaret kretek tangan", "skm": "sigaret kretek mesin", "emkl": "ekspedisi muatan kapal",
    "akap": "antarkota antarprovinsi", "akdp": "antarkota dalam provinsi",
    "umkm": "usaha", "ikm": "industri", "ukm": "usaha", "cv": "", "ud": "", "pt": "",
    "bsf": "maggot", "ntt": "", "b3": "berbahaya beracun b3",
    "pdam": "penjernihan penyaluran air minum",
    "wc": "tinja septik", "rt": "", "rw": "", "pet": "",
    # slang, regional and English words, frequent misspellings
    "kripik": "keripik", "krupuk": "kerupuk", "cabe": "cabai", "pedes": "pedas",
    "kost": "kos", "kosan": "kos", "kost2an": "kos", "kos2an": "kos", "laundri": "laundry",
    "loundry": "laundry", "londri": "laundry", "konpeksi": "konveksi", "konfeksi": "konveksi",
    "katering": "jasa boga catering", "ketering": "jasa boga catering",
    "ktering": "jasa boga catering", "catering": "jasa boga catering",
    "cathering": "jasa boga catering", "mebel": "furnitur", "meubel": "furnitur",
    "mebeler": "furnitur", "meubelair": "furnitur", "furniture": "furnitur",
    "supir": "pengemudi", "sopir": "pengemudi", "servis": "reparasi", "service": "reparasi",
    "bengkel": "reparasi", "sparepart": "suku cadang", "spare": "suku cadang",
    "onderdil": "suku cadang", "pande": "pandai", "gas": "gas", "elpiji": "elpiji",
    "sembako": "bahan kebutuhan pokok", "kelontong": "bahan kebutuhan pokok",
    "mas": "emas", "baju": "pakaian", "tv": "televisi", "biogas": "gas bio",
    "aki": "akumulator baterai", "accu": "akumulator baterai", "ruko": "rumah toko",
    "survei": "survei", "bidan": "bidan", "pom": "pom",
    "kue2": "kue", "bxo": "bakso", "baso": "bakso",
    "jualan": "jual", "ol": "online", "olshop": "online", "shopee": "online",
    "tokopedia": "online", "supplier": "pemasok", "suplai": "pemasok", "suplier": "pemasok",
    "rongsok": "barang bekas scrap", "rongsokan": "barang bekas scrap",
    "readymix": "beton siap pakai", "coffee": "kopi", "shop": "kedai",
    "roastery": "sangrai", "roasting": "sangrai", "bakery": "roti", "pastry": "kue",
    "car": "mobil", "wash": "cuci", "organizer": "penyelenggara", "event": "event",
    "rental": "sewa", "software": "perangkat lunak", "website": "situs web", "aplikasi": "aplikasi",
    "android": "aplikasi", "game": "game", "hosting": "hosting", "server": "server",
    "gym": "kebugaran", "fitness": "kebugaran", "barbershop": "pangkas rambut",
    "spa": "spa", "cleaning": "kebersihan", "outsourcing": "penyedia sumber daya manusia",
    "security": "keamanan", "satpam": "keamanan", "homestay": "pondok wisata",
    "villa": "vila", "mess": "asrama pekerja", "dealer": "jual", "showroom": "jual",
    "petshop": "hewan piaraan", "florist": "bunga potong", "konter": "jual",
    "pulsa": "telekomunikasi", "ponsel": "handphone", "laptop": "komputer",
    "permak": "vermak", "sol": "reparasi alas kaki", "cukur": "pangkas rambut",
    "genset": "pembangkit listrik", "excavator": "alat berat", "scaffolding": "perancah",
    "plafon": "plafon", "gypsum": "gipsum", "keramik": "keramik", "futsal": "lapangan",
    "freight": "pengurusan transportasi", "forwarder": "pengurusan transportasi",
    "docking": "reparasi kapal", "dinamo": "motor listrik", "gulung": "reparasi",
    "sedot": "penyedotan", "readymade": "jadi", "frozen": "beku", "food": "makanan",
    "stainless": "logam", "cocofiber": "serat sabut kelapa", "cocopeat": "serat sabut kelapa",
    "plywood": "kayu lapis", "pellet": "pelet", "crumb": "karet remah", "rubber": "karet",
    "pvc": "plastik", "kresek": "plastik", "pouch": "kemasan plastik", "standing": "",
    "tissue": "tissue", "tisu": "tissue", "wearpack": "pakaian kerja", "sweater": "rajut",
    "jeans": "pakaian", "ojol": "ojek", "angkot": "angkutan perkotaan", "travel": "perjalanan",
    "umroh": "umroh", "umrah": "umroh", "taxi": "taksi", "bus": "bus", "truk": "truk",
    "truck": "truk", "dump": "truk", "tongkang": "kapal barang", "speedboat": "penyeberangan",
    "kurir": "kurir", "ekspedisi": "angkutan barang",
}

PROTECTED: dict[str, str] = {
    "pengemasan": "kemas", "kemasan": "kemas", "pengepakan": "kemas", "dikemas": "kemas",
    "peternakan": "ternak", "peternak": "ternak", "beternak": "ternak",
    "perhiasan": "perhiasan", "pakaian": "pakaian", "perikanan": "ikan",
    "permainan": "permainan", "pertanian": "tani", "perkebunan": "kebun",
    "pembibitan": "bibit", "pemintalan": "pintal", "percetakan": "cetak",
    "pertenunan": "tenun", "perawatan": "rawat", "pendidikan": "didik",
    "penginapan": "inap", "perdagangan": "dagang", "pedagang": "dagang",
    "pertambangan": "tambang", "penambangan": "tambang", "bangunan": "bangun",
    "minuman": "minum", "makanan": "makan", "perumahan": "rumah", "pemasok": "pasok",
    "peralatan": "alat", "perlengkapan": "lengkap", "pengrajin": "industri",
    "perajin": "industri", "kerajinan": "rajin", "pengolahan": "olah", "olahan": "olah",
    "asinan": "asin", "manisan": "manis", "santan": "santan", "tahu": "tahu",
    "tapioka": "tapioka", "terasi": "terasi", "petis": "petis", "kecap": "kecap",
    "karyawan": "karyawan", "pekerja": "pekerja", "tenaga": "tenaga", "emas": "emas",
    "permen": "permen", "kembang": "kembang", "ketan": "ketan", "lapis": "lapis",
    "kerupuk": "kerupuk", "keripik": "keripik", "pindang": "pindang", "pempek": "pempek",
    "boga": "boga", "sewa": "sewa", "penyewaan": "sewa", "disewa": "sewa",
    "beton": "beton", "batako": "batako", "lumpia": "lumpia", "gerabah": "gerabah",
    "angkutan": "angkut", "pengangkutan": "angkut", "pemandian": "mandi",
    "penyedotan": "sedot", "hewan": "hewan", "piaraan": "piara", "tenun": "tenun",
}

ALIASES: dict[str, str] = {
    # food and drink manufacturing
    "10794": "keripik kerupuk rengginang emping peyek opak rambak kemplang kripik balado",
    "10793": "kacang bawang kacang telur kacang atom enting",
    "10313": "keripik buah keripik pisang sale pisang keripik nangka vakum cabai kering",
    "10392": "tahu", "10391": "tempe", "10710": "roti bakery kue kering nastar kastengel "
             "biskuit bolu brownies",
    "10792": "kue basah lemper lapis lumpia wajik klepon tape martabak serabi",
    "10796": "dodol jenang", "10722": "gula aren gula semut gula kelapa gula merah",
    "10771": "kecap", "10772": "bumbu sambal saus sambal bumbu instan rendang pecel "
             "sambal roa",
    "10779": "terasi petis cincau", "10211": "ikan asin ikan kering", "10212": "ikan asap fufu",
    "10214": "pindang", "10216": "bakso ikan pempek otak otak nugget ikan siomay",
    "10213": "ikan beku", "10293": "udang beku cumi beku", "10130": "abon sosis nugget dendeng",
    "10120": "potong ayam unggas", "10110": "potong sapi hewan",
    "10761": "kopi bubuk sangrai kopi", "10763": "teh celup teh hijau",
    "10330": "jus sari buah", "11051": "air minum kemasan galon",
    "11052": "air minum isi ulang depot galon", "11040": "minuman ringan soda serbuk instan",
    "11090": "air tebu nira", "11020": "tuak", "11010": "ciu arak", "10590": "yoghurt keju",
    "10510": "susu pasteurisasi", "10531": "es krim", "10532": "es lilin es mambo",
    "10740": "mie bihun soun", "10621": "tapioka aci", "10613": "mocaf",
    "10633": "tepung beras", "10631": "penggilingan padi beras", "10801": "pakan ternak pelet",
    "10423": "minyak kelapa klentik", "10437": "minyak goreng sawit", "10773": "santan nata",
    "10732": "coklat cokelat", "10734": "permen", "10733": "manisan",
    "10750": "makanan siap saji beku rendang kemasan frozen",
    "10799": "telur asin", "10774": "garam beryodium",
    # other manufacturing
    "12011": "kretek tangan", "13134": "batik", "13122": "tenun ikat",
    "14111": "konveksi kaos seragam pakaian kerja", "14120": "penjahit jahit pesanan",
    "14302": "bordir", "14301": "rajut", "13921": "sprei gorden", "15201": "sepatu sandal",
    "16101": "sawmill gergaji", "16221": "kusen", "16230": "palet peti",
    "16291": "anyaman bambu besek", "16293": "ukiran", "31001": "furnitur kayu jati",
    "31002": "furnitur rotan", "17022": "kardus karton box", "18111": "undangan brosur kalender",
    "20231": "sabun deterjen", "20232": "kosmetik lulur", "20294": "minyak atsiri nilam serai",
    "21022": "jamu herbal", "22220": "kemasan plastik kantong botol", "22292": "ember",
    "23921": "batu bata", "23922": "genteng", "23932": "gerabah kendi",
    "23953": "paving batako buis", "23957": "beton siap pakai", "25931": "pandai besi cangkul",
    "25111": "pagar teralis kanopi las", "25920": "bubut machining cnc galvanis",
    "32112": "perhiasan", "32201": "gamelan", "32904": "alat pelindung diri keselamatan",
    "33121": "reparasi mesin", "33141": "reparasi motor listrik dinamo",
    # services and trade
    "56290": "jasa boga catering harian karyawan", "56210": "jasa boga catering acara "
             "pernikahan prasmanan",
    "56102": "warung makan rumah makan warteg padang", "56104": "angkringan keliling",
    "56303": "kafe kopi", "56304": "kedai es teh",
    "55900": "asrama pekerja kos mess karyawan", "55130": "pondok wisata",
    "49431": "angkutan barang truk", "49216": "angkutan karyawan antar jemput",
    "49422": "sewa pengemudi", "77100": "sewa mobil lepas kunci",
    "96200": "laundry cuci pakaian", "96111": "pangkas rambut", "45201": "reparasi mobil",
    "45407": "reparasi motor", "47112": "bahan kebutuhan pokok warung",
    "47414": "handphone telekomunikasi", "47301": "spbu pom bensin",
    "47302": "agen elpiji", "47772": "pangkalan elpiji gas melon", "68111": "sewa ruko gedung kantor rumah toko",
    "73201": "survei pasar riset pasar", "74201": "studio foto fotografer",
    "86901": "bidan perawat mandiri", "82911": "penagihan utang tagih",
    "71102": "konsultan perencana pengawas struktur sipil",
    "20212": "pestisida insektisida herbisida obat hama", "20123": "npk majemuk",
    "20129": "pupuk organik", "35302": "es balok es batu",
    "49432": "truk tangki bahan bakar barang berbahaya", "53201": "kurir paket antar barang",
    "52101": "gudang pergudangan", "35111": "pembangkit listrik surya mikrohidro",
    "33200": "instalasi mesin pemasangan mesin", "12091": "tembakau rajang",
    "13121": "songket sarung tenun", "16292": "tikar pandan mendong",
    "23951": "pot bunga patung semen", "32402": "mainan edukatif",
    "01133": "melon semangka tomat terong timun", "01462": "ayam petelur",
    "01461": "ayam pedaging broiler", "03217": "rumput laut", "03221": "lele nila gurame kolam",
    "03226": "benih ikan bibit ikan", "01496": "maggot cacing", "08930": "tambak garam",
    "10213": "ikan beku fillet", "37011": "sedot tinja septik", "38120": "limbah berbahaya",
    "47762": "bibit tanaman", "46610": "solar bahan bakar industri",
    "46691": "alat kesehatan alkes", "50131": "kapal barang antar pulau kargo",
    "56303": "kafe coffee shop", "77393": "alat berat tanpa operator excavator",
    "82302": "event organizer wedding organizer", "95210": "televisi",
    "47528": "toko bangunan material besi", "15201": "sepatu kulit sandal",
    "46313": "sayur", "46325": "telur", "25113": "fabrikasi baja konstruksi baja",
    "20293": "tinta printer",
    "46696": "barang bekas scrap", "82920": "kemas packing",
    "62019": "aplikasi perangkat lunak situs web", "95120": "handphone",
    "47912": "online pakaian", "47911": "online makanan",
}

_MANUFACTURING = tuple(str(d) for d in range(10, 34))
_RETAIL = ("47", "45103", "45104", "45302", "45403", "45404", "45406")
_WHOLESALE = ("46", "45101", "45102", "45301", "45401", "45402", "45405")
_FARM = ("01",)
_TRANSPORT = ("49", "50", "51", "52", "53")
_BUILD = ("41", "42", "43")
_REPAIR = ("33", "452", "45407", "95")

CUES: dict[str, tuple[str, ...]] = {
    "toko": _RETAIL, "warung": _RETAIL, "kios": _RETAIL, "jual": _RETAIL,
    "penjual": _RETAIL, "eceran": _RETAIL, "online": ("479",),
    "distributor": _WHOLESALE, "grosir": _WHOLESALE, "pemasok": _WHOLESALE,
    "pengepul": _WHOLESALE, "agen": ("46", "47", "66", "79"),
    "pabrik": _MANUFACTURING, "produksi": _MANUFACTURING, "pembuatan": _MANUFACTURING,
    "industri": _MANUFACTURING, "konveksi": _MANUFACTURING, "home": _MANUFACTURING,
    "kerajinan": _MANUFACTURING, "rumahan": _MANUFACTURING,
    "kebun": _FARM, "tanam": _FARM, "petani": _FARM, "tani": _FARM, "ternak": ("014",),
    "budidaya": ("01", "03"), "pembenihan": ("03", "01"), "tambak": ("032",),
    "nelayan": ("031",), "tambang": ("05", "06", "07", "08", "09"),
    "galian": ("08",), "penggalian": ("08",),
    "kontraktor": _BUILD, "pembangunan": _BUILD, "pasang": _BUILD, "instalasi": _BUILD,
    "reparasi": _REPAIR, "angkutan": _TRANSPORT, "angkut": _TRANSPORT,
    "kursus": ("85",), "sewa": ("77", "68", "49422", "43905"),
}

#: Words that ask for a government body or for Islamic finance; without them, classes whose
#: title names one (``PEMERINTAH``, ``SYARIAH``) rank lower (most firms are private and
#: conventional).
MARKED: dict[str, tuple[str, ...]] = {
    "pemerintah": ("pemerintah", "negeri", "dinas", "kantor", "pemda", "kementerian"),
    "syariah": ("syariah", "syari", "bmt", "islam"),
}

#: Everyday words of registers that KBLI's text does not use: never "corrected" as typos
#: (taste, size, origin and manner words).
_KNOWN = (
    "pedas pedes manis asin gurih renyah original ori aneka rasa rumahan kiloan lokal "
    "rakyat khas asli premium super kecil besar mini jumbo harian mingguan bulanan "
    "tradisional modern kampung desa kota murah online offline grosir eceran baru bekas "
    "segar kering basah matang mentah instan siap saji frozen organik halal"
)
KNOWN: frozenset[str] = frozenset(_KNOWN.split())
