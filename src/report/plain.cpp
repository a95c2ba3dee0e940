// The two plain-text outputs that are not reports of claims: --stats and the `align` beads.

#include <iomanip>
#include <sstream>

#include "claimdiff/report.hpp"

namespace claimdiff {
namespace {

std::string bead_ids(const std::vector<std::uint32_t>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
  return s + "]";
}

}  // namespace

void write_stats(std::ostream& out, const Report& report) {
  for (const auto& c : report.comparisons) {
    out << report.versions[c.base].name << " -> " << report.versions[c.other].name << ": "
        << summary_line(new_summary(c));
    if (!report.baseline.empty()) {
      std::size_t known = 0;
      for (std::size_t i = 0; i < c.claims.size(); ++i) known += c.is_known(i);
      out << "; " << known << " known from the baseline";
    }
    out << '\n';
  }
  std::size_t known = 0;
  for (std::size_t i = 0; i < report.findings.size(); ++i) known += report.finding_known(i);
  out << report.findings.size() - known << " findings";
  if (!report.baseline.empty()) out << "; " << known << " known from the baseline";
  out << '\n';
}

void write_beads(std::ostream& out, const std::vector<Bead>& beads) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(3);
  for (const auto& b : beads) text << bead_ids(b.base) << ':' << bead_ids(b.other) << ':' << b.similarity << '\n';
  out << text.str();
}

}  // namespace claimdiff
