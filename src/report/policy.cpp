#include <string>
#include <vector>

#include "claimdiff/error.hpp"
#include "claimdiff/report.hpp"

namespace claimdiff {

FailPolicy parse_fail_on(const std::vector<std::string>& names) {
  FailPolicy p;
  bool none = false;
  for (const std::string& n : names) {
    if (n == "any") p.any = true;
    else if (n == "added") p.added = true;
    else if (n == "removed") p.removed = true;
    else if (n == "reworded") p.reworded = true;
    else if (n == "moved") p.moved = true;
    else if (n == "split") p.split = true;
    else if (n == "merged") p.merged = true;
    else if (n == "major") p.major = true;
    else if (n == "minor") p.minor = true;
    else if (n == "cosmetic") p.cosmetic = true;
    else if (n == "artifact") p.artifact = true;
    else if (n == "none") none = true;
    else {
      throw Error("", "--fail-on: unknown item '" + n +
                          "' (any, added, removed, reworded, moved, split, merged, major, minor, cosmetic, artifact, none)");
    }
  }
  if (none && names.size() > 1) throw Error("", "--fail-on: 'none' cannot be combined with other items");
  return p;
}

namespace {

bool counts(const Claim& c, const FailPolicy& p) {
  switch (c.kind) {
    case ClaimKind::Equal: return false;
    case ClaimKind::Added: if (p.added) return true; break;
    case ClaimKind::Removed: if (p.removed) return true; break;
    case ClaimKind::Reworded: if (p.reworded) return true; break;
    case ClaimKind::Moved: if (p.moved) return true; break;
    case ClaimKind::Split: if (p.split) return true; break;
    case ClaimKind::Merged: if (p.merged) return true; break;
  }
  if (p.any) return true;
  if (p.major && c.severity >= Severity::Major) return true;
  if (p.minor && c.severity >= Severity::Minor) return true;
  return p.cosmetic && c.severity >= Severity::Cosmetic;
}

}  // namespace

bool fails(const Report& report, const FailPolicy& policy) {
  if (policy.artifact) {
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
      if (!report.finding_known(i)) return true;
    }
  }
  for (const Comparison& cmp : report.comparisons) {
    for (std::size_t i = 0; i < cmp.claims.size(); ++i) {
      if (!cmp.is_known(i) && counts(cmp.claims[i], policy)) return true;
    }
  }
  return false;
}

}  // namespace claimdiff
