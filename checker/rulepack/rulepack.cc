#include "checker/rulepack/rulepack.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/common/iso_date.h"
#include "checker/common/suggest.h"
#include "checker/common/unicode_fold.h"
#include "checker/common/yaml_file.h"
#include "checker/rulepack/message_template.h"

namespace claimdiff {
namespace fs = std::filesystem;

const Rule* RulePack::Find(absl::string_view id) const {
  for (const Rule& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

namespace {

constexpr char kPackFile[] = "pack.yaml";

bool IsYaml(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// The fixed capture names; anything else must appear in the subject.
bool IsReservedCapture(const std::string& name) {
  return name == kCaptureValue || name == kCaptureUnit ||
         name == kCaptureQualifier || name == kCaptureQualifierAfter;
}

// Builds a fragment that matches any of `phrases` (the `{qualifier}`,
// `{measure_unit}` and `{rate_period}` fragments): longest first so "more
// than" wins over "more", case ignored, a space matching any whitespace
// (and a hyphen too with `hyphens`, for "$3bn-a-year"), and word
// boundaries where a phrase starts or ends with a letter or digit (so
// "over" stays out of "Moreover" while "c." and "~" still match).
std::string PhraseFragment(std::vector<std::string> phrases, bool hyphens) {
  std::stable_sort(phrases.begin(), phrases.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  std::vector<std::string> alternatives;
  for (const std::string& phrase : phrases) {
    std::string quoted;
    for (absl::string_view word :
         absl::StrSplit(phrase, ' ', absl::SkipEmpty())) {
      if (!quoted.empty()) quoted.append(hyphens ? R"([\s-]+)" : R"(\s+)");
      quoted.append(RE2::QuoteMeta(re2::StringPiece(word.data(), word.size())));
    }
    if (quoted.empty()) continue;
    const bool word_start = absl::ascii_isalnum(phrase.front());
    const bool word_end = absl::ascii_isalnum(phrase.back());
    alternatives.push_back(
        absl::StrCat(word_start ? "\\b" : "", quoted, word_end ? "\\b" : ""));
  }
  // An empty class: RE2 has no (?!), and a pack without the table must
  // still compile patterns that mention the fragment.
  if (alternatives.empty()) return R"([^\x00-\x{10FFFF}])";
  return absl::StrCat("(?i:", absl::StrJoin(alternatives, "|"), ")");
}

// Builds the fragment of an alias group: any spelling of any of its
// entities, longest first, ignoring case and accents, with word boundaries
// where a spelling starts or ends with an ASCII letter or digit (RE2's \b
// is ASCII-only, so an accented edge goes without).
std::string AliasFragment(std::vector<std::string> spellings) {
  std::stable_sort(spellings.begin(), spellings.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  std::vector<std::string> alternatives;
  for (const std::string& spelling : spellings) {
    if (spelling.empty()) continue;
    const bool word_start = absl::ascii_isalnum(spelling.front());
    const bool word_end = absl::ascii_isalnum(spelling.back());
    alternatives.push_back(absl::StrCat(word_start ? "\\b" : "",
                                        AccentInsensitivePattern(spelling),
                                        word_end ? "\\b" : ""));
  }
  if (alternatives.empty()) return R"([^\x00-\x{10FFFF}])";
  return absl::StrJoin(alternatives, "|");
}

// Records `message` at the place in the file where `part` of the scalar
// `node` is written (RE2's offending piece of a pattern), so an editor
// jumps to it; at the node when `part` cannot be found on the node's line
// (it came from a fragment, or the scalar spans lines).
void AddAtPart(const YAML::Node& node, absl::string_view part,
               const std::string& file, std::string message,
               YamlErrors* errors) {
  const YAML::Mark mark = node.Mark();
  if (!part.empty() && mark.line >= 0 && mark.column >= 0) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    for (int i = 0; i <= mark.line && std::getline(in, line); ++i) {
    }
    if (in && static_cast<size_t>(mark.column) <= line.size()) {
      const size_t at = line.find(std::string(part), mark.column);
      if (at != std::string::npos) {
        errors->AddAt(mark.line + 1, static_cast<int>(at) + 1,
                      std::move(message));
        return;
      }
    }
  }
  errors->Add(node, std::move(message));
}

// "mdy" or "dmy", as a pack or rule writes date_order.
absl::StatusOr<DateOrder> ParseDateOrder(absl::string_view name) {
  if (name == "mdy") return DateOrder::kMdy;
  if (name == "dmy") return DateOrder::kDmy;
  return absl::InvalidArgumentError(
      absl::StrCat("date_order \"", name, "\" (expected mdy or dmy)"));
}

class PackLoader {
 public:
  // Loads the folder `dir`: its pack.yaml imports first, then its YAML
  // files in name order. A folder reached twice is loaded once.
  void LoadDir(const fs::path& dir);

  absl::StatusOr<RulePack> Finish();

 private:
  // What a pack's pack.yaml says that its rules inherit.
  struct PackSettings {
    std::string name;
    DateOrder date_order = DateOrder::kNone;
  };

  struct PendingRule {
    YAML::Node node;
    std::string file;
    PackSettings pack;
  };

  void LoadFile(const fs::path& file, const PackSettings& pack);
  void LoadDefinitions(const YAML::Node& node, YamlErrors* errors);
  // Validates and compiles one rule; `errors` must be a fresh list for this
  // rule alone, since the rule is kept only if it stays empty.
  void CompileRule(const PendingRule& pending, YamlErrors* errors);
  void ReadOptions(const YAML::Node& node, const std::string& context,
                   Rule* rule, YamlErrors* errors);
  void ReadExamples(const YAML::Node& node, const std::string& context,
                    Rule* rule, YamlErrors* errors);

  RulePack pack_;
  std::vector<PendingRule> pending_;
  std::vector<Diagnostic> errors_;
  std::set<std::string> visited_;
};

void PackLoader::LoadDir(const fs::path& dir) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(dir, ec);
  if (!fs::is_directory(dir, ec)) {
    errors_.push_back(Diagnostic{Severity::kError, dir.string(), 0, 0,
                                 "rule pack folder not found"});
    return;
  }
  if (!visited_.insert(canonical.string()).second) return;

  PackSettings settings{dir.filename().string(), DateOrder::kNone};
  const fs::path pack_file = dir / kPackFile;
  if (fs::is_regular_file(pack_file)) {
    YamlErrors errors(pack_file.string());
    std::optional<YAML::Node> root = ParseYamlFile(&errors);
    if (root) {
      pack_.files.push_back(pack_file.string());
      errors.CheckKeys(*root, PackManifestKeys(), "pack");
      if (const YAML::Node name = (*root)["name"]) {
        settings.name = ScalarOf(name);
      }
      if (const YAML::Node order = (*root)["date_order"]) {
        absl::StatusOr<DateOrder> parsed = ParseDateOrder(ScalarOf(order));
        if (parsed.ok()) {
          settings.date_order = *parsed;
        } else {
          errors.Add(order, absl::StrCat("pack: ", parsed.status().message()));
        }
      }
      if (const YAML::Node imports = (*root)["imports"]) {
        if (!imports.IsSequence()) {
          errors.Add(imports, "pack: \"imports\" must be a list of folders");
        } else {
          for (const YAML::Node& imp : imports) {
            const fs::path imported = dir / ScalarOf(imp);
            if (fs::is_directory(imported)) {
              LoadDir(imported);
            } else {
              errors.Add(imp, absl::StrCat(
                                  "pack: imported rule pack folder not found: ",
                                  imported.lexically_normal().string()));
            }
          }
        }
      }
    }
    for (Diagnostic& d : errors.diagnostics()) errors_.push_back(d);
  }

  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && IsYaml(e.path()) &&
        e.path().filename() != kPackFile) {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) LoadFile(f, settings);
}

void PackLoader::LoadFile(const fs::path& file, const PackSettings& pack) {
  const std::string path = file.lexically_normal().string();
  YamlErrors errors(path);
  std::optional<YAML::Node> root = ParseYamlFile(&errors);
  if (root) pack_.files.push_back(path);
  // A parse failure is already in `errors`; an empty file is allowed.
  if (!root || root->IsNull()) {
  } else if (!root->IsMap()) {
    errors.Add(*root, absl::StrCat("expected a map with any of ",
                                   absl::StrJoin(PackFileKeys(), ", ")));
  } else {
    errors.CheckKeys(*root, PackFileKeys(), "file");
    ReadVocabulary(*root, &errors, &pack_.vocabulary);
    if (const YAML::Node defs = (*root)["definitions"]) {
      LoadDefinitions(defs, &errors);
    }
    if (const YAML::Node rules = (*root)["rules"]) {
      if (!rules.IsSequence()) {
        errors.Add(rules, "\"rules\" must be a list");
      } else {
        for (const YAML::Node& r : rules) {
          pending_.push_back(PendingRule{r, path, pack});
        }
      }
    }
  }
  for (Diagnostic& d : errors.diagnostics()) errors_.push_back(d);
}

void PackLoader::LoadDefinitions(const YAML::Node& node, YamlErrors* errors) {
  if (!node.IsMap()) {
    errors->Add(node, "\"definitions\" must map names to regex fragments");
    return;
  }
  for (const auto& entry : node) {
    const std::string name = ScalarOf(entry.first);
    if (!entry.second.IsScalar()) {
      errors->Add(entry.second,
                  absl::StrCat("definition ", name, ": expected a string"));
      continue;
    }
    // A later pack may refine an imported fragment; the last one wins.
    pack_.definitions[name] = entry.second.Scalar();
  }
}

void PackLoader::ReadOptions(const YAML::Node& node, const std::string& context,
                             Rule* rule, YamlErrors* errors) {
  // A spelling or a list is rarely worth failing a build over.
  if (rule->kind == Kind::kName || rule->kind == Kind::kSet) {
    rule->severity = Severity::kWarning;
  }
  if (const YAML::Node sev = node["severity"]) {
    absl::StatusOr<Severity> s = ParseSeverity(ScalarOf(sev));
    if (s.ok()) {
      rule->severity = *s;
    } else {
      errors->Add(sev, absl::StrCat(context, ": ", s.status().message()));
    }
  }
  if (const YAML::Node tol = node["tolerance"]) {
    absl::StatusOr<Tolerance> tolerance = ParseTolerance(ScalarOf(tol));
    if (!tolerance.ok()) {
      errors->Add(tol,
                  absl::StrCat(context, ": ", tolerance.status().message()));
    } else {
      rule->options.tolerance = tolerance->value;
      rule->options.tolerance_relative = tolerance->relative;
      rule->options.tolerance_set = true;
    }
  }
  if (const YAML::Node bounds = node["bounds"]) {
    const std::string b = ScalarOf(bounds);
    if (b == "rounding") {
      rule->options.bounds = Bounds::kRounding;
    } else if (b == "logical") {
      rule->options.bounds = Bounds::kLogical;
    } else {
      errors->Add(bounds, absl::StrCat(context, ": bounds \"", b,
                                       "\" (expected rounding or logical)"));
    }
  }
  if (const YAML::Node resolve = node["resolve"]) {
    absl::StatusOr<Resolve> r = ParseResolve(ScalarOf(resolve));
    if (r.ok()) {
      rule->options.resolve = *r;
    } else {
      errors->Add(resolve, absl::StrCat(context, ": ", r.status().message()));
    }
  }
  if (const YAML::Node order = node["date_order"]) {
    absl::StatusOr<DateOrder> parsed = ParseDateOrder(ScalarOf(order));
    if (parsed.ok()) {
      rule->options.date_order = *parsed;
    } else {
      errors->Add(order,
                  absl::StrCat(context, ": ", parsed.status().message()));
    }
  }
  if (const YAML::Node quotes = node["in_quotes"]) {
    const std::string q = ScalarOf(quotes);
    if (q == "include" || q == "exclude") {
      rule->exclude_quotes = q == "exclude";
    } else {
      errors->Add(quotes, absl::StrCat(context, ": in_quotes \"", q,
                                       "\" (expected include or exclude)"));
    }
  }
  if (const YAML::Node aliases = node["aliases"]) {
    const std::string group = ScalarOf(aliases);
    if (rule->kind != Kind::kName && rule->kind != Kind::kSet) {
      errors->Add(aliases, absl::StrCat(context,
                                        ": aliases applies to name and set "
                                        "rules only"));
    } else if (!pack_.vocabulary.aliases.HasGroup(group)) {
      std::vector<std::string> groups = pack_.vocabulary.aliases.groups();
      std::vector<absl::string_view> known(groups.begin(), groups.end());
      std::string hint;
      if (std::optional<std::string> close = ClosestName(group, known)) {
        hint = absl::StrCat("; did you mean \"", *close, "\"?");
      }
      errors->Add(aliases, absl::StrCat(context, ": no alias group \"", group,
                                        "\"", hint));
    } else {
      rule->options.aliases = group;
    }
  }
  // Names carry no figure, so the options that shape an interval mean
  // nothing for them; saying so beats ignoring a key the author expects
  // to work.
  if (rule->kind == Kind::kName || rule->kind == Kind::kSet) {
    for (const char* key : {"tolerance", "bounds", "resolve", "date_order"}) {
      if (const YAML::Node n = node[key]) {
        errors->Add(n, absl::StrCat(context, ": ", key, " does not apply to ",
                                    KindName(rule->kind), " rules"));
      }
    }
  }
  if (const YAML::Node anchor = node["anchor"]) {
    if (ScalarOf(anchor) != "published") {
      errors->Add(anchor, absl::StrCat(context, ": anchor \"", ScalarOf(anchor),
                                       "\" (the only anchor is published)"));
    } else if (rule->kind != Kind::kDuration) {
      errors->Add(anchor, absl::StrCat(context,
                                       ": anchor applies to duration rules "
                                       "only"));
    } else {
      rule->options.anchor_published = true;
    }
  }
}

void PackLoader::ReadExamples(const YAML::Node& node,
                              const std::string& context, Rule* rule,
                              YamlErrors* errors) {
  if (!node.IsSequence()) {
    errors->Add(node, absl::StrCat(context, ": \"examples\" must be a list"));
    return;
  }
  for (const YAML::Node& ex : node) {
    const std::string ctx = absl::StrCat(context, ": example");
    if (!ex.IsMap()) {
      errors->Add(ex, absl::StrCat(ctx, ": expected {text, expect}"));
      continue;
    }
    errors->CheckKeys(ex, ExampleKeys(), ctx);
    const bool has_text = errors->Require(ex, "text", ctx);
    const bool has_expect = errors->Require(ex, "expect", ctx);
    if (!has_text || !has_expect) continue;
    RuleExample example;
    example.text = ScalarOf(ex["text"]);
    example.expect = ScalarOf(ex["expect"]);
    example.line = ex.Mark().line + 1;
    example.column = ex.Mark().column + 1;
    if (const YAML::Node pub = ex["published"]) {
      absl::StatusOr<absl::CivilDay> day = ParseIsoDay(ScalarOf(pub));
      if (day.ok()) {
        example.published = *day;
      } else {
        errors->Add(pub,
                    absl::StrCat(ctx, ": published: ", day.status().message()));
      }
    }
    rule->examples.push_back(std::move(example));
  }
}

void PackLoader::CompileRule(const PendingRule& pending, YamlErrors* errors) {
  const YAML::Node& node = pending.node;
  if (!node.IsMap()) {
    errors->Add(node, "rule: expected a map");
    return;
  }
  Rule rule;
  rule.id = ScalarOf(node["id"]);
  const std::string context =
      absl::StrCat("rule ", rule.id.empty() ? "(no id)" : rule.id);
  rule.pack = pending.pack.name;
  rule.options.date_order = pending.pack.date_order;
  rule.file = pending.file;
  rule.line = node.Mark().line + 1;
  rule.column = node.Mark().column + 1;
  errors->CheckKeys(node, RuleKeys(), context);
  bool complete = errors->Require(node, "id", context);
  complete = errors->Require(node, "kind", context) && complete;
  complete = errors->Require(node, "subject", context) && complete;
  complete = errors->Require(node, "patterns", context) && complete;
  if (!complete) return;

  rule.description = ScalarOf(node["description"]);
  rule.message = ScalarOf(node["message"]);
  rule.subject = ScalarOf(node["subject"]);
  absl::StatusOr<Kind> kind = ParseKind(ScalarOf(node["kind"]));
  if (kind.ok()) {
    rule.kind = *kind;
  } else {
    errors->Add(node["kind"],
                absl::StrCat(context, ": ", kind.status().message()));
  }
  ReadOptions(node, context, &rule, errors);
  if (const YAML::Node examples = node["examples"]) {
    ReadExamples(examples, context, &rule, errors);
  }

  const std::vector<std::string> subject_captures =
      FragmentReferences(rule.subject);
  std::vector<std::string> captures;  // every pattern's, for the message
  const YAML::Node patterns = node["patterns"];
  if (!patterns.IsSequence() || patterns.size() == 0) {
    errors->Add(patterns, absl::StrCat(context,
                                       ": \"patterns\" must be a non-empty "
                                       "list"));
    return;
  }
  for (const YAML::Node& p : patterns) {
    absl::StatusOr<std::string> expanded =
        ExpandFragments(ScalarOf(p), pack_.definitions);
    if (!expanded.ok()) {
      errors->Add(p, absl::StrCat(context, ": ", expanded.status().message()));
      continue;
    }
    RE2::Options options;
    options.set_log_errors(false);
    // A ceiling, not an allocation. An alias group's fragment (every
    // spelling, each letter a class of its accented forms) outgrows RE2's
    // default 8 MiB, whose DFA then falls back to the NFA: 400 names ran
    // 2x slower (docs/performance.md).
    options.set_max_mem(int64_t{64} << 20);
    auto re = std::make_unique<const RE2>(*expanded, options);
    if (!re->ok()) {
      AddAtPart(
          p, re->error_arg(), pending.file,
          absl::StrCat(context, ": RE2 rejects the pattern: ", re->error()),
          errors);
      continue;
    }
    const std::map<std::string, int>& groups = re->NamedCapturingGroups();
    for (const auto& group : groups) captures.push_back(group.first);
    if (groups.find(kCaptureValue) == groups.end()) {
      errors->Add(
          p, absl::StrCat(context, ": pattern has no (?P<value>...) capture"));
    }
    for (const auto& [name, index] : groups) {
      const bool in_subject =
          std::find(subject_captures.begin(), subject_captures.end(), name) !=
          subject_captures.end();
      if (!IsReservedCapture(name) && !in_subject) {
        errors->Add(p, absl::StrCat(context, ": capture \"", name,
                                    "\" is never used (not value, unit, "
                                    "qualifier or part of the subject)"));
      }
    }
    for (const std::string& name : subject_captures) {
      if (groups.find(name) == groups.end()) {
        errors->Add(p, absl::StrCat(context, ": subject uses {", name,
                                    "} but this pattern has no capture of "
                                    "that name"));
      }
    }
    rule.patterns.push_back(*expanded);
    rule.regexes.push_back(std::move(re));
  }
  if (!rule.message.empty()) {
    if (absl::Status message = CheckMessage(rule.message, captures);
        !message.ok()) {
      errors->Add(node["message"],
                  absl::StrCat(context, ": ", message.message()));
    }
  }
  // `errors` is this rule's own list, so empty means the rule is sound.
  if (errors->empty()) {
    pack_.rules.push_back(std::move(rule));
  }
}

absl::StatusOr<RulePack> PackLoader::Finish() {
  if (!pack_.definitions.contains("qualifier")) {
    pack_.definitions["qualifier"] =
        PhraseFragment(pack_.vocabulary.qualifiers.PhrasesLongestFirst(),
                       /*hyphens=*/false);
  }
  if (!pack_.definitions.contains("measure_unit")) {
    pack_.definitions["measure_unit"] =
        PhraseFragment(pack_.vocabulary.units.names(), /*hyphens=*/true);
  }
  if (!pack_.definitions.contains("rate_period")) {
    std::vector<std::string> periods;
    for (const RatePeriods::Period& period :
         pack_.vocabulary.rate_periods.periods()) {
      periods.push_back(period.phrase);
    }
    pack_.definitions["rate_period"] =
        PhraseFragment(std::move(periods), /*hyphens=*/true);
  }
  // Each alias group is a fragment of its spellings, unless a definition
  // of that name already exists.
  for (const std::string& group : pack_.vocabulary.aliases.groups()) {
    if (!pack_.definitions.contains(group)) {
      pack_.definitions[group] =
          AliasFragment(pack_.vocabulary.aliases.Spellings(group));
    }
  }
  absl::flat_hash_map<std::string, std::string> seen_ids;
  for (const PendingRule& pending : pending_) {
    YamlErrors errors(pending.file);
    const std::string id = ScalarOf(pending.node["id"]);
    if (!id.empty()) {
      const YAML::Mark mark = pending.node.Mark();
      const std::string where = absl::StrCat(pending.file, ":", mark.line + 1);
      auto [it, inserted] = seen_ids.emplace(id, where);
      if (!inserted) {
        errors.Add(pending.node, absl::StrCat("rule ", id,
                                              ": duplicate id (first "
                                              "defined at ",
                                              it->second, ")"));
      }
    }
    CompileRule(pending, &errors);
    for (Diagnostic& d : errors.diagnostics()) errors_.push_back(d);
  }
  if (!errors_.empty()) {
    return absl::InvalidArgumentError(JoinDiagnostics(errors_));
  }
  return std::move(pack_);
}

}  // namespace

const std::vector<absl::string_view>& PackFileKeys() {
  static const std::vector<absl::string_view>* const kKeys = [] {
    auto* keys = new std::vector<absl::string_view>{"rules", "definitions"};
    keys->insert(keys->end(), VocabularyKeys().begin(), VocabularyKeys().end());
    return keys;
  }();
  return *kKeys;
}

const std::vector<absl::string_view>& PackManifestKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"name", "version", "description",
                                         "imports", "date_order"};
  return *kKeys;
}

const std::vector<absl::string_view>& RuleKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{
          "id",        "description", "kind",       "subject",  "patterns",
          "tolerance", "severity",    "message",    "examples", "bounds",
          "resolve",   "anchor",      "date_order", "aliases",  "in_quotes"};
  return *kKeys;
}

const std::vector<absl::string_view>& ExampleKeys() {
  static const std::vector<absl::string_view>* const kKeys =
      new std::vector<absl::string_view>{"text", "published", "expect"};
  return *kKeys;
}

absl::StatusOr<RulePack> LoadRulePack(const std::vector<std::string>& dirs) {
  PackLoader loader;
  for (const std::string& dir : dirs) loader.LoadDir(dir);
  return loader.Finish();
}

}  // namespace claimdiff
