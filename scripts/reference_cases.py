#!/usr/bin/env python3
"""Independent reference results for the MCDA core, written with numpy from the formulas of
docs/decision-problems.md and the methods' papers (not from the Swift code), and cross-checked against pymcdm where its conventions
coincide (its COPRAS adds cost sums, so it is not used there).

    python3 scripts/reference_cases.py > Tests/MCDATests/Fixtures/reference-cases.json

Needs numpy; pymcdm (pip install pymcdm==1.4.0) is optional and only used for the cross-check.
"""
import json, sys
import numpy as np

rng = np.random.default_rng(20261126)

def vector(x, cost):  n = np.sqrt((x**2).sum()); return 1 - x/n if cost else x/n
def minmax(x, cost):
    lo, hi = x.min(), x.max()
    if hi == lo: return np.ones_like(x)
    return (hi - x)/(hi - lo) if cost else (x - lo)/(hi - lo)
def maxn(x, cost): return 1 - x/x.max() if cost else x/x.max()
def sumn(x, cost): return (1/x)/(1/x).sum() if cost else x/x.sum()
def linear(x, cost): return x.min()/x if cost else x/x.max()
NORMS = dict(vector=vector, minmax=minmax, max=maxn, sum=sumn, linear=linear)

def norm_matrix(X, cost, name, directional=True):
    return np.column_stack([NORMS[name](X[:, j], cost[j] and directional) for j in range(X.shape[1])])

def wsm(X, w, cost, nm): return norm_matrix(X, cost, nm) @ w
def wpm(X, w, cost, nm): return np.prod(norm_matrix(X, cost, nm) ** w, axis=1)
def waspas(X, w, cost, nm, lam=0.5):
    R = norm_matrix(X, cost, nm); return lam * (R @ w) + (1 - lam) * np.prod(R ** w, axis=1)
def topsis(X, w, cost, nm):
    V = norm_matrix(X, cost, nm) * w
    dp = np.sqrt(((V - V.max(0))**2).sum(1)); dm = np.sqrt(((V - V.min(0))**2).sum(1))
    return dm / (dp + dm)
def vikor(X, w, cost, v=0.5):
    best = np.where(cost, X.min(0), X.max(0)); worst = np.where(cost, X.max(0), X.min(0))
    D = w * (best - X) / (best - worst)
    S, R = D.sum(1), D.max(1)
    return v*(S - S.min())/(S.max() - S.min()) + (1 - v)*(R - R.min())/(R.max() - R.min()), S, R
def pref(d, f):
    name = f["function"]
    d = np.asarray(d, float)
    if name == "usual": return (d > 0).astype(float)
    if name == "ushape": return (d > f["q"]).astype(float)
    if name == "vshape": return np.where(d <= 0, 0, np.where(d <= f["p"], d / f["p"], 1))
    if name == "level": return np.where(d <= f["q"], 0, np.where(d <= f["p"], 0.5, 1))
    if name == "linear": return np.where(d <= f["q"], 0, np.where(d <= f["p"], (d - f["q"])/(f["p"] - f["q"]), 1))
    if name == "gaussian": return np.where(d <= 0, 0, 1 - np.exp(-d**2/(2*f["s"]**2)))
def promethee2(X, w, cost, prefs):
    m = X.shape[0]; P = np.zeros((m, m))
    for j in range(X.shape[1]):
        sign = -1 if cost[j] else 1
        D = sign * (X[:, j][:, None] - X[:, j][None, :])
        P += w[j] * pref(D, prefs[j])
    np.fill_diagonal(P, 0)
    return (P.sum(1) - P.sum(0)) / (m - 1)
def copras(X, w, cost):
    D = X / X.sum(0) * w
    Sp, Sm = D[:, ~cost].sum(1), D[:, cost].sum(1)
    return Sp + Sm.sum() / (Sm * (1/Sm).sum())
def edas(X, w, cost):
    av = X.mean(0)
    pda = np.where(cost, np.maximum(0, av - X), np.maximum(0, X - av)) / av
    nda = np.where(cost, np.maximum(0, X - av), np.maximum(0, av - X)) / av
    sp, sn = (pda * w).sum(1), (nda * w).sum(1)
    return (sp/sp.max() + 1 - sn/sn.max())/2
def moora(X, w, cost):
    V = X / np.sqrt((X**2).sum(0)) * w
    return V[:, ~cost].sum(1) - V[:, cost].sum(1)
def aras(X, w, cost):
    opt = np.where(cost, X.min(0), X.max(0))
    E = np.vstack([opt, X]); S = norm_matrix(E, cost, "sum") @ w
    return S[1:] / S[0]
def mabac(X, w, cost):
    V = (norm_matrix(X, cost, "minmax") + 1) * w
    G = np.prod(V, 0) ** (1 / X.shape[0])
    return (V - G).sum(1)
def spotis(X, w, cost, bounds):
    lo, hi = bounds[:, 0], bounds[:, 1]
    ideal = np.where(cost, lo, hi)
    return (w * np.abs(X - ideal) / (hi - lo)).sum(1)

def w_entropy(X):
    P = X / X.sum(0); m = X.shape[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        L = np.where(P > 0, P * np.log(P), 0)
    e = -L.sum(0) / np.log(m); d = 1 - e; return d / d.sum()
def w_std(X): s = X.std(0, ddof=1); return s / s.sum()
def w_critic(X, cost):
    R = norm_matrix(X, cost, "minmax"); s = R.std(0, ddof=1); C = np.corrcoef(R, rowvar=False)
    c = s * (1 - C).sum(0); return c / c.sum()
def w_gini(X):
    m = X.shape[0]
    g = np.array([np.abs(X[:, j][:, None] - X[:, j][None, :]).sum() / (2 * m * m * X[:, j].mean()) for j in range(X.shape[1])])
    return g / g.sum()
def w_merec(X, cost):
    N = np.where(cost, X / X.max(0), X.min(0) / X); n = X.shape[1]
    A = np.abs(np.log(N)); S = np.log(1 + A.sum(1) / n)
    Sp = np.log(1 + (A.sum(1)[:, None] - A) / n)
    E = np.abs(Sp - S[:, None]).sum(0); return E / E.sum()

def ahp_eig(A):
    vals, vecs = np.linalg.eig(A); k = np.argmax(vals.real)
    v = vecs[:, k].real; return v / v.sum(), vals[k].real

def competition_ranks(scores, ascending):
    s = np.asarray(scores); order = sorted(range(len(s)), key=lambda i: (s[i] if ascending else -s[i], i))
    ranks = [0]*len(s); start = 0; scale = np.abs(s).max()
    for pos, i in enumerate(order):
        if pos > 0:
            lead = s[order[start]]
            if abs(lead - s[i]) > 1e-9 * max(abs(lead), abs(s[i]), scale): start = pos
        ranks[i] = start + 1
    return ranks

FUNCS = ["usual", "ushape", "vshape", "level", "linear", "gaussian"]

def random_pref(col):
    spread = col.max() - col.min() or 1.0
    f = FUNCS[rng.integers(len(FUNCS))]
    q, p = 0.1 * spread, 0.5 * spread
    return {"usual": {"function": "usual"}, "ushape": {"function": "ushape", "q": q}, "vshape": {"function": "vshape", "p": p},
            "level": {"function": "level", "q": q, "p": p}, "linear": {"function": "linear", "q": q, "p": p},
            "gaussian": {"function": "gaussian", "s": 0.3 * spread}}[f]

def case(k):
    m, n = int(rng.integers(4, 31)), int(rng.integers(2, 9))
    X = np.round(rng.uniform(1, 100, size=(m, n)), 2)
    if k % 5 == 0: X[:, 0] = np.round(rng.integers(1, 6, size=m).astype(float), 0)  # ties-prone Likert column
    cost = rng.random(n) < 0.4
    cost[0] = False
    if not cost.any(): cost[-1] = True
    w = rng.dirichlet(np.ones(n))
    bounds = np.column_stack([X.min(0) - rng.uniform(0, 5, n), X.max(0) + rng.uniform(0, 5, n)])
    prefs = [random_pref(X[:, j]) for j in range(n)]
    crit = [{"id": f"c{j+1}", "direction": "cost" if cost[j] else "benefit", "weight": float(w[j]),
             "preference": prefs[j], "bounds": [float(bounds[j, 0]), float(bounds[j, 1])]} for j in range(n)]
    problem = {"schemaVersion": "1.0", "kind": "decisionProblem", "criteria": crit,
               "alternatives": [{"id": f"a{i+1}", "values": {f"c{j+1}": float(X[i, j]) for j in range(n)}} for i in range(m)]}
    res = {}
    for nm in NORMS:
        res[f"wsm/{nm}"] = wsm(X, w, cost, nm)
        res[f"topsis/{nm}"] = topsis(X, w, cost, nm)
    res["wpm/sum"] = wpm(X, w, cost, "sum"); res["wpm/linear"] = wpm(X, w, cost, "linear")
    res["waspas/linear"] = waspas(X, w, cost, "linear"); res["waspas/sum"] = waspas(X, w, cost, "sum")
    q, S, R = vikor(X, w, cost); res["vikor"] = q
    res["promethee2"] = promethee2(X, w, cost, prefs)
    res["copras"] = copras(X, w, cost); res["edas"] = edas(X, w, cost); res["moora"] = moora(X, w, cost)
    res["aras"] = aras(X, w, cost); res["mabac"] = mabac(X, w, cost); res["spotis"] = spotis(X, w, cost, bounds)
    weights = {"equal": np.ones(n) / n, "entropy": w_entropy(X), "std": w_std(X), "critic": w_critic(X, cost),
               "gini": w_gini(X), "merec": w_merec(X, cost)}
    out = {"problem": problem,
           "scores": {k: [float(x) for x in v] for k, v in res.items()},
           "ranks": {k: competition_ranks(v, k.startswith(("vikor", "spotis"))) for k, v in res.items()},
           "vikorS": [float(x) for x in S], "vikorR": [float(x) for x in R],
           "weights": {k: [float(x) for x in v] for k, v in weights.items()}}
    cross_check(X, w, cost, prefs, bounds, res, weights)
    return out

def cross_check(X, w, cost, prefs, bounds, res, weights):
    try:
        from pymcdm import methods as M, normalizations as N, weights as W
    except ImportError:
        return
    t = np.where(cost, -1, 1)
    checks = {
        "topsis/vector": M.TOPSIS(N.vector_normalization)(X, w, t), "topsis/minmax": M.TOPSIS()(X, w, t),
        "wsm/sum": M.WSM()(X, w, t), "wpm/sum": M.WPM()(X, w, t), "waspas/linear": M.WASPAS()(X, w, t),
        "vikor": M.VIKOR()(X, w, t), "edas": M.EDAS()(X, w, t), "moora": M.MOORA()(X, w, t),
        "aras": M.ARAS()(X, w, t), "mabac": M.MABAC()(X, w, t), "spotis": M.SPOTIS(bounds.copy())(X, w, t),
    }
    for k, v in checks.items():
        if not np.allclose(v, res[k], rtol=1e-9, atol=1e-12):
            print(f"pymcdm disagrees on {k}: {v} vs {res[k]}", file=sys.stderr)
    wchecks = {"entropy": W.entropy_weights(X), "std": W.standard_deviation_weights(X), "gini": W.gini_weights(X),
               "merec": W.merec_weights(X, t)}
    # Not compared: pymcdm's CRITIC min-max ignores directions (the spec follows Diakoulaki 1995), and its COPRAS
    # adds the cost sums (a known defect).
    for k, v in wchecks.items():
        if not np.allclose(v, weights[k], rtol=1e-9, atol=1e-12):
            print(f"pymcdm disagrees on {k} weights: {v} vs {weights[k]}", file=sys.stderr)

def ahp_case(k):
    n = int(rng.integers(3, 11))
    saaty = [1/9, 1/8, 1/7, 1/6, 1/5, 1/4, 1/3, 1/2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    A = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a = saaty[rng.integers(len(saaty))] if k % 2 == 0 else float(np.exp(rng.normal(0, 1.2)))  # non-Saaty
            A[i, j], A[j, i] = a, 1 / a
    w, lam = ahp_eig(A)
    g = np.exp(np.log(A).mean(1)); g /= g.sum()
    return {"items": [f"i{j+1}" for j in range(n)], "matrix": A.tolist(), "weights": w.tolist(), "lambdaMax": float(lam),
            "geometricMean": g.tolist()}

if __name__ == "__main__":
    doc = {"generator": "scripts/reference_cases.py", "seed": 20261126, "tolerance": 1e-9,
           "cases": [case(k) for k in range(30)], "ahp": [ahp_case(k) for k in range(16)]}
    json.dump(doc, sys.stdout, indent=1)
