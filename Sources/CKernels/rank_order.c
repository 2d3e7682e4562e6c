#include "ckernels.h"

/* Words of the scores: key · 2³² + index, with key k_i = trunc((x_i − origin) · factor), origin the minimum and
   factor = K / range for the ascending order, origin the maximum and factor = −K / range for the descending one
   (K = 2³¹ − 128), so every key lies in [0, 2³¹) and the map is monotone: a better score never gets a larger key.
   Subtraction, multiplication and truncation are the same IEEE operations in both paths below, so they give the
   same words. */
static void rank_words_plain(const double *x, size_t m, int descending, uint64_t *words) {
    double lo0 = x[0], hi0 = x[0], lo1 = x[0], hi1 = x[0];
    size_t i = 0;
    for (; i + 2 <= m; i += 2) {
        lo0 = x[i] < lo0 ? x[i] : lo0; hi0 = x[i] > hi0 ? x[i] : hi0;
        lo1 = x[i + 1] < lo1 ? x[i + 1] : lo1; hi1 = x[i + 1] > hi1 ? x[i + 1] : hi1;
    }
    for (; i < m; i++) { lo0 = x[i] < lo0 ? x[i] : lo0; hi0 = x[i] > hi0 ? x[i] : hi0; }
    const double lo = lo0 < lo1 ? lo0 : lo1, hi = hi0 > hi1 ? hi0 : hi1, range = hi - lo;
    const double scale = range > 0 ? 2147483520.0 / range : 0;
    const double origin = descending ? hi : lo, factor = descending ? -scale : scale;
    for (i = 0; i < m; i++) words[i] = (uint64_t)(uint32_t)(int32_t)((x[i] - origin) * factor) << 32 | i;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

__attribute__((target("avx2")))
static void rank_words_avx2(const double *x, size_t m, int descending, uint64_t *words) {
    if (m < 8) { rank_words_plain(x, m, descending, words); return; }
    __m256d lo = _mm256_loadu_pd(x), hi = lo;
    size_t i = 4;
    for (; i + 4 <= m; i += 4) {
        const __m256d v = _mm256_loadu_pd(x + i);
        lo = _mm256_min_pd(lo, v);
        hi = _mm256_max_pd(hi, v);
    }
    double l[4], h[4];
    _mm256_storeu_pd(l, lo);
    _mm256_storeu_pd(h, hi);
    double low = l[0], high = h[0];
    for (int t = 1; t < 4; t++) { low = l[t] < low ? l[t] : low; high = h[t] > high ? h[t] : high; }
    for (; i < m; i++) { low = x[i] < low ? x[i] : low; high = x[i] > high ? x[i] : high; }
    const double range = high - low, scale = range > 0 ? 2147483520.0 / range : 0;
    const __m256d origin = _mm256_set1_pd(descending ? high : low), factor = _mm256_set1_pd(descending ? -scale : scale);
    __m256i index = _mm256_setr_epi64x(0, 1, 2, 3);
    const __m256i four = _mm256_set1_epi64x(4);
    for (i = 0; i + 4 <= m; i += 4) {
        const __m256d y = _mm256_mul_pd(_mm256_sub_pd(_mm256_loadu_pd(x + i), origin), factor);
        const __m256i keys = _mm256_cvtepu32_epi64(_mm256_cvttpd_epi32(y));
        _mm256_storeu_si256((__m256i *)(words + i), _mm256_or_si256(_mm256_slli_epi64(keys, 32), index));
        index = _mm256_add_epi64(index, four);
    }
    const double o = descending ? high : low, f = descending ? -scale : scale;
    for (; i < m; i++) words[i] = (uint64_t)(uint32_t)(int32_t)((x[i] - o) * f) << 32 | i;
}
#endif

static void rank_words(const double *x, size_t m, int descending, uint64_t *words, int simd) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (simd) { rank_words_avx2(x, m, descending, words); return; }
#endif
    (void)simd;
    rank_words_plain(x, m, descending, words);
}

/* Whether the alternative in word p goes before the one in word q: smaller key, or on equal keys (rare) the
   better exact score, or on equal scores the smaller index. */
static inline int goes_before(uint64_t p, uint64_t q, const double *x, int descending) {
    if ((p >> 32) != (q >> 32)) return (p >> 32) < (q >> 32);
    const double u = x[(uint32_t)p], v = x[(uint32_t)q];
    if (u != v) return descending ? u > v : u < v;
    return (uint32_t)p < (uint32_t)q;
}

/* Places a[x] among a[0..x] (which are in order) and writes the order as it goes; returns the shifts made. */
static inline size_t insert_at(size_t x, uint64_t *a, int32_t *order, const double *scores, int descending) {
    const uint64_t w = a[x];
    if (!goes_before(w, a[x - 1], scores, descending)) { order[x] = (int32_t)(uint32_t)w; return 0; }
    size_t shifts = 0;
    ptrdiff_t y = (ptrdiff_t)x - 1;
    while (y >= 0 && goes_before(w, a[y], scores, descending)) { a[y + 1] = a[y]; order[y + 1] = order[y]; y--; shifts++; }
    a[y + 1] = w;
    order[y + 1] = (int32_t)(uint32_t)w;
    return shifts;
}

/* The insertion pass from position x on; 0 when it would shift more than `budget` words. */
static int insertion_pass(size_t x, uint64_t *a, size_t m, int32_t *order, const double *scores, int descending, size_t budget) {
    size_t shifts = 0;
    for (; x < m; x++) {
        shifts += insert_at(x, a, order, scores, descending);
        if (shifts > budget) return 0;
    }
    return 1;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/* The same pass, four words at a time while their keys strictly increase (the common case: then only their
   indices are written); a group with an equal or smaller key takes one scalar step. Same result. */
__attribute__((target("avx2")))
static int insertion_pass_avx2(uint64_t *a, size_t m, int32_t *order, const double *scores, int descending, size_t budget) {
    size_t x = 1, shifts = 0;
    const __m256i low = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
    while (x + 4 <= m) {
        const __m256i current = _mm256_loadu_si256((const __m256i *)(a + x));
        const __m256i previous = _mm256_loadu_si256((const __m256i *)(a + x - 1));
        const __m256i ascending = _mm256_cmpgt_epi64(_mm256_srli_epi64(current, 32), _mm256_srli_epi64(previous, 32));
        if (_mm256_movemask_pd(_mm256_castsi256_pd(ascending)) == 0xF) {
            _mm_storeu_si128((__m128i *)(order + x), _mm256_castsi256_si128(_mm256_permutevar8x32_epi32(current, low)));
            x += 4;
        } else {
            shifts += insert_at(x, a, order, scores, descending);
            if (shifts > budget) return 0;
            x += 1;
        }
    }
    return insertion_pass(x, a, m, order, scores, descending, budget - shifts);
}
#endif

static int rank_order(const double *scores, size_t m, int descending, int32_t *order, uint64_t *a, uint64_t *b, int simd) {
    if (m == 0 || m > 65536) return 0;
    rank_words(scores, m, descending, a, simd);
    /* Two stable 8-bit radix passes on bits 15–30 of the keys. */
    uint32_t h0[256] = {0}, h1[256] = {0};
    for (size_t i = 0; i < m; i++) {
        const uint64_t w = a[i];
        h0[(w >> 47) & 0xFF]++;
        h1[w >> 55]++;
    }
    uint32_t t0 = 0, t1 = 0;
    for (int d = 0; d < 256; d++) {
        const uint32_t c0 = h0[d]; h0[d] = t0; t0 += c0;
        const uint32_t c1 = h1[d]; h1[d] = t1; t1 += c1;
    }
    for (size_t i = 0; i < m; i++) { const uint64_t w = a[i]; b[h0[(w >> 47) & 0xFF]++] = w; }
    for (size_t i = 0; i < m; i++) { const uint64_t w = b[i]; a[h1[w >> 55]++] = w; }
    /* One insertion pass on the whole words finishes the order (keys that share their top 16 bits; exact scores
       only on equal keys) and writes it out as it goes. The shifts are counted, and many close keys (which would
       make this quadratic) hand the work back to the caller. */
    const size_t budget = 64 * m;
    order[0] = (int32_t)(uint32_t)a[0];
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (simd) return insertion_pass_avx2(a, m, order, scores, descending, budget);
#endif
    return insertion_pass(1, a, m, order, scores, descending, budget);
}

int ck_rank_order(const double *scores, size_t m, int descending, int32_t *order, uint64_t *a, uint64_t *b) {
    return rank_order(scores, m, descending, order, a, b, ck_has_avx2_fma());
}

int ck_rank_order_portable(const double *scores, size_t m, int descending, int32_t *order, uint64_t *a, uint64_t *b) {
    return rank_order(scores, m, descending, order, a, b, 0);
}

void ck_count_ranks(const int32_t *orders, size_t m, size_t samples, uint32_t *counts) {
    size_t r = 0;
    for (; r + 4 <= m; r += 4) {
        uint32_t *c0 = counts + r * m, *c1 = c0 + m, *c2 = c1 + m, *c3 = c2 + m;
        const int32_t *p = orders + r;
        for (size_t s = 0; s < samples; s++, p += m) {
            __builtin_prefetch(p + 16 * m);     /* the order row sixteen samples ahead (a prefetch never faults) */
            c0[p[0]]++; c1[p[1]]++; c2[p[2]]++; c3[p[3]]++;
        }
    }
    for (; r < m; r++) {
        uint32_t *c0 = counts + r * m;
        const int32_t *p = orders + r;
        for (size_t s = 0; s < samples; s++, p += m) c0[p[0]]++;
    }
}
