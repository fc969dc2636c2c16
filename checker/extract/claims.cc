#include "checker/extract/claims.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/extract/quotes.h"
#include "checker/rulepack/fragments.h"
#include "checker/values/normalizer.h"

namespace claimdiff {
namespace {

// The captured text of `span`, or "" for a capture that did not take part.
absl::string_view TextOf(const Document& doc, const Span* span) {
  if (span == nullptr) return {};
  return absl::string_view(doc.text).substr(span->begin,
                                            span->end - span->begin);
}

// "The  Kuril Islands" -> "the kuril islands"; a name the aliases know
// becomes its house spelling first, so "the Southern Kurils" and "Kuril
// Islands" key alike.
std::string SubjectPart(absl::string_view captured, const AliasTable& aliases,
                        absl::string_view group) {
  if (const Alias* alias = aliases.Find(captured, group)) {
    captured = alias->canonical;
  }
  std::vector<absl::string_view> words =
      absl::StrSplit(captured, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
  return absl::AsciiStrToLower(absl::StrJoin(words, " "));
}

std::string FillSubject(const Rule& rule, const AliasTable& aliases,
                        const Document& doc, const Match& match) {
  if (rule.subject.find('{') == std::string::npos) return rule.subject;
  std::string out;
  const std::string& t = rule.subject;
  size_t i = 0;
  for (const std::string& name : FragmentReferences(t)) {
    const std::string token = absl::StrCat("{", name, "}");
    const size_t at = t.find(token, i);
    out.append(t, i, at - i);
    out.append(SubjectPart(TextOf(doc, match.Capture(name)), aliases,
                           rule.options.aliases));
    i = at + token.size();
  }
  out.append(t, i, std::string::npos);
  return out;
}

// True when `message` has the placeholder {name}.
bool QuotesCapture(absl::string_view message, absl::string_view name) {
  for (size_t at = message.find('{'); at != absl::string_view::npos;
       at = message.find('{', at + 1)) {
    const absl::string_view rest = message.substr(at + 1);
    if (absl::StartsWith(rest, name) && rest.size() > name.size() &&
        rest[name.size()] == '}') {
      return true;
    }
  }
  return false;
}

}  // namespace

absl::StatusOr<Value> ReadValue(const RulePack& pack, Kind kind,
                                const ClaimText& text,
                                const ValueOptions& options,
                                std::optional<absl::CivilDay> published) {
  // The pack's vocabulary is passed per call rather than stored in the
  // rule, so moving a RulePack leaves no dangling pointer.
  return Normalize(kind, text, pack.vocabulary, options, published);
}

Claim ReadClaim(const RulePack& pack, const Document& doc, size_t doc_index,
                const Match& match, std::vector<Diagnostic>* warnings) {
  const Rule& rule = pack.rules[match.rule];
  Claim claim;
  claim.document = doc_index;
  claim.rule = &rule;
  claim.subject = FillSubject(rule, pack.vocabulary.aliases, doc, match);
  // Only what the rule's message quotes is kept: a claim lives until the
  // report is written, and over an archive there are millions.
  for (const auto& [name, span] : match.captures) {
    if (QuotesCapture(rule.message, name)) {
      claim.captures.emplace_back(name, std::string(TextOf(doc, &span)));
    }
  }
  claim.match_begin = match.whole.begin;
  claim.match_end = match.whole.end;

  // The claim is what a reader would quote: qualifier, figure and unit.
  const Span* value = match.Capture(kCaptureValue);
  claim.begin = value ? value->begin : match.whole.begin;
  claim.end = value ? value->end : match.whole.end;
  for (const char* name :
       {kCaptureUnit, kCaptureQualifier, kCaptureQualifierAfter}) {
    if (const Span* s = match.Capture(name)) {
      claim.begin = std::min(claim.begin, s->begin);
      claim.end = std::max(claim.end, s->end);
    }
  }
  claim.start = doc.PositionOf(claim.begin);
  claim.finish = doc.PositionOf(claim.end);
  claim.text = doc.text.substr(claim.begin, claim.end - claim.begin);
  claim.context = CutContext(doc, claim.begin, claim.end);

  ClaimText text{TextOf(doc, value), TextOf(doc, match.Capture(kCaptureUnit)),
                 TextOf(doc, match.Capture(kCaptureQualifier))};
  if (text.qualifier.empty()) {
    text.qualifier = TextOf(doc, match.Capture(kCaptureQualifierAfter));
    text.qualifier_after = !text.qualifier.empty();
  }
  absl::StatusOr<Value> read =
      ReadValue(pack, rule.kind, text, rule.options, doc.meta.published);
  if (read.ok()) {
    claim.value = std::move(*read);
  } else {
    claim.value.kind = rule.kind;
    claim.value.resolved = false;
    claim.value.unresolved = std::string(read.status().message());
    claim.value.reading = claim.value.unresolved;
    Diagnostic warning{
        Severity::kWarning, doc.path(), claim.start.line, claim.start.column,
        absl::StrCat("rule ", rule.id, ": ", read.status().message())};
    warning.byte_column = claim.context.start_byte_column;
    warnings->push_back(std::move(warning));
  }
  return claim;
}

std::vector<Claim> ReadClaims(const RulePack& pack, const Document& doc,
                              size_t doc_index,
                              const std::vector<Match>& matches,
                              std::vector<Diagnostic>* warnings) {
  std::vector<Claim> claims;
  claims.reserve(matches.size());
  std::set<std::tuple<std::string, size_t, size_t>> seen;
  for (const Match& match : matches) {
    // Warnings of a duplicate would repeat those of the claim it repeats.
    std::vector<Diagnostic> own;
    Claim claim = ReadClaim(pack, doc, doc_index, match, &own);
    if (claim.rule->exclude_quotes &&
        InsideQuotation(doc.searchable, claim.begin)) {
      continue;
    }
    if (!seen.emplace(claim.subject, claim.begin, claim.end).second) continue;
    warnings->insert(warnings->end(), own.begin(), own.end());
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace claimdiff
