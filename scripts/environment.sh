# Sourced by run.sh, test.sh and .ci/run: installs the system libraries the package links (Debian's OpenBLAS and
# LAPACKE) when they are missing, and picks OpenBLAS kernels this CPU supports (Debian's OpenBLAS 0.3.21 falls back
# to slow SSE3 "Prescott" kernels on recent CPUs). Nothing is changed when all is in place.

# Installs those of the given Debian packages that are missing (test.sh uses it for the page tests' browser too).
ilead_install_missing() {
    local missing="" pkg sudo=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    echo "Installing system packages:$missing" >&2
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2
}
ilead_install_missing libopenblas-dev liblapacke-dev

if [ -z "${OPENBLAS_CORETYPE:-}" ] && command -v lscpu >/dev/null 2>&1; then
    if lscpu | grep -qw avx512f; then export OPENBLAS_CORETYPE=SkylakeX
    elif lscpu | grep -qw avx2; then export OPENBLAS_CORETYPE=Haswell; fi
fi

# The engine runs its own worker threads (SMAA blocks, Monte-Carlo runs, TOPSIS row blocks) and keeps BLAS to one
# thread; without this, OpenBLAS would start a thread pool whose idle threads spin on the same two cores.
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
