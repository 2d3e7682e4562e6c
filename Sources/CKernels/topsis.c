#include "ckernels.h"

// Plain C: the reference the SIMD path must match (up to the rounding of fused multiply-add).
static void topsis_block_plain(const double *x, size_t ld, size_t rows, size_t n, const double *c, const double *a,
                               const double *b, double *dplus, double *dminus) {
    for (size_t i = 0; i < rows; i++) { dplus[i] = 0; dminus[i] = 0; }
    for (size_t j = 0; j < n; j++) {
        const double *col = x + j * ld;
        const double cj = c[j], aj = a[j], bj = b[j];
        for (size_t i = 0; i < rows; i++) {
            const double u = cj * (col[i] - aj), l = cj * (col[i] - bj);
            dplus[i] += u * u;
            dminus[i] += l * l;
        }
    }
}

#include <math.h>

static size_t topsis_finish_plain(double *dplus, double *dminus, size_t rows, double *out) {
    size_t degenerate = 0;
    for (size_t i = 0; i < rows; i++) {
        const double p = sqrt(dplus[i]), q = sqrt(dminus[i]);
        dplus[i] = p;
        dminus[i] = q;
        if (p + q > 0) out[i] = q / (p + q); else { out[i] = 0; degenerate++; }
    }
    return degenerate;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

__attribute__((target("avx2,fma")))
static size_t topsis_finish_avx2(double *dplus, double *dminus, size_t rows, double *out) {
    size_t i = 0, degenerate = 0;
    const __m256d zero = _mm256_setzero_pd();
    for (; i + 4 <= rows; i += 4) {
        const __m256d p = _mm256_sqrt_pd(_mm256_loadu_pd(dplus + i)), q = _mm256_sqrt_pd(_mm256_loadu_pd(dminus + i));
        const __m256d s = _mm256_add_pd(p, q);
        _mm256_storeu_pd(dplus + i, p);
        _mm256_storeu_pd(dminus + i, q);
        const __m256d zeroSum = _mm256_cmp_pd(s, zero, _CMP_LE_OQ);
        degenerate += (size_t)__builtin_popcount((unsigned)_mm256_movemask_pd(zeroSum));
        _mm256_storeu_pd(out + i, _mm256_andnot_pd(zeroSum, _mm256_div_pd(q, s)));
    }
    return degenerate + topsis_finish_plain(dplus + i, dminus + i, rows - i, out + i);
}

__attribute__((target("avx2,fma")))
static void topsis_block_avx2(const double *x, size_t ld, size_t rows, size_t n, const double *c, const double *a,
                              const double *b, double *dplus, double *dminus) {
    // Columns in groups of at most 8, so that few memory streams run at once; sixteen rows at a time with the
    // sums in registers, added to the block's running sums after each group.
    const size_t whole = rows - rows % 16;
    for (size_t i = 0; i < rows; i++) { dplus[i] = 0; dminus[i] = 0; }
    for (size_t j0 = 0; j0 < n; j0 += 8) {
        const size_t j1 = j0 + 8 < n ? j0 + 8 : n;
        for (size_t i = 0; i < whole; i += 16) {
            __m256d p0 = _mm256_loadu_pd(dplus + i), p1 = _mm256_loadu_pd(dplus + i + 4);
            __m256d p2 = _mm256_loadu_pd(dplus + i + 8), p3 = _mm256_loadu_pd(dplus + i + 12);
            __m256d q0 = _mm256_loadu_pd(dminus + i), q1 = _mm256_loadu_pd(dminus + i + 4);
            __m256d q2 = _mm256_loadu_pd(dminus + i + 8), q3 = _mm256_loadu_pd(dminus + i + 12);
            for (size_t j = j0; j < j1; j++) {
                const double *col = x + j * ld + i;
                const __m256d cj = _mm256_set1_pd(c[j]), aj = _mm256_set1_pd(c[j] * a[j]), bj = _mm256_set1_pd(c[j] * b[j]);
                const __m256d y0 = _mm256_mul_pd(cj, _mm256_loadu_pd(col)), y1 = _mm256_mul_pd(cj, _mm256_loadu_pd(col + 4));
                const __m256d y2 = _mm256_mul_pd(cj, _mm256_loadu_pd(col + 8)), y3 = _mm256_mul_pd(cj, _mm256_loadu_pd(col + 12));
                __m256d u;
                u = _mm256_sub_pd(y0, aj); p0 = _mm256_fmadd_pd(u, u, p0);
                u = _mm256_sub_pd(y1, aj); p1 = _mm256_fmadd_pd(u, u, p1);
                u = _mm256_sub_pd(y2, aj); p2 = _mm256_fmadd_pd(u, u, p2);
                u = _mm256_sub_pd(y3, aj); p3 = _mm256_fmadd_pd(u, u, p3);
                u = _mm256_sub_pd(y0, bj); q0 = _mm256_fmadd_pd(u, u, q0);
                u = _mm256_sub_pd(y1, bj); q1 = _mm256_fmadd_pd(u, u, q1);
                u = _mm256_sub_pd(y2, bj); q2 = _mm256_fmadd_pd(u, u, q2);
                u = _mm256_sub_pd(y3, bj); q3 = _mm256_fmadd_pd(u, u, q3);
            }
            _mm256_storeu_pd(dplus + i, p0); _mm256_storeu_pd(dplus + i + 4, p1);
            _mm256_storeu_pd(dplus + i + 8, p2); _mm256_storeu_pd(dplus + i + 12, p3);
            _mm256_storeu_pd(dminus + i, q0); _mm256_storeu_pd(dminus + i + 4, q1);
            _mm256_storeu_pd(dminus + i + 8, q2); _mm256_storeu_pd(dminus + i + 12, q3);
        }
        for (size_t j = j0; j < j1; j++) {
            const double *col = x + j * ld;
            for (size_t i = whole; i < rows; i++) {
                const double u = c[j] * (col[i] - a[j]), l = c[j] * (col[i] - b[j]);
                dplus[i] += u * u;
                dminus[i] += l * l;
            }
        }
    }
}

size_t ck_topsis_finish(double *dplus, double *dminus, size_t rows, double *out) {
    return ck_has_avx2_fma() ? topsis_finish_avx2(dplus, dminus, rows, out) : topsis_finish_plain(dplus, dminus, rows, out);
}

void ck_topsis_block(const double *x, size_t ld, size_t rows, size_t n, const double *c, const double *a,
                     const double *b, double *dplus, double *dminus) {
    if (ck_has_avx2_fma()) topsis_block_avx2(x, ld, rows, n, c, a, b, dplus, dminus);
    else topsis_block_plain(x, ld, rows, n, c, a, b, dplus, dminus);
}
#else
size_t ck_topsis_finish(double *dplus, double *dminus, size_t rows, double *out) {
    return topsis_finish_plain(dplus, dminus, rows, out);
}

void ck_topsis_block(const double *x, size_t ld, size_t rows, size_t n, const double *c, const double *a,
                     const double *b, double *dplus, double *dminus) {
    topsis_block_plain(x, ld, rows, n, c, a, b, dplus, dminus);
}
#endif
