// The steps around the comparison that every entry point shares: loading the versions under the
// language rule, the --via translation and its thesaurus, and the `align` command.

#include <exception>
#include <future>
#include <optional>

#include "claimdiff/claimdiff.hpp"
#include "claimdiff/error.hpp"

namespace claimdiff {

std::string resolve_language(const std::string& requested, std::string_view text) {
  if (!requested.empty() && requested != "auto") return requested;
  std::string detected = detect_language(text);
  return detected.empty() ? "en" : detected;
}

std::vector<Document> load_versions(const std::vector<std::string>& files, const std::vector<std::string>& languages,
                                    const LoadOptions& options) {
  std::vector<std::string> langs = languages.empty() ? std::vector<std::string>{"en"} : languages;
  if (langs.size() != 1 && langs.size() != files.size()) {
    throw Error("", "--lang takes one code, or one per file (" + std::to_string(files.size()) + ")");
  }
  std::size_t stdin_count = 0;
  for (const std::string& f : files) {
    if (f == "-" && ++stdin_count > 1) throw Error("-", "standard input can be read only once");
  }
  auto load_one = [&](std::size_t i) {
    Document d = load_file(files[i], options);
    d.language = resolve_language(langs.size() == 1 ? langs[0] : langs[i], d.text);
    return d;
  };
  // The last file is read on this thread; an error is reported for the first file in order.
  const std::size_t n = files.size();
  const auto policy = options.threads ? std::launch::async : std::launch::deferred;
  std::vector<std::future<Document>> jobs;
  for (std::size_t i = 0; i + 1 < n; ++i) jobs.push_back(std::async(policy, load_one, i));
  std::optional<Document> last;
  std::exception_ptr last_error;
  if (n > 0) {
    try {
      last = load_one(n - 1);
    } catch (...) {
      last_error = std::current_exception();
    }
  }
  std::vector<Document> docs;
  for (auto& j : jobs) docs.push_back(j.get());
  if (last_error) std::rethrow_exception(last_error);
  if (last) docs.push_back(std::move(*last));
  return docs;
}

Document load_via(const std::string& path, const std::string& language, const Resources& resources,
                  const LoadOptions& options) {
  Document via = load_file(path, options);
  via.language = language;
  SegmentOptions lines;
  lines.mode = SegmentMode::Lines;
  segment(via, resources.language(via.language), lines);
  return via;
}

void check_via(const Document& via, const Document& base) {
  if (via.sentences.size() == base.sentences.size()) return;
  throw Error(via.name, "has " + std::to_string(via.sentences.size()) + " units but " + base.name + " has " +
                            std::to_string(base.sentences.size()) + " sentences (--via needs one line per sentence of BASE)");
}

std::string thesaurus_for(const std::string& choice, const std::string& language) {
  if (choice == "none") return {};
  if (choice == "auto") return find_thesaurus(language);
  return choice;
}

std::vector<Bead> align_versions(const Document& base, const Document& other, AlignOptions options) {
  if (options.via != nullptr) check_via(*options.via, base);
  options.cross_language = base.language != other.language;
  return align(base, other, options);
}

}  // namespace claimdiff
