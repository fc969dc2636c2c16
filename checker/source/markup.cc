#include "checker/source/markup.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "re2/re2.h"

namespace claimdiff {
namespace {

// Blanks capture group `group` of every match of `re` in `text`; group 0
// is the whole match and -1 means every capture group.
void BlankMatches(const RE2& re, int group, std::string* text) {
  const int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> m(ngroups);
  size_t pos = 0;
  while (pos <= text->size()) {
    // Match against a copy of the view each time: blanking does not change
    // length, so offsets stay valid.
    re2::StringPiece whole(*text);
    if (!re.Match(whole, pos, whole.size(), RE2::UNANCHORED, m.data(),
                  ngroups)) {
      break;
    }
    const size_t begin = m[0].data() - whole.data();
    const size_t end = begin + m[0].size();
    // group -1: every capture group (the syntax), not the prose between.
    const int first = group == -1 ? 1 : group;
    const int last = group == -1 ? ngroups - 1 : group;
    for (int g = first; g <= last; ++g) {
      if (m[g].data() == nullptr) continue;
      const size_t b = m[g].data() - whole.data();
      BlankRange(text, b, b + m[g].size());
    }
    pos = end > begin ? end : begin + 1;
  }
}

// The fence character ('`' or '~') if `line` is a code fence, else 0.
char FenceChar(absl::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  absl::string_view rest = line.substr(i);
  if (rest.substr(0, 3) == "```") return '`';
  if (rest.substr(0, 3) == "~~~") return '~';
  return 0;
}

}  // namespace

void BlankRange(std::string* text, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < text->size(); ++i) {
    if ((*text)[i] != '\n' && (*text)[i] != '\r') (*text)[i] = ' ';
  }
}

void MaskMarkdown(std::string* text) {
  // HTML comments first, so a fence inside a comment opens no code block.
  static const RE2* const kComment = new RE2(R"((?s)<!--.*?-->)");
  BlankMatches(*kComment, 0, text);

  // Front matter and fenced code are line-structured; handle them by lines.
  // A fence closes only with the character that opened it (CommonMark).
  size_t pos = 0;
  char fence = 0;  // '`' or '~' inside a code block, else 0
  bool in_front_matter = false;
  bool first_line = true;
  while (pos < text->size()) {
    size_t eol = text->find('\n', pos);
    if (eol == std::string::npos) eol = text->size();
    absl::string_view line(text->data() + pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const char opener = FenceChar(line);
    if (first_line && line == "---") {
      in_front_matter = true;
      BlankRange(text, pos, eol);
    } else if (in_front_matter) {
      if (line == "---" || line == "...") in_front_matter = false;
      BlankRange(text, pos, eol);
    } else if (fence != 0) {
      if (opener == fence) fence = 0;
      BlankRange(text, pos, eol);
    } else if (opener != 0) {
      fence = opener;
      BlankRange(text, pos, eol);
    }
    first_line = false;
    pos = eol + 1;
  }

  // The rest is inline syntax. Each pattern blanks either the whole match
  // (group 0) or only its syntax groups, leaving the prose between them.
  static const RE2* const kTag = new RE2(R"(</?[A-Za-z][^<>\n]*>)");
  static const RE2* const kRefDef =
      new RE2(R"((?m)^ {0,3}\[[^\]\n]+\]:[^\n]*)");
  static const RE2* const kLink =
      new RE2(R"((!?\[)[^\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\]))");
  static const RE2* const kHeading = new RE2(R"((?m)^ {0,3}(#{1,6})[ \t])");
  static const RE2* const kClosingHashes = new RE2(R"((?m)[ \t](#+)[ \t]*$)");
  static const RE2* const kQuote = new RE2(R"((?m)^ {0,3}((?:> ?)+))");
  // Closing underscores are tried before opening ones so "__71__" loses
  // both runs rather than reading the first "_" of "__" as the character
  // before an opener.
  static const RE2* const kEmphasis = new RE2(
      R"((\*{1,3})|(`+)|(_{1,3})(?:[^\pL\pN_]|$)|(?:^|[^\pL\pN_])(_{1,3}))");
  BlankMatches(*kTag, 0, text);
  BlankMatches(*kRefDef, 0, text);
  BlankMatches(*kLink, -1, text);
  BlankMatches(*kHeading, 1, text);
  BlankMatches(*kClosingHashes, 1, text);
  BlankMatches(*kQuote, 1, text);
  BlankMatches(*kEmphasis, -1, text);
}

absl::Status MaskExcluded(const std::vector<std::string>& patterns,
                          std::string* text) {
  for (const std::string& pattern : patterns) {
    RE2::Options options;
    options.set_log_errors(false);
    RE2 re(pattern, options);
    if (!re.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "exclude pattern \"", pattern, "\" is not valid RE2: ", re.error()));
    }
    // Blank only the whole match: groups in an exclude pattern are for the
    // author's grouping, not for partial exclusion.
    BlankMatches(re, 0, text);
  }
  return absl::OkStatus();
}

}  // namespace claimdiff
