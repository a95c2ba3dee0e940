#pragma once
// One parallel loop for the stages that cut long work in independent runs (token-model rows, claims,
// report values): a run per core, eight at most, each of at least `min_run` items.

#include <algorithm>
#include <cstddef>
#include <future>
#include <thread>
#include <type_traits>
#include <vector>

namespace claimdiff::detail {

// Calls `run(from, to, k)` for the k-th run of [0, n): run 0 on this thread, the others on
// threads of their own started first. Returns the results in run order (nothing when `run`
// returns void). Runs must not depend on each other.
template <typename Run>
auto parallel_runs(std::size_t n, std::size_t min_run, const Run& run) {
  using Result = std::invoke_result_t<const Run&, std::size_t, std::size_t, std::size_t>;
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t runs = std::clamp<std::size_t>(n / min_run, 1, std::min<std::size_t>(cores, 8));
  const std::size_t per = (n + runs - 1) / runs;
  std::vector<std::future<Result>> jobs;
  for (std::size_t k = 1; k < runs; ++k) {
    const std::size_t from = std::min(n, k * per), to = std::min(n, from + per);
    jobs.push_back(std::async(std::launch::async, [&run, from, to, k] { return run(from, to, k); }));
  }
  if constexpr (std::is_void_v<Result>) {
    run(0, std::min(n, per), 0);
    for (auto& job : jobs) job.get();
  } else {
    std::vector<Result> results;
    results.push_back(run(0, std::min(n, per), 0));
    for (auto& job : jobs) results.push_back(job.get());
    return results;
  }
}

}  // namespace claimdiff::detail
