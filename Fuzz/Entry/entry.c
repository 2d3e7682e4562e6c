// The program entry of the libFuzzer driver. SwiftPM links an executable's entry as `<target>_main`; libFuzzer's
// documented way to run from a main of one's own is LLVMFuzzerRunDriver, given the test callback.
#include "entry.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int ilead_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
