// libFuzzer entry point for fuzz::load_segment (targets.hpp).

#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::abort_on(fuzz::load_segment(data, size), "load_segment");
  return 0;
}
