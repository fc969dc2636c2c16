#include "checker/report/html_report.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/common/iso_date.h"
#include "checker/compare/describe.h"
#include "checker/report/finding_claims.h"
#include "checker/report/html_assets.h"
#include "checker/report/html_escape.h"
#include "checker/report/number_line.h"
#include "checker/report/sentence.h"
#include "checker/report/text_report.h"
#include "checker/report/word_diff.h"
#include "checker/source/published.h"

namespace claimdiff {
namespace {

#ifdef CLAIMDIFF_VERSION
constexpr char kToolVersion[] = CLAIMDIFF_VERSION;
#else
constexpr char kToolVersion[] = "0";
#endif

// A whole sentence fits a card; only very long ones are cut.
constexpr size_t kSentenceWidth = 320;

std::string E(absl::string_view text) { return HtmlEscape(text); }

// The short name findings use ("courier.txt").
std::string FileName(const Document& doc) { return SourceName(doc); }

// "Evening Herald" when the manifest names the outlet, else the file name.
std::string SourceLabel(const Document& doc) {
  return doc.meta.outlet.empty() ? FileName(doc) : doc.meta.outlet;
}

std::string DateOf(const Document& doc) {
  return doc.meta.published ? FormatIsoDay(*doc.meta.published) : "undated";
}

std::string Plural(size_t n, absl::string_view one, absl::string_view many) {
  return absl::StrCat(n, " ", n == 1 ? one : many);
}

// The claim's sentence with the claim inside <mark>, escaped.
std::string MarkedSentence(const CheckResult& result, const Claim& claim,
                           size_t width) {
  const Excerpt excerpt = SentenceExcerpt(claim.context, width);
  const absl::string_view text = excerpt.text;
  return absl::StrCat(
      E(text.substr(0, excerpt.mark_begin)), "<mark>",
      E(text.substr(excerpt.mark_begin, excerpt.mark_end - excerpt.mark_begin)),
      "</mark>", E(text.substr(excerpt.mark_end)));
}

std::string PlainSentence(const CheckResult& result, const Claim& claim) {
  return SentenceExcerpt(claim.context, kSentenceWidth).text;
}

bool IsNames(const Finding& finding) {
  return finding.unit == kUnitName || finding.unit == kUnitSet;
}

// What a card stands for: the ids of its listed claims split by side, in
// the finding's claim order. Claims are read back as each part of the card
// is written, never held: a card lists every outlier, and over an archive
// holding them whole took more memory than the rest of the run.
struct CardClaims {
  std::vector<int> outliers;
  std::vector<int> agreeing;
  size_t not_listed = 0;  // claims ListedClaims left out
};

// The card lists what the text report lists (ListedClaims): over an
// archive a card of every claim ran to hundreds of thousands of rows, and
// the page to hundreds of megabytes.
CardClaims SplitClaims(const CheckResult& result, const Finding& finding,
                       bool all_claims) {
  CardClaims split;
  const std::vector<ListedClaim> listed =
      ListedClaims(result, finding, all_claims, &split.not_listed);
  const std::set<int> outliers(finding.outliers.begin(),
                               finding.outliers.end());
  // In the finding's claim order, as the card has always listed them.
  std::vector<int> ids;
  ids.reserve(listed.size());
  for (const ListedClaim& l : listed) ids.push_back(l.id);
  std::sort(ids.begin(), ids.end());
  for (int id : finding.claims) {
    if (!std::binary_search(ids.begin(), ids.end(), id)) continue;
    (outliers.count(id) ? split.outliers : split.agreeing).push_back(id);
  }
  return split;
}

// Calls visit(claim, outlier) for the card's claims, outliers first, each
// read back as it is needed.
void ForEachCardClaim(const CheckResult& result, const CardClaims& split,
                      const std::function<void(const Claim&, bool)>& visit) {
  for (const auto* side : {&split.outliers, &split.agreeing}) {
    ClaimStore::Reader reader = result.claims.NewReader();
    for (int id : *side) {
      visit(reader.Read(static_cast<size_t>(id)), side == &split.outliers);
    }
  }
}

// Past this many claims, a card's picture draws one bar (or row of names)
// per distinct reading, labelled with its count, instead of one per claim.
constexpr size_t kMaxPictureRows = 40;

std::string Picture(const CheckResult& result, const Finding& finding,
                    const CardClaims& split) {
  if (finding.kind == FindingKind::kIncomparable) return "";
  if (IsNames(finding)) {
    // Names have no axis: each source's names as chips, those that differ
    // from the consensus in red.
    const std::set<std::string> agreed(finding.consensus_members.begin(),
                                       finding.consensus_members.end());
    std::string rows;
    // Many rows: one per distinct list of names, counted.
    const bool grouped =
        split.outliers.size() + split.agreeing.size() > kMaxPictureRows;
    std::vector<std::pair<std::string, size_t>> groups;  // chips, claims
    ForEachCardClaim(result, split, [&](const Claim& claim, bool) {
      const Document* doc = DocumentOf(result, claim);
      std::string chips;
      for (const NamedMember& m : claim.value.members) {
        const bool good = m.recognised && agreed.count(m.canonical) &&
                          (finding.kind != FindingKind::kSpelling ||
                           m.written == m.canonical);
        absl::StrAppend(&chips, "<span class=\"chip", good ? "" : " bad", "\">",
                        E(m.written),
                        m.recognised ? "" : " <small>(unknown)</small>",
                        "</span>");
      }
      if (grouped) {
        auto it =
            std::find_if(groups.begin(), groups.end(),
                         [&chips](const auto& g) { return g.first == chips; });
        if (it == groups.end()) {
          groups.push_back({chips, 1});
        } else {
          ++it->second;
        }
        return;
      }
      absl::StrAppend(
          &rows, "<tr><td class=\"small\">", doc ? E(SourceLabel(*doc)) : "",
          "</td><td><div class=\"chips\">", chips, "</div></td></tr>");
    });
    for (const auto& [chips, count] : groups) {
      absl::StrAppend(
          &rows, "<tr><td class=\"small\">", Plural(count, "claim", "claims"),
          "</td><td><div class=\"chips\">", chips, "</div></td></tr>");
    }
    return absl::StrCat("<figure><table class=\"members\">", rows,
                        "</table></figure>");
  }
  NumberLine line;
  line.unit = finding.unit;
  line.has_band = finding.has_consensus;
  line.band = finding.consensus;
  // Many bars: one per distinct reading and side, counted, so a card
  // over an archive draws a handful of bars rather than thousands.
  const bool grouped =
      split.outliers.size() + split.agreeing.size() > kMaxPictureRows;
  std::vector<size_t> counts;
  ForEachCardClaim(result, split, [&](const Claim& claim, bool outlier) {
    if (grouped) {
      const Interval& iv = claim.value.interval;
      auto it = std::find_if(line.bars.begin(), line.bars.end(),
                             [&](const NumberLineBar& b) {
                               return b.outlier == outlier && b.interval == iv;
                             });
      if (it != line.bars.end()) {
        const size_t n = ++counts[it - line.bars.begin()];
        it->label = Plural(n, "claim", "claims");
        return;
      }
      counts.push_back(1);
    }
    const Document* doc = DocumentOf(result, claim);
    NumberLineBar bar;
    bar.label = doc ? SourceLabel(*doc) : "";
    bar.title = absl::StrCat("\"", claim.text, "\": ", claim.value.reading);
    bar.interval = claim.value.interval;
    bar.outlier = outlier;
    line.bars.push_back(std::move(bar));
  });
  return absl::StrCat(
      "<figure>", NumberLineSvg(line),
      "<figcaption><span><i class=\"key outlier\"></i>disagrees</span>"
      "<span><i class=\"key agrees\"></i>agrees</span>",
      finding.has_consensus ? "<span><i class=\"key band\"></i>consensus</span>"
                            : "",
      "</figcaption></figure>");
}

std::string ClaimRow(const CheckResult& result, const Claim& claim,
                     bool outlier, size_t width) {
  const Document* doc = DocumentOf(result, claim);
  std::string source;
  if (doc != nullptr) {
    source = absl::StrCat(
        "<div>", E(SourceLabel(*doc)), "</div><div class=\"muted small\">",
        E(DateOf(*doc)), " · <span class=\"mono\">", E(FileName(*doc)), ":",
        claim.start.line, ":", claim.start.column, "</span></div>");
  }
  return absl::StrCat("<tr class=\"", outlier ? "outlier" : "agrees",
                      "\"><td class=\"status\">",
                      outlier ? "<span class=\"pill error\">disagrees</span>"
                              : "<span class=\"pill agree\">agrees</span>",
                      "</td><td>", source, "</td><td><div class=\"quote\">“",
                      E(claim.text), "”</div><div class=\"small\">→ ",
                      E(ShownReading(claim.value)),
                      "</div><div class=\"sentence\">",
                      MarkedSentence(result, claim, width), "</div></td></tr>");
}

// An outlier's sentence beside a consensus sentence, words that differ
// highlighted: where two reports tell the same sentence with one figure
// changed, this is the fastest way to see it.
std::string SideBySide(const CheckResult& result, const CardClaims& split) {
  if (split.outliers.empty() || split.agreeing.empty()) return "";
  const Claim left = result.claims.Get(split.outliers.front());
  const std::string left_text = PlainSentence(result, left);
  // The consensus sentence that shares the most words with the outlier's,
  // so the diff shows the changed figure rather than two unrelated lines.
  std::optional<Claim> right;
  std::vector<DiffPiece> best;
  size_t best_shared = 0;
  ClaimStore::Reader reader = result.claims.NewReader();
  for (int id : split.agreeing) {
    Claim candidate = reader.Read(static_cast<size_t>(id));
    std::vector<DiffPiece> pieces =
        DiffWords(left_text, PlainSentence(result, candidate));
    size_t shared = 0;
    for (const DiffPiece& piece : pieces) {
      if (piece.kind == DiffPiece::kSame) shared += piece.text.size();
    }
    if (best.empty() || shared > best_shared) {
      best = std::move(pieces);
      best_shared = shared;
      right = std::move(candidate);
    }
  }
  std::string l, r;
  for (const DiffPiece& piece : best) {
    const std::string text = E(piece.text);
    switch (piece.kind) {
      case DiffPiece::kSame:
        absl::StrAppend(&l, text, " ");
        absl::StrAppend(&r, text, " ");
        break;
      case DiffPiece::kOnlyLeft:
        absl::StrAppend(&l, "<del>", text, "</del> ");
        break;
      case DiffPiece::kOnlyRight:
        absl::StrAppend(&r, "<ins>", text, "</ins> ");
        break;
    }
  }
  const Document* ld = DocumentOf(result, left);
  const Document* rd = right ? DocumentOf(result, *right) : nullptr;
  return absl::StrCat(
      "<details open><summary>Sentences side by side</summary>"
      "<div class=\"diff\"><div><div class=\"side\">disagrees · ",
      ld ? E(SourceLabel(*ld)) : "", "</div>", l,
      "</div><div><div class=\"side\">agrees · ", rd ? E(SourceLabel(*rd)) : "",
      "</div>", r, "</div></div></details>");
}

std::string ConsensusLine(const Finding& finding) {
  switch (finding.kind) {
    case FindingKind::kIncomparable:
      return "<p class=\"consensus\">Not comparable: the claims use different "
             "units.</p>";
    case FindingKind::kSpelling:
      return absl::StrCat(
          "<p class=\"consensus\">House spelling: <strong>",
          E(finding.consensus_reading), "</strong> · used by ",
          Plural(finding.consensus_sources, "source", "sources"), "</p>");
    case FindingKind::kConflict:
      break;
  }
  if (!finding.has_consensus) {
    return "<p class=\"consensus\">No consensus: no reading is backed by more "
           "sources than another.</p>";
  }
  return absl::StrCat("<p class=\"consensus\">Consensus: <strong>",
                      E(finding.consensus_reading), "</strong> · backed by ",
                      Plural(finding.consensus_sources, "source", "sources"),
                      "</p>");
}

// Writes one card: what it says of the finding, its picture, then its
// claims row by row, read back as they are written.
void WriteCard(const CheckResult& result, const Finding& finding, size_t index,
               size_t width, bool all_claims, std::ostream& out) {
  const CardClaims split = SplitClaims(result, finding, all_claims);
  // From the keys: no claim is read back for these.
  std::set<std::string> rules;
  std::set<size_t> sources;
  for (const auto* side : {&split.outliers, &split.agreeing}) {
    for (int id : *side) {
      const ClaimKey& key = result.claims.key(static_cast<size_t>(id));
      if (const Rule* rule = result.claims.rule(key)) rules.insert(rule->id);
      sources.insert(key.document);
    }
  }
  const std::string severity(SeverityName(finding.severity));
  out << absl::StrCat(
      "<article class=\"card ", severity, "\" id=\"finding-", index,
      "\" data-severity=\"", severity, "\" data-rules=\"",
      E(absl::StrJoin(rules, " ")), "\" data-sources=\"",
      absl::StrJoin(sources, " "), "\" data-subject=\"", E(finding.subject),
      "\"><div class=\"head\"><h3>", E(finding.subject),
      "</h3><span class=\"pill ", severity, "\">", severity,
      "</span><span class=\"pill kind\">", E(FindingKindName(finding.kind)),
      "</span><code class=\"rule\">", E(finding.rule), "</code></div>",
      ConsensusLine(finding), "<p class=\"message\">", E(finding.message),
      "</p>",
      finding.rule_message.empty()
          ? ""
          : absl::StrCat("<p class=\"note\">", E(finding.rule_message), "</p>"),
      Picture(result, finding, split), "<table class=\"claims\">");
  ForEachCardClaim(result, split, [&](const Claim& claim, bool outlier) {
    out << ClaimRow(result, claim,
                    outlier && finding.kind != FindingKind::kIncomparable,
                    width);
  });
  if (split.not_listed > 0) {
    out << absl::StrCat(
        "<tr class=\"more\"><td></td><td colspan=\"2\" class=\"muted\">",
        E(NotListedLine(finding, split.not_listed)), "</td></tr>");
  }
  out << "</table>"
      << (finding.kind == FindingKind::kIncomparable
              ? ""
              : SideBySide(result, split))
      << "</article>\n";
}

// Every subject with claims, the ones with findings first (most severe
// first), then those whose sources all agree.
std::string Subjects(const CheckResult& result) {
  std::string items;
  std::set<std::string> listed;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    const std::string severity(SeverityName(f.severity));
    absl::StrAppend(&items, "<li><i class=\"dot ", severity,
                    "\"></i><a href=\"#finding-", i, "\">", E(f.subject),
                    "</a><span class=\"muted small\">",
                    E(FindingKindName(f.kind)), "</span></li>");
    listed.insert(f.subject);
  }
  std::map<std::string, std::set<size_t>> agreeing;
  for (const ClaimKey& key : result.claims.keys()) {
    const std::string& subject = result.claims.subject(key);
    if (!listed.count(subject) && key.resolved()) {
      agreeing[subject].insert(key.document);
    }
  }
  for (const auto& [subject, sources] : agreeing) {
    absl::StrAppend(&items, "<li><i class=\"dot agree\"></i><span>", E(subject),
                    "</span><span class=\"muted small\">",
                    sources.size() == 1
                        ? "1 source"
                        : absl::StrCat(sources.size(), " sources agree"),
                    "</span></li>");
  }
  return absl::StrCat("<ol class=\"subjects\">", items, "</ol>");
}

// Where the date came from ("manifest", "html meta article:published_time"),
// so a reviewer can tell a stated date from one claimdiff found.
std::string DateSourceNote(const Document& doc) {
  if (!doc.meta.published) return "";
  return absl::StrCat("<div class=\"muted small\">",
                      E(DateSourceName(doc.meta.published_from)), "</div>");
}

std::string SourcesTable(const CheckResult& result) {
  std::vector<size_t> claims(result.documents.size(), 0);
  for (const ClaimKey& key : result.claims.keys()) {
    if (key.document < claims.size()) ++claims[key.document];
  }
  std::string rows;
  for (size_t i = 0; i < result.documents.size(); ++i) {
    const Document& doc = result.documents[i];
    absl::StrAppend(&rows, "<tr><td>",
                    doc.meta.outlet.empty() ? "<span class=\"muted\">—</span>"
                                            : E(doc.meta.outlet),
                    "</td><td class=\"mono small\">", E(doc.path()),
                    "</td><td><div class=\"nowrap\">", E(DateOf(doc)), "</div>",
                    DateSourceNote(doc), "</td><td class=\"num\">", claims[i],
                    "</td></tr>");
  }
  return absl::StrCat(
      "<table><thead><tr><th>Outlet</th><th>File</th><th>Published</th>"
      "<th class=\"num\">Claims</th></tr></thead><tbody>",
      rows, "</tbody></table>");
}

std::string RulesTable(const CheckResult& result) {
  struct Count {
    int findings = 0;
    Severity severity = Severity::kInfo;
  };
  std::map<std::string, Count> by_rule;
  for (const Finding& f : result.findings) {
    Count& c = by_rule[f.rule];
    ++c.findings;
    c.severity = std::max(c.severity, f.severity);
  }
  if (by_rule.empty()) {
    return "<p class=\"muted\">No rule found a disagreement.</p>";
  }
  std::string rows;
  for (const auto& [rule, count] : by_rule) {
    const std::string severity(SeverityName(count.severity));
    absl::StrAppend(&rows, "<tr><td><code>", E(rule),
                    "</code></td><td><span class=\"pill ", severity, "\">",
                    severity, "</span></td><td class=\"num\">", count.findings,
                    "</td></tr>");
  }
  return absl::StrCat(
      "<table><thead><tr><th>Rule</th><th>Severity</th>"
      "<th class=\"num\">Findings</th></tr></thead><tbody>",
      rows, "</tbody></table>");
}

std::string Filters(const CheckResult& result) {
  std::set<std::string> rules;
  for (const ClaimKey& key : result.claims.keys()) {
    if (const Rule* rule = result.claims.rule(key)) rules.insert(rule->id);
  }
  std::string rule_options = "<option value=\"\">All rules</option>";
  for (const std::string& r : rules) {
    absl::StrAppend(&rule_options, "<option value=\"", E(r), "\">", E(r),
                    "</option>");
  }
  std::string source_options = "<option value=\"\">All sources</option>";
  for (size_t i = 0; i < result.documents.size(); ++i) {
    absl::StrAppend(&source_options, "<option value=\"", i, "\">",
                    E(SourceLabel(result.documents[i])), "</option>");
  }
  std::string severities;
  for (const char* s : {"error", "warning", "info"}) {
    absl::StrAppend(&severities,
                    "<label><input type=\"checkbox\" "
                    "name=\"severity\" value=\"",
                    s, "\" checked> ", s, "</label>");
  }
  return absl::StrCat(
      "<nav class=\"filters\" aria-label=\"Filter findings\">", severities,
      "<select id=\"f-rule\" aria-label=\"Rule\">", rule_options,
      "</select><select id=\"f-source\" aria-label=\"Source\">", source_options,
      "</select><input type=\"search\" id=\"f-search\" "
      "placeholder=\"Search subjects, claims, sentences\" "
      "aria-label=\"Search\"><span id=\"f-count\"></span></nav>");
}

std::string Warnings(const CheckResult& result) {
  if (result.warnings.empty()) return "";
  std::string items;
  for (const Diagnostic& d : result.warnings) {
    absl::StrAppend(&items, "<li class=\"mono small\">", E(d.ToString()),
                    "</li>");
  }
  return absl::StrCat("<details class=\"panel\"><summary>",
                      Plural(result.warnings.size(), "warning", "warnings"),
                      " while reading the sources</summary><ul>", items,
                      "</ul></details>");
}

}  // namespace

void HtmlReporter::Write(const CheckResult& result, std::ostream& out) const {
  int by_severity[3] = {0, 0, 0};
  for (const Finding& f : result.findings) {
    ++by_severity[static_cast<int>(f.severity)];
  }
  const int errors = by_severity[static_cast<int>(Severity::kError)];
  const int warnings = by_severity[static_cast<int>(Severity::kWarning)];
  const int info = by_severity[static_cast<int>(Severity::kInfo)];
  const size_t width = options_.context > 0 ? options_.context : kSentenceWidth;

  const std::string headline = absl::StrCat(
      Plural(result.findings.size(), "finding", "findings"), " across ",
      Plural(result.documents.size(), "source", "sources"));

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">"
      // The page needs nothing from outside itself; say so to the browser.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
         "img-src data:\">"
      << "<meta name=\"generator\" content=\"claimdiff " << kToolVersion
      << "\">\n<title>claimdiff · " << E(headline) << "</title>\n<style>"
      << HtmlReportCss() << "</style>\n</head>\n<body>\n"
      << "<header class=\"top\"><div class=\"wrap\"><div class=\"brand\">"
         "claim<span>diff</span></div><div class=\"headline\">"
      << E(headline) << "</div><div class=\"generated\">claimdiff "
      << kToolVersion << "</div></div></header>\n<main class=\"wrap\">\n"
      << "<section class=\"tiles\" aria-label=\"Counts\">"
      << "<div class=\"tile error\"><div class=\"n\">" << errors
      << "</div><div class=\"l\">" << (errors == 1 ? "error" : "errors")
      << "</div></div><div class=\"tile warning\"><div class=\"n\">" << warnings
      << "</div><div class=\"l\">" << (warnings == 1 ? "warning" : "warnings")
      << "</div></div><div class=\"tile info\"><div class=\"n\">" << info
      << "</div><div class=\"l\">info</div></div>"
      << "<div class=\"tile\"><div class=\"n\">" << result.claims.size()
      << "</div><div class=\"l\">claims</div></div>"
      << "<div class=\"tile\"><div class=\"n\">" << result.documents.size()
      << "</div><div class=\"l\">sources</div></div></section>\n"
      << "<section class=\"grid\"><div class=\"panel\"><h2>Sources</h2>"
      << SourcesTable(result)
      << "</div><div class=\"panel\"><h2>Findings by rule</h2>"
      << RulesTable(result) << "</div></section>\n"
      << "<section class=\"panel\"><h2>Subjects</h2>" << Subjects(result)
      << "</section>\n"
      << Filters(result) << "\n<section class=\"findings\">\n";
  // Card by card, so the page is never held whole.
  for (size_t i = 0; i < result.findings.size(); ++i) {
    WriteCard(result, result.findings[i], i, width, options_.all_claims, out);
  }
  if (result.findings.empty()) {
    out << "<p class=\"empty panel\">Every source agrees: no findings.</p>";
  }
  out << "</section>\n"
      << Warnings(result) << "\n</main>\n<footer class=\"wrap\">"
      << "Generated by claimdiff " << kToolVersion
      << ". Consensus is the reading most sources share; it is not a "
         "verdict on which source is right.</footer>\n<script>"
      << HtmlReportScript() << "</script>\n</body>\n</html>\n";
}

}  // namespace claimdiff
