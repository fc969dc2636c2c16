#include "checker/source/inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/source/manifest.h"

namespace claimdiff {
namespace fs = std::filesystem;

namespace {

bool IsTextExtension(const fs::path& p) {
  const std::string ext = absl::AsciiStrToLower(p.extension().string());
  return ext == ".txt" || ext == ".text" || ext == ".md" ||
         ext == ".markdown" || ext == ".html" || ext == ".htm";
}

// --published dates what the manifest leaves undated, and only that: the
// manifest speaks for one source, the command line for all of them.
void ApplyCommandLineDate(const InputOptions& options, SourceMeta* meta) {
  if (meta->published || !options.published) return;
  meta->published = options.published;
  meta->published_from = DateSource::kCommandLine;
}

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Text files under `dir`, sorted so output does not depend on the order
// the file system lists them in.
absl::StatusOr<std::vector<std::string>> ListTextFiles(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    return absl::NotFoundError(
        absl::StrCat(dir, ": error: cannot list folder: ", ec.message()));
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (IsHidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsTextExtension(it->path())) {
      files.push_back(it->path().lexically_normal().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

absl::StatusOr<std::vector<SourceMeta>> ResolveInputs(
    const std::vector<std::string>& paths, const InputOptions& options) {
  std::optional<Manifest> manifest;
  if (!options.manifest.empty()) {
    absl::StatusOr<Manifest> m = LoadManifest(options.manifest);
    if (!m.ok()) return m.status();
    manifest = std::move(*m);
  }

  std::vector<SourceMeta> out;
  auto add_file = [&](const std::string& path) {
    const SourceMeta* known = manifest ? manifest->Find(path) : nullptr;
    SourceMeta meta = known ? *known : SourceMeta{};
    meta.path = path;
    ApplyCommandLineDate(options, &meta);
    out.push_back(std::move(meta));
  };

  if (paths.empty()) {
    if (!manifest) {
      return absl::InvalidArgumentError(
          "error: no sources given (name files or folders, or --manifest)");
    }
    out = manifest->sources;
    for (SourceMeta& meta : out) ApplyCommandLineDate(options, &meta);
  }

  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return absl::NotFoundError(
          absl::StrCat(path, ": error: no such file or folder"));
    }
    if (fs::is_directory(status)) {
      const std::string local = (fs::path(path) / kManifestName).string();
      if (!manifest && fs::is_regular_file(local)) {
        absl::StatusOr<Manifest> m = LoadManifest(local);
        if (!m.ok()) return m.status();
        for (SourceMeta& meta : m->sources) {
          ApplyCommandLineDate(options, &meta);
          out.push_back(std::move(meta));
        }
        continue;
      }
      absl::StatusOr<std::vector<std::string>> files = ListTextFiles(path);
      if (!files.ok()) return files.status();
      if (files->empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(path,
                         ": error: folder holds no text sources "
                         "(.txt, .text, .md, .markdown, .html, .htm)"));
      }
      for (const std::string& f : *files) add_file(f);
      continue;
    }
    add_file(path);
  }
  return out;
}

}  // namespace claimdiff
