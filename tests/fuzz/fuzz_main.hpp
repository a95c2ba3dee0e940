#pragma once
// What the libFuzzer entry points share: a finding of a target in targets.hpp is printed and
// aborts, so that libFuzzer keeps the input as a crash.

#include <cstdio>
#include <cstdlib>

#include "targets.hpp"

namespace fuzz {

inline void abort_on(const invariants::Problems& problems, const char* target) {
  for (const auto& p : problems) std::fprintf(stderr, "invariant broken (%s): %s\n", target, p.c_str());
  if (!problems.empty()) std::abort();
}

}  // namespace fuzz
