#include "checker/source/front_matter.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "yaml-cpp/yaml.h"

namespace claimdiff {
namespace {

// One line of `text` starting at `pos`, without its line break.
absl::string_view LineAt(absl::string_view text, size_t pos, size_t* next) {
  size_t eol = text.find('\n', pos);
  if (eol == absl::string_view::npos) eol = text.size();
  *next = eol + 1;
  absl::string_view line = text.substr(pos, eol - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Where `mark` (a position yaml-cpp gives within `yaml`) lies in the
// document, `yaml` starting at `begin`.
size_t OffsetOf(const YAML::Mark& mark, size_t begin, size_t yaml_size) {
  if (mark.pos < 0) return begin;
  return begin + std::min(static_cast<size_t>(mark.pos), yaml_size);
}

StatedDate Problem(size_t offset, std::string message) {
  StatedDate date;
  date.from = DateSource::kFrontMatter;
  date.offset = offset;
  date.day = absl::InvalidArgumentError(std::move(message));
  return date;
}

}  // namespace

std::vector<StatedDate> FrontMatterDates(absl::string_view markdown) {
  size_t pos = 0;
  if (LineAt(markdown, 0, &pos) != "---") return {};
  const size_t begin = std::min(pos, markdown.size());
  size_t end = markdown.size();
  while (pos < markdown.size()) {
    const size_t line_start = pos;
    const absl::string_view line = LineAt(markdown, pos, &pos);
    if (line == "---" || line == "...") {
      end = line_start;
      break;
    }
  }
  const std::string yaml(markdown.substr(begin, end - begin));

  std::vector<StatedDate> dates;
  // yaml-cpp reports malformed input, and some misuse, by throwing; a
  // document's front matter is the author's and must not stop the run.
  try {
    const YAML::Node root = YAML::Load(yaml);
    if (!root.IsDefined() || root.IsNull()) return {};
    if (!root.IsMap()) {
      return {Problem(OffsetOf(root.Mark(), begin, yaml.size()),
                      "front matter is not a map of keys")};
    }
    for (const char* key : {"published", "date"}) {
      const YAML::Node value = root[key];
      if (!value) continue;
      StatedDate date;
      date.from = DateSource::kFrontMatter;
      date.offset = OffsetOf(value.Mark(), begin, yaml.size());
      if (value.IsScalar()) {
        date.day = ParseStatedDay(value.Scalar());
        if (!date.day.ok()) {
          date.day = absl::InvalidArgumentError(
              absl::StrCat(key, ": ", date.day.status().message()));
        }
      } else {
        date.day = absl::InvalidArgumentError(
            absl::StrCat(key, ": expected a date, not a list or map"));
      }
      dates.push_back(std::move(date));
    }
  } catch (const YAML::Exception& e) {
    return {Problem(OffsetOf(e.mark, begin, yaml.size()),
                    absl::StrCat("invalid YAML: ", e.msg))};
  }
  return dates;
}

}  // namespace claimdiff
