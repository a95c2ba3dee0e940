// claimdiff._core: the library for Python (pybind11). Reports cross as the claimdiff/1 JSON text
// (claimdiff/__init__.py turns it into dicts and lists); the GIL is released while the library
// works, so Python threads run meanwhile and several comparisons run at once.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "claimdiff/batch.hpp"
#include "claimdiff/error.hpp"

namespace py = pybind11;
namespace cd = claimdiff;

namespace {

std::string json_text(const cd::Report& report) {
  std::ostringstream out;
  cd::write_json(out, report);
  return out.str();
}

std::vector<cd::Document> documents(const std::vector<std::string>& texts, const std::vector<std::string>& names,
                                    const cd::Runner& runner) {
  if (names.size() != texts.size()) {
    throw cd::Error("", "names: " + std::to_string(names.size()) + " names for " + std::to_string(texts.size()) + " texts");
  }
  const cd::LoadOptions lo = cd::load_options(runner.settings());
  std::vector<cd::Document> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) docs.push_back(cd::load_bytes(names[i], texts[i], lo));
  return docs;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "claimdiff's compiled core; use the functions of the claimdiff package.";
  static py::exception<cd::Error> error(m, "Error");
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const cd::Error& e) {
      error(("claimdiff: error: " + cd::describe(e)).c_str());
    }
  });

  py::class_<cd::Runner>(m, "Runner")
      .def(py::init([](const std::string& lang, const std::string& segment, bool chain, bool lint, double threshold,
                       double move_threshold, const std::vector<std::string>& ignore, const std::string& dictionary,
                       const std::vector<std::string>& lexicons, const std::vector<std::string>& glossaries,
                       const std::string& encoding, const std::string& input_format, bool body_only, std::size_t max_input, const std::string& thesaurus,
                       const std::string& data_dir) {
             cd::RunSettings s;
             s.lang = lang;
             s.segment = segment;
             s.chain = chain;
             s.lint = lint;
             s.threshold = threshold;
             s.move_threshold = move_threshold;
             s.ignore = ignore;
             s.dictionary = dictionary;
             s.lexicons = lexicons;
             s.glossaries = glossaries;
             s.encoding = encoding;
             s.input_format = input_format;
             s.body_only = body_only;
             s.max_input = max_input;
             s.thesaurus = thesaurus;
             s.data_dir = data_dir;
             py::gil_scoped_release release;
             return new cd::Runner(s);
           }),
           py::arg("lang"), py::arg("segment"), py::arg("chain"), py::arg("lint"), py::arg("threshold"),
           py::arg("move_threshold"), py::arg("ignore"), py::arg("dictionary"), py::arg("lexicons"),
           py::arg("glossaries"), py::arg("encoding"), py::arg("input_format"), py::arg("body_only"), py::arg("max_input"), py::arg("thesaurus"), py::arg("data_dir"))
      .def(
          "compare_texts",
          [](const cd::Runner& r, const std::vector<std::string>& texts, const std::vector<std::string>& names,
             const std::string& lang) {
            return json_text(r.compare(documents(texts, names, r), lang));
          },
          py::call_guard<py::gil_scoped_release>(), "The claimdiff/1 report of texts compared, as JSON text.")
      .def(
          "lint_texts",
          [](const cd::Runner& r, const std::vector<std::string>& texts, const std::vector<std::string>& names,
             const std::string& lang) { return json_text(r.lint(documents(texts, names, r), lang)); },
          py::call_guard<py::gil_scoped_release>(), "The claimdiff/1 report of texts linted, as JSON text.")
      .def(
          "compare_files",
          [](const cd::Runner& r, const std::vector<std::string>& paths, const std::string& lang, const std::string& via) {
            return json_text(r.compare_files(paths, lang, via));
          },
          py::call_guard<py::gil_scoped_release>(), "The claimdiff/1 report of files compared, as JSON text.")
      .def(
          "lint_files",
          [](const cd::Runner& r, const std::vector<std::string>& paths, const std::string& lang) {
            return json_text(r.lint_files(paths, lang));
          },
          py::call_guard<py::gil_scoped_release>(), "The claimdiff/1 report of files linted, as JSON text.")
      .def(
          "extract_text",
          [](const cd::Runner& r, const std::string& text, const std::string& name) {
            return cd::extracted_text(cd::load_bytes(name, text, cd::load_options(r.settings())));
          },
          py::call_guard<py::gil_scoped_release>(), "The text claimdiff compares in a page, one block per line.")
      .def(
          "extract_file",
          [](const cd::Runner& r, const std::string& path) {
            return cd::extracted_text(cd::load_file(path, cd::load_options(r.settings())));
          },
          py::call_guard<py::gil_scoped_release>(), "The text claimdiff compares in a file, one block per line.")
      .def(
          "record",
          [](const cd::Runner& r, const std::string& id_json, const std::vector<std::string>& files,
             const std::string& lang, const std::string& error, const std::string& via, bool summary,
             const std::vector<std::string>& fail_on) {
            cd::BatchItem item{id_json, files, lang, error, via};
            cd::BatchRecord rec = r.record(item, summary, cd::parse_fail_on(fail_on));
            return std::make_tuple(rec.line, rec.error, rec.fails);
          },
          py::call_guard<py::gil_scoped_release>(),
          "The line `claimdiff batch` writes for a manifest row: (line, is_error, fails_policy).");

  m.def(
      "read_manifest",
      [](const std::string& path) {
        std::ifstream in(path);
        if (!in) throw cd::Error(path, "cannot read the manifest");
        cd::ManifestReader reader(in, path, std::filesystem::path(path).parent_path().string());
        std::vector<std::tuple<std::string, std::vector<std::string>, std::string, std::string, std::string>> rows;
        while (auto item = reader.next()) rows.emplace_back(item->id_json, item->files, item->lang, item->error, item->via);
        return rows;
      },
      py::call_guard<py::gil_scoped_release>(),
      "The rows of a batch manifest as (id_json, files, lang, error, via), read as `claimdiff batch` reads them.");
  m.def(
      "record_outcome",
      [](const std::string& line, const std::vector<std::string>& fail_on) {
        bool error = false;
        bool fails = cd::record_fails(line, cd::parse_fail_on(fail_on), &error);
        return std::make_tuple(error, fails);
      },
      "(is_error, fails_policy) of a record line written earlier, as `claimdiff batch --resume` reads it.");
  m.def(
      "check_fail_on", [](const std::vector<std::string>& names) { cd::parse_fail_on(names); },
      "Raises Error on an unknown --fail-on name.");
}
