// claimdiff's command line: argument parsing and exit codes only. Every
// piece of behaviour lives in the core library under checker/.
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it
// (or failing rule examples); 2 a usage, configuration or input error.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/common/atomic_file.h"
#include "checker/common/iso_date.h"
#include "checker/extract/claims.h"
#include "checker/pipeline/annotated_tests.h"
#include "checker/pipeline/baseline.h"
#include "checker/pipeline/check.h"
#include "checker/pipeline/config.h"
#include "checker/pipeline/explain.h"
#include "checker/pipeline/export_patterns.h"
#include "checker/pipeline/lint.h"
#include "checker/pipeline/rule_examples.h"
#include "checker/pipeline/rule_list.h"
#include "checker/pipeline/rule_skeleton.h"
#include "checker/pipeline/suppression.h"
#include "checker/report/json_report.h"
#include "checker/report/text_report.h"
#include "checker/source/inputs.h"
#include "checker/source/loader.h"

namespace claimdiff {
namespace {

namespace fs = std::filesystem;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

std::string AllClaimsHelp() {
  return absl::StrCat(
      "List every claim in the text report (default: each finding's "
      "outliers, its first ",
      kMaxAgreeingListed, " agreeing claims and ", kMaxUnresolvedListed,
      " unresolved claims; the rest are counted)");
}

// Prints a status message (already `file:line:col: error: ...` lines) and
// returns the error exit code.
int Fail(const absl::Status& status) {
  std::cerr << status.message() << "\n";
  return kExitError;
}

// With no --rules, every pack under ./rules (a folder with pack.yaml).
std::vector<std::string> DefaultPacks() { return DefaultRulePacks("."); }

// The extractor refers into the pack, so the pack lives on the heap where
// moving a Loaded does not move it.
struct Loaded {
  std::unique_ptr<RulePack> pack;
  std::unique_ptr<Extractor> extractor;
};

// Loads the packs named by --rules (or the default ones). Commands that
// extract claims need at least one rule; `value` needs only the
// vocabulary, so it passes require_rules = false. A `config` filters the
// rules and sets their severities before the extractor indexes them.
absl::StatusOr<Loaded> LoadRules(std::vector<std::string> dirs,
                                 bool require_rules = true,
                                 const Config* config = nullptr) {
  if (dirs.empty()) dirs = DefaultPacks();
  if (dirs.empty()) {
    return absl::InvalidArgumentError(
        "error: no rule pack given (use --rules DIR) and no ./rules folder");
  }
  absl::StatusOr<RulePack> pack = LoadRulePack(dirs);
  if (!pack.ok()) return pack.status();
  if (require_rules && pack->rules.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        absl::StrJoin(dirs, ", "), ": error: no rules in these packs"));
  }
  if (config != nullptr) {
    if (absl::Status s = ApplyRuleSettings(*config, &*pack); !s.ok()) return s;
  }
  Loaded loaded{std::make_unique<RulePack>(std::move(*pack)), nullptr};
  absl::StatusOr<std::unique_ptr<Extractor>> ex =
      Extractor::Create(*loaded.pack);
  if (!ex.ok()) return ex.status();
  loaded.extractor = std::move(*ex);
  return loaded;
}

absl::StatusOr<std::optional<absl::CivilDay>> ParsePublished(
    const std::string& text) {
  if (text.empty()) return std::optional<absl::CivilDay>();
  absl::StatusOr<absl::CivilDay> day = ParseIsoDay(text);
  if (!day.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--published: error: ", day.status().message()));
  }
  return std::optional<absl::CivilDay>(*day);
}

bool UseColor(const std::string& mode, bool to_stdout) {
  if (mode == "always") return true;
  if (mode == "never" || !to_stdout) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(fileno(stdout)) != 0;
}

// Streams `reporter`'s report of `result` to `path` atomically, or to
// stdout when path is empty. Never built whole in memory: a report over
// an archive can be larger than the claims it lists.
absl::Status EmitReport(const Reporter& reporter, const CheckResult& result,
                        const std::string& path) {
  if (path.empty()) {
    reporter.Write(result, std::cout);
    std::cout.flush();
    return result.claims.status();
  }
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  reporter.Write(result, (*file)->stream());
  // Claims whose records could not be read back (an I/O error on the
  // temporary file) printed without their text: no such report is kept.
  if (absl::Status read = result.claims.status(); !read.ok()) return read;
  return (*file)->Commit();
}

struct CheckArgs {
  std::vector<std::string> rules;
  std::string manifest;
  std::string published;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  bool fail_on_given = false;  // --fail-on was passed, so it beats the config
  std::string color = "auto";
  int jobs = 0;
  size_t context = 0;
  bool all_claims = false;
  std::string config;
  bool no_config = false;
  std::vector<std::string> paths;

  // The flags that override the config file's settings.
  CommandLineSettings Overrides() const {
    CommandLineSettings flags;
    flags.rules = rules;
    if (fail_on_given) flags.fail_on = fail_on;
    if (!manifest.empty()) flags.manifest = manifest;
    return flags;
  }
};

int RunCheckCommand(const CheckArgs& args) {
  absl::StatusOr<std::optional<absl::CivilDay>> published =
      ParsePublished(args.published);
  if (!published.ok()) return Fail(published.status());
  absl::StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(
      args.format, ReportOptions{UseColor(args.color, args.output.empty()),
                                 args.context, args.all_claims,
                                 WorkerThreads(args.jobs)});
  if (!reporter.ok()) return Fail(reporter.status());
  absl::StatusOr<Config> config =
      ResolveConfig(ConfigChoice{args.config, args.no_config});
  if (!config.ok()) return Fail(config.status());
  ApplyCommandLine(args.Overrides(), &*config);
  absl::StatusOr<Loaded> rules =
      LoadRules(EntryValues(config->rules.value), true, &*config);
  if (!rules.ok()) return Fail(rules.status());
  const std::string manifest =
      config->manifest.value ? config->manifest.value->value : "";
  absl::StatusOr<std::vector<SourceMeta>> sources =
      ResolveInputs(args.paths, InputOptions{manifest, *published});
  if (!sources.ok()) return Fail(sources.status());
  if (absl::Status s = DropIgnored(*config, &*sources); !s.ok()) {
    return Fail(s);
  }
  ProgressCounters progress;
  absl::StatusOr<CheckResult> result;
  {
    // The line is erased when the scope ends, before the report prints.
    ProgressLine line(&progress, STDERR_FILENO);
    result = RunCheck(*rules->pack, *rules->extractor, *sources,
                      CheckOptions{args.jobs, &progress});
  }
  if (!result.ok()) return Fail(result.status());

  if (absl::Status s = EmitReport(**reporter, *result, args.output); !s.ok()) {
    return Fail(s);
  }
  // Warnings go to stderr too when the report goes to a file or is JSON,
  // so a pipeline never hides them.
  if (!args.output.empty() || args.format != "text") {
    for (const Diagnostic& d : result->warnings) {
      std::cerr << d.ToString() << "\n";
    }
  }

  if (config->fail_on.value == "never") return kExitClean;
  absl::StatusOr<Severity> threshold = ParseSeverity(config->fail_on.value);
  for (const Finding& f : result->findings) {
    if (f.kind == FindingKind::kConflict && f.severity >= *threshold) {
      return kExitFindings;
    }
  }
  return kExitClean;
}

struct ConfigArgs {
  std::string config;
  bool no_config = false;
};

// `config --print`: the effective configuration and where each value came
// from. Rule ids in enable, disable and severity are checked against the
// packs, so a config that prints cleanly also runs.
int RunConfigCommand(const ConfigArgs& args) {
  absl::StatusOr<Config> config =
      ResolveConfig(ConfigChoice{args.config, args.no_config});
  if (!config.ok()) return Fail(config.status());
  if (config->HasRuleSettings()) {
    absl::StatusOr<Loaded> rules =
        LoadRules(EntryValues(config->rules.value), true, &*config);
    if (!rules.ok()) return Fail(rules.status());
  }
  WriteConfig(*config, std::cout);
  return kExitClean;
}

struct ExplainArgs {
  std::vector<std::string> rules;
  std::string published;
  std::string rule;
  std::string path;
};

// Explain looks for near misses in the text after the claims are read.
CheckOptions ExplainOptions() {
  CheckOptions options;
  options.keep_text = true;
  return options;
}

int RunExplainCommand(const ExplainArgs& args) {
  absl::StatusOr<std::optional<absl::CivilDay>> published =
      ParsePublished(args.published);
  if (!published.ok()) return Fail(published.status());
  absl::StatusOr<Loaded> rules = LoadRules(args.rules);
  if (!rules.ok()) return Fail(rules.status());
  if (!args.rule.empty()) {
    // Keep only the named rule, so explain shows that rule's claims alone.
    if (rules->pack->Find(args.rule) == nullptr) {
      return Fail(absl::NotFoundError(
          absl::StrCat("--rule: error: no rule with id \"", args.rule, "\"")));
    }
    std::vector<Rule> kept;
    for (Rule& r : rules->pack->rules) {
      if (r.id == args.rule) kept.push_back(std::move(r));
    }
    rules->pack->rules = std::move(kept);
    absl::StatusOr<std::unique_ptr<Extractor>> ex =
        Extractor::Create(*rules->pack);
    if (!ex.ok()) return Fail(ex.status());
    rules->extractor = std::move(*ex);
  }

  CheckResult result;
  if (args.path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                      std::istreambuf_iterator<char>());
    SourceMeta meta;
    meta.path = "<stdin>";
    meta.published = *published;
    std::vector<Diagnostic> warnings;
    absl::StatusOr<Document> doc =
        DocumentFromBytes(meta, std::move(bytes), &warnings);
    if (absl::IsFailedPrecondition(doc.status())) {
      for (const Diagnostic& d : warnings) std::cerr << d.ToString() << "\n";
      return kExitError;
    }
    if (!doc.ok()) return Fail(doc.status());
    std::vector<Document> docs;
    docs.push_back(std::move(*doc));
    result = CheckDocuments(*rules->pack, *rules->extractor, std::move(docs),
                            std::move(warnings));
  } else {
    absl::StatusOr<std::vector<SourceMeta>> sources =
        ResolveInputs({args.path}, InputOptions{"", *published});
    if (!sources.ok()) return Fail(sources.status());
    absl::StatusOr<CheckResult> r =
        RunCheck(*rules->pack, *rules->extractor, *sources, ExplainOptions());
    if (!r.ok()) return Fail(r.status());
    result = std::move(*r);
  }
  WriteExplain(result, std::cout,
               args.rule.empty() ? nullptr : &rules->pack->rules.front(),
               &rules->pack->vocabulary.aliases);
  return kExitClean;
}

struct LintArgs {
  std::vector<std::string> drafts;
  std::vector<std::string> against;
  std::vector<std::string> rules;
  std::string manifest;
  std::string published;
  std::string stdin_filename;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string baseline;
  std::string write_baseline;
  size_t context = 0;
  bool all_claims = false;
  int jobs = 0;
  bool show_reference_conflicts = false;
  bool report_unused_suppressions = true;
  std::string config;
  bool no_config = false;
  bool fail_on_given = false;  // --fail-on was passed, so it beats the config

  // The flags that override the config file's settings.
  CommandLineSettings Overrides() const {
    CommandLineSettings flags;
    flags.rules = rules;
    flags.against = against;
    if (fail_on_given) flags.fail_on = fail_on;
    if (!manifest.empty()) flags.manifest = manifest;
    return flags;
  }
};

// Reads the draft piped to `lint -`; its path (for reports, and its
// format) is --stdin-filename's, "<stdin>" without one.
absl::StatusOr<Document> ReadStdinDraft(const LintArgs& args,
                                        std::optional<absl::CivilDay> published,
                                        std::vector<Diagnostic>* warnings) {
  std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                    std::istreambuf_iterator<char>());
  SourceMeta meta;
  meta.path = args.stdin_filename.empty() ? "<stdin>" : args.stdin_filename;
  meta.published = published;
  if (published) meta.published_from = DateSource::kCommandLine;
  return DocumentFromBytes(meta, std::move(bytes), warnings);
}

int RunLintCommand(const LintArgs& args) {
  absl::StatusOr<std::optional<absl::CivilDay>> published =
      ParsePublished(args.published);
  if (!published.ok()) return Fail(published.status());
  absl::StatusOr<Config> config =
      ResolveConfig(ConfigChoice{args.config, args.no_config});
  if (!config.ok()) return Fail(config.status());
  ApplyCommandLine(args.Overrides(), &*config);
  const std::vector<std::string> against = EntryValues(config->against.value);
  const std::string manifest =
      config->manifest.value ? config->manifest.value->value : "";
  if (against.empty() && manifest.empty()) {
    return Fail(absl::InvalidArgumentError(
        "lint: error: no reference sources: name them with --against PATH, "
        "--manifest FILE or `against:` in .claimdiff.yaml"));
  }
  absl::StatusOr<std::unique_ptr<Reporter>> reporter = MakeReporter(
      args.format, ReportOptions{UseColor(args.color, args.output.empty()),
                                 args.context, args.all_claims,
                                 WorkerThreads(args.jobs)});
  if (!reporter.ok()) return Fail(reporter.status());
  std::optional<Baseline> baseline;
  if (!args.baseline.empty()) {
    absl::StatusOr<Baseline> read = ReadBaseline(args.baseline);
    if (!read.ok()) return Fail(read.status());
    baseline = std::move(*read);
  }
  absl::StatusOr<Loaded> rules =
      LoadRules(EntryValues(config->rules.value), true, &*config);
  if (!rules.ok()) return Fail(rules.status());

  LintInputs inputs;
  std::vector<Diagnostic> stdin_warnings;
  const bool from_stdin = args.drafts.size() == 1 && args.drafts.front() == "-";
  if (from_stdin) {
    absl::StatusOr<Document> doc =
        ReadStdinDraft(args, *published, &stdin_warnings);
    if (absl::IsFailedPrecondition(doc.status())) {
      for (const Diagnostic& d : stdin_warnings) {
        std::cerr << d.ToString() << "\n";
      }
      return kExitError;
    }
    if (!doc.ok()) return Fail(doc.status());
    inputs.stdin_draft = std::move(*doc);
  } else {
    absl::StatusOr<std::vector<SourceMeta>> drafts =
        ResolveInputs(args.drafts, InputOptions{"", *published});
    if (!drafts.ok()) return Fail(drafts.status());
    if (absl::Status s = DropIgnored(*config, &*drafts); !s.ok()) {
      return Fail(s);
    }
    inputs.drafts = std::move(*drafts);
  }
  absl::StatusOr<std::vector<SourceMeta>> references =
      ResolveInputs(against, InputOptions{manifest, std::nullopt});
  if (!references.ok()) return Fail(references.status());
  inputs.references = std::move(*references);

  size_t drafts = 0;
  absl::StatusOr<CheckResult> result =
      RunLint(*rules->pack, *rules->extractor, std::move(inputs),
              CheckOptions{args.jobs}, &drafts);
  if (!result.ok()) return Fail(result.status());
  result->warnings.insert(result->warnings.begin(), stdin_warnings.begin(),
                          stdin_warnings.end());
  FocusOnDrafts(drafts, LintOptions{args.show_reference_conflicts}, &*result);
  ApplySuppressions(drafts, args.report_unused_suppressions, &*result);
  if (!args.write_baseline.empty()) {
    if (absl::Status s =
            WriteBaseline(BaselineOf(*result), args.write_baseline);
        !s.ok()) {
      return Fail(s);
    }
  }
  if (baseline) ApplyBaseline(*baseline, &*result);

  if (absl::Status s = EmitReport(**reporter, *result, args.output); !s.ok()) {
    return Fail(s);
  }
  if (!args.output.empty() || args.format != "text") {
    for (const Diagnostic& d : result->warnings) {
      std::cerr << d.ToString() << "\n";
    }
  }
  // Writing a baseline accepts what it records: that run passes.
  if (config->fail_on.value == "never" || !args.write_baseline.empty()) {
    return kExitClean;
  }
  absl::StatusOr<Severity> threshold = ParseSeverity(config->fail_on.value);
  for (const Finding& f : result->findings) {
    // A spelling is a finding about the draft as much as a conflict is;
    // only claims that cannot be compared never fail a lint.
    if (f.kind != FindingKind::kIncomparable && f.severity >= *threshold) {
      return kExitFindings;
    }
  }
  return kExitClean;
}

struct ValueArgs {
  std::vector<std::string> rules;
  std::string kind;
  std::string published;
  std::string unit;
  std::string resolve = "nearest";
  std::string tolerance;  // as a rule writes it; empty: the rule default
  std::string format = "text";
  std::string text;
};

// Reads one figure the way a rule would, with the packs' vocabulary: the
// values stage on its own, for rule authors and for measuring it against
// other parsers.
int RunValueCommand(const ValueArgs& args) {
  absl::StatusOr<std::optional<absl::CivilDay>> published =
      ParsePublished(args.published);
  if (!published.ok()) return Fail(published.status());
  absl::StatusOr<Kind> kind = ParseKind(args.kind);
  if (!kind.ok()) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("--kind: error: ", kind.status().message())));
  }
  absl::StatusOr<Resolve> resolve = ParseResolve(args.resolve);
  if (!resolve.ok()) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("--resolve: error: ", resolve.status().message())));
  }
  absl::StatusOr<Loaded> rules = LoadRules(args.rules, false);
  if (!rules.ok()) return Fail(rules.status());
  ValueOptions options;
  options.resolve = *resolve;
  if (!args.tolerance.empty()) {
    absl::StatusOr<Tolerance> tolerance = ParseTolerance(args.tolerance);
    if (!tolerance.ok()) {
      return Fail(absl::InvalidArgumentError(
          absl::StrCat("--tolerance: error: ", tolerance.status().message())));
    }
    options.tolerance = tolerance->value;
    options.tolerance_relative = tolerance->relative;
    options.tolerance_set = true;
  }
  absl::StatusOr<Value> value =
      ReadValue(*rules->pack, *kind, ClaimText{args.text, args.unit, ""},
                options, *published);
  if (!value.ok()) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("error: ", value.status().message())));
  }
  if (args.format == "json") {
    std::cout << ValueToJson(*value).dump(2) << "\n";
  } else if (value->resolved) {
    std::cout << value->reading << "\n";
  } else {
    std::cout << "unresolved: " << value->unresolved << "\n";
  }
  return kExitClean;
}

// Prints the TP/FP/FN table of the annotated test documents.
void PrintScores(const AnnotatedSummary& summary) {
  size_t width = 4;
  for (const auto& [rule, score] : summary.by_rule) {
    width = std::max(width, rule.size());
  }
  std::cout << absl::StrFormat("%-*s  %4s  %4s  %4s\n", width, "rule", "TP",
                               "FP", "FN");
  for (const auto& [rule, score] : summary.by_rule) {
    std::cout << absl::StrFormat("%-*s  %4d  %4d  %4d\n", width, rule,
                                 score.true_positives, score.false_positives,
                                 score.false_negatives);
  }
}

int RunRulesTestCommand(std::vector<std::string> dirs) {
  if (dirs.empty()) dirs = DefaultPacks();
  absl::StatusOr<Loaded> rules = LoadRules(dirs);
  if (!rules.ok()) return Fail(rules.status());
  const ExampleSummary summary =
      RunRuleExamples(*rules->pack, *rules->extractor);
  absl::StatusOr<AnnotatedSummary> annotated =
      RunAnnotatedTests(*rules->pack, *rules->extractor, dirs);
  if (!annotated.ok()) return Fail(annotated.status());
  for (const Diagnostic& d : summary.failures)
    std::cout << d.ToString() << "\n";
  for (const Diagnostic& d : annotated->failures)
    std::cout << d.ToString() << "\n";
  if (annotated->documents > 0) PrintScores(*annotated);
  std::cout << summary.rules << " rules, " << summary.examples
            << " examples: " << summary.passed << " passed, "
            << summary.examples - summary.passed << " failed";
  const size_t without = summary.failures.size() -
                         static_cast<size_t>(summary.examples - summary.passed);
  if (without > 0) std::cout << ", " << without << " rules without examples";
  if (annotated->documents > 0) {
    std::cout << "; " << annotated->documents << " test documents, "
              << annotated->annotations << " annotations, "
              << annotated->failures.size() << " misses";
  }
  std::cout << "\n";
  return summary.failures.empty() && annotated->failures.empty()
             ? kExitClean
             : kExitFindings;
}

// Loads the packs and reports every problem of every file, without
// running anything: exit 0 when they load, 1 when they have problems
// (the command's finding), 2 only when there is nothing to validate.
int RunRulesValidateCommand(std::vector<std::string> dirs) {
  if (dirs.empty()) dirs = DefaultPacks();
  if (dirs.empty()) {
    return Fail(absl::InvalidArgumentError(
        "error: no rule pack given (use --rules DIR) and no ./rules folder"));
  }
  absl::StatusOr<RulePack> pack = LoadRulePack(dirs);
  if (!pack.ok()) {
    const std::string problems(pack.status().message());
    std::cout << problems << "\n";
    std::cout << std::count(problems.begin(), problems.end(), '\n') + 1
              << " problems\n";
    return kExitFindings;
  }
  std::cout << pack->rules.size() << " rules in " << pack->files.size()
            << " files: no problems\n";
  return kExitClean;
}

struct NewRuleArgs {
  std::string id;
  std::string kind;
  std::string subject;
  std::string output;
};

// Writes a rule skeleton to stdout or, never over an existing file, to -o.
int RunRulesNewCommand(const NewRuleArgs& args) {
  absl::StatusOr<Kind> kind = ParseKind(args.kind);
  if (!kind.ok()) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("--kind: error: ", kind.status().message())));
  }
  const std::string text = RuleSkeleton(args.id, *kind, args.subject);
  if (args.output.empty()) {
    std::cout << text;
    return kExitClean;
  }
  std::error_code ec;
  if (fs::exists(args.output, ec)) {
    return Fail(absl::AlreadyExistsError(absl::StrCat(
        args.output, ": error: file exists; choose another name")));
  }
  if (absl::Status written = WriteFileAtomically(args.output, text);
      !written.ok()) {
    return Fail(written);
  }
  return kExitClean;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "claimdiff finds where sources disagree about facts: it extracts "
      "figures, durations and dates with YAML rules, reads each as an "
      "interval, and reports the claims that miss the consensus.",
      "claimdiff"};
  app.set_version_flag("--version", std::string(CLAIMDIFF_VERSION));
  app.require_subcommand(1);

  CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand(
      "check", "Compare the claims of several sources and report conflicts");
  check_cmd
      ->add_option("--rules", check.rules,
                   "Rule pack folder (repeatable; default: every pack "
                   "under ./rules)")
      ->allow_extra_args(false);
  check_cmd->add_option("--manifest", check.manifest,
                        "sources.yaml giving paths and publication dates");
  check_cmd->add_option("--published", check.published,
                        "Publication date (YYYY-MM-DD) for sources the "
                        "manifest does not date");
  check_cmd->add_option("--format", check.format, "Report format")
      ->check(CLI::IsMember(ReportFormats()));
  check_cmd->add_option("-o,--output", check.output,
                        "Write the report to FILE (atomically)");
  CLI::Option* fail_on_opt =
      check_cmd
          ->add_option("--fail-on", check.fail_on,
                       "Exit 1 when a conflict is at or above this severity "
                       "(default: the config's fail_on, else error)")
          ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  check_cmd->add_option("--color", check.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check_cmd
      ->add_option("--context", check.context,
                   "Show up to N characters of each claim's sentence "
                   "(default: one 80-column line; longer is wrapped)")
      ->check(CLI::Range(size_t{3}, size_t{10000}));
  check_cmd->add_flag("--all-claims", check.all_claims, AllClaimsHelp());
  check_cmd
      ->add_option("-j,--jobs", check.jobs,
                   "Worker threads (default: one per core)")
      ->check(CLI::Range(0, 1024));
  CLI::Option* check_config =
      check_cmd->add_option("--config", check.config,
                            "Settings file to use instead of the nearest "
                            ".claimdiff.yaml (docs/config.md)");
  check_cmd
      ->add_flag("--no-config", check.no_config, "Ignore any .claimdiff.yaml")
      ->excludes(check_config);
  check_cmd->add_option("paths", check.paths,
                        "Files or folders (a folder with sources.yaml uses "
                        "it)");

  ConfigArgs config_args;
  CLI::App* config_cmd = app.add_subcommand(
      "config",
      "Show the effective settings of .claimdiff.yaml (docs/config.md)");
  config_cmd->add_flag("--print", "Print each effective setting and its origin")
      ->required();
  CLI::Option* config_file =
      config_cmd->add_option("--config", config_args.config,
                             "Settings file to use instead of the nearest "
                             ".claimdiff.yaml");
  config_cmd
      ->add_flag("--no-config", config_args.no_config,
                 "Ignore any .claimdiff.yaml")
      ->excludes(config_file);

  ExplainArgs explain;
  CLI::App* explain_cmd = app.add_subcommand(
      "explain", "Show every claim in one source and how it was read");
  explain_cmd->add_option("--rules", explain.rules, "Rule pack folder")
      ->allow_extra_args(false);
  explain_cmd->add_option("--published", explain.published,
                          "Publication date (YYYY-MM-DD) of the source");
  explain_cmd->add_option("--rule", explain.rule, "Show only this rule");
  explain_cmd->add_option("path", explain.path, "File to explain, or -")
      ->required();

  LintArgs lint;
  CLI::App* lint_cmd = app.add_subcommand(
      "lint", "Check drafts against reference sources before publication");
  lint_cmd->add_option("drafts", lint.drafts, "Draft files or folders, or -")
      ->required();
  lint_cmd
      ->add_option("--against", lint.against,
                   "Reference sources: files or folders (repeatable)")
      ->allow_extra_args(false);
  lint_cmd
      ->add_option("--rules", lint.rules,
                   "Rule pack folder (repeatable; default: every pack "
                   "under ./rules)")
      ->allow_extra_args(false);
  lint_cmd->add_option("--manifest", lint.manifest,
                       "sources.yaml for the references");
  lint_cmd->add_option("--published", lint.published,
                       "The drafts' publication date (YYYY-MM-DD), for "
                       "relative dates");
  lint_cmd->add_option("--stdin-filename", lint.stdin_filename,
                       "Path (and so format) of the draft read from -");
  lint_cmd->add_option("--format", lint.format, "Report format")
      ->check(CLI::IsMember(ReportFormats()));
  lint_cmd->add_option("-o,--output", lint.output,
                       "Write the report to FILE (atomically)");
  CLI::Option* lint_fail_on =
      lint_cmd
          ->add_option("--fail-on", lint.fail_on,
                       "Exit 1 when a finding is at or above this severity "
                       "(default: the config's fail_on, else error)")
          ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  CLI::Option* lint_config =
      lint_cmd->add_option("--config", lint.config,
                           "Settings file to use instead of the nearest "
                           ".claimdiff.yaml (docs/config.md)");
  lint_cmd
      ->add_flag("--no-config", lint.no_config, "Ignore any .claimdiff.yaml")
      ->excludes(lint_config);
  lint_cmd->add_option("--color", lint.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  lint_cmd
      ->add_option("--context", lint.context,
                   "Show up to N characters of each claim's sentence")
      ->check(CLI::Range(size_t{3}, size_t{10000}));
  lint_cmd->add_flag("--all-claims", lint.all_claims, AllClaimsHelp());
  lint_cmd->add_option("-j,--jobs", lint.jobs, "Worker threads")
      ->check(CLI::NonNegativeNumber);
  lint_cmd->add_flag("--show-reference-conflicts",
                     lint.show_reference_conflicts,
                     "Also report conflicts among the references alone");
  lint_cmd->add_flag(
      "--report-unused-suppressions,!--no-report-unused-suppressions",
      lint.report_unused_suppressions,
      "Warn about suppression comments that suppress nothing (default on)");
  lint_cmd->add_option("--baseline", lint.baseline,
                       "Report only findings not recorded in this file");
  lint_cmd->add_option("--write-baseline", lint.write_baseline,
                       "Record the current findings in this file and pass");

  ValueArgs value;
  CLI::App* value_cmd = app.add_subcommand(
      "value", "Read one figure, duration or date as the values stage does");
  value_cmd
      ->add_option("--rules", value.rules,
                   "Rule pack folder for the vocabulary (default: every "
                   "pack under ./rules)")
      ->allow_extra_args(false);
  value_cmd
      ->add_option(
          "--kind", value.kind,
          "number, money, percent, duration, date, measure, name or set")
      ->required();
  value_cmd->add_option("--published", value.published,
                        "Publication date (YYYY-MM-DD) for relative dates");
  value_cmd->add_option("--unit", value.unit, "Unit written apart");
  value_cmd->add_option("--resolve", value.resolve,
                        "Weekdays and yearless dates: nearest, next or "
                        "previous");
  value_cmd->add_option("--tolerance", value.tolerance,
                        "As a rule's tolerance: 2 or 5%; 0 reads the figure "
                        "exactly (measures otherwise take their dimension's)");
  value_cmd->add_option("--format", value.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  value_cmd->add_option("text", value.text, "The text to read")->required();

  std::vector<std::string> rules_dirs;
  CLI::App* rules_cmd = app.add_subcommand("rules", "Work with rule packs");
  rules_cmd->require_subcommand(1);
  CLI::App* rules_test = rules_cmd->add_subcommand(
      "test",
      "Check every rule against its inline examples and the pack's "
      "annotated test documents");
  rules_test->add_option("--rules", rules_dirs, "Rule pack folder")
      ->allow_extra_args(false);
  NewRuleArgs new_rule;
  CLI::App* rules_new = rules_cmd->add_subcommand(
      "new", "Write a commented rule of one kind to start from");
  rules_new->add_option("id", new_rule.id, "The new rule's id")->required();
  rules_new
      ->add_option(
          "--kind", new_rule.kind,
          "number, money, percent, duration, date, measure, name or set")
      ->required();
  rules_new->add_option("--subject", new_rule.subject,
                        "Subject (default: the id)");
  rules_new->add_option("-o,--output", new_rule.output,
                        "Write to this file (never over an existing one)");
  CLI::App* rules_list = rules_cmd->add_subcommand(
      "list", "List every rule with its kind, severity, pack and examples");
  rules_list->add_option("--rules", rules_dirs, "Rule pack folder")
      ->allow_extra_args(false);
  CLI::App* rules_export = rules_cmd->add_subcommand(
      "export-patterns",
      "Print every rule pattern in ripgrep's syntax, one per line, for "
      "`rg -f FILE`");
  rules_export->add_option("--rules", rules_dirs, "Rule pack folder")
      ->allow_extra_args(false);
  CLI::App* rules_validate = rules_cmd->add_subcommand(
      "validate", "Report every problem in the rule packs' YAML");
  rules_validate->add_option("--rules", rules_dirs, "Rule pack folder")
      ->allow_extra_args(false);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "claimdiff: error: " << e.what()
              << " (run with --help for usage)\n";
    return kExitError;
  }

  check.fail_on_given = fail_on_opt->count() > 0;
  lint.fail_on_given = lint_fail_on->count() > 0;
  if (*check_cmd) return RunCheckCommand(check);
  if (*config_cmd) return RunConfigCommand(config_args);
  if (*explain_cmd) return RunExplainCommand(explain);
  if (*lint_cmd) return RunLintCommand(lint);
  if (*value_cmd) return RunValueCommand(value);
  if (*rules_test) return RunRulesTestCommand(rules_dirs);
  if (*rules_validate) return RunRulesValidateCommand(rules_dirs);
  if (*rules_new) return RunRulesNewCommand(new_rule);
  if (*rules_list) {
    absl::StatusOr<Loaded> rules = LoadRules(rules_dirs);
    if (!rules.ok()) return Fail(rules.status());
    WriteRuleList(*rules->pack, std::cout);
    return kExitClean;
  }
  if (*rules_export) {
    absl::StatusOr<Loaded> rules = LoadRules(rules_dirs);
    if (!rules.ok()) return Fail(rules.status());
    if (absl::Status s = WriteRipgrepPatterns(*rules->pack, std::cout);
        !s.ok()) {
      return Fail(s);
    }
    return kExitClean;
  }
  return kExitError;
}

}  // namespace
}  // namespace claimdiff

int main(int argc, char** argv) { return claimdiff::Main(argc, argv); }
