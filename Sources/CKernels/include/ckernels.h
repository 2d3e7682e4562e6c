#ifndef CKERNELS_H
#define CKERNELS_H
#include <stddef.h>
#include <stdint.h>

/// TOPSIS distances for rows [0, rows) of a column-major block (MCDA, streaming TOPSIS):
/// dplus[i] = sum_j (c_j (x_ij - a_j))^2, dminus[i] = sum_j (c_j (x_ij - b_j))^2, where column j starts at
/// x + j * ld. Uses AVX2/FMA when the CPU has them (checked once at run time), plain C otherwise.
void ck_topsis_block(const double *x, size_t ld, size_t rows, size_t n, const double *c, const double *a,
                     const double *b, double *dplus, double *dminus);

/// Closeness out[i] = sqrt(dminus[i]) / (sqrt(dplus[i]) + sqrt(dminus[i])); dplus and dminus become the distances.
/// Returns the number of rows whose two distances are both 0 (their closeness is set to 0).
size_t ck_topsis_finish(double *dplus, double *dminus, size_t rows, double *out);

/// Orders m <= 65536 scores best first (stable: exact ties in index order). Scores are mapped linearly onto
/// 31-bit keys (a monotone map), packed with their index into 64-bit words, sorted by two 8-bit LSD radix passes on
/// the keys' top 16 bits, and finished by one insertion pass on the words (exact scores only on equal keys).
/// `a`, `b` hold m words of scratch. Returns 0 (and leaves `order` unspecified) when the insertion pass would shift
/// more than 64·m entries (many scores sharing a key), so the caller can use another sort.
int ck_rank_order(const double *scores, size_t m, int descending, int32_t *order, uint64_t *a, uint64_t *b);

/// `ck_rank_order` on its portable path (plain C, whatever the CPU): the same result, for the tests to check both.
int ck_rank_order_portable(const double *scores, size_t m, int descending, int32_t *order, uint64_t *a, uint64_t *b);

/// Adds a block of orders (sample-major: the alternative of rank r in sample s at `orders[s·m + r]`) to the
/// rank-major counts `counts[r·m + i]`, four ranks at a time (four rows of counters stay in the first-level cache
/// while each order row is read once per four ranks, prefetched sixteen samples ahead).
void ck_count_ranks(const int32_t *orders, size_t m, size_t samples, uint32_t *counts);

/// 1 when the AVX2/FMA path is used.
int ck_has_avx2_fma(void);

#endif
