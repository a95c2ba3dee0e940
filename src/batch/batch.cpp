#include "claimdiff/batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <new>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "claimdiff/error.hpp"
#include "claimdiff/text.hpp"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

// A comma-separated list without its empty items ("es,,en": "es", "en").
std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out = split(s, ',');
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

Json summary_json(const Summary& s) {
  return Json{{"equal", s.equal}, {"reworded", s.reworded}, {"added", s.added}, {"removed", s.removed},
              {"moved", s.moved}, {"split", s.split}, {"merged", s.merged},
              {"severity", Json{{"cosmetic", s.cosmetic}, {"minor", s.minor}, {"major", s.major}}}};
}

std::string summary_record(const std::string& id_json, const Report& report) {
  Json versions = Json::array();
  for (std::size_t i = 0; i < report.versions.size(); ++i) {
    versions.push_back(Json{{"index", i}, {"name", report.versions[i].name}, {"language", report.versions[i].language}});
  }
  Json comparisons = Json::array();
  for (const Comparison& c : report.comparisons) {
    comparisons.push_back(Json{{"base", c.base}, {"other", c.other}, {"summary", summary_json(c.summary)}});
  }
  Json j{{"schema", "claimdiff/1"}, {"versions", versions}, {"comparisons", comparisons},
         {"finding_count", report.findings.size()}};
  return "{\"id\":" + id_json + "," + j.dump(-1, ' ', false, Json::error_handler_t::replace).substr(1);
}

std::string error_record(const std::string& id_json, const std::string& message) {
  return "{\"id\":" + id_json + ",\"error\":" + Json(message).dump(-1, ' ', false, Json::error_handler_t::replace) + "}";
}

}  // namespace

Runner::Runner(const RunSettings& settings)
    : settings_(settings), resources_(std::make_unique<Resources>(settings.data_dir)), options_(compare_options(settings)) {
  load_options(settings);  // an unknown input format fails here, not on every row
  for (const auto& l : settings.lexicons) resources_->add_lexicon(l);
  if (reads_dictionary_file(settings)) {
    dictionary_ = std::make_unique<Dictionary>(read_dictionary(settings.dictionary));
    options_.align.dictionary = dictionary_.get();
  }
}

std::vector<std::string> Runner::languages(const std::string& lang) const {
  return split_list(lang.empty() ? settings_.lang : lang);
}

Report Runner::compare_files(const std::vector<std::string>& paths, const std::string& lang, const std::string& via) const {
  if (paths.size() < 2) throw Error("", "compare needs at least two files: BASE OTHER [OTHER...]");
  std::vector<Document> versions = load_versions(paths, languages(lang), load_options(settings_));
  if (via.empty()) return claimdiff::compare(std::move(versions), *resources_, options_);
  CompareOptions o = options_;
  Document translation = load_via(via, versions[1].language, *resources_, load_options(settings_));
  o.align.via = &translation;
  o.align.thesaurus = thesaurus_for(settings_.thesaurus, versions[1].language);
  return claimdiff::compare(std::move(versions), *resources_, o);
}

Report Runner::lint_files(const std::vector<std::string>& paths, const std::string& lang) const {
  return claimdiff::lint(load_versions(paths, languages(lang), load_options(settings_)), *resources_, options_);
}

void Runner::resolve_languages(std::vector<Document>& versions, const std::string& lang) const {
  std::vector<std::string> langs = languages(lang);
  if (langs.size() > 1 && langs.size() != versions.size()) {
    throw Error("", "--lang takes one code, or one per file (" + std::to_string(versions.size()) + ")");
  }
  for (std::size_t i = 0; i < versions.size(); ++i) {
    versions[i].language = resolve_language(langs.empty() ? "auto" : langs[langs.size() == 1 ? 0 : i], versions[i].text);
  }
}

Report Runner::compare(std::vector<Document> versions, const std::string& lang) const {
  if (versions.size() < 2) throw Error("", "compare needs at least two versions: original and copy");
  resolve_languages(versions, lang);
  return claimdiff::compare(std::move(versions), *resources_, options_);
}

Report Runner::lint(std::vector<Document> versions, const std::string& lang) const {
  resolve_languages(versions, lang);
  return claimdiff::lint(std::move(versions), *resources_, options_);
}

BatchRecord Runner::record(const BatchItem& item, bool summary, const FailPolicy& policy) const {
  BatchRecord r;
  std::string error;
  try {
    if (!item.error.empty()) {
      error = item.error;
    } else {
      Report report = compare_files(item.files, item.lang, item.via);
      r.fails = fails(report, policy);
      if (summary) {
        r.line = summary_record(item.id_json, report);
      } else {
        std::ostringstream out;
        write_json(out, report, true);
        const std::string body = std::move(out).str();
        r.line.reserve(item.id_json.size() + body.size() + 8);
        r.line = "{\"id\":" + item.id_json + ",";
        r.line.append(body, 1);  // past the report's opening brace: the id's record opened already
      }
      return r;
    }
  } catch (const Error& e) {
    error = describe(e);
  } catch (const std::bad_alloc&) {
    error = "out of memory";
  } catch (const std::exception& e) {
    error = e.what();
  }
  r.error = true;
  r.fails = true;
  r.line = error_record(item.id_json, "claimdiff: error: " + error);
  return r;
}

ManifestReader::ManifestReader(std::istream& in, std::string name, std::string base_dir)
    : in_(in), name_(std::move(name)), base_dir_(std::move(base_dir)) {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    if (line[first] == '{') {
      jsonl_ = true;
      pending_ = line;
      has_pending_ = true;
      return;
    }
    auto cols = split(line, '\t');
    bool has_id = false, has_original = false;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      const std::string& c = cols[i];
      if (c == "id") id_col_ = i, has_id = true;
      else if (c == "original") original_col_ = i, has_original = true;
      else if (c.rfind("copy", 0) == 0) copy_cols_.push_back(i);
      else if (c == "lang") lang_col_ = i;
      else if (c == "via") via_col_ = i;
    }
    if (!has_id || !has_original || copy_cols_.empty()) {
      throw Error(name_, "the header must name the columns id, original and copy (tab-separated), or the manifest be JSON Lines", line_);
    }
    return;
  }
  if (in_.bad()) throw Error(name_, "cannot read the manifest");
}

std::string ManifestReader::path(const std::string& written) const {
  if (base_dir_.empty() || written.empty() || written == "-" || written.front() == '/') return written;
  return (std::filesystem::path(base_dir_) / written).string();
}

std::optional<BatchItem> ManifestReader::next_tsv(const std::string& line) {
  auto cols = split(line, '\t');
  auto cell = [&](std::size_t i) { return i < cols.size() ? cols[i] : std::string(); };
  BatchItem item;
  item.id_json = Json(cell(id_col_)).dump(-1, ' ', false, Json::error_handler_t::replace);
  auto fail = [&](const std::string& what) {
    item.error = name_ + ":" + std::to_string(line_) + ": " + what;
    return item;
  };
  if (cell(id_col_).empty()) return fail("no id");
  if (cell(original_col_).empty()) return fail("no original");
  item.files.push_back(path(cell(original_col_)));
  for (std::size_t c : copy_cols_) {
    if (!cell(c).empty()) item.files.push_back(path(cell(c)));
  }
  if (item.files.size() < 2) return fail("no copy");
  if (lang_col_) item.lang = cell(*lang_col_);
  if (via_col_ && !cell(*via_col_).empty()) item.via = path(cell(*via_col_));
  return item;
}

BatchItem ManifestReader::next_jsonl(const std::string& line) {
  BatchItem item;
  item.id_json = "null";
  auto fail = [&](const std::string& what) {
    item.files.clear();
    item.error = name_ + ":" + std::to_string(line_) + ": " + what;
    return item;
  };
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  auto id = j.find("id");
  if (id == j.end() || !(id->is_string() || id->is_number_integer())) return fail("no \"id\" (a string or an integer)");
  item.id_json = id->dump(-1, ' ', false, Json::error_handler_t::replace);
  auto original = j.find("original");
  if (original == j.end() || !original->is_string() || original->get<std::string>().empty()) {
    return fail("no \"original\" path");
  }
  item.files.push_back(path(original->get<std::string>()));
  auto copies = j.find("copies");
  if (copies == j.end() || !copies->is_array() || copies->empty()) return fail("no \"copies\" (a list of paths)");
  for (const auto& c : *copies) {
    if (!c.is_string() || c.get<std::string>().empty()) return fail("\"copies\" must list paths");
    item.files.push_back(path(c.get<std::string>()));
  }
  if (auto lang = j.find("lang"); lang != j.end()) {
    if (!lang->is_string()) return fail("\"lang\" must be a string such as \"es,en\"");
    item.lang = lang->get<std::string>();
  }
  if (auto via = j.find("via"); via != j.end()) {
    if (!via->is_string()) return fail("\"via\" must be a path");
    item.via = path(via->get<std::string>());
  }
  return item;
}

std::optional<BatchItem> ManifestReader::next() {
  std::string line;
  while (true) {
    if (has_pending_) {
      line = std::move(pending_);
      has_pending_ = false;
    } else {
      if (!std::getline(in_, line)) {
        if (in_.bad()) {
          BatchItem item;
          item.id_json = "null";
          item.error = name_ + ": cannot read the manifest";
          return item;
        }
        return std::nullopt;
      }
      ++line_;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (jsonl_) return next_jsonl(line);
    return next_tsv(line);
  }
}

std::string record_id(const std::string& line) {
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("id")) return {};
  return j["id"].dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool record_fails(const std::string& line, const FailPolicy& p, bool* error) {
  Json j = Json::parse(line, nullptr, false);
  *error = j.is_discarded() || !j.is_object() || j.contains("error");
  if (*error) return true;
  std::size_t findings = j.contains("findings") ? j["findings"].size() : j.value("finding_count", std::size_t{0});
  if (p.artifact && findings > 0) return true;
  // A claim's severity is `none` exactly when it is equal, so the summaries hold all the policy reads.
  for (const auto& c : j.value("comparisons", Json::array())) {
    const Json& s = c["summary"];
    auto n = [&](const char* k) { return s.value(k, std::size_t{0}); };
    auto sev = [&](const char* k) { return s["severity"].value(k, std::size_t{0}); };
    std::size_t changed = n("reworded") + n("added") + n("removed") + n("moved") + n("split") + n("merged");
    if ((p.any && changed) || (p.added && n("added")) || (p.removed && n("removed")) ||
        (p.reworded && n("reworded")) || (p.moved && n("moved")) || (p.split && n("split")) ||
        (p.merged && n("merged")) || (p.major && sev("major")) || (p.minor && sev("minor") + sev("major")) ||
        (p.cosmetic && sev("cosmetic") + sev("minor") + sev("major"))) {
      return true;
    }
  }
  return false;
}

BatchTotals run_batch(ManifestReader& manifest, const Runner& runner, std::ostream& out, const BatchControl& control) {
  const unsigned jobs = std::max(1u, control.jobs);
  const std::size_t window = 2 * static_cast<std::size_t>(jobs);
  std::mutex m;
  std::condition_variable can_take, can_write;
  std::map<std::size_t, BatchRecord> ready;  // finished rows waiting for the ones before them
  std::size_t taken = 0, written = 0;
  bool end = false, write_failed = false;
  BatchTotals totals;

  auto work = [&] {
    std::unique_lock<std::mutex> lock(m);
    while (true) {
      can_take.wait(lock, [&] { return end || taken - written < window; });
      if (end) return;
      std::optional<BatchItem> item = manifest.next();
      if (!item) {
        end = true;
        can_take.notify_all();
        can_write.notify_all();
        return;
      }
      if (control.skip != nullptr && item->error.empty() && control.skip->count(item->id_json) != 0) {
        ++totals.skipped;
        continue;
      }
      const std::size_t index = taken++;
      lock.unlock();
      BatchRecord record = runner.record(*item, control.summary, control.policy);
      lock.lock();
      ready.emplace(index, std::move(record));
      can_write.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(work);

  std::unique_lock<std::mutex> lock(m);
  while (true) {
    can_write.wait(lock, [&] { return ready.count(written) != 0 || (end && written == taken); });
    if (ready.count(written) == 0) break;
    BatchRecord record = std::move(ready.at(written));
    ready.erase(written);
    lock.unlock();
    out << record.line << '\n';
    out.flush();
    lock.lock();
    if (!out) {
      // The rest could not be written either: stop taking rows, let the workers finish theirs.
      write_failed = true;
      end = true;
      can_take.notify_all();
      break;
    }
    ++written;
    ++totals.done;
    totals.errors += record.error;
    totals.failing += !record.error && record.fails;
    can_take.notify_all();
    if (control.progress) control.progress(totals.done, totals.skipped);
  }
  lock.unlock();
  for (auto& w : workers) w.join();
  if (write_failed) throw Error("", "cannot write the records (disk full?)");
  return totals;
}

}  // namespace claimdiff
