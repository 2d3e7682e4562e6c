#ifndef CLAPACK_SHIM_H
#define CLAPACK_SHIM_H
#include <cblas.h>     /* OpenBLAS: cblas_*, openblas_set_num_threads, openblas_get_corename */
#include <lapacke.h>   /* netlib LAPACKE (liblapacke-dev) */
#endif
