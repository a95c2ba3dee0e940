#pragma once
// A file mapped read-only into memory: its bytes as one string_view, paged in from the system's
// file cache as they are touched, never copied. A thesaurus read through its index touches a few
// pages of its 18 MB; WordNet's 21 MB of data files are searched in place.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <string_view>

namespace claimdiff::detail {

class MappedFile {
 public:
  // Maps `path`; ok() is false when it cannot be opened or mapped.
  explicit MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
      size_ = static_cast<std::size_t>(st.st_size);
      ok_ = true;
      if (size_ > 0) {
        data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data_ == MAP_FAILED) data_ = nullptr, size_ = 0, ok_ = false;
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  bool ok() const { return ok_; }
  std::string_view text() const { return data_ == nullptr ? std::string_view() : std::string_view(static_cast<const char*>(data_), size_); }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
  bool ok_ = false;
};

}  // namespace claimdiff::detail
