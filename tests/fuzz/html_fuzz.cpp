// libFuzzer entry point for fuzz::html (targets.hpp).

#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::abort_on(fuzz::html(data, size), "html");
  return 0;
}
