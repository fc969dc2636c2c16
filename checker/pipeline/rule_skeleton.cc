#include "checker/pipeline/rule_skeleton.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace claimdiff {
namespace {

// What a new rule of each kind starts from: a pattern on the kind's claim
// fragment and an example it reads.
struct Start {
  absl::string_view pattern;
  absl::string_view text;
  absl::string_view published;  // "" when the example needs no date
  absl::string_view expect;
  // Names and sets read through an alias group, which the skeleton
  // declares itself so that it works in any pack.
  bool uses_aliases = false;
};

Start StartFor(Kind kind) {
  switch (kind) {
    case Kind::kNumber:
      return {R"('{count_claim}\s+people')", "About 120 people attended.", "",
              "110..130"};
    case Kind::kMoney:
      return {R"('costs?\s+{money_claim}')", "The project costs $2.5 million.",
              "", "USD 2.5e6"};
    case Kind::kPercent:
      return {R"('turnout\s+(?:was|of)\s+{percent_claim}')",
              "Officials said turnout was 64%.", "", "% 64"};
    case Kind::kDuration:
      return {R"('lasted\s+{duration_claim}')", "The strike lasted six weeks.",
              "", "weeks 6"};
    case Kind::kDate:
      return {R"('vote\s+(?:is|was)\s+(?:on\s+)?{date_claim}')",
              "The vote is on Thursday.", "2025-03-03", "2025-03-06"};
    case Kind::kMeasure:
      return {R"('{measure_claim}\s+long')", "The wall is 120 metres long.", "",
              "m 119.4..120.6"};
    case Kind::kName:
      return {R"('(?P<value>{GROUP})')", "Mayor Ana Lopez opened the bridge.",
              "", "Ana López", true};
    case Kind::kSet:
      return {R"('towns\s+of\s+(?P<value>[^.]+)')",
              "The flood hit the towns of Ostby, Vell and Marn.", "",
              "Marn, Ostby, Vell", true};
  }
  return {};
}

// The alias group a skeleton declares: the rule id as an identifier.
std::string GroupFor(absl::string_view id) {
  std::string group;
  for (char c : id) group.push_back(absl::ascii_isalnum(c) ? c : '_');
  if (group.empty() || absl::ascii_isdigit(group[0])) group.insert(0, "g");
  return group;
}

std::string AliasBlock(Kind kind, absl::string_view group) {
  const bool name = kind == Kind::kName;
  return absl::StrCat(
      "# House spellings and their variants. Matching ignores case and\n",
      "# accents, so a variant that differs only in those needs no entry.\n",
      "# The group is also the pattern fragment {", group, "}.\n", "aliases:\n",
      "  ", group, ":\n",
      name ? "    Ana López: [Anna Lopes]\n"
           : "    Ostby: [Østby]\n    Vell: []\n    Marn: [Marne]\n",
      "\n");
}

}  // namespace

std::string RuleSkeleton(absl::string_view id, Kind kind,
                         absl::string_view subject) {
  const Start start = StartFor(kind);
  const absl::string_view name = KindName(kind);
  const std::string group = GroupFor(id);
  const std::string pattern =
      absl::StrReplaceAll(start.pattern, {{"GROUP", group}});
  std::string out = absl::StrCat(
      "# A ", name,
      " rule written by `claimdiff rules new`. Keep it in a pack\n",
      "# folder whose pack.yaml imports rules/common, change the pattern and\n",
      "# the example to your story, then run:\n",
      "#   claimdiff rules test --rules PACK      (the example must pass)\n",
      "#   claimdiff explain --rules PACK --rule ", id, " ARTICLE\n",
      "# docs/rules.md describes every field.\n",
      start.uses_aliases ? AliasBlock(kind, group) : "", "rules:\n",
      "  - id: ", id, "\n",
      "    description: What the claim is about, in one line.\n",
      "    kind: ", name, "\n",
      "    # Claims with the same subject are compared across sources.\n",
      "    subject: ", subject.empty() ? id : subject, "\n",
      start.uses_aliases
          ? absl::StrCat("    aliases: ", group,
                         "  # the group members are read through\n",
                         "    severity: warning  # error, warning or info\n")
          : "    severity: error  # error, warning or info\n",
      kind == Kind::kName
          ? "    message: \"{source} spells it {value}; the house spelling is "
            "{consensus}.\"\n"
          : "    message: \"{source} says {value}; most sources say "
            "{consensus}.\"\n",
      "    patterns:\n",
      start.uses_aliases
          ? absl::StrCat("      # RE2. The value capture holds the ",
                         kind == Kind::kName ? "name" : "list of names",
                         ";\n      # the words around it tie it to the "
                         "subject.\n")
          : absl::StrCat(
                "      # RE2. {", name == "number" ? "count" : name,
                "_claim} captures the figure (value), its unit and "
                "qualifier;\n",
                "      # the words around it tie the figure to the subject.\n"),
      "      - ", pattern, "\n", "    examples:\n", "      - text: \"",
      start.text, "\"\n");
  if (!start.published.empty()) {
    absl::StrAppend(&out, "        published: ", start.published,
                    "  # relative dates resolve against it\n");
  }
  absl::StrAppend(&out, "        expect: \"", start.expect,
                  start.uses_aliases
                      ? "\"  # house spellings, comma-separated, or none\n"
                      : "\"  # [UNIT ]LOW[..HIGH], or none\n");
  return out;
}

}  // namespace claimdiff
