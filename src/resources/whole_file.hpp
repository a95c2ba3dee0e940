#pragma once
// The rest of an open file as one string, read in one call rather than through the stream's
// buffer: WordNet's data files (21 MB) and a thesaurus index (3 MB) are searched in memory.

#include <fstream>
#include <string>

namespace claimdiff::detail {

inline std::string whole_file(std::ifstream& in) {
  const std::streampos from = in.tellg();
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg() - from;
  in.seekg(from);
  std::string out(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<std::size_t>(in.gcount()));
  return out;
}

}  // namespace claimdiff::detail
