#include "checker/report/sarif_report.h"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/common/iso_date.h"
#include "checker/report/finding_claims.h"
#include "checker/report/json_stream.h"
#include "checker/report/sentence.h"
#include "checker/report/text_report.h"

namespace claimdiff {
namespace {

// Related locations per result; see WriteResult.
constexpr int kMaxRelatedLocations = 20;

using Json = nlohmann::ordered_json;

#ifdef CLAIMDIFF_VERSION
constexpr char kToolVersion[] = CLAIMDIFF_VERSION;
#else
constexpr char kToolVersion[] = "0";
#endif

constexpr char kSchema[] = "https://json.schemastore.org/sarif-2.1.0.json";
// The project's home, the namespace its JSON Schemas already use.
constexpr char kInformationUri[] = "https://claimdiff.dev/";
constexpr char kFingerprintKey[] = "claimdiff/v1";

std::string Level(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "error";
}

// SARIF asks for messages that are whole sentences; claimdiff's finding
// messages are clauses without the final full stop.
std::string Sentence(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (text.empty()) return "";
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?') return std::string(text);
  return absl::StrCat(text, ".");
}

std::string JoinSentences(absl::string_view first, absl::string_view second) {
  const std::string a = Sentence(first);
  const std::string b = Sentence(second);
  if (a.empty() || b.empty()) return a.empty() ? b : a;
  return absl::StrCat(a, " ", b);
}

Json Message(std::string text) {
  Json json;
  json["text"] = std::move(text);
  return json;
}

std::string HelpText(const Rule* rule) {
  std::string what;
  if (rule != nullptr && rule->kind == Kind::kName) {
    what =
        "A result marks a claim that spells a name other than its house "
        "spelling, the one the rule's aliases give. Its related locations "
        "are the other claims naming the same entity.";
  } else if (rule != nullptr && rule->kind == Kind::kSet) {
    what =
        "A result marks a list that names another set than most sources do, "
        "or a member no alias recognises. Its related locations are the "
        "other lists about the same subject, each saying whether it names "
        "the set most sources name.";
  } else {
    what = absl::StrCat(
        "A result marks a claim whose reading misses the region that claims "
        "from the most sources cover (the consensus); when no region is "
        "backed by more sources than another, every claim of the subject is "
        "marked. Its related locations are the subject's other claims (the "
        "first ",
        kMaxRelatedLocations,
        "), each "
        "saying whether it agrees with the consensus. A note about claims "
        "in units that cannot be compared (USD and EUR, say) only says they "
        "were not compared.");
  }
  return absl::StrCat(
      what,
      " Check the marked claim against its source: either the claim is "
      "wrong, or the rule read it wrongly, which `claimdiff explain FILE` "
      "shows.");
}

Json RuleDescriptor(const std::string& id, const Rule* rule) {
  Json json;
  json["id"] = id;
  json["name"] = SarifRuleName(id);
  const std::string description =
      rule != nullptr ? Sentence(rule->description) : "";
  json["shortDescription"] = Message(
      description.empty() ? absl::StrCat("Claims read by rule ", id, ".")
                          : description);
  if (rule != nullptr) {
    json["fullDescription"] = Message(JoinSentences(
        description,
        absl::StrCat("Each match is read as a ", KindName(rule->kind),
                     " value about the subject \"", rule->subject,
                     "\" and compared with what other sources say about "
                     "that subject")));
  }
  json["help"] = Message(HelpText(rule));
  json["defaultConfiguration"] = Json{
      {"level", Level(rule != nullptr ? rule->severity : Severity::kError)}};
  return json;
}

Json Region(const Claim& claim) {
  Json region;
  region["startLine"] = claim.start.line;
  region["startColumn"] = claim.start.column;
  region["endLine"] = claim.finish.line;
  region["endColumn"] = claim.finish.column;
  region["snippet"] = Message(claim.text);
  return region;
}

Json ArtifactLocation(const CheckResult& result, const Claim& claim) {
  Json location = SarifArtifactLocation(SourcePath(result, claim));
  if (DocumentOf(result, claim) != nullptr) location["index"] = claim.document;
  return location;
}

// The sentence the claim was made in, so a viewer without the source can
// still show what the claim says.
Json ContextRegion(const Claim& claim) {
  const ClaimContext& context = claim.context;
  if (context.sentence.empty()) return nullptr;
  const Position start = context.sentence_start;
  const Position finish = context.sentence_finish;
  Json region;
  region["startLine"] = start.line;
  region["startColumn"] = start.column;
  region["endLine"] = finish.line;
  region["endColumn"] = finish.column;
  region["snippet"] = Message(context.source());
  return region;
}

Json PhysicalLocation(const CheckResult& result, const Claim& claim,
                      bool with_context) {
  Json json;
  json["artifactLocation"] = ArtifactLocation(result, claim);
  json["region"] = Region(claim);
  const Document* document = DocumentOf(result, claim);
  if (with_context && document != nullptr) {
    Json context = ContextRegion(claim);
    if (!context.is_null()) json["contextRegion"] = std::move(context);
  }
  return json;
}

// What a related claim is to the result: beside the consensus, another
// outlier, or just another claim when there is no consensus.
std::string RelatedMessage(const Finding& finding, const Claim& claim,
                           bool outlier) {
  std::string role;
  if (!finding.has_consensus) {
    role = "another claim about the same subject";
  } else if (outlier) {
    role = finding.kind == FindingKind::kSpelling
               ? "another spelling than the house one"
               : "also misses the consensus";
  } else {
    role = finding.kind == FindingKind::kSpelling ? "the house spelling"
                                                  : "agrees with the consensus";
  }
  return absl::StrCat("\"", claim.text, "\" → ", ShownReading(claim.value),
                      ": ", role, ".");
}

Json RelatedLocation(const CheckResult& result, const Finding& finding,
                     const Claim& claim, bool outlier, int id) {
  Json location;
  location["id"] = id;
  location["physicalLocation"] =
      PhysicalLocation(result, claim, /*with_context=*/false);
  location["message"] = Message(RelatedMessage(finding, claim, outlier));
  return location;
}

// The rule a result cites, looked up among the claims when the outlier
// itself carries none (a hand-built result).
const Rule* FindRule(const CheckResult& result, const Rule* claim_rule,
                     const std::string& id) {
  if (claim_rule != nullptr && claim_rule->id == id) return claim_rule;
  for (const ClaimKey& key : result.claims.keys()) {
    const Rule* rule = result.claims.rule(key);
    if (rule != nullptr && rule->id == id) return rule;
  }
  return nullptr;
}

Json Artifact(const Document& document) {
  Json artifact;
  artifact["location"] = SarifArtifactLocation(document.path());
  artifact["mimeType"] =
      document.format == Format::kMarkdown ? "text/markdown" : "text/plain";
  Json properties = Json::object();
  // Relative claims ("on Friday") were read against these.
  if (document.meta.published) {
    properties["published"] = FormatIsoDay(*document.meta.published);
  }
  if (!document.meta.outlet.empty()) {
    properties["outlet"] = document.meta.outlet;
  }
  if (!properties.empty()) artifact["properties"] = std::move(properties);
  return artifact;
}

Json Notification(const Diagnostic& warning) {
  Json notification;
  notification["level"] = Level(warning.severity);
  notification["message"] = Message(Sentence(warning.message));
  if (!warning.file.empty()) {
    Json physical;
    physical["artifactLocation"] = SarifArtifactLocation(warning.file);
    if (warning.line > 0) {
      Json region;
      region["startLine"] = warning.line;
      if (warning.column > 0) region["startColumn"] = warning.column;
      physical["region"] = std::move(region);
    }
    notification["locations"] =
        Json::array({Json{{"physicalLocation", std::move(physical)}}});
  }
  return notification;
}

// The rules the results cite, each once, in the order of their first
// result, and the index each result refers to its rule by.
struct CitedRules {
  Json descriptors = Json::array();
  std::map<std::string, int> index;
};

// SARIF lists the rules before the results, so they are gathered in a
// pass of their own over the findings' outliers. It reads claim keys
// only: the outliers are read back whole one finding at a time, later.
CitedRules CiteRules(const CheckResult& result) {
  CitedRules rules;
  for (const Finding& finding : result.findings) {
    const OutlierSet outliers(finding);
    for (int id : finding.claims) {
      if (!outliers.Contains(id) || id < 0 ||
          static_cast<size_t>(id) >= result.claims.size()) {
        continue;
      }
      const Rule* rule = result.claims.rule(result.claims.key(id));
      // RuleIdOf, from the key.
      const std::string rule_id =
          rule != nullptr && !rule->id.empty() ? rule->id : finding.rule;
      if (rules.index
              .emplace(rule_id, static_cast<int>(rules.descriptors.size()))
              .second) {
        rules.descriptors.push_back(
            RuleDescriptor(rule_id, FindRule(result, rule, rule_id)));
      }
    }
  }
  return rules;
}

// The first kMaxRelatedLocations + 1 claims of `finding`, read back once:
// each result takes its related locations from them, all but itself.
// Every result had read them back again, one by one: 2 million reads for
// a 100 MB corpus.
std::vector<Claim> RelatedCandidates(const CheckResult& result,
                                     const Finding& finding) {
  std::vector<Claim> candidates;
  for (int id : finding.claims) {
    if (candidates.size() == kMaxRelatedLocations + 1) break;
    if (std::optional<Claim> claim = ClaimById(result, id)) {
      candidates.push_back(std::move(*claim));
    }
  }
  return candidates;
}

// One result of the log, written member by member. Its related locations
// are the subject's first kMaxRelatedLocations other claims: listing all
// of them made the log grow with the square of a subject's claims (570 GB
// for a 100 MB corpus), and a code-scanning view shows a handful anyway.
//
// `related` is RelatedCandidates(result, finding).
void WriteResult(const CheckResult& result, const Finding& finding,
                 const OutlierSet& outliers, const std::vector<Claim>& related,
                 const Claim& claim, const std::string& message,
                 const std::string& rule_id, int rule_index,
                 const std::string& partial_fingerprint,
                 JsonStreamWriter& out) {
  out.BeginObject();
  out.Member("ruleId", rule_id);
  out.Member("ruleIndex", rule_index);
  out.Member("level", Level(finding.severity));
  out.Member("message", Message(message));
  out.Member("locations",
             Json::array({Json{
                 {"physicalLocation",
                  PhysicalLocation(result, claim, /*with_context=*/true)}}}));
  // Left out, not [], when there is no other claim.
  int id = 0;
  for (const Claim& other : related) {
    if (other.id == claim.id) continue;
    if (id == kMaxRelatedLocations) break;
    if (id == 0) {
      out.Key("relatedLocations");
      out.BeginArray();
    }
    out.Value(RelatedLocation(result, finding, other,
                              outliers.Contains(other.id), id++));
  }
  if (id > 0) out.End();
  out.Member("partialFingerprints",
             Json{{kFingerprintKey, partial_fingerprint}});
  out.Member("properties",
             Json{{"subject", finding.subject},
                  {"findingKind", std::string(FindingKindName(finding.kind))}});
  out.End();
}

}  // namespace

nlohmann::ordered_json SarifArtifactLocation(absl::string_view path) {
  constexpr absl::string_view kKept = "-._~/!$&'()*+,;=@";
  std::string encoded;
  for (char c : path) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
        kKept.find(c) != absl::string_view::npos) {
      encoded.push_back(c);
    } else {
      // ':' is encoded too: in a relative reference's first segment it
      // would read as a URI scheme.
      absl::StrAppend(&encoded, "%",
                      absl::AsciiStrToUpper(absl::StrCat(absl::Hex(
                          static_cast<unsigned char>(c), absl::kZeroPad2))));
    }
  }
  Json location;
  if (!path.empty() && path.front() == '/') {
    location["uri"] = absl::StrCat("file://", encoded);
  } else {
    location["uri"] = encoded;
    location["uriBaseId"] = kSarifSourceRoot;
  }
  return location;
}

std::string SarifRuleName(absl::string_view rule_id) {
  std::string name;
  bool word_start = true;
  for (char c : rule_id) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      word_start = true;
      continue;
    }
    name.push_back(word_start ? absl::ascii_toupper(c) : c);
    word_start = false;
  }
  // An identifier cannot start with a digit, nor be empty.
  if (name.empty() ||
      absl::ascii_isdigit(static_cast<unsigned char>(name[0]))) {
    name.insert(0, "Rule");
  }
  return name;
}

std::string SarifFingerprint(absl::string_view rule_id,
                             absl::string_view subject, FindingKind kind,
                             absl::string_view claim_text,
                             absl::string_view path) {
  // FNV-1a: tiny, and the same on every platform and run, unlike
  // std::hash or absl::Hash. Each field is length-prefixed so that
  // ("ab", "c") and ("a", "bc") differ.
  uint64_t hash = 14695981039346656037ull;
  const auto feed = [&hash](absl::string_view field) {
    for (char c : absl::StrCat(field.size(), ":", field)) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ull;
    }
  };
  feed(rule_id);
  feed(subject);
  feed(FindingKindName(kind));
  feed(claim_text);
  feed(path);
  return absl::StrCat(absl::Hex(hash, absl::kZeroPad16));
}

void SarifReporter::Write(const CheckResult& result, std::ostream& out) const {
  CitedRules rules = CiteRules(result);

  // Streamed: the log's objects are written key by key and its arrays
  // element by element, so memory holds one result (or one related
  // location) at a time instead of the whole log.
  JsonStreamWriter log(out);
  log.BeginObject();
  log.Member("$schema", kSchema);
  log.Member("version", "2.1.0");
  log.Key("runs");
  log.BeginArray();
  log.BeginObject();

  Json driver;
  driver["name"] = "claimdiff";
  driver["version"] = kToolVersion;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules.descriptors);
  log.Member("tool", Json{{"driver", std::move(driver)}});

  log.Key("invocations");
  log.BeginArray();
  log.BeginObject();
  // A report exists, so the run got as far as it had to; conflicts are
  // results, not a failed execution.
  log.Member("executionSuccessful", true);
  if (!result.warnings.empty()) {
    log.ArrayMember("toolExecutionNotifications", result.warnings,
                    Notification);
  }
  log.End();  // the invocation
  log.End();  // invocations

  log.ArrayMember("artifacts", result.documents, Artifact);

  log.Key("results");
  log.BeginArray();
  std::map<std::string, int> occurrences;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& finding = result.findings[i];
    const std::string message =
        JoinSentences(finding.message, finding.rule_message);
    const OutlierSet outlier_set(finding);
    const std::vector<Claim> related = RelatedCandidates(result, finding);
    ForEachOutlierClaim(result, finding, outlier_set, [&](const Claim& claim) {
      const std::string rule_id = RuleIdOf(finding, claim);
      const std::string fingerprint =
          SarifFingerprint(rule_id, finding.subject, finding.kind, claim.text,
                           SourcePath(result, claim));
      WriteResult(result, finding, outlier_set, related, claim, message,
                  rule_id, rules.index.at(rule_id),
                  absl::StrCat(fingerprint, ":", ++occurrences[fingerprint]),
                  log);
    });
  }
  log.End();  // results

  log.Member("columnKind", "unicodeCodePoints");
  log.End();  // the run
  log.End();  // runs
  log.End();  // the log
  out << "\n";
}

}  // namespace claimdiff
