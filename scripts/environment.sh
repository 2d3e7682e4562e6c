# Sourced by run.sh, test.sh and .ci/run: installs the system libraries the package links (Debian's OpenBLAS and
# LAPACKE) when they are missing, and picks OpenBLAS kernels this CPU supports (Debian's OpenBLAS 0.3.21 falls back
# to slow SSE3 "Prescott" kernels on recent CPUs; see ../shared/BLAS.md). Nothing is changed when all is in place.

ilead_missing=""
for pkg in libopenblas-dev liblapacke-dev; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || ilead_missing="$ilead_missing $pkg"
done
if [ -n "$ilead_missing" ]; then
    echo "Installing system packages:$ilead_missing" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $ilead_missing >&2
fi

if [ -z "${OPENBLAS_CORETYPE:-}" ] && command -v lscpu >/dev/null 2>&1; then
    if lscpu | grep -qw avx512f; then export OPENBLAS_CORETYPE=SkylakeX
    elif lscpu | grep -qw avx2; then export OPENBLAS_CORETYPE=Haswell; fi
fi

# The engine runs its own worker threads (SMAA blocks, Monte-Carlo runs, TOPSIS row blocks) and keeps BLAS to one
# thread; without this, OpenBLAS would start a thread pool whose idle threads spin on the same two cores.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
