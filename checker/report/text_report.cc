#include "checker/report/text_report.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "checker/common/parallel.h"
#include "checker/report/finding_claims.h"
#include "checker/report/sentence.h"
#include "checker/report/terminal_text.h"

namespace claimdiff {
namespace {

constexpr size_t kWidth = 80;
constexpr size_t kDetailIndent = 2;
constexpr size_t kExcerptIndent = 6;
// » and « take two columns. Colour marks with zero-width escapes instead,
// but keeps the same cut so both modes show the same words.
constexpr size_t kExcerptWidth = kWidth - kExcerptIndent - 2;

constexpr absl::string_view kReset = "\x1b[0m";
constexpr absl::string_view kBold = "\x1b[1m";
constexpr absl::string_view kRed = "\x1b[31m";
constexpr absl::string_view kGreen = "\x1b[32m";
constexpr absl::string_view kMarkOn = "\x1b[1;4m";
constexpr absl::string_view kMarkOff = "\x1b[22;24m";

// Wraps text in an ANSI style when colour is on; identity otherwise, so
// the plain layout is built by the very same code.
class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}

  std::string operator()(absl::string_view text,
                         absl::string_view style) const {
    if (!on_ || text.empty()) return std::string(text);
    return absl::StrCat(style, text, kReset);
  }

  bool on() const { return on_; }

 private:
  bool on_;
};

absl::string_view SeverityStyle(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\x1b[1;31m";
    case Severity::kWarning:
      return "\x1b[1;33m";
    case Severity::kInfo:
      return "\x1b[1;36m";
  }
  return kBold;
}

std::string Count(size_t n, absl::string_view singular,
                  absl::string_view plural) {
  return absl::StrCat(n, " ", n == 1 ? singular : plural);
}

void AppendWrapped(absl::string_view text, size_t indent, std::string* out) {
  for (const std::string& line : WrapWords(Printable(text), kWidth - indent)) {
    absl::StrAppend(out, std::string(indent, ' '), line, "\n");
  }
}

std::string Location(const CheckResult& result, const Claim& claim) {
  const Document* document = DocumentOf(result, claim);
  return absl::StrCat(Printable(document ? document->path() : "?"), ":",
                      claim.start.line, ":", claim.start.column);
}

std::string Quoted(const Claim& claim) {
  return absl::StrCat("\"", Printable(claim.text), "\"");
}

void AppendHeader(const Finding& finding, const Painter& paint,
                  std::string* out) {
  absl::StrAppend(
      out,
      paint(absl::StrCat(Printable(finding.subject), ": ",
                         FindingKindName(finding.kind)),
            kBold),
      " (",
      paint(SeverityName(finding.severity), SeverityStyle(finding.severity)),
      ")");
  if (!finding.rule.empty()) {
    absl::StrAppend(out, " [", Printable(finding.rule), "]");
  }
  out->push_back('\n');
}

void AppendMessages(const CheckResult& result, const Finding& finding,
                    std::string* out) {
  AppendWrapped(finding.message, kDetailIndent, out);
  if (!finding.rule_message.empty()) {
    AppendWrapped(absl::StrCat("note: ", finding.rule_message), kDetailIndent,
                  out);
  }
}

// The aligned columns of a block.
struct Columns {
  size_t location = 0;
  size_t quoted = 0;
};

// A finding's block is written in pieces of at most this many listed
// claims, formatted on the run's threads and written in order: a block can
// list every outlier of a subject, hundreds of thousands of lines, and was
// held whole (twice, for two threads) until written.
constexpr size_t kClaimsPerPiece = 1024;

// Measures the columns of listed[first, last) by reading each claim once;
// the block is then written in a second read, so it never holds its
// claims. Reading a claim twice costs less than holding 40,000 of them.
Columns MeasureColumns(const CheckResult& result,
                       const std::vector<ListedClaim>& listed, size_t first,
                       size_t last) {
  Columns widths;
  ClaimStore::Reader reader = result.claims.NewReader();
  for (size_t i = first; i < last; ++i) {
    const Claim claim = reader.Read(listed[i].id);
    widths.location =
        std::max(widths.location, CodePointCount(Location(result, claim)));
    widths.quoted = std::max(widths.quoted, CodePointCount(Quoted(claim)));
  }
  return widths;
}

// The columns of a whole block, measured piece by piece on up to `jobs`
// threads.
Columns MeasureColumns(const CheckResult& result,
                       const std::vector<ListedClaim>& listed, int jobs) {
  const size_t pieces = (listed.size() + kClaimsPerPiece - 1) / kClaimsPerPiece;
  std::vector<Columns> each(pieces);
  ParallelFor(pieces, jobs, [&](size_t p, int) {
    each[p] =
        MeasureColumns(result, listed, p * kClaimsPerPiece,
                       std::min(listed.size(), (p + 1) * kClaimsPerPiece));
  });
  Columns widths;
  for (const Columns& c : each) {
    widths.location = std::max(widths.location, c.location);
    widths.quoted = std::max(widths.quoted, c.quoted);
  }
  return widths;
}

// NotListedLine, wrapped under a block.
void AppendNotListed(const Finding& finding, size_t not_listed,
                     std::string* out) {
  if (not_listed == 0) return;
  AppendWrapped(NotListedLine(finding, not_listed), kDetailIndent, out);
}

// The claim's sentence with the claim marked, as the lines to print under
// it: one line by default; with a wider --context, wrapped at word
// boundaries so no line passes column 80.
std::vector<std::string> MarkedExcerpt(const CheckResult& result,
                                       const Claim& claim, const Painter& paint,
                                       size_t context) {
  const Excerpt excerpt =
      SentenceExcerpt(claim.context, context > 0 ? context : kExcerptWidth);
  if (excerpt.text.empty()) return {};
  const absl::string_view text = excerpt.text;
  const std::string marked = absl::StrCat(
      text.substr(0, excerpt.mark_begin), "\xC2\xBB",
      text.substr(excerpt.mark_begin, excerpt.mark_end - excerpt.mark_begin),
      "\xC2\xAB", text.substr(excerpt.mark_end));
  std::vector<std::string> lines =
      CodePointCount(marked) <= kWidth - kExcerptIndent
          ? std::vector<std::string>{marked}
          : WrapWords(marked, kWidth - kExcerptIndent);
  // Colour replaces the guillemets only after wrapping, so escape codes
  // never count towards a line's width.
  if (paint.on()) {
    for (std::string& line : lines) {
      line = absl::StrReplaceAll(
          line, {{"\xC2\xBB", kMarkOn}, {"\xC2\xAB", kMarkOff}});
    }
  }
  return lines;
}

std::string ConsensusReading(const CheckResult& result,
                             const Finding& finding) {
  if (!finding.consensus_reading.empty()) return finding.consensus_reading;
  Value value;
  value.unit = finding.unit;
  value.interval = finding.consensus;
  if (!finding.claims.empty() && finding.claims.front() >= 0 &&
      static_cast<size_t>(finding.claims.front()) < result.claims.size()) {
    value.kind = result.claims.kind(result.claims.key(finding.claims.front()));
  }
  return FormatInterval(value);
}

// The lines a block opens with: its header, the consensus, the messages.
void AppendOpening(const CheckResult& result, const Finding& finding,
                   const Painter& paint, std::string* out) {
  AppendHeader(finding, paint, out);
  if (finding.kind == FindingKind::kIncomparable) {
    AppendMessages(result, finding, out);
    return;
  }
  if (finding.kind == FindingKind::kSpelling) {
    AppendWrapped(
        absl::StrCat("house spelling: ", Printable(finding.consensus_reading),
                     " — used by ",
                     Count(finding.consensus_sources, "source", "sources")),
        kDetailIndent, out);
  } else if (finding.has_consensus) {
    AppendWrapped(
        absl::StrCat("consensus: ", ConsensusReading(result, finding),
                     " — covered by ",
                     Count(finding.consensus_sources, "source", "sources")),
        kDetailIndent, out);
  } else {
    AppendWrapped(
        "no consensus: no reading is backed by more sources than the others",
        kDetailIndent, out);
  }
  AppendMessages(result, finding, out);
}

// A conflict's or spelling's listed claims [first, last): "-" for an
// outlier, "+" for a claim that agrees, then the marked sentence.
void AppendConflictClaims(const CheckResult& result,
                          const std::vector<ListedClaim>& listed, size_t first,
                          size_t last, const Columns& widths,
                          const Painter& paint, const ReportOptions& options,
                          std::string* out) {
  ClaimStore::Reader reader = result.claims.NewReader();
  for (size_t i = first; i < last; ++i) {
    const ListedClaim& l = listed[i];
    const Claim claim = reader.Read(l.id);
    const absl::string_view style = l.outlier ? kRed : kGreen;
    const std::string reading = Printable(ShownReading(claim.value));
    const std::string quoted = Quoted(claim);
    const std::string head =
        absl::StrCat(l.outlier ? "-" : "+", " ",
                     PadRight(Location(result, claim), widths.location), "  ");
    const std::string line =
        absl::StrCat(head, PadRight(quoted, widths.quoted), "  → ", reading);
    if (CodePointCount(line) <= kWidth) {
      absl::StrAppend(out, paint(line, style), "\n");
    } else {
      // Too wide to align: the reading gets a line of its own rather
      // than running past column 80.
      absl::StrAppend(out, paint(absl::StrCat(head, quoted), style), "\n",
                      std::string(kExcerptIndent, ' '),
                      paint(absl::StrCat("→ ", reading), style), "\n");
    }
    for (const std::string& excerpt_line :
         MarkedExcerpt(result, claim, paint, options.context)) {
      absl::StrAppend(out, std::string(kExcerptIndent, ' '), excerpt_line,
                      "\n");
    }
  }
}

// An incomparable finding's listed claims [first, last), each with its
// unit; no consensus side exists, so no -/+: "~" says "not comparable".
void AppendIncomparableClaims(const CheckResult& result,
                              const std::vector<ListedClaim>& listed,
                              size_t first, size_t last, const Columns& widths,
                              std::string* out) {
  ClaimStore::Reader reader = result.claims.NewReader();
  for (size_t i = first; i < last; ++i) {
    const Claim claim = reader.Read(listed[i].id);
    const std::string& unit = claim.value.unit;
    absl::StrAppend(
        out, "~ ", PadRight(Location(result, claim), widths.location), "  ",
        PadRight(Quoted(claim), widths.quoted), "  ",
        unit.empty() ? "no unit" : absl::StrCat("unit ", Printable(unit)),
        "\n");
  }
}

// What a finding's block lists, decided before any of it is written.
struct BlockPlan {
  std::vector<ListedClaim> listed;
  size_t not_listed = 0;
  // Measured up front for a block of several pieces; a block of one piece
  // is measured by the task that writes it.
  std::optional<Columns> widths;
};

// Listed claims [first, last) of a block, with its opening lines when
// first is 0 and its count line when last is the end of the list.
struct Piece {
  const Finding* finding = nullptr;
  std::shared_ptr<const BlockPlan> plan;
  size_t first = 0;
  size_t last = 0;
};

void AppendPiece(const CheckResult& result, const Piece& piece,
                 const Painter& paint, const ReportOptions& options,
                 std::string* out) {
  const Finding& finding = *piece.finding;
  const BlockPlan& plan = *piece.plan;
  if (piece.first == 0) AppendOpening(result, finding, paint, out);
  const Columns widths = plan.widths ? *plan.widths
                                     : MeasureColumns(result, plan.listed,
                                                      piece.first, piece.last);
  if (finding.kind == FindingKind::kIncomparable) {
    AppendIncomparableClaims(result, plan.listed, piece.first, piece.last,
                             widths, out);
  } else {
    AppendConflictClaims(result, plan.listed, piece.first, piece.last, widths,
                         paint, options, out);
  }
  if (piece.last == plan.listed.size()) {
    AppendNotListed(finding, plan.not_listed, out);
  }
}

std::string Summary(const CheckResult& result, size_t unresolved) {
  size_t conflicts = 0;
  size_t incomparable = 0;
  size_t spellings = 0;
  size_t by_severity[3] = {0, 0, 0};
  for (const Finding& finding : result.findings) {
    switch (finding.kind) {
      case FindingKind::kConflict:
        ++conflicts;
        break;
      case FindingKind::kIncomparable:
        ++incomparable;
        break;
      case FindingKind::kSpelling:
        ++spellings;
        break;
    }
    ++by_severity[static_cast<int>(finding.severity)];
  }
  std::string summary = conflicts == 0
                            ? "no conflicts"
                            : Count(conflicts, "conflict", "conflicts");
  if (incomparable > 0) {
    absl::StrAppend(&summary, ", ", incomparable, " incomparable");
  }
  if (spellings > 0) {
    absl::StrAppend(&summary, ", ", Count(spellings, "spelling", "spellings"));
  }
  if (!result.findings.empty()) {
    absl::StrAppend(&summary, " (",
                    Count(by_severity[static_cast<int>(Severity::kError)],
                          "error", "errors"),
                    ", ",
                    Count(by_severity[static_cast<int>(Severity::kWarning)],
                          "warning", "warnings"),
                    ", ", by_severity[static_cast<int>(Severity::kInfo)],
                    " info)");
  }
  absl::StrAppend(&summary, " across ",
                  Count(result.documents.size(), "source", "sources"), ", ",
                  Count(result.claims.size(), "claim", "claims"));
  if (unresolved > 0)
    absl::StrAppend(&summary, " (", unresolved, " unresolved)");
  if (result.skipped_sources > 0) {
    absl::StrAppend(&summary, "; ",
                    Count(result.skipped_sources, "source", "sources"),
                    " skipped");
  }
  return summary;
}

}  // namespace

std::string ShownReading(const Value& value) {
  if (!value.resolved) {
    return value.unresolved.empty()
               ? std::string("unresolved")
               : absl::StrCat("unresolved: ", value.unresolved);
  }
  absl::string_view reading = value.reading;
  for (absl::string_view arrow : {"→", "->"}) {
    const size_t at = reading.rfind(arrow);
    if (at != absl::string_view::npos) {
      reading = absl::StripAsciiWhitespace(reading.substr(at + arrow.size()));
      break;
    }
  }
  if (reading.empty()) return FormatInterval(value);
  return std::string(reading);
}

void TextReporter::Write(const CheckResult& result, std::ostream& out) const {
  const Painter paint(options_.color);
  // Written out block by block: over an archive the report can run to
  // hundreds of megabytes and must not be held whole.
  std::string text;
  bool started = false;
  const auto separate = [&text, &started] {
    if (started) text.push_back('\n');
    started = true;
  };
  const auto flush = [&text, &out] {
    out << text;
    text.clear();
  };

  // Pieces of blocks are formatted on up to `jobs` threads, a window of
  // them at a time, and written in order: reading claims back and
  // formatting them was most of the report's time. The window bounds how
  // much text waits in memory: four pieces per thread.
  const int jobs = std::max(1, options_.jobs);
  const size_t pieces_per_window = 4 * static_cast<size_t>(jobs);
  std::vector<Piece> window;
  const auto write_window = [&] {
    std::vector<std::string> texts(window.size());
    ParallelFor(window.size(), jobs, [&](size_t i, int) {
      AppendPiece(result, window[i], paint, options_, &texts[i]);
    });
    for (size_t i = 0; i < window.size(); ++i) {
      if (window[i].first == 0) {
        separate();
        flush();
      }
      out << texts[i];
    }
    window.clear();
  };
  for (const Finding& finding : result.findings) {
    auto plan = std::make_shared<BlockPlan>();
    plan->listed =
        ListedClaims(result, finding, options_.all_claims, &plan->not_listed);
    if (plan->listed.size() > kClaimsPerPiece) {
      plan->widths = MeasureColumns(result, plan->listed, jobs);
    }
    size_t first = 0;
    do {
      const size_t last =
          std::min(first + kClaimsPerPiece, plan->listed.size());
      window.push_back(Piece{&finding, plan, first, last});
      if (window.size() == pieces_per_window) write_window();
      first = last;
    } while (first < plan->listed.size());
  }
  write_window();

  if (!result.warnings.empty()) {
    separate();
    for (const Diagnostic& warning : result.warnings) {
      absl::StrAppend(&text, Printable(warning.ToString()), "\n");
    }
  }

  // A rule author needs these: an unresolved claim is silently left out
  // of every comparison.
  // An undated corpus leaves every relative date unresolved; list enough
  // to act on and count the rest rather than bury the summary.
  size_t unresolved = 0;
  for (size_t id = 0; id < result.claims.size(); ++id) {
    if (result.claims.key(id).resolved()) continue;
    if (unresolved++ == 0) {
      separate();
      text.append("unresolved claims (not compared):\n");
    }
    if (unresolved > kMaxUnresolvedListed && !options_.all_claims) continue;
    const Claim claim = result.claims.Get(id);
    absl::StrAppend(
        &text, std::string(kDetailIndent, ' '), Location(result, claim), " ",
        Quoted(claim), ": ",
        Printable(claim.value.unresolved.empty() ? "unresolved"
                                                 : claim.value.unresolved),
        "\n");
  }

  if (unresolved > kMaxUnresolvedListed && !options_.all_claims) {
    absl::StrAppend(&text, std::string(kDetailIndent, ' '), "… and ",
                    unresolved - kMaxUnresolvedListed,
                    " more (--all-claims lists them)\n");
  }

  separate();
  absl::StrAppend(&text, paint(Summary(result, unresolved), kBold), "\n");
  out << text;
}

}  // namespace claimdiff
