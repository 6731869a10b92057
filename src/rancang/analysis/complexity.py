"""Economic complexity and relatedness: RCA, Mcp, ECI/PCI, proximity, density, COI, COG.

Definitions, signs and normalisations follow the Growth Lab's ``ecomplexity`` package
(version 0.5.3, itself a port of the Stata ``ecomplexity`` command), so that the numbers
agree with it to 1e-9 on the same input. Three of its defects are avoided: co-occurrences
are counted with a float BLAS product (not an integer matmul), no region x region matrix is
ever formed, and the eigenvector is taken from a symmetric matrix similar to the product
x product transition matrix (``scipy.linalg.eigh``, only the eigenpair needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import numpy as np
import scipy.linalg
import scipy.sparse as sp

from rancang.analysis._arrays import FloatArray
from rancang.analysis.location_quotient import location_quotient
from rancang.core.i18n import Msg

FEW_INDUSTRIES = 50
"""Below this many industries, complexity measures say little (e.g. 17 PDRB categories)."""


@dataclass
class ComplexityResult:
    """Every complexity measure of a panel, for all regions, industries and years at once.

    Arrays (R, I, T): ``rca``, ``mcp`` (bool), ``density``, ``cog``; (R, T): ``eci``,
    ``diversity``, ``coi``; (I, T): ``pci``, ``ubiquity``; (I, I, T): ``proximity``.
    Regions (industries) with a zero total in a year are left out of that year, as
    ecomplexity does: nan in every measure, ``mcp`` False. ``warnings`` holds caveat codes:
    ``"few_industries"`` (fewer than :data:`FEW_INDUSTRIES`: measures say little) and
    ``"eci_undefined:<t>"`` (no ECI in year index t).
    """

    rca: np.ndarray
    mcp: np.ndarray
    diversity: np.ndarray
    ubiquity: np.ndarray
    eci: np.ndarray
    pci: np.ndarray
    proximity: np.ndarray
    density: np.ndarray
    coi: np.ndarray
    cog: np.ndarray
    threshold: float = 1.0
    warnings: list[str] = field(default_factory=list)

    @property
    def distance(self) -> np.ndarray:
        """Distance ``1 - density`` (R, I, T): how far an industry lies from a region's."""
        return 1.0 - self.density


def _as_years(x: object) -> list[np.ndarray | sp.csr_array]:
    """Split the input into one (R, I) matrix per year (dense or sparse CSR)."""
    if sp.issparse(x):
        return [sp.csr_array(x, dtype=np.float64)]
    if isinstance(x, Sequence) and not isinstance(x, np.ndarray) and x and sp.issparse(x[0]):
        return [sp.csr_array(m, dtype=np.float64) for m in x]
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.ndim != 3:
        raise ValueError(Msg("analysis.values_shape", shape=arr.shape))
    return [arr[:, :, t] for t in range(arr.shape[2])]


def revealed_comparative_advantage(x: np.ndarray) -> np.ndarray:
    """Balassa's RCA of every region and industry: the LQ against the sum of all regions.

    Parameters
    ----------
    x : ndarray (R, I) or (R, I, T), non-negative values (output, employment, exports)

    Returns
    -------
    ndarray of the same shape; nan where a region or industry total is zero.

    Notes
    -----
    ``RCA_cp = (x_cp / sum_p x_cp) / (sum_c x_cp / sum_cp x_cp)``.

    References
    ----------
    Balassa, B. (1965). Trade liberalisation and revealed comparative advantage.
    The Manchester School 33(2), 99-123.

    Examples
    --------
    >>> revealed_comparative_advantage(np.array([[1.0, 1.0], [0.0, 2.0]])).tolist()
    [[2.0, 0.6666666666666666], [0.0, 1.3333333333333333]]
    """
    x = np.asarray(x, dtype=np.float64)
    return location_quotient(x, x.sum(axis=0))


def proximity(mcp: np.ndarray) -> np.ndarray:
    """Proximity between industries: the smaller of the two conditional probabilities.

    Parameters
    ----------
    mcp : ndarray or sparse (R, I) of 0/1

    Returns
    -------
    ndarray (I, I), symmetric, in [0, 1], diagonal 1.

    Notes
    -----
    ``phi_pq = sum_c M_cp M_cq / max(k_p, k_q)`` with ubiquity ``k_p = sum_c M_cp``
    (``min{P(M_p | M_q), P(M_q | M_p)}``). 0 where both are absent everywhere.

    References
    ----------
    Hidalgo, C. A., Klinger, B., Barabási, A.-L., Hausmann, R. (2007). The product space
    conditions the development of nations. Science 317(5837), 482-487.

    Examples
    --------
    >>> proximity(np.array([[1, 1], [1, 0], [0, 1]])).tolist()
    [[1.0, 0.5], [0.5, 1.0]]
    """
    co: FloatArray
    if sp.issparse(mcp):
        m = sp.csr_array(mcp, dtype=np.float32)
        co = np.asarray((m.T @ m).toarray(), dtype=np.float64)
    else:
        dense = np.asarray(mcp, np.float32)
        co = np.asarray(dense.T @ dense, dtype=np.float64)
    k = np.diagonal(co).copy()
    den = np.maximum(k[:, None], k[None, :])
    phi: FloatArray = np.divide(co, den, out=np.zeros_like(co), where=den > 0)
    np.fill_diagonal(phi, 1.0)
    return phi


def density(mcp: np.ndarray, phi: np.ndarray) -> np.ndarray:
    """Density: share of an industry's neighbours (by proximity) present in the region.

    Notes
    -----
    ``omega_cp = sum_q M_cq phi_qp / sum_q phi_qp`` in [0, 1]; distance is ``1 - omega``.

    References
    ----------
    Hidalgo et al. (2007), Science 317, 482-487; Hausmann, R., Hidalgo, C. A. et al. (2014).
    The Atlas of Economic Complexity. MIT Press (distance).

    Examples
    --------
    >>> density(np.array([[1.0, 0.0]]), np.array([[1.0, 0.5], [0.5, 1.0]])).tolist()
    [[0.6666666666666666, 0.3333333333333333]]
    """
    out = np.asarray(mcp @ phi, dtype=np.float64)
    out /= phi.sum(axis=1)[None, :]
    return out


def _second_eigenvector(m: FloatArray | sp.csr_array, kc: FloatArray, kp: FloatArray
                        ) -> FloatArray:
    """Industry eigenvector of the 2nd largest eigenvalue of ``M~ = D_p^-1 M' D_c^-1 M``.

    ``M~`` is similar to the symmetric ``S = D_p^-1/2 M' D_c^-1 M D_p^-1/2``: with
    ``S v = l v``, ``k = D_p^-1/2 v`` is the eigenvector of ``M~``, scaled to unit length
    as ``numpy.linalg.eig`` returns it (COI and COG depend on that scale).
    """
    if sp.issparse(m):
        a = sp.diags_array(1.0 / np.sqrt(kc)) @ m @ sp.diags_array(1.0 / np.sqrt(kp))
        s = (a.T @ a).toarray()
    else:
        a = m / np.sqrt(kc)[:, None]
        a /= np.sqrt(kp)[None, :]
        s = a.T @ a
    from threadpoolctl import threadpool_limits

    n = s.shape[0]
    # One BLAS thread: LAPACK's tridiagonal reduction synchronises its threads at every
    # column, which on shared cores made eigh 15x slower (3.2 s against 0.2 s for
    # 1,000 industries); the products above keep every thread.
    with threadpool_limits(limits=1, user_api="blas"):
        _, vec = scipy.linalg.eigh(s, subset_by_index=[n - 2, n - 2], check_finite=False)
    k = vec[:, 0] / np.sqrt(kp)
    unit: FloatArray = k / np.linalg.norm(k)
    return unit


_SHAPES = {"rca": "RI", "mcp": "RI", "density": "RI", "cog": "RI", "diversity": "R",
           "eci": "R", "coi": "R", "ubiquity": "I", "pci": "I", "proximity": "II"}


def _outputs(n_r: int, n_i: int, n_t: int) -> dict[str, np.ndarray]:
    """Result arrays filled with nan (``mcp`` False), years on the last axis."""
    size = {"R": n_r, "I": n_i}
    out = {k: np.full((*(size[c] for c in v), n_t), np.nan) for k, v in _SHAPES.items()
           if k != "mcp"}
    out["mcp"] = np.zeros((n_r, n_i, n_t), dtype=bool)
    return out


#: One year's (R, I) values: a float ndarray or a scipy.sparse CSR array. SciPy ships no
#: type information, so mypy cannot tell the two apart: the branches below test which it is.
YearMatrix: TypeAlias = Any


def _year(x: YearMatrix, threshold: float, manual: bool, store: dict[str, np.ndarray],
          t: int) -> None:
    """All measures of year ``t`` on its active regions and industries (non-zero totals)."""
    r_tot = np.asarray(x.sum(axis=1)).ravel()
    i_tot = np.asarray(x.sum(axis=0)).ravel()
    rows, cols = np.flatnonzero(r_tot > 0), np.flatnonzero(i_tot > 0)
    n_r, n_i = x.shape
    out = {k: v[..., t] for k, v in store.items()}  # views into the result arrays
    if rows.size == 0 or cols.size == 0:
        return
    full = rows.size == n_r and cols.size == n_i
    if manual:
        sub = x[rows][:, cols] if sp.issparse(x) else x[np.ix_(rows, cols)]
        rca = sub.toarray() if sp.issparse(sub) else sub
        mask = rca > 0
        m = sp.csr_array(mask, dtype=np.float64) if sp.issparse(x) else mask.astype(np.float64)
    elif sp.issparse(x):
        sub = x[rows][:, cols] if not full else x
        coo = sub.tocoo()
        rca_nz = (coo.data / r_tot[rows][coo.row]) / (i_tot[cols][coo.col] / i_tot.sum())
        rca = np.zeros(sub.shape)
        rca[coo.row, coo.col] = rca_nz
        keep = rca_nz >= threshold
        m = sp.csr_array((np.ones(int(keep.sum())), (coo.row[keep], coo.col[keep])),
                         shape=sub.shape)
        mask = m.toarray().astype(bool)
    else:
        sub = x if full else x[np.ix_(rows, cols)]
        rca = revealed_comparative_advantage(sub)
        mask = rca >= threshold  # nan (no total) is never present
        m = mask.astype(np.float64)
    ix = np.ix_(rows, cols) if not full else (slice(None), slice(None))
    out["rca"][ix], out["mcp"][ix] = rca, mask
    del rca, sub
    got = _presence_measures(m, mask)
    out["density"][ix], out["cog"][ix] = got["density"], got["cog"]
    out["diversity"][rows], out["ubiquity"][cols] = got["kc"], got["kp"]
    out["eci"][rows], out["pci"][cols] = got["eci"], got["pci"]
    out["coi"][rows] = got["coi"]
    out["proximity"][np.ix_(cols, cols)] = got["phi"]


def _presence_measures(m: YearMatrix, mask: np.ndarray) -> dict[str, np.ndarray]:
    """Every measure that follows from one year's presence matrix ``m`` (float 0/1, dense
    or sparse CSR, active regions and industries only) and its boolean ``mask``: ``kc``,
    ``kp``, ``phi``, ``density``, ``cog``, and ``eci``, ``pci``, ``coi`` standardised.
    """
    kc = np.asarray(m.sum(axis=1)).ravel()
    kp = np.asarray(m.sum(axis=0)).ravel()
    phi = proximity(mask if not sp.issparse(m) else m)
    dens = density(m, phi)
    vr, vc = kc > 0, kp > 0
    eci = np.full(m.shape[0], np.nan)
    pci = np.full(m.shape[1], np.nan)
    if vr.sum() >= 2 and vc.sum() >= 2:
        if vr.all() and vc.all():
            mv = m  # no copy of the whole matrix when every region and industry is in
        else:
            mv = m[np.flatnonzero(vr)][:, np.flatnonzero(vc)] if sp.issparse(m) \
                else m[vr][:, vc]
        kp_vec = _second_eigenvector(mv, kc[vr], kp[vc])
        kc_vec = np.asarray(mv @ kp_vec) / kc[vr]
        del mv
        corr = np.corrcoef(kc[vr], kc_vec)[0, 1] if np.ptp(kc[vr]) > 0 else np.nan
        sign = -1.0 if corr < 0 else 1.0
        eci[vr], pci[vc] = sign * kc_vec, sign * kp_vec
    raw_pci = np.nan_to_num(pci)
    coi = np.where(mask, 0.0, dens) @ raw_pci
    q = phi * (raw_pci / phi.sum(axis=1))[:, None]
    cog = q.sum(axis=0)[None, :] - np.asarray(m @ q)
    cog[mask] = 0.0
    cog[:, ~vc] = np.nan
    mu, sd = (np.nanmean(eci), np.nanstd(eci)) if np.isfinite(eci).any() else (0.0, 0.0)
    if not sd > 1e-10:  # ECI undefined or all regions alike (up to rounding)
        mu, sd = np.nan, np.nan
    cog /= sd
    coi_sd = np.std(coi)
    return {"kc": kc, "kp": kp, "phi": phi, "density": dens, "cog": cog,
            "eci": (eci - mu) / sd, "pci": (pci - mu) / sd,
            "coi": (coi - np.mean(coi)) / coi_sd if coi_sd > 0 and sd > 0
            else np.full(coi.shape, np.nan)}


def criteria_at_threshold(rca: np.ndarray, threshold: float
                          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Density, COG (R, I, T) and PCI (I, T) at another RCA threshold, from the dense
    ``rca`` (R, I, T) of an :func:`economic_complexity` result.

    The same numbers as ``economic_complexity(x, threshold=threshold)`` gives for them
    (RCA does not depend on the threshold: only presence is taken again, and the
    measures follow by the same code), without computing RCA again or filling the other
    result arrays: the opportunities' rank intervals re-run it per threshold.

    >>> x = np.array([[5.0, 5, 5, 5], [0, 4, 4, 1], [0, 0, 3, 1], [0, 0, 0, 2]])
    >>> d, cog, pci = criteria_at_threshold(economic_complexity(x).rca, 1.5)
    >>> bool(np.allclose(d, economic_complexity(x, threshold=1.5).density))
    True
    """
    n_r, n_i, n_t = rca.shape
    dens = np.full(rca.shape, np.nan)
    cog = np.full(rca.shape, np.nan)
    pci = np.full((n_i, n_t), np.nan)
    for t in range(n_t):
        year = rca[:, :, t]
        defined = ~np.isnan(year)  # regions and industries of non-zero total
        rows = np.flatnonzero(defined.any(axis=1))
        cols = np.flatnonzero(defined.any(axis=0))
        if rows.size == 0 or cols.size == 0:
            continue
        full = rows.size == n_r and cols.size == n_i
        sub = year if full else year[np.ix_(rows, cols)]
        mask = sub >= threshold
        got = _presence_measures(mask.astype(np.float64), mask)
        ix = np.ix_(rows, cols) if not full else (slice(None), slice(None))
        dens[:, :, t][ix], cog[:, :, t][ix] = got["density"], got["cog"]
        pci[cols, t] = got["pci"]
    return dens, cog, pci


def economic_complexity(
    x: np.ndarray | sp.sparray | Sequence[sp.sparray],
    *,
    threshold: float = 1.0,
    presence: str = "rca",
) -> ComplexityResult:
    """RCA, Mcp, diversity, ubiquity, ECI, PCI, proximity, density, COI and COG at once.

    Parameters
    ----------
    x : ndarray (R, I, T) or (R, I), or a scipy.sparse (R, I) matrix, or a list of sparse
        matrices (one per year). Non-negative values (PDRB, employment, exports).
    threshold : RCA at or above which an industry counts as present (``M_cp = 1``);
        default 1.
    presence : ``"rca"`` (default): ``M_cp = [RCA_cp >= threshold]``; ``"manual"``: ``x``
        is the 0/1 matrix ``M`` itself (``rca`` then repeats it), as ecomplexity's
        ``presence_test="manual"``. (ecomplexity's ``"rpop"``, per capita, needs
        population data and is not offered.)

    Returns
    -------
    ComplexityResult (arrays indexed region, industry, year; ``distance = 1 - density``).

    Notes
    -----
    Per year, regions and industries with a zero total are set aside (nan), then:

    - ``RCA_cp`` (Balassa, the LQ against the sum of regions); ``M_cp = [RCA_cp >= t]``.
    - diversity ``k_c = sum_p M_cp``; ubiquity ``k_p = sum_c M_cp``.
    - PCI: the eigenvector ``K`` of the second largest eigenvalue of
      ``M~_pq = sum_c M_cp M_cq / (k_c k_p)``, unit length; ECI ``= sum_p M_cp K_p / k_c``;
      the sign makes ECI correlate positively with diversity. Both are then standardised
      with the ECI's mean and standard deviation (population sd):
      ``ECI = (e - mean e)/sd e``, ``PCI = (K - mean e)/sd e``.
    - proximity ``phi_pq = sum_c M_cp M_cq / max(k_p, k_q)``; density
      ``omega_cp = sum_q M_cq phi_qp / sum_q phi_qp``.
    - ``COI_c = sum_p omega_cp (1 - M_cp) K_p``, standardised across regions;
      ``COG_cp = (1 - M_cp) sum_q (1 - M_cq) phi_qp K_q / sum_r phi_qr``, divided by the
      ECI's sd. Both use the unit-length eigenvector ``K`` (as ecomplexity does).

    With a threshold above 1 some regions may have no industry present: their ECI is nan
    and the statistics use the others (ecomplexity returns nan for the whole year).

    References
    ----------
    Hidalgo, C. A., Hausmann, R. (2009). The building blocks of economic complexity. PNAS
    106(26), 10570-10575. Hausmann, R., Hidalgo, C. A. et al. (2014). The Atlas of Economic
    Complexity. MIT Press. Hidalgo et al. (2007). Science 317, 482-487 (proximity, density).

    Examples
    --------
    >>> x = np.array([[5.0, 5, 5, 5], [0, 4, 4, 1], [0, 0, 3, 1], [0, 0, 0, 2]])
    >>> res = economic_complexity(x)
    >>> res.diversity[:, 0].tolist()
    [1.0, 2.0, 1.0, 1.0]
    """
    if not np.isfinite(threshold) or threshold <= 0:
        raise ValueError(Msg("analysis.rca_threshold"))
    if presence not in ("rca", "manual"):
        raise ValueError(Msg("analysis.presence"))
    years = _as_years(x)
    manual = presence == "manual"
    if manual and any(
        np.any((d != 0) & (d != 1)) for d in (y.data if sp.issparse(y) else y for y in years)
    ):
        raise ValueError(Msg("analysis.presence_manual"))
    if any(np.any(np.asarray(y.data if sp.issparse(y) else y) < 0) for y in years):
        raise ValueError(Msg("analysis.complexity_negative"))
    n_r, n_i = years[0].shape
    store = _outputs(n_r, n_i, len(years))
    for t, y in enumerate(years):
        _year(y, threshold, manual, store, t)
    res = ComplexityResult(
        rca=store["rca"], mcp=store["mcp"], diversity=store["diversity"],
        ubiquity=store["ubiquity"], eci=store["eci"], pci=store["pci"],
        proximity=store["proximity"], density=store["density"], coi=store["coi"],
        cog=store["cog"], threshold=threshold)
    if store["ubiquity"].shape[0] < FEW_INDUSTRIES:
        res.warnings.append("few_industries")
    res.warnings.extend(
        f"eci_undefined:{t}" for t in range(len(years)) if np.isnan(store["eci"][:, t]).all()
    )
    return res
