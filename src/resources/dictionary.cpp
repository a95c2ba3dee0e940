#include <sys/stat.h>
#include <zlib.h>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "claimdiff/error.hpp"
#include "claimdiff/resources.hpp"
#include "claimdiff/text.hpp"
#include "resources/index_lower.hpp"
#include "resources/mapped_file.hpp"
#include "resources/sorted_lines.hpp"

namespace claimdiff {
namespace {

// Adds a translation unless the source already has `limit` of them.
void add(Dictionary& d, std::string_view source, std::string_view target, std::size_t limit = SIZE_MAX) {
  std::string s = comparison_key(trim(source)), t = comparison_key(trim(target));
  if (s.empty() || t.empty()) return;
  auto& v = d.entries[s];
  if (v.size() < limit && std::find(v.begin(), v.end(), t) == v.end()) v.push_back(std::move(t));
}

// Translations kept per FreeDict headword, in the order of its entries. FreeDict lists the main
// senses first; a headword with dozens of entries and rare senses (English "set" has 34 in
// freedict-eng-deu) would otherwise put much of the target vocabulary into the bags of every
// sentence using it.
constexpr std::size_t kTranslationsPerHeadword = 4;

// dictd's index encodes offsets and lengths in its own base64 (A-Z a-z 0-9 + /, most significant first).
std::size_t b64(std::string_view s) {
  std::size_t v = 0;
  for (char c : s) {
    int d = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+' ? 62 : c == '/' ? 63 : -1;
    if (d < 0) return SIZE_MAX;
    v = v * 64 + static_cast<std::size_t>(d);
  }
  return v;
}

std::string gunzip_file(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) throw Error(path, "cannot read dictionary data");
  std::string out;
  char buf[1 << 16];
  int n = 0;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  bool bad = n < 0;
  gzclose(f);
  if (bad) throw Error(path, "corrupt compressed dictionary data");
  return out;
}

// A FreeDict entry: the headword line ("Haus /haʊ̯s/ <n, neut>"), then the translations
// ("maison, bâtiment"), then perhaps a definition in the source language; numbered senses
// ("1. maison") each give translations too.
// Returns whether the headword has all the translations it keeps.
bool parse_entry(Dictionary& d, const std::string& headword, std::string_view body) {
  std::size_t at = body.find('\n');  // past the headword line
  bool first = true;
  while (at != std::string_view::npos) {
    const std::size_t line = at + 1;
    at = body.find('\n', line);
    std::string t(trim(body.substr(line, at == std::string_view::npos ? std::string_view::npos : at - line)));
    if (t.empty()) continue;
    bool numbered = t.size() > 2 && std::isdigit(static_cast<unsigned char>(t[0])) && t[1] == '.';
    if (!first && !numbered) break;
    if (numbered) t = trim(std::string_view(t).substr(2));
    first = false;
    std::size_t from = 0;
    while (from <= t.size()) {
      std::size_t comma = t.find_first_of(",;", from);
      std::string part(trim(std::string_view(t).substr(from, comma == std::string::npos ? std::string::npos : comma - from)));
      if (!part.empty() && part.size() < 60) add(d, headword, part, kTranslationsPerHeadword);
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
  }
  const auto it = d.entries.find(comparison_key(trim(headword)));
  return it != d.entries.end() && it->second.size() >= kTranslationsPerHeadword;
}

Dictionary read_dictd(const std::string& index_path) {
  std::string base = index_path.substr(0, index_path.size() - std::string(".index").size());
  std::string data;
  if (std::ifstream(base + ".dict.dz")) data = gunzip_file(base + ".dict.dz");
  else if (std::ifstream(base + ".dict")) data = gunzip_file(base + ".dict");  // zlib reads plain files too
  else throw Error(index_path, "no .dict.dz or .dict beside the index");
  std::ifstream in(index_path);
  if (!in) throw Error(index_path, "cannot read dictionary index");
  Dictionary d;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) throw Error(index_path, "expected WORD<TAB>OFFSET<TAB>LENGTH", number);
    std::string word = line.substr(0, t1);
    if (word.rfind("00database", 0) == 0 || word.empty()) continue;
    std::size_t offset = b64(std::string_view(line).substr(t1 + 1, t2 - t1 - 1));
    std::size_t length = b64(std::string_view(line).substr(t2 + 1));
    if (offset == SIZE_MAX || length == SIZE_MAX || offset > data.size() || length > data.size() - offset) {
      throw Error(index_path, "entry points outside the dictionary data", number);
    }
    parse_entry(d, word, std::string_view(data).substr(offset, length));
  }
  return d;
}

// A dictd database (its index and its definitions) mapped once per process and shared by every
// read of it: `claimdiff batch` runs many pairs of one language pair, on several threads, and each
// reads the same dictionary. A `.dict.dz` is dictzip (a gzip file compressed in chunks of a few
// tens of kilobytes, each on its own, their sizes listed in the header's "RA" field): only the
// chunks an entry spans are inflated, each whole, and kept for later reads within a bound. A plain gzip or `.dict` is read whole.
class DictFile {
 public:
  explicit DictFile(const std::string& index_path) : index_(index_path) {
    if (!index_.ok()) throw Error(index_path, "cannot read dictionary index");
    const std::string base = index_path.substr(0, index_path.size() - std::string(".index").size());
    path_ = base + ".dict.dz";
    data_ = std::make_unique<detail::MappedFile>(path_);
    if (!data_->ok()) {
      path_ = base + ".dict";
      if (!std::ifstream(path_)) throw Error(index_path, "no .dict.dz or .dict beside the index");
      whole_ = gunzip_file(path_);
      return;
    }
    if (!read_chunk_table()) whole_ = gunzip_file(path_);
  }

  std::string_view index() const { return index_.text(); }

  // Bytes [offset, offset + length) of the uncompressed data into `out` (replacing what it held);
  // throws when they lie outside the data. Safe to call from several threads at once.
  std::string_view read(std::size_t offset, std::size_t length, std::string& out) const {
    if (chunks_ == nullptr) {
      if (offset > whole_.size() || length > whole_.size() - offset) throw Error(path_, "entry points outside the dictionary data");
      return std::string_view(whole_).substr(offset, length);
    }
    out.clear();
    if (length == 0) return out;
    const std::size_t first = offset / chunk_length_, last = (offset + length - 1) / chunk_length_;
    if (last + 1 >= chunk_start_.size()) throw Error(path_, "entry points outside the dictionary data");
    for (std::size_t k = first; k <= last; ++k) {
      const std::size_t from = k == first ? offset - k * chunk_length_ : 0;
      const std::size_t to = k < last ? chunk_length_ : offset + length - k * chunk_length_;
      const std::shared_ptr<const std::string> c = chunk(k);
      if (c->size() < to) throw Error(path_, "entry points outside the dictionary data");
      out.append(*c, from, to - from);
    }
    return out;
  }

 private:
  // The gzip header (RFC 1952) and dictzip's chunk table; false when the file is not dictzip.
  bool read_chunk_table() {
    const std::string_view f = data_->text();
    auto u16 = [&](std::size_t at) { return std::size_t(std::uint8_t(f[at])) | std::size_t(std::uint8_t(f[at + 1])) << 8; };
    if (f.size() < 12 || std::uint8_t(f[0]) != 0x1f || std::uint8_t(f[1]) != 0x8b || f[2] != 8) return false;
    const std::uint8_t flags = std::uint8_t(f[3]);
    constexpr std::uint8_t kExtra = 4, kName = 8, kComment = 16, kHeaderCrc = 2;
    if ((flags & kExtra) == 0) return false;
    const std::size_t xlen = u16(10), extra_end = 12 + xlen;
    if (extra_end > f.size()) return false;
    std::vector<std::size_t> sizes;
    for (std::size_t at = 12; at + 4 <= extra_end;) {
      const std::size_t len = u16(at + 2);
      if (at + 4 + len > extra_end) return false;
      if (f[at] == 'R' && f[at + 1] == 'A' && len >= 6) {
        chunk_length_ = u16(at + 6);
        const std::size_t count = u16(at + 8);
        if (10 + 2 * count > len + 4) return false;
        for (std::size_t k = 0; k < count; ++k) sizes.push_back(u16(at + 10 + 2 * k));
      }
      at += 4 + len;
    }
    if (chunk_length_ == 0 || sizes.empty()) return false;
    std::size_t at = extra_end;
    for (std::uint8_t flag : {kName, kComment}) {
      if ((flags & flag) == 0) continue;
      at = f.find('\0', at);
      if (at == std::string_view::npos) return false;
      ++at;
    }
    if ((flags & kHeaderCrc) != 0) at += 2;
    chunk_start_.push_back(at);
    for (std::size_t size : sizes) chunk_start_.push_back(chunk_start_.back() + size);
    if (chunk_start_.back() > f.size()) return false;
    chunks_ = std::make_unique<Chunk[]>(sizes.size());
    return true;
  }

  // Inflated chunks are kept for later reads, the least recently used given back beyond this
  // many bytes, so a long batch reading many entries stays within it.
  static constexpr std::size_t kCachedBytes = 32u << 20;

  struct Chunk {
    std::mutex mutex;  // held while the chunk is inflated, so that one thread does it
    std::shared_ptr<const std::string> out;  // null when not inflated or given back (under lru_mutex_)
    std::list<std::size_t>::iterator used;   // its place in lru_ while `out` is set
  };

  // Chunk k inflated: from the cache, or inflated whole (raw deflate: dictzip flushes the
  // compressor at every chunk boundary, so each chunk starts a stream of its own) and cached.
  std::shared_ptr<const std::string> chunk(std::size_t k) const {
    Chunk& c = chunks_[k];
    auto cached = [&]() -> std::shared_ptr<const std::string> {
      std::lock_guard<std::mutex> lock(lru_mutex_);
      if (c.out) lru_.splice(lru_.begin(), lru_, c.used);
      return c.out;
    };
    if (auto out = cached()) return out;
    std::lock_guard<std::mutex> inflating(c.mutex);
    if (auto out = cached()) return out;
    auto out = std::make_shared<const std::string>(inflate_chunk(k));
    std::lock_guard<std::mutex> lock(lru_mutex_);
    c.out = out;
    lru_.push_front(k);
    c.used = lru_.begin();
    cached_bytes_ += out->size();
    while (cached_bytes_ > kCachedBytes && lru_.size() > 1) {
      Chunk& old = chunks_[lru_.back()];
      cached_bytes_ -= old.out->size();
      old.out.reset();
      lru_.pop_back();
    }
    return out;
  }

  std::string inflate_chunk(std::size_t k) const {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw Error(path_, "cannot inflate dictionary data");
    const std::string_view f = data_->text();
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(f.data() + chunk_start_[k]));
    z.avail_in = static_cast<uInt>(chunk_start_[k + 1] - chunk_start_[k]);
    std::string out(chunk_length_, '\0');
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_SYNC_FLUSH);
    const std::size_t got = out.size() - z.avail_out;
    inflateEnd(&z);
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) throw Error(path_, "corrupt compressed dictionary data");
    out.resize(got);
    return out;
  }

  detail::MappedFile index_;
  std::string path_;
  std::unique_ptr<detail::MappedFile> data_;
  std::size_t chunk_length_ = 0;
  std::vector<std::size_t> chunk_start_;  // compressed offset of each chunk, and the end
  std::unique_ptr<Chunk[]> chunks_;       // null when the data is read whole
  mutable std::mutex lru_mutex_;
  mutable std::list<std::size_t> lru_;  // the inflated chunks, most recently used first
  mutable std::size_t cached_bytes_ = 0;
  std::string whole_;
};

// What identifies a file's contents for the cache: a file rewritten or replaced at the same path
// (as tests do) is read afresh.
struct FileStamp {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = -1;
  std::int64_t modified_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {st.st_dev, st.st_ino, st.st_size, std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// The process's DictFile for `index_path`, opened on first use. The registry's lock covers only
// finding the file's slot; the slot's own lock covers opening it (mapping, the chunk table, or
// the whole read of a plain file), so threads reading other dictionaries do not wait on it.
std::shared_ptr<const DictFile> dict_file(const std::string& index_path) {
  struct Slot {
    std::mutex mutex;
    std::array<FileStamp, 3> stamps;  // the index, the .dict.dz, the .dict
    std::shared_ptr<const DictFile> file;
  };
  static std::mutex registry_mutex;
  static std::map<std::string, std::shared_ptr<Slot>> registry;
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(registry_mutex);
    std::shared_ptr<Slot>& s = registry[index_path];
    if (!s) s = std::make_shared<Slot>();
    slot = s;
  }
  const std::string base = index_path.substr(0, index_path.size() - std::string(".index").size());
  const std::array<FileStamp, 3> now = {stamp(index_path), stamp(base + ".dict.dz"), stamp(base + ".dict")};
  std::lock_guard<std::mutex> lock(slot->mutex);
  if (!slot->file || slot->stamps != now) {
    slot->file = nullptr;
    slot->file = std::make_shared<const DictFile>(index_path);
    slot->stamps = now;
  }
  return slot->file;
}

// The entries of `words` only: each looked up in the index in place (sorted by headword; one
// headword may have several lines, side by side), its definition read where the line points.
//
// Every entry of the words is read first, in the order of its offset in the data, so that each
// dictzip chunk is inflated once: a long document's words touch most of the data, more than the
// chunk cache keeps, and in headword order they would come back to a chunk after it was given
// back. The entries are then parsed in index order, a headword's later entries skipped once it
// has its translations, and an error is reported where that reading would meet it.
Dictionary read_dictd_entries(const std::string& index_path, const std::vector<std::string>& words) {
  const std::shared_ptr<const DictFile> data = dict_file(index_path);
  const std::string_view text = data->index();
  auto field = [](std::string_view line) { return line.substr(0, line.find('\t')); };
  auto line_at = [&](std::size_t start) {
    const std::size_t end = text.find('\n', start);
    return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  };
  // Each headword once, in index order.
  std::vector<std::string> keys;
  for (const std::string& word : words) keys.push_back(detail::index_lower(word));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  // An index line of a headword found: where its definition lies, its text once read, or why it
  // cannot be read.
  struct Entry {
    const std::string* key = nullptr;
    std::size_t offset = 0, length = 0;
    std::string body;
    std::optional<Error> error;
  };
  std::vector<Entry> entries;
  for (const std::string& key : keys) {
    if (key.empty()) continue;
    const auto hit = detail::sorted_line(text, key, '\t');
    if (!hit) continue;
    std::size_t start = static_cast<std::size_t>(hit->data() - text.data());
    while (start > 0) {
      const std::size_t prev_end = start - 1;  // the newline ending the line before
      const std::size_t nl = prev_end == 0 ? std::string_view::npos : text.rfind('\n', prev_end - 1);
      const std::size_t from = nl == std::string_view::npos ? 0 : nl + 1;
      if (field(text.substr(from, prev_end - from)) != key) break;
      start = from;
    }
    for (std::size_t at = start; at < text.size();) {
      const std::string_view line = line_at(at);
      if (field(line) != key) break;
      Entry& e = entries.emplace_back();
      e.key = &key;
      const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t2 == std::string_view::npos) {
        e.error = Error(index_path, "expected WORD<TAB>OFFSET<TAB>LENGTH");
      } else {
        e.offset = b64(line.substr(t1 + 1, t2 - t1 - 1));
        e.length = b64(line.substr(t2 + 1));
        if (e.offset == SIZE_MAX || e.length == SIZE_MAX) e.error = Error(index_path, "entry points outside the dictionary data");
      }
      at += line.size() + 1;
    }
  }
  std::vector<Entry*> by_offset;
  for (Entry& e : entries)
    if (!e.error) by_offset.push_back(&e);
  std::stable_sort(by_offset.begin(), by_offset.end(), [](const Entry* x, const Entry* y) { return x->offset < y->offset; });
  std::string scratch;
  for (Entry* e : by_offset) {
    try {
      e->body = data->read(e->offset, e->length, scratch);
    } catch (const Error& error) {
      e->error = error;
    }
  }
  Dictionary d;
  for (std::size_t i = 0; i < entries.size();) {
    const std::string* key = entries[i].key;
    for (; i < entries.size() && entries[i].key == key; ++i) {
      if (entries[i].error) throw *entries[i].error;
      if (parse_entry(d, *key, entries[i].body)) break;  // its later entries not parsed
    }
    while (i < entries.size() && entries[i].key == key) ++i;
  }
  return d;
}

Dictionary read_tsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(path, "cannot read dictionary");
  Dictionary d;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string_view rest = std::string_view(line).substr(tab + 1);
    while (true) {
      std::size_t next = rest.find('\t');
      add(d, std::string_view(line).substr(0, tab), rest.substr(0, next));
      if (next == std::string_view::npos) break;
      rest.remove_prefix(next + 1);
    }
  }
  return d;
}

}  // namespace

Dictionary read_dictionary(const std::string& path) {
  if (path.size() > 6 && path.ends_with(".index")) return read_dictd(path);
  return read_tsv(path);
}

Dictionary read_dictionary(const std::string& path, const std::vector<std::string>& words) {
  if (path.size() > 6 && path.ends_with(".index")) return read_dictd_entries(path, words);
  Dictionary all = read_tsv(path), out;
  for (const std::string& word : words) {
    auto it = all.entries.find(comparison_key(word));
    if (it != all.entries.end()) out.entries.insert(*it);
  }
  return out;
}

std::string find_dictionary(const std::string& from, const std::string& to, const std::vector<std::string>& directories) {
  // FreeDict names its databases by ISO 639-3 codes (freedict-deu-eng); ICU maps the two-letter
  // codes claimdiff takes to those.
  auto three = [](const std::string& code) { return std::string(icu::Locale(code.c_str()).getISO3Language()); };
  const std::string a = three(from), b = three(to);
  if (a.empty() || b.empty() || a == b) return {};
  for (const auto& dir : directories) {
    const std::filesystem::path index = std::filesystem::path(dir) / ("freedict-" + a + "-" + b + ".index");
    std::error_code ec;
    if (std::filesystem::exists(index, ec)) return index.string();
  }
  return {};
}

}  // namespace claimdiff
