// libFuzzer's driver, which runs the fuzzing loop when a program has its own main
// (SwiftPM names an executable's entry point TARGET_main and links main to it).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
