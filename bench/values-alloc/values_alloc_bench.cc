// What one reading costs: heap allocations and time per Normalize call over
// every case of tests/values/cases, against Tokenize alone in the same run,
// and how allocations grow with the length of the text. Run it through
// bench/values-alloc/run.sh; docs/values.md quotes the figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "checker/common/iso_date.h"
#include "checker/common/yaml_file.h"
#include "checker/values/normalizer.h"
#include "checker/values/token.h"
#include "checker/values/vocabulary.h"

namespace {
size_t g_allocations = 0;
}  // namespace

// Counting every allocation is the point of this program; the replacements
// forward to malloc/free.
void* operator new(std::size_t size) {
  ++g_allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace claimdiff {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string category;
  std::string text;
  Kind kind;
  std::optional<absl::CivilDay> published;
};

std::vector<std::string> YamlFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  for (const std::string& file : YamlFiles("tests/values/cases")) {
    absl::StatusOr<YAML::Node> root = LoadYamlFile(file);
    if (!root.ok()) {
      std::fprintf(stderr, "%s\n",
                   std::string(root.status().message()).c_str());
      std::exit(2);
    }
    for (const YAML::Node& node : (*root)["cases"]) {
      Case c;
      c.category = fs::path(file).stem().string();
      c.text = ScalarOf(node["text"]);
      c.kind = *ParseKind(ScalarOf(node["kind"]));
      if (node["published"]) {
        c.published = *ParseIsoDay(ScalarOf(node["published"]));
      }
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

double Median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs.empty() ? 0 : xs[xs.size() / 2];
}

size_t AllocationsOf(const Vocabulary& vocabulary, Kind kind,
                     const std::string& text,
                     std::optional<absl::CivilDay> published) {
  ValueOptions options;
  options.tolerance_set = true;
  const size_t before = g_allocations;
  absl::StatusOr<Value> value =
      Normalize(kind, ClaimText{text, "", ""}, vocabulary, options, published);
  const size_t used = g_allocations - before;
  (void)value;
  return used;
}

int Run() {
  size_t before = g_allocations;
  absl::StatusOr<Vocabulary> loaded = LoadVocabulary(YamlFiles("rules/common"));
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n",
                 std::string(loaded.status().message()).c_str());
    return 2;
  }
  const Vocabulary vocabulary = *std::move(loaded);
  std::printf("vocabulary load (once): %zu allocations\n",
              g_allocations - before);

  const std::vector<Case> cases = LoadCases();
  size_t bytes = 0;
  for (const Case& c : cases) bytes += c.text.size();

  // Allocations per reading, per case.
  std::vector<double> per_case;
  size_t total = 0, worst = 0;
  const Case* worst_case = nullptr;
  for (const Case& c : cases) {
    const size_t n = AllocationsOf(vocabulary, c.kind, c.text, c.published);
    per_case.push_back(static_cast<double>(n));
    total += n;
    if (n > worst) {
      worst = n;
      worst_case = &c;
    }
  }
  std::printf("cases: %zu, %zu bytes of text\n", cases.size(), bytes);
  std::printf(
      "Normalize: %.1f allocations per reading (median %.0f, max %zu "
      "for \"%s\"), %.2f per byte of text\n",
      static_cast<double>(total) / cases.size(), Median(per_case), worst,
      worst_case ? worst_case->text.c_str() : "",
      static_cast<double>(total) / bytes);

  // Tokenize alone, the floor any token-based reading pays.
  size_t token_total = 0;
  for (const Case& c : cases) {
    before = g_allocations;
    std::vector<Token> tokens = Tokenize(c.text);
    token_total += g_allocations - before;
  }
  std::printf(
      "Tokenize:  %.1f allocations per text; Normalize/Tokenize "
      "%.1fx\n",
      static_cast<double>(token_total) / cases.size(),
      static_cast<double>(total) / token_total);

  // Time, median over rounds, against Tokenize in the same run.
  constexpr int kRounds = 30;
  std::vector<double> normalize_us, tokenize_us;
  ValueOptions options;
  options.tolerance_set = true;
  for (int round = 0; round < kRounds; ++round) {
    auto start = std::chrono::steady_clock::now();
    for (const Case& c : cases) {
      absl::StatusOr<Value> value = Normalize(c.kind, ClaimText{c.text, "", ""},
                                              vocabulary, options, c.published);
      (void)value;
    }
    auto middle = std::chrono::steady_clock::now();
    for (const Case& c : cases) {
      std::vector<Token> tokens = Tokenize(c.text);
    }
    auto end = std::chrono::steady_clock::now();
    normalize_us.push_back(
        std::chrono::duration<double, std::micro>(middle - start).count() /
        cases.size());
    tokenize_us.push_back(
        std::chrono::duration<double, std::micro>(end - middle).count() /
        cases.size());
  }
  std::printf(
      "time per text, median of %d rounds: Normalize %.2f us, "
      "Tokenize %.2f us (%.1fx)\n",
      kRounds, Median(normalize_us), Median(tokenize_us),
      Median(normalize_us) / Median(tokenize_us));

  // Growth with length: the same claim with ever longer figures and runs
  // of spaces. Per-character allocation would grow with the length.
  std::printf("\nallocations by text length (kind number):\n");
  for (int digits : {1, 10, 100, 1000}) {
    const std::string figure(digits, '7');
    const std::string spaced = "more than" + std::string(digits, ' ') + "70";
    std::printf("  %4d chars: \"7...7\" %3zu   \"more than<spaces>70\" %3zu\n",
                digits,
                AllocationsOf(vocabulary, Kind::kNumber, figure, std::nullopt),
                AllocationsOf(vocabulary, Kind::kNumber, spaced, std::nullopt));
  }
  return 0;
}

}  // namespace
}  // namespace claimdiff

int main() { return claimdiff::Run(); }
