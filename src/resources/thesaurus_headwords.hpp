#pragma once
// Whether a MyThes thesaurus lists a word, answered from the index MyThes installs beside it
// (th_de_DE_v2.idx: "word|offset" lines sorted by the word's bytes, since MyThes's own look-up is
// a strcmp binary search) by a binary search in place: neither the meanings (28 MB in German) nor
// a parsed copy of the index is read. One pass over the index checks its order and finds the few
// headwords that are not their own comparison key.

#include <string>
#include <string_view>
#include <unordered_set>

#include "resources/mapped_file.hpp"

namespace claimdiff::detail {

class ThesaurusHeadwords {
 public:
  // Maps the index of the thesaurus `dat_path` and checks it in one pass; ok() is false when it
  // is missing, not in UTF-8, not sorted byte by byte or holds a line that is not "word|offset".
  explicit ThesaurusHeadwords(const std::string& dat_path);
  bool ok() const { return ok_; }

  // Whether `key`, a comparison key (claimdiff::comparison_key), is the key of a headword: the
  // same answer as looking it up in read_thesaurus's entries read for it.
  bool has(const std::string& key) const;

 private:
  MappedFile index_;
  std::string_view lines_;  // the "word|offset" lines, after the encoding and the count
  // The headwords that are not their own comparison key ("straße" -> "strasse"): a search by key
  // finds them through their keys, and must not find them as written.
  std::unordered_set<std::string> changed_keys_, changed_words_;
  bool ok_ = false;
};

// The headwords of the thesaurus at `dat_path` (as find_thesaurus names it), mapped and checked on
// first use and kept for the process (the files do not change while it runs); null when its index
// is not usable, and the caller reads the thesaurus itself.
const ThesaurusHeadwords* thesaurus_headwords(const std::string& dat_path);

}  // namespace claimdiff::detail
