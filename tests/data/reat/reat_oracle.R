# Driver that computes the oracle values in reat_oracle.json with the R package REAT.
# It only calls REAT functions; REAT's own code is not part of this repository.
#
#   Rscript tests/data/reat/reat_oracle.R /path/to/REAT/R > tests/data/reat/reat_oracle.json
#
# The argument is a directory holding REAT's R sources (locq.R, shift.R, ...), which are
# source()d; with REAT installed as a package, give "package" instead.
args <- commandArgs(trailingOnly = TRUE)
src <- if (length(args) > 0) args[1] else "/tmp/reat"
if (src == "package") {
  suppressPackageStartupMessages(library(REAT))
  reat_version <- as.character(packageVersion("REAT"))
} else {
  for (f in list.files(src, pattern = "\\.R$", full.names = TRUE)) source(f)
  reat_version <- Sys.getenv("REAT_VERSION", "3.0.2")
}

# ---- JSON output (17 significant digits: every double round-trips exactly) -------------
num <- function(v) {
  v <- as.numeric(v)
  s <- ifelse(is.na(v), "null", sprintf("%.17g", v))
  paste0("[", paste(s, collapse = ", "), "]")
}
# an R array of dim (d1, ..., dk) as row-major (C order) flat values with its shape
arr <- function(a) {
  d <- dim(a)
  if (is.null(d)) d <- length(a)
  flat <- if (length(d) > 1) as.vector(aperm(a, rev(seq_along(d)))) else as.vector(a)
  paste0("{\"shape\": ", num(d), ", \"values\": ", num(flat), "}")
}
str_json <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")
entries <- character()
put <- function(key, json) entries[[length(entries) + 1]] <<- paste0(str_json(key), ": ", json)
put_case <- function(key, call, value) {
  put(key, paste0("{\"call\": ", str_json(call), ", \"value\": ", arr(value), "}"))
}

# ---- (a) the examples written out in REAT's manual pages -------------------------------
# locq.Rd (Farhauer/Kroell 2013)
put_case("locq_farhauer_kroell", "locq(1714, 79006, 879213, 15593224)",
         locq(1714, 79006, 879213, 15593224))
# shift.Rd, shifti.Rd, shiftd.Rd (Farhauer/Kroell 2013)
region_A_t <- c(90, 20, 10, 60);    region_A_t1 <- c(100, 40, 10, 55)
region_B_t <- c(60, 30, 30, 40);    region_B_t1 <- c(85, 55, 40, 35)
region_C_t <- c(250, 100, 110, 300); region_C_t1 <- c(255, 115, 85, 390)
nation_X_t <- c(400, 150, 150, 400); nation_X_t1 <- c(440, 210, 135, 480)
region_A_t2 <- c(105, 45, 15, 60);  nation_X_t2 <- c(460, 230, 155, 500)
for (r in c("A", "B", "C")) {
  t0 <- get(paste0("region_", r, "_t")); t1 <- get(paste0("region_", r, "_t1"))
  for (m in c("Dunn", "Esteban")) {
    put_case(paste0("shift_", m, "_", r),
             paste0("shift(region_", r, "_t, region_", r, "_t1, nation_X_t, nation_X_t1, ",
                    "shift.method = \"", m, "\")$components"),
             shift(t0, t1, nation_X_t, nation_X_t1, shift.method = m,
                   print.results = FALSE)$components[, 1])
  }
  put_case(paste0("shifti_Dunn_", r),
           paste0("shifti(region_", r, "_t, region_", r, "_t1, nation_X_t, nation_X_t1)",
                  "$components.industry"),
           shifti(t0, t1, nation_X_t, nation_X_t1, print.results = FALSE)$components.industry)
}
for (m in c("Dunn", "Esteban")) {
  res <- shiftd(region_A_t, data.frame(region_A_t1, region_A_t2), nation_X_t,
                data.frame(nation_X_t1, nation_X_t2), time1 = 2000, time2 = 2002,
                shift.method = m, print.results = FALSE)
  put_case(paste0("shiftd_", m, "_A"),
           paste0("shiftd(region_A_t, data.frame(region_A_t1, region_A_t2), nation_X_t, ",
                  "data.frame(nation_X_t1, nation_X_t2), time1 = 2000, time2 = 2002, ",
                  "shift.method = \"", m, "\")$components"),
           res$components[, 1])
  put_case(paste0("shiftd_", m, "_A_by_year"),
           paste0("the same shiftd(...)$components.year (rows: components, cols: years)"),
           res$components.year)
}
# krugman.spec.Rd
put_case("krugman_spec_disjoint", "krugman.spec(c(20,10,70,0,0), c(0,0,0,60,40))",
         krugman.spec(c(20, 10, 70, 0, 0), c(0, 0, 0, 60, 40)))
# hoover.Rd (GDP and population of the German Laender 2015)
gdp <- c(460.69, 549.19, 124.16, 65.29, 31.59, 109.27, 263.44, 39.87, 258.53,
         645.59, 131.95, 35.03, 112.66, 56.22, 85.61, 56.81)
pop <- c(10879618, 12843514, 3520031, 2484826, 671489, 1787408, 6176172,
         1612362, 7926599, 17865516, 4052803, 995597, 4084851, 2245470, 2858714, 2170714)
put_case("hoover_gdp_pop", "hoover(gdp, pop)", hoover(gdp, pop))
# herf.Rd, gini.Rd (Doersam 2004)
sales <- c(20, 50, 20, 10)
put_case("herf_sales", "herf(sales)", herf(sales))
put_case("herf_sales_norm", "herf(sales, coefnorm = TRUE)", herf(sales, coefnorm = TRUE))
put_case("gini_sales", "gini(sales)", gini(sales))
put_case("gini_gdp", "gini(gdp)", gini(gdp))
# theil.Rd (Stoermann 2009)
put_case("theil_regincome", "theil(c(10,10,10,20,50))", theil(c(10, 10, 10, 20, 50)))
put_case("theil_with_zero", "theil(c(10,0,10,20,50))", theil(c(10, 0, 10, 20, 50)))
# gini.spec.Rd (Farhauer/Kroell 2013)
put_case("gini_spec_farhauer_kroell",
         "gini.spec(c(700,600,500,10000,40000), c(30000,15000,10000,60000,50000))",
         gini.spec(c(700, 600, 500, 10000, 40000), c(30000, 15000, 10000, 60000, 50000)))

# the named inputs of the examples above
named <- c("region_A_t", "region_A_t1", "region_A_t2", "region_B_t", "region_B_t1",
           "region_C_t", "region_C_t1", "nation_X_t", "nation_X_t1", "nation_X_t2",
           "gdp", "pop", "sales")
put("example_inputs", paste0("{", paste0(str_json(named), ": ",
                                          sapply(named, function(v) num(get(v))),
                                          collapse = ", "), "}"))

# ---- (b) a fixed panel of our own: 4 regions x 5 industries x 3 years -----------------
years <- 2001:2003
x <- array(c(
  # region 1..4, industry 1..5 for 2001
  120, 40, 15, 500,   45, 210, 8, 120,   300, 95, 60, 80,   80, 160, 22, 260,   55, 30, 140, 90,
  # 2002
  131, 43, 16, 505,   47, 224, 9, 126,   318, 97, 66, 88,   92, 171, 25, 270,   60, 35, 151, 96,
  # 2003
  140, 47, 18, 498,   44, 230, 9.5, 131, 335, 99, 70, 97,   101, 185, 27, 283,  68, 37, 163, 103
), dim = c(4, 5, 3))
ref <- matrix(c(2000, 1500, 2600, 1800, 1100,
                2080, 1540, 2730, 1890, 1170,
                2130, 1565, 2870, 1985, 1230), nrow = 5)
nr <- dim(x)[1]; ni <- dim(x)[2]; nt <- dim(x)[3]
put("panel_x", arr(x))
put("panel_ref", arr(ref))
put("panel_years", num(years))

lq <- array(NA_real_, dim = c(nr, ni, nt))
idx <- c("krugman", "hoover", "herf", "herf_norm", "theil", "gini", "gini_spec")
by_year <- setNames(lapply(idx, function(k) matrix(NA_real_, nr, nt)), idx)
for (r in 1:nr) for (t in 1:nt) {
  e <- x[r, , t]; n <- ref[, t]
  lq[r, , t] <- locq(e, sum(e), n, sum(n))
  by_year$krugman[r, t] <- krugman.spec(e, n)
  by_year$hoover[r, t] <- hoover(e, n)
  by_year$herf[r, t] <- herf(e)
  by_year$herf_norm[r, t] <- herf(e, coefnorm = TRUE)
  by_year$theil[r, t] <- theil(e)
  by_year$gini[r, t] <- gini(e)
  by_year$gini_spec[r, t] <- gini.spec(e, n)
}
put_case("panel_locq", "locq(x[r,,t], sum(x[r,,t]), ref[,t], sum(ref[,t]))", lq)
put_case("panel_krugman", "krugman.spec(x[r,,t], ref[,t])", by_year$krugman)
put_case("panel_hoover", "hoover(x[r,,t], ref[,t])", by_year$hoover)
put_case("panel_herf", "herf(x[r,,t])", by_year$herf)
put_case("panel_herf_norm", "herf(x[r,,t], coefnorm = TRUE)", by_year$herf_norm)
put_case("panel_theil", "theil(x[r,,t])", by_year$theil)
put_case("panel_gini", "gini(x[r,,t])", by_year$gini)
put_case("panel_gini_spec", "gini.spec(x[r,,t], ref[,t])", by_year$gini_spec)

# shift-share first to last year (totals, components in REAT's row order) and per industry
for (m in c("Dunn", "Esteban")) {
  tot <- matrix(NA_real_, nr, 5); dyn <- matrix(NA_real_, nr, 5)
  for (r in 1:nr) {
    s <- shift(x[r, , 1], x[r, , nt], ref[, 1], ref[, nt], shift.method = m,
               print.results = FALSE)
    tot[r, ] <- s$components[, 1]
    d <- shiftd(x[r, , 1], as.data.frame(x[r, , 2:nt]), ref[, 1], as.data.frame(ref[, 2:nt]),
                time1 = years[1], time2 = years[nt], shift.method = m, print.results = FALSE)
    dyn[r, ] <- d$components[, 1]
  }
  put_case(paste0("panel_shift_", m),
           paste0("shift(x[r,,1], x[r,,3], ref[,1], ref[,3], shift.method = \"", m,
                  "\")$components (rows: regions)"), tot)
  put_case(paste0("panel_shiftd_", m),
           paste0("shiftd(x[r,,1], as.data.frame(x[r,,2:3]), ref[,1], as.data.frame(ref[,2:3]), ",
                  "time1 = 2001, time2 = 2003, shift.method = \"", m, "\")$components"), dyn)
}
ind <- array(NA_real_, dim = c(nr, 4, ni))
for (r in 1:nr) {
  ind[r, , ] <- shifti(x[r, , 1], x[r, , nt], ref[, 1], ref[, nt],
                       print.results = FALSE)$components.industry
}
put_case("panel_shifti_Dunn",
         "shifti(x[r,,1], x[r,,3], ref[,1], ref[,3])$components.industry", ind)

# average annual growth: arithmetic (REAT growth default) and geometric (= CAGR)
g_mean <- matrix(NA_real_, nr, ni); g_geom <- matrix(NA_real_, nr, ni)
for (r in 1:nr) {
  g_mean[r, ] <- growth(x[r, , 1], as.data.frame(x[r, , 2:nt]), growth.type = "rate")
  g_geom[r, ] <- growth(x[r, , 1], as.data.frame(x[r, , 2:nt]), growth.type = "rate",
                        factor.mean = "geom")
}
put_case("panel_growth_mean",
         "growth(x[r,,1], as.data.frame(x[r,,2:3]), growth.type = \"rate\")", g_mean)
put_case("panel_growth_geom",
         "growth(x[r,,1], as.data.frame(x[r,,2:3]), growth.type = \"rate\", factor.mean = \"geom\")",
         g_geom)
tot_x <- apply(x, c(1, 3), sum)
g_region <- growth(tot_x[, 1], as.data.frame(tot_x[, 2:nt]), growth.type = "rate")
g_ref <- growth(ref[, 1], as.data.frame(ref[, 2:nt]), growth.type = "rate")
g_ref_total <- growth(sum(ref[, 1]), as.data.frame(t(colSums(ref)[2:nt])), growth.type = "rate")
put_case("panel_growth_ref_mean",
         "growth(ref[,1], as.data.frame(ref[,2:3]), growth.type = \"rate\")", g_ref)
# REAT has no dynamic LQ; assembled here from REAT's mean annual growth rates
dlq <- matrix(NA_real_, nr, ni)
for (r in 1:nr) {
  dlq[r, ] <- (((1 + g_mean[r, ]) / (1 + g_region[r])) /
               ((1 + g_ref) / (1 + g_ref_total)))^(nt - 1)
}
put_case("panel_dlq_from_reat_growth",
         "(((1+g_ij)/(1+g_i)) / ((1+G_j)/(1+G)))^(T-1), every g from REAT growth(..., growth.type = \"rate\")",
         dlq)

cat("{\n")
cat(paste0("  ", str_json("reat_version"), ": ", str_json(reat_version), ",\n"))
cat(paste0("  ", str_json("r_version"), ": ", str_json(R.version.string), ",\n"))
cat(paste0("  ", str_json("date"), ": ", str_json(format(Sys.Date())), ",\n"))
cat(paste0("  ", entries, collapse = ",\n"))
cat("\n}\n")
