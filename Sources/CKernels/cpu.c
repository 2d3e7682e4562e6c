#include "ckernels.h"

/* Whether the CPU has AVX2 and FMA, asked once (every thread would find the same answer). */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
int ck_has_avx2_fma(void) {
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return cached;
}
#else
int ck_has_avx2_fma(void) { return 0; }
#endif
