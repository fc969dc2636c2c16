// The extract stage: Extractor::FindAll and ReadClaims with the
// vell-bridge rules over one generated news document of 4 KiB to 1 MiB.
//
// The document is made of the bundled corpus's sentences (fixtures/corpus,
// its plain-text and Markdown articles), drawn at random into paragraphs
// of one to four sentences, with figures varied (a last digit changed) so
// that repeats are not byte-identical. Sentences without claims come along
// with the rest, so the claim density is the corpus's own: about one claim
// per 70 bytes, far denser than most news.
#include <benchmark/benchmark.h>

#include <cctype>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "bench/micro/bundled.h"
#include "checker/extract/claims.h"
#include "checker/extract/extractor.h"
#include "checker/source/loader.h"
#include "re2/re2.h"

namespace claimdiff {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A paragraph that is prose, not a headline, front matter, heading or
// code block: it ends a sentence.
bool IsProse(absl::string_view paragraph) {
  return absl::EndsWith(paragraph, ".") && !absl::StartsWith(paragraph, "#") &&
         !absl::StartsWith(paragraph, "---") &&
         !absl::StartsWith(paragraph, "```");
}

// Every sentence of the corpus's articles, Markdown emphasis and links
// reduced to their text. The letters page (pasted markup) and the HTML
// page are left out: their text is not prose.
std::vector<std::string> CorpusSentences() {
  std::vector<std::string> sentences;
  for (const char* name :
       {"courier.txt", "herald.txt", "wire.txt", "gazette.md", "blog.md"}) {
    std::string text =
        ReadFile(bench::SourcePath(std::string("fixtures/corpus/") + name));
    RE2::GlobalReplace(&text, R"(\[([^\]]*)\]\([^)]*\))", R"(\1)");
    absl::StrReplaceAll({{"**", ""}}, &text);
    for (absl::string_view paragraph :
         absl::StrSplit(text, "\n\n", absl::SkipWhitespace())) {
      std::string joined = absl::StrReplaceAll(
          absl::StripAsciiWhitespace(paragraph), {{"\n", " "}});
      if (!IsProse(joined)) continue;
      // A sentence ends at ". " before a capital letter.
      size_t start = 0;
      for (size_t i = 0; i + 2 < joined.size(); ++i) {
        if (joined[i] == '.' && joined[i + 1] == ' ' &&
            std::isupper(static_cast<unsigned char>(joined[i + 2]))) {
          sentences.push_back(joined.substr(start, i + 1 - start));
          start = i + 2;
        }
      }
      sentences.push_back(joined.substr(start));
    }
  }
  return sentences;
}

// Changes the last digit of numbers of two or more digits, except a day
// after a month name ("March 15"), which must stay a real date.
std::string VaryFigures(const std::string& sentence, std::mt19937* random) {
  static const RE2 kDayAfterMonth(
      R"((?:January|February|March|April|May|June|July|August|September|)"
      R"(October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|)"
      R"(Nov|Dec)\.? $)");
  std::string out = sentence;
  for (size_t i = 0; i < out.size();) {
    if (!std::isdigit(static_cast<unsigned char>(out[i]))) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < out.size() &&
           std::isdigit(static_cast<unsigned char>(out[end])))
      ++end;
    const bool day =
        RE2::PartialMatch(re2::StringPiece(out.data(), i), kDayAfterMonth);
    if (end - i >= 2 && !day) {
      out[end - 1] = static_cast<char>('0' + (*random)() % 10);
    }
    i = end;
  }
  return out;
}

// A plain-text news document of about `size` bytes.
Document MakeDocument(size_t size) {
  static const std::vector<std::string>* sentences =
      new std::vector<std::string>(CorpusSentences());
  std::mt19937 random(7);
  std::string text = "Vell bridge: the latest\n\n";
  while (text.size() < size) {
    const int count = 1 + random() % 4;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += ' ';
      text += VaryFigures((*sentences)[random() % sentences->size()], &random);
    }
    text += "\n\n";
  }
  SourceMeta meta;
  meta.path = "news/generated.txt";
  meta.published = absl::CivilDay(2024, 3, 5);
  std::vector<Diagnostic> warnings;
  absl::StatusOr<Document> doc =
      DocumentFromBytes(meta, std::move(text), &warnings);
  return doc.ok() ? std::move(*doc) : Document{};
}

const Extractor& VellBridgeExtractor() {
  static const Extractor* extractor = [] {
    absl::StatusOr<std::unique_ptr<Extractor>> made =
        Extractor::Create(bench::VellBridgePack());
    if (!made.ok()) {
      std::fprintf(stderr, "%s\n", made.status().ToString().c_str());
      std::exit(2);
    }
    return made->release();
  }();
  return *extractor;
}

void BM_FindAll(benchmark::State& state) {
  const Extractor& extractor = VellBridgeExtractor();
  const Document doc = MakeDocument(state.range(0));
  size_t matches = 0;
  for (auto _ : state) {
    std::vector<Match> found = extractor.FindAll(doc.searchable);
    matches = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(state.iterations() * doc.searchable.size());
  state.counters["matches"] = static_cast<double>(matches);
}

void BM_ReadClaims(benchmark::State& state) {
  const RulePack& pack = bench::VellBridgePack();
  const Document doc = MakeDocument(state.range(0));
  const std::vector<Match> matches =
      VellBridgeExtractor().FindAll(doc.searchable);
  size_t claims = 0;
  for (auto _ : state) {
    std::vector<Diagnostic> warnings;
    std::vector<Claim> read = ReadClaims(pack, doc, 0, matches, &warnings);
    claims = read.size();
    benchmark::DoNotOptimize(read);
  }
  state.SetBytesProcessed(state.iterations() * doc.searchable.size());
  state.SetItemsProcessed(state.iterations() * claims);
  state.counters["claims"] = static_cast<double>(claims);
}

// Both, as RunCheck does for each document.
void BM_Extract(benchmark::State& state) {
  const RulePack& pack = bench::VellBridgePack();
  const Extractor& extractor = VellBridgeExtractor();
  const Document doc = MakeDocument(state.range(0));
  size_t claims = 0;
  for (auto _ : state) {
    std::vector<Diagnostic> warnings;
    std::vector<Claim> read =
        ReadClaims(pack, doc, 0, extractor.FindAll(doc.searchable), &warnings);
    claims = read.size();
    benchmark::DoNotOptimize(read);
  }
  state.SetBytesProcessed(state.iterations() * doc.searchable.size());
  state.SetItemsProcessed(state.iterations() * claims);
  state.counters["claims"] = static_cast<double>(claims);
}

// 4 KiB (an article), 64 KiB, 1 MiB.
constexpr int64_t kSmallest = 4 << 10;
constexpr int64_t kLargest = 1 << 20;
BENCHMARK(BM_FindAll)->RangeMultiplier(16)->Range(kSmallest, kLargest);
BENCHMARK(BM_ReadClaims)->RangeMultiplier(16)->Range(kSmallest, kLargest);
BENCHMARK(BM_Extract)->RangeMultiplier(16)->Range(kSmallest, kLargest);

}  // namespace
}  // namespace claimdiff
