// libFuzzer entry point for fuzz::compare (targets.hpp).

#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::abort_on(fuzz::compare(data, size), "compare");
  return 0;
}
