#include <stddef.h>
#include <stdint.h>

int ilead_fuzz_main(int argc, char **argv);
