#pragma once
// Buffered writers shared by the report formats: a plain byte sink with HTML escaping, and the
// streaming JSON writer behind the claimdiff/1 report and SARIF.

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// Appends to a buffer flushed to `out` every megabyte: one ostream write per megabyte instead of
// one per piece, and no string growing with the whole report.
class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) { buf_.reserve(kFlushAt + 4096); }
  ~Sink() { flush(); }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    written_ += buf_.size();
    buf_.clear();
  }
  Sink& operator<<(std::string_view s) {
    buf_.append(s);
    if (buf_.size() > kFlushAt) flush();
    return *this;
  }
  Sink& operator<<(char c) {
    buf_.push_back(c);
    return *this;
  }
  Sink& operator<<(std::size_t n) {
    char tmp[24];
    auto [end, ec] = std::to_chars(tmp, tmp + sizeof tmp, n);
    (void)ec;
    return *this << std::string_view(tmp, static_cast<std::size_t>(end - tmp));
  }
  Sink& operator<<(std::uint32_t n) { return *this << static_cast<std::size_t>(n); }
  Sink& operator<<(const char* s) { return *this << std::string_view(s); }
  Sink& operator<<(const std::string& s) { return *this << std::string_view(s); }
  // Bytes written so far, flushed or not.
  std::size_t size() const { return written_ + buf_.size(); }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  std::ostream& out_;
  std::string buf_;
  std::size_t written_ = 0;
};

// Writes `s` escaped for HTML text and double- or single-quoted attribute values. C0 controls
// other than tab and newline, which HTML forbids, become U+FFFD.
inline void html_escape(Sink& out, std::string_view s) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    const char* rep = nullptr;
    switch (c) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = "&quot;"; break;
      case '\'': rep = "&#39;"; break;
      case '\t': case '\n': break;
      default:
        if (c < 0x20 || c == 0x7f) rep = "\xEF\xBF\xBD";
    }
    if (!rep) continue;
    out << s.substr(from, i - from) << rep;
    from = i + 1;
  }
  out << s.substr(from);
}

// A streaming JSON writer: the report of two book-length versions has millions of values, and
// building a DOM first (nlohmann::json) costs several times the whole comparison.
class JsonWriter {
 public:
  // `compact`: on one line, without the spaces and newlines that only lay the document out.
  explicit JsonWriter(std::ostream& out, bool compact = false) : out_(&out), compact_(compact) { buf_.reserve(kFlushAt + 4096); }
  // A writer for a run of values inside another writer's open array or object at `depth`,
  // rendered apart (on another thread) into `chunks` and handed back with raw(); `first` as the
  // run's first value would find it.
  JsonWriter(std::vector<std::string>& chunks, std::size_t depth, bool first, bool compact = false)
      : chunks_(&chunks), compact_(compact) {
    buf_.reserve(kFlushAt + 4096);
    stack_.assign(depth, false);
    first_ = first;
  }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void flush() {
    if (chunks_ != nullptr) {
      if (buf_.empty()) return;
      chunks_->push_back(std::move(buf_));
      buf_ = std::string();
      buf_.reserve(kFlushAt + 4096);
      return;
    }
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  std::size_t depth() const { return stack_.size(); }
  bool compact() const { return compact_; }
  bool at_first() const { return first_; }
  // Appends the chunks of values rendered by a writer made with (depth(), at_first()) for this
  // position, without copying them again.
  void raw(const std::vector<std::string>& rendered) {
    for (const std::string& chunk : rendered) {
      if (chunk.empty()) continue;
      flush();
      if (chunks_ != nullptr) chunks_->push_back(chunk);
      else out_->write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      first_ = false;
    }
  }

  void begin_object() { value_prefix(); put('{'); stack_.push_back(true); first_ = true; }
  void end_object() { close('}'); }
  void begin_array() { value_prefix(); put('['); stack_.push_back(false); first_ = true; }
  void end_array() { close(']'); }
  // `k` is one of the report's own key names (plain ASCII): written without an escaping pass.
  JsonWriter& key(std::string_view k) {
    separator();
    newline();
    put('"');
    buf_.append(k);
    put(compact_ ? "\":" : "\": ");
    after_key_ = true;
    return *this;
  }
  void value(std::string_view v) { value_prefix(); string_literal(v); }
  void value(const char* v) { value(std::string_view(v)); }
  void value(const std::string& v) { value(std::string_view(v)); }
  void value(std::size_t v) {
    value_prefix();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  void value(std::uint32_t v) { value(static_cast<std::size_t>(v)); }
  void value(bool v) { value_prefix(); put(v ? "true" : "false"); }
  void value(double v) {
    value_prefix();
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::round(v * 1000) / 1000, std::chars_format::fixed, 3);
    if (ec != std::errc()) end = buf + std::snprintf(buf, sizeof buf, "%.3g", v);
    std::string_view s(buf, static_cast<std::size_t>(end - buf));
    while (s.size() > 1 && s.back() == '0' && s.find('.') != std::string_view::npos) s.remove_suffix(1);
    if (s.back() == '.') s.remove_suffix(1);
    put(s);
  }
  void ids(const std::vector<std::uint32_t>& v) {
    value_prefix();
    put('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) put(compact_ ? "," : ", ");
      char buf[16];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v[i]);
      (void)ec;
      put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
    }
    put(']');
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  void put(char c) { buf_.push_back(c); }
  void put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() > kFlushAt) flush();
  }
  void value_prefix() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    separator();
    if (!stack_.empty()) newline();
  }
  void separator() {
    if (!first_) put(',');
    first_ = false;
  }
  void newline() {
    if (compact_) return;
    put('\n');
    buf_.append(2 * stack_.size(), ' ');
  }
  void close(char c) {
    bool empty = first_;
    stack_.pop_back();
    if (!empty) newline();
    put(c);
    first_ = false;
  }
  void string_literal(std::string_view s) {
    put('"');
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      put(s.substr(from, i - from));
      from = i + 1;
      switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\t': put("\\t"); break;
        case '\r': put("\\r"); break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          put(buf);
        }
      }
    }
    put(s.substr(from));
    put('"');
  }

  std::ostream* out_ = nullptr;
  std::vector<std::string>* chunks_ = nullptr;
  bool compact_ = false;
  std::string buf_;
  std::vector<bool> stack_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace claimdiff::detail
