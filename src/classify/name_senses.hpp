#pragma once
// What a proper name denotes by WordNet: the noun synsets a name is a lemma of ("Great Britain",
// "United Kingdom" and "UK" are one synset) and those an adjective pertains to ("Finnish" ->
// Finland, "naval" -> navy). Two wordings with a sense in common name the same place or body.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimdiff::detail {

class MappedFile;

// WordNet's index and data files of nouns and adjectives and its verb index, mapped and searched in
// place: a look-up finds the lemma's index line (Index: a binary search, or a hash table once a
// long text has searched enough) and reads a few adjective lines at their byte offsets.
class NameSenses {
 public:
  explicit NameSenses(const std::string& wordnet_dir);
  ~NameSenses();
  bool ok() const { return ok_; }
  // What `name` (lowercase, words separated by single spaces) denotes. `synsets`, sorted: its
  // senses as a noun and the nouns it pertains to as an adjective, each a synset with a proper
  // name among its lemmas ("Finland"; not "state, nation, country"), less the senses of a name
  // WordNet gives to two things of one class in one place ("Russia": two countries of Eurasia).
  // `nouns`: the noun words an adjective is derived from or pertains to, word to word ("naval" ->
  // "navy", "Finnish" -> "Finland"), whatever their synset.
  struct Senses {
    std::vector<std::uint32_t> synsets;
    std::vector<std::string> nouns;
  };
  Senses senses(std::string_view name) const;
  // Whether WordNet lists lowercase `lemma` as an adjective, or as a verb ("harm").
  bool adjective(std::string_view lemma) const;
  bool verb(std::string_view lemma) const;
  // Whether WordNet gives lowercase adjective `lemma` a pertainym (`\`) pointer to a noun in one of
  // its senses: a relational adjective, said of a thing ("Czech", "Swedish", "naval"), not a quality.
  bool relational(std::string_view lemma) const;
  // False when no noun or adjective lemma begins with the words of `phrase` (as `senses` takes
  // it) followed by another word ("of the" begins none, "united" begins "United States"), so no
  // longer phrase from it denotes anything. True when that is not known yet: the indexes answer
  // it once they have built their hash tables (a long text).
  bool begins_lemma(std::string_view phrase) const;

 private:
  // One of WordNet's index files, mapped: the line of a lemma by binary search, or by a hash
  // table of its lines once the searches have read about as much as the whole file (a long text
  // looks up tens of thousands of phrases, most in no index).
  class Index {
   public:
    explicit Index(const std::string& path);
    ~Index();
    bool ok() const;
    std::optional<std::string_view> line(std::string_view lemma) const;
    // Whether a lemma begins with the words whose hash (hash_bytes, words separated by spaces)
    // is `prefix_hash`, then '_'; true while the table is not built.
    bool may_begin(std::uint64_t prefix_hash) const;

   private:
    void build() const;
    std::unique_ptr<MappedFile> file_;
    mutable std::atomic<std::size_t> searched_{0};
    mutable std::atomic<bool> ready_{false};
    mutable std::once_flag built_;
    mutable std::vector<std::uint32_t> slots_;  // line start + 1 by hash of its lemma; 0: free
    mutable std::vector<std::uint64_t> prefixes_;  // sorted hashes of the lemmas' words before each '_', spaced
    // A bit per slice of each of those hashes (2^20 bits, a few percent set): most phrases begin
    // no lemma, and the bit says so without a search.
    mutable std::vector<std::uint64_t> prefix_bits_;
  };
  Senses look_up(std::string_view name) const;
  static std::vector<std::string_view> lemmas(const MappedFile& data, std::uint32_t offset);
  bool proper(std::uint32_t offset) const;  // whether a lemma of the noun synset is capitalised
  std::vector<std::uint32_t> pointed(std::uint32_t offset, std::string_view kind) const;
  void drop_ambiguous(std::vector<std::uint32_t>& synsets) const;
  std::unique_ptr<Index> index_noun_, index_adj_, index_verb_;
  std::unique_ptr<MappedFile> data_adj_, data_noun_;
  bool ok_ = false;
  // Answers already looked up: a text names the same few places and bodies in claim after claim.
  // Shared by the threads of a batch; emptied when it reaches its bound, so memory stays bounded.
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, Senses> cache_;
};

// The NameSenses of the installed WordNet, mapped on first use and kept for the process; null
// when WordNet is not installed.
const NameSenses* installed_name_senses();

}  // namespace claimdiff::detail
