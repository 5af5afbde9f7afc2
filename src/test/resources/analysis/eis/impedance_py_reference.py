"""Reference values for EisRealSpectraTests and EisLinKkTests, and the scipy timing quoted in README.md.

impedance.py (ECSHackWeek/impedance.py) cannot be installed here, so this script hands scipy exactly the problem
impedance.py's circuit_fit hands it: Re and Im stacked, unweighted (or sigma = |Z|), default bounds [0, inf) with a
CPE's alpha in [0, 1], curve_fit(..., maxfev=1e5, ftol=1e-13); and it runs the linear Lin-KK regression of
impedance.py's validation.linKK. Element formulas as impedance.py's elements.py. It reproduces the values
impedance.py's own tests assert on exampleData.csv (Randles to 7 digits). Starting values are chosen by hand, not
taken from the Java fitter.

    python3 impedance_py_reference.py [--benchmark]     # numpy, scipy; fixtures from ../shared or LILIMS_FIXTURES_DIR
"""
import os
import re
import sys
import time

import numpy as np
from scipy.optimize import curve_fit

ROOT = os.environ.get('LILIMS_FIXTURES_DIR', '../shared/fixtures/instrument-data')
COUNT = {'R': 1, 'C': 1, 'L': 1, 'W': 1, 'CPE': 2, 'Wo': 2, 'Ws': 2}


def element(kind, p, w):
    if kind == 'R':
        return np.full(len(w), p[0] + 0j)
    if kind == 'C':
        return 1 / (p[0] * 1j * w)
    if kind == 'L':
        return p[0] * 1j * w
    if kind == 'W':
        return p[0] * (1 - 1j) / np.sqrt(w)
    if kind == 'CPE':
        return 1 / (p[0] * (1j * w) ** p[1])
    s = np.sqrt(1j * w * p[1])
    return p[0] / (s * np.tanh(s)) if kind == 'Wo' else p[0] * np.tanh(s) / s


def parse(text):
    at = [0]

    def series():
        parts = [term()]
        while at[0] < len(text) and text[at[0]] == '-':
            at[0] += 1
            parts.append(term())
        return ('s', parts)

    def term():
        if text.startswith('p(', at[0]):
            at[0] += 2
            parts = [series()]
            while text[at[0]] == ',':
                at[0] += 1
                parts.append(series())
            at[0] += 1
            return ('p', parts)
        m = re.match(r'(CPE|Wo|Ws|R|C|L|W)[0-9_]*', text[at[0]:])
        at[0] += m.end()
        return ('e', m.group(1), m.group(0))

    return series()


def names(node):
    if node[0] == 'e':
        n = COUNT[node[1]]
        return [node[2]] if n == 1 else [f'{node[2]}_{i}' for i in range(n)]
    return [x for part in node[1] for x in names(part)]


def impedance(node, p, w, i=0):
    if node[0] == 'e':
        n = COUNT[node[1]]
        return element(node[1], p[i:i + n], w), i + n
    zs = []
    for part in node[1]:
        z, i = impedance(part, p, w, i)
        zs.append(z)
    return (sum(zs) if node[0] == 's' else 1 / sum(1 / z for z in zs)), i


def fit(circuit, f, Z, guess, weighted=False, **kwargs):
    node = parse(circuit)
    w = 2 * np.pi * f
    upper = [1 if n.startswith('CPE') and n.endswith('_1') else np.inf for n in names(node)]

    def model(_, *p):
        z = impedance(node, p, w)[0]
        return np.hstack([z.real, z.imag])

    sigma = np.hstack([abs(Z), abs(Z)]) if weighted else None
    popt, pcov = curve_fit(model, f, np.hstack([Z.real, Z.imag]), p0=guess, sigma=sigma,
                           bounds=([0] * len(upper), upper), maxfev=100000, ftol=1e-13, **kwargs)
    chi2 = ((model(None, *popt) - np.hstack([Z.real, Z.imag])) ** 2).sum()
    return names(node), popt, np.sqrt(np.diag(pcov)), chi2


def show(label, circuit, f, Z, guess, **kwargs):
    n, p, e, chi2 = fit(circuit, f, Z, guess, **kwargs)
    print(f'{label}: {circuit}, {len(f)} points, chi2 {chi2:.9e}, rmse {np.sqrt(chi2 / len(f)):.6g}')
    for a, b, x in zip(n, p, e):
        print(f'    {a:8s} {b:.9e} +- {x:.4e}')


def lin_kk(f, Z, c=0.85, max_m=50, kind='real', cap=False):
    def taus(m):
        t_min, t_max = 1 / (2 * np.pi * f.max()), 1 / (2 * np.pi * f.min())
        return np.array([t_max]) if m == 1 else t_min * (t_max / t_min) ** (np.arange(m) / (m - 1))

    def once(m):
        w, t, a = 2 * np.pi * f, taus(m), abs(Z)
        cols = m + (3 if cap else 2)
        are, aim = np.zeros((len(f), cols)), np.zeros((len(f), cols))
        are[:, 0], aim[:, -1] = 1 / a, w / a
        if cap:
            aim[:, -2] = -1 / (w * a)
        for k, tk in enumerate(t):
            rc = 1 / (1 + 1j * w * tk)
            are[:, k + 1], aim[:, k + 1] = rc.real / a, rc.imag / a
        if kind == 'real':
            x = np.linalg.pinv(are).dot(Z.real / a)
            rest = (Z.imag / a - aim[:, 1:m + 1].dot(x[1:m + 1]))
            x[-(2 if cap else 1):] = np.linalg.pinv(aim[:, -(2 if cap else 1):]).dot(rest)
        else:
            x = np.linalg.inv(are.T.dot(are) + aim.T.dot(aim)).dot(are.T.dot(Z.real / a) + aim.T.dot(Z.imag / a))
        rk = x[1:m + 1]
        mu = 1 - -rk[rk < 0].sum() / rk[rk >= 0].sum()
        r = (Z / a) - (are.dot(x) + 1j * aim.dot(x))
        return m, mu, x, r

    for m in range(1, max_m + 1):
        result = once(m)
        if result[1] <= c:
            break
    return result


def show_lin_kk(label, f, Z, **kwargs):
    m, mu, x, r = lin_kk(f, Z, **kwargs)
    print(f'{label} lin-KK {kwargs}: M {m}, mu {mu:.10f}, R0 {x[0]:.10e}, L {x[-1]:.10e}, '
          f'max |residual| {np.abs(np.r_[r.real, r.imag]).max():.6e}')


def csv(path):
    d = np.genfromtxt(os.path.join(ROOT, path), delimiter=',')
    return d[:, 0], d[:, 1] + 1j * d[:, 2]


def mpt(path):
    lines = open(os.path.join(ROOT, path), encoding='latin-1').read().splitlines()
    n = int([x for x in lines[:5] if 'header lines' in x][0].split(':')[1])
    header = lines[n - 1].split('\t')
    a = np.array([[float(v) for v in x.replace(',', '.').split('\t')[:len(header) - 1]] for x in lines[n:] if x])
    col = header.index
    cycle = a[:, col('cycle number')]
    return a[:, col('freq/Hz')], a[:, col('Re(Z)/Ohm')] - 1j * a[:, col('-Im(Z)/Ohm')], cycle


def maccor(path):
    rows = []
    for x in open(os.path.join(ROOT, path), encoding='latin-1').read().splitlines()[12:]:
        cells = x.split('\t')
        try:
            rows.append([float(cells[0]), float(cells[3]), float(cells[4])])
        except (ValueError, IndexError):
            pass
    a = np.array(rows)
    return a[:, 0], a[:, 1] + 1j * a[:, 2]


def references():
    f, Z = csv('eis_csv/impedance.py/exampleData.csv')
    f, Z = f[Z.imag < 0], Z[Z.imag < 0]
    show('exampleData', 'R0-p(R1,C1)-Wo1', f, Z, [.01, .005, .1, .01, 200])
    show('exampleData', 'R0-p(R1,C1)-p(R2-Wo1,C2)', f, Z, [.01, .01, 100, .01, .05, 100, 1])
    show('exampleData, xtol = gtol = 1e-15', 'R0-p(R1,C1)-p(R2-Wo1,C2)', f, Z, [.01, .01, 100, .01, .05, 100, 1],
         xtol=1e-15, gtol=1e-15)
    show('exampleData, sigma |Z|', 'R0-p(R1,C1)-p(R2-Wo1,C2)', f, Z, [.01, .01, 100, .01, .05, 100, 1],
         weighted=True)
    show('exampleData', 'R0-p(R1,CPE1)-W1', f, Z, [0.01, 0.01, 1, 0.8, 0.001])
    show_lin_kk('exampleData', f, Z)
    show_lin_kk('exampleData', f, Z, kind='complex')
    show_lin_kk('exampleData', f, Z, c=.5, max_m=100, kind='complex', cap=True)
    f, Z, _ = mpt('biologic/impedance.py/exampleDataBioLogic.mpt')
    show('exampleDataBioLogic', 'R0-p(R1,CPE1)-W1', f, Z, [60, 40, 0.01, 0.9, 1])
    show_lin_kk('exampleDataBioLogic', f, Z)
    show_lin_kk('exampleDataBioLogic', f, Z, c=.5, max_m=100, kind='complex', cap=True)
    f, Z, _ = mpt('biologic/pyimpspec/data.mpt')
    show('pyimpspec data', 'R0-p(R1,CPE1)-W1', f, Z, [100, 300, 1e-6, 0.85, 100])
    show('pyimpspec data', 'R0-p(R1,CPE1)-p(R2,CPE2)', f, Z, [100, 200, 1e-6, 0.9, 300, 1e-4, 0.8])
    show_lin_kk('pyimpspec data', f, Z)
    show_lin_kk('pyimpspec data', f, Z, c=.5, max_m=100, kind='complex', cap=True)
    f, Z, _ = mpt('biologic/yadg/peis.mpt')
    for guess in ([10, 10, 1e-3, 0.9, 1], [10, 5, 1e-3, 0.9, 1], [10, 30, 1e-3, 0.8, 3]):
        show('yadg peis', 'R0-p(R1,CPE1)-W1', f, Z, guess)
    f, Z, cycle = mpt('biologic/yadg/geis.mpt')
    for number in (1, 30):
        keep = (cycle == number) & (f > 0) & (f <= 1e5)
        show(f'geis spectrum {number} <= 100 kHz', 'R0-p(R1,CPE1)-W1', f[keep], Z[keep], [8, 130, 1e-5, 0.85, 5])
    f, Z = maccor('maccor/beep/maccor_test_file_4267-66-6519.EDA0001.041')
    show('MACCOR EIS', 'R0-p(R1,CPE1)-W1', f, Z, [0.5, 20, 1e-6, 0.85, 2])


def benchmark():
    """100 spectra like EisFitBenchmark's, fitted from starting values near the truth."""
    rng = np.random.default_rng(1)
    f = 1e5 * np.exp(np.arange(60) * np.log(1e-7) / 59)
    node = parse('R0-p(R1,CPE1)-W1')
    cases = []
    for _ in range(100):
        p = [1 + 9 * rng.random(), 20 + 180 * rng.random(), 5e-6 * 10 ** rng.random(), 0.75 + 0.2 * rng.random(),
             5 + 25 * rng.random()]
        z = impedance(node, p, 2 * np.pi * f)[0]
        sd = 0.005 * abs(z)
        cases.append((z + sd * rng.standard_normal(60) + 1j * sd * rng.standard_normal(60),
                      [p[0] * 1.3, p[1] * 0.7, p[2] * 2, 0.85, p[4] * 1.5]))
    for _ in range(3):
        start = time.perf_counter()
        for z, guess in cases:
            fit('R0-p(R1,CPE1)-W1', f, z, guess)
        print(f'scipy curve_fit, impedance.py objective: {(time.perf_counter() - start) * 10:.2f} ms per spectrum')


if __name__ == '__main__':
    benchmark() if '--benchmark' in sys.argv else references()
