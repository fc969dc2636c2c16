#include "checker/common/unicode_fold.h"

#include <array>
#include <cstdlib>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "re2/re2.h"
#include "utf8proc.h"

namespace claimdiff {
namespace {

// utf8proc's map: compatibility composition, case folding and marks
// stripped (which needs the decomposition it then recomposes), in one pass.
constexpr int kFoldOptions = UTF8PROC_STABLE | UTF8PROC_COMPAT |
                             UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                             UTF8PROC_STRIPMARK | UTF8PROC_LUMP;

// Folds with utf8proc; nullopt-like empty result with `ok` false when the
// input is not valid UTF-8.
std::string MapWithUtf8proc(absl::string_view text, bool* ok) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &out,
                   static_cast<utf8proc_option_t>(kFoldOptions));
  if (n < 0) {
    *ok = false;
    return "";
  }
  std::string folded(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(n));
  std::free(out);
  *ok = true;
  return folded;
}

std::string CollapseSpaces(absl::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// For each ASCII letter, the precomposed Latin letters (from Latin-1 to
// Latin Extended Additional) that fold to it, as UTF-8: the alternatives
// AccentInsensitivePattern offers in its place. Built once from utf8proc's
// tables rather than written out, so it cannot miss a letter.
const std::array<std::string, 26>& AccentedForms() {
  static const std::array<std::string, 26>* const kForms = [] {
    auto* forms = new std::array<std::string, 26>();
    const auto add_range = [forms](utf8proc_int32_t from, utf8proc_int32_t to) {
      for (utf8proc_int32_t cp = from; cp <= to; ++cp) {
        if (!utf8proc_codepoint_valid(cp)) continue;
        utf8proc_uint8_t buf[4];
        const utf8proc_ssize_t len = utf8proc_encode_char(cp, buf);
        const std::string encoded(reinterpret_cast<const char*>(buf),
                                  static_cast<size_t>(len));
        bool ok = false;
        const std::string folded = MapWithUtf8proc(encoded, &ok);
        if (ok && folded.size() == 1 && absl::ascii_islower(folded[0])) {
          (*forms)[folded[0] - 'a'].append(encoded);
        }
      }
    };
    add_range(0x00C0, 0x024F);  // Latin-1 Supplement, Extended-A and -B
    add_range(0x1E00, 0x1EFF);  // Latin Extended Additional
    return forms;
  }();
  return *kForms;
}

}  // namespace

std::string FoldName(absl::string_view text) {
  bool ok = false;
  std::string folded = MapWithUtf8proc(text, &ok);
  if (!ok) folded = absl::AsciiStrToLower(text);
  return CollapseSpaces(folded);
}

std::string AccentInsensitivePattern(absl::string_view literal) {
  const std::string folded = FoldName(literal);
  std::string out = "(?i:";
  bool in_space = false;
  for (char c : folded) {
    if (c == ' ') {
      if (!in_space) out.append(R"(\s+)");
      in_space = true;
      continue;
    }
    in_space = false;
    if (absl::ascii_islower(static_cast<unsigned char>(c))) {
      const std::string& forms = AccentedForms()[c - 'a'];
      if (forms.empty()) {
        out.push_back(c);
      } else {
        // (?i) covers the capitals of the precomposed letters as well.
        absl::StrAppend(&out, "[", std::string(1, c), forms, "]");
      }
    } else if (c == '\'') {
      // What UTF8PROC_LUMP folds to ' and -, so the pattern finds what
      // FoldName equates.
      out.append("['\xE2\x80\x98\xE2\x80\x99]");
    } else if (c == '-') {
      out.append("[-\xE2\x80\x90\xE2\x80\x91\xE2\x80\x93\xE2\x80\x94]");
    } else {
      out.append(RE2::QuoteMeta(re2::StringPiece(&c, 1)));
    }
  }
  out.push_back(')');
  return out;
}

}  // namespace claimdiff
