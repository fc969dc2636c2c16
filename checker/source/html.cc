#include "checker/source/html.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/source/markup.h"
#include "gumbo.h"
#include "nlohmann/json.hpp"
#include "utf8proc.h"

namespace claimdiff {
namespace {

using Json = nlohmann::ordered_json;

struct GumboDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree ParseWithGumbo(absl::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  // gumbo copies the stack of open elements into every parse error it
  // records: a page of 20,000 unclosed <div>s would take gigabytes. The
  // errors are of no use here.
  options.max_errors = 0;
  // An empty view may have no buffer at all; gumbo wants one.
  const char* data = html.data() != nullptr ? html.data() : "";
  return GumboTree(gumbo_parse_with_options(&options, data, html.size()));
}

// Content that is not the article's prose: code and styling, the page's
// chrome (menus, footer, sidebars of related stories, whose figures belong
// to other stories), form controls, embedded media and their fallbacks.
bool IsHidden(const GumboElement& element) {
  switch (element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return gumbo_get_attribute(&element.attributes, "hidden") != nullptr;
  }
}

// Elements a browser lays out as blocks (or, for br, td and th, at least
// as separate lines or cells): their text is a paragraph of its own.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// The value of attribute `name`, or nullptr.
const GumboAttribute* Attribute(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name);
}

bool AttributeIs(const GumboElement& element, const char* name,
                 absl::string_view value) {
  const GumboAttribute* a = Attribute(element, name);
  return a != nullptr &&
         absl::EqualsIgnoreCase(absl::StripAsciiWhitespace(a->value), value);
}

// How gumbo decodes one character reference in running text. The
// reference follows a letter, because white space at the very start of a
// page is dropped and "&#10;" would read as nothing.
std::string DecodeAlone(absl::string_view reference) {
  const std::string html = absl::StrCat("x", reference);
  GumboTree tree = ParseWithGumbo(html);
  std::string out;
  std::vector<const GumboNode*> stack = {tree->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      out += node->v.text.text;
      continue;
    }
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      children = &node->v.element.children;
    }
    if (children == nullptr) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  return absl::StartsWith(out, "x") ? out.substr(1) : std::string();
}

// Whether every code point of `utf8` is white space to a reader: ASCII
// spaces and Unicode space separators (no-break, thin, em spaces...).
bool IsAllSpace(absl::string_view utf8) {
  size_t i = 0;
  while (i < utf8.size()) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + i),
        static_cast<utf8proc_ssize_t>(utf8.size() - i), &cp);
    if (n <= 0) return false;
    const bool space =
        (cp < 0x80 && absl::ascii_isspace(static_cast<unsigned char>(cp))) ||
        utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
    if (!space) return false;
    i += static_cast<size_t>(n);
  }
  return !utf8.empty();
}

// The longest prefix of `utf8` that is whole code points and at most
// `room` bytes long.
absl::string_view FitCodePoints(absl::string_view utf8, size_t room) {
  if (utf8.size() <= room) return utf8;
  size_t end = room;
  while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) {
    --end;
  }
  return utf8.substr(0, end);
}

// How far a named character reference may run: the longest name is 31
// letters ("&CounterClockwiseContourIntegral;"). A longer run of letters
// is at most a legacy name followed by text, which the cut still shows.
constexpr size_t kMaxNamedReference = 40;

// The bytes of the character reference that may start at `i` (which holds
// '&'): "&name", "&#digits" or "&#xhex", with its ';' if there is one.
// This only bounds the run; gumbo decides what, if anything, it means.
size_t ReferenceLength(absl::string_view source, size_t i) {
  size_t e = i + 1;
  size_t first = e;
  if (e < source.size() && source[e] == '#') {
    ++e;
    const bool hex =
        e < source.size() && (source[e] == 'x' || source[e] == 'X');
    if (hex) ++e;
    first = e;
    // All the digits, however many: gumbo reads them all ("&#00065;").
    while (e < source.size() && (hex ? absl::ascii_isxdigit(source[e])
                                     : absl::ascii_isdigit(source[e]))) {
      ++e;
    }
  } else {
    const size_t limit = std::min(source.size(), i + kMaxNamedReference);
    while (e < limit && absl::ascii_isalnum(source[e])) ++e;
  }
  if (e == first) return 0;
  if (e < source.size() && source[e] == ';') ++e;
  return e - i;
}

class PageReader {
 public:
  explicit PageReader(absl::string_view html) : html_(html) {
    page_.searchable = std::string(html);
    BlankRange(&page_.searchable, 0, page_.searchable.size());
  }

  HtmlPage Read() && {
    GumboTree tree = ParseWithGumbo(html_);
    Walk(tree->document);
    page_.text = page_.searchable;
    // After every text node is placed: a tag marker must never land on
    // visible text, and MarkBlock only writes over blanks.
    for (const GumboElement* element : blocks_) {
      MarkBlock(element->original_tag);
      MarkBlock(element->original_end_tag);
    }
    if (meta_) page_.dates.push_back(std::move(*meta_));
    if (itemprop_) page_.dates.push_back(std::move(*itemprop_));
    if (time_in_article_) {
      page_.dates.push_back(std::move(*time_in_article_));
    } else if (time_) {
      page_.dates.push_back(std::move(*time_));
    }
    for (StatedDate& d : json_ld_) page_.dates.push_back(std::move(d));
    return std::move(page_);
  }

 private:
  struct Visit {
    const GumboNode* node;
    bool hidden;      // inside content that is not prose
    bool in_article;  // inside <article> or <main>
  };

  // Visits the tree in document order without recursion: a page of deeply
  // nested unclosed tags must not overflow the stack.
  void Walk(const GumboNode* root) {
    std::vector<Visit> stack = {{root, false, false}};
    while (!stack.empty()) {
      const Visit visit = stack.back();
      stack.pop_back();
      const GumboNode* node = visit.node;
      const GumboVector* children = nullptr;
      bool hidden = visit.hidden;
      bool in_article = visit.in_article;
      switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
          children = &node->v.document.children;
          break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
          if (!hidden) PlaceText(node->v.text);
          break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
          const GumboElement& element = node->v.element;
          if (IsBlock(element.tag)) blocks_.push_back(&element);
          NoteDate(element, node, hidden, in_article);
          hidden =
              hidden || node->type == GUMBO_NODE_TEMPLATE || IsHidden(element);
          in_article = in_article || element.tag == GUMBO_TAG_ARTICLE ||
                       element.tag == GUMBO_TAG_MAIN;
          children = &element.children;
          break;
        }
        default:  // comments and CDATA are never prose
          break;
      }
      if (children == nullptr) continue;
      for (unsigned i = children->length; i > 0; --i) {
        stack.push_back({static_cast<const GumboNode*>(children->data[i - 1]),
                         hidden, in_article});
      }
    }
  }

  // The offset of `piece` in the page, or nullopt when it does not point
  // into it (a tag gumbo inserted has no source).
  std::optional<size_t> OffsetOf(const char* data, size_t length) const {
    if (data == nullptr) return std::nullopt;
    const auto begin = reinterpret_cast<uintptr_t>(html_.data());
    const auto at = reinterpret_cast<uintptr_t>(data);
    if (at < begin || at - begin > html_.size() ||
        length > html_.size() - (at - begin)) {
      return std::nullopt;
    }
    return static_cast<size_t>(at - begin);
  }

  // Copies one text node into `searchable` at its place in the page.
  // gumbo gives the node's bytes as written (`original_text`) and as read
  // (`text`); walking both together tells which written bytes are text, so
  // nothing is copied that gumbo did not read as text.
  void PlaceText(const GumboText& node) {
    const std::optional<size_t> at =
        OffsetOf(node.original_text.data, node.original_text.length);
    if (!at) return;
    const absl::string_view source =
        html_.substr(*at, node.original_text.length);
    const absl::string_view decoded = node.text;
    size_t i = 0, j = 0;
    while (i < source.size()) {
      const char c = source[i];
      if (c == '\r') {
        // gumbo reads CR LF, and a lone CR, as LF; the line break stays as
        // the file has it.
        if (j < decoded.size() && decoded[j] == '\n') ++j;
        i += i + 1 < source.size() && source[i + 1] == '\n' ? 2 : 1;
        continue;
      }
      if (c == '&') {
        if (const size_t n = PlaceReference(*at, source, i, decoded, &j)) {
          i += n;
          continue;
        }
      }
      if (j < decoded.size() && decoded[j] == c) {
        page_.searchable[*at + i] = c;
        ++i;
        ++j;
        continue;
      }
      // Bytes gumbo did not read as text. A tag it ignored (a stray
      // "</span>") stays inside the run of text around it; a NUL is
      // dropped, or read as U+FFFD.
      if (c == '<') {
        const size_t close = source.find('>', i);
        i = close == absl::string_view::npos ? source.size() : close + 1;
        continue;
      }
      if (c == '\0' && decoded.substr(j, 3) == "\xEF\xBF\xBD") j += 3;
      ++i;
    }
  }

  // Places the character reference that may start at source[i] ('&'),
  // where gumbo's reading of the node has reached decoded[*j]. Returns how
  // many source bytes it took, or 0 when gumbo did not read a reference
  // there (a bare "&" in "R&D"), so the caller copies the '&' as text.
  size_t PlaceReference(size_t at, absl::string_view source, size_t i,
                        absl::string_view decoded, size_t* j) {
    const size_t length = ReferenceLength(source, i);
    if (length == 0) return 0;
    const absl::string_view reference = source.substr(i, length);
    auto [it, fresh] = decoded_references_.try_emplace(std::string(reference));
    if (fresh) it->second = DecodeAlone(reference);
    const std::string& reading = it->second;
    if (reading.empty() || reading == reference ||
        decoded.substr(*j, reading.size()) != reading) {
      return 0;
    }
    *j += reading.size();
    // A legacy reference without ';' keeps what follows its name as text
    // ("&copy2024" reads "©2024"): those bytes stay where they are.
    size_t tail = 0;
    while (tail + 1 < reading.size() && tail + 1 < reference.size() &&
           reading[reading.size() - 1 - tail] ==
               reference[reference.size() - 1 - tail]) {
      ++tail;
    }
    const size_t room = reference.size() - tail;
    for (size_t k = room; k < reference.size(); ++k) {
      page_.searchable[at + i + k] = reference[k];
    }
    const absl::string_view head =
        absl::string_view(reading).substr(0, reading.size() - tail);
    if (IsAllSpace(head)) return length;
    // The decoded character goes against the text it belongs to, so
    // "&euro;5" reads "€5" and "caf&eacute; " reads "café", each whole
    // for rules; the leftover bytes become spaces on the other side.
    const absl::string_view fit = FitCodePoints(head, room);
    const size_t next = i + room;
    const bool space_follows = next >= source.size() || source[next] == '<' ||
                               absl::ascii_isspace(source[next]);
    const size_t from = at + i + (space_follows ? 0 : room - fit.size());
    page_.searchable.replace(from, fit.size(), fit.data(), fit.size());
    return length;
  }

  // Turns the first two bytes of a block element's tag into a blank line.
  void MarkBlock(const GumboStringPiece& tag) {
    const std::optional<size_t> at = OffsetOf(tag.data, tag.length);
    if (!at || tag.length < 2) return;
    std::string& s = page_.searchable;
    if (s[*at] == ' ' && s[*at + 1] == ' ') {
      s[*at] = '\n';
      s[*at + 1] = '\n';
    }
  }

  // Where an attribute's value starts (inside its quotes), for warnings
  // about it.
  size_t ValueOffset(const GumboAttribute& attribute,
                     const GumboElement& element) const {
    const GumboStringPiece& value = attribute.original_value;
    const std::optional<size_t> at = OffsetOf(value.data, value.length);
    if (!at) return element.start_pos.offset;
    const bool quoted =
        value.length > 0 && (value.data[0] == '"' || value.data[0] == '\'');
    return *at + (quoted ? 1 : 0);
  }

  StatedDate DateFromAttribute(DateSource from, const GumboElement& element,
                               const char* name) const {
    StatedDate date;
    date.from = from;
    if (const GumboAttribute* value = Attribute(element, name)) {
      date.offset = ValueOffset(*value, element);
      date.day = ParseStatedDay(value->value);
    } else {
      date.offset = element.start_pos.offset;
      date.day = absl::InvalidArgumentError(
          absl::StrCat("no \"", name, "\" attribute"));
    }
    return date;
  }

  void NoteDate(const GumboElement& element, const GumboNode* node, bool hidden,
                bool in_article) {
    switch (element.tag) {
      case GUMBO_TAG_META:
        if (!meta_ &&
            (AttributeIs(element, "property", "article:published_time") ||
             AttributeIs(element, "name", "article:published_time"))) {
          meta_ = DateFromAttribute(DateSource::kHtmlMeta, element, "content");
        } else if (!itemprop_ &&
                   AttributeIs(element, "itemprop", "datePublished")) {
          itemprop_ = DateFromAttribute(DateSource::kHtmlMetaItemprop, element,
                                        "content");
        }
        return;
      case GUMBO_TAG_TIME:
        // A date in a menu, footer or sidebar is another story's.
        if (hidden || Attribute(element, "datetime") == nullptr) return;
        if (!time_) {
          time_ = DateFromAttribute(DateSource::kHtmlTime, element, "datetime");
        }
        if (in_article && !time_in_article_) {
          time_in_article_ =
              DateFromAttribute(DateSource::kHtmlTime, element, "datetime");
        }
        return;
      case GUMBO_TAG_SCRIPT:
        if (AttributeIs(element, "type", "application/ld+json")) {
          NoteJsonLd(element);
        }
        return;
      default:
        return;
    }
  }

  // Reads one JSON-LD block until one gives a date.
  void NoteJsonLd(const GumboElement& script) {
    if (json_ld_done_) return;
    StatedDate date;
    date.from = DateSource::kJsonLd;
    date.offset = script.start_pos.offset;
    // A script's content is raw text, so its bytes as written are the JSON;
    // reading them rather than gumbo's copy (CR LF made LF) keeps a syntax
    // error's byte offset true to the file.
    absl::string_view body;
    if (script.children.length > 0) {
      const auto* child =
          static_cast<const GumboNode*>(script.children.data[0]);
      if (child->type == GUMBO_NODE_TEXT ||
          child->type == GUMBO_NODE_WHITESPACE) {
        const GumboStringPiece& written = child->v.text.original_text;
        if (std::optional<size_t> at = OffsetOf(written.data, written.length)) {
          body = html_.substr(*at, written.length);
          date.offset = *at;
        }
      }
    }
    // Point at the JSON itself, past the line break after the tag.
    const size_t indent =
        body.size() - absl::StripLeadingAsciiWhitespace(body).size();
    date.offset += indent;
    body.remove_prefix(indent);
    Json json;
    try {
      json = Json::parse(body.begin(), body.end());
    } catch (const Json::exception& e) {
      // parse_error::byte is 1-based and may point one past the end.
      if (const auto* parse = dynamic_cast<const Json::parse_error*>(&e)) {
        date.offset += std::min<size_t>(parse->byte > 0 ? parse->byte - 1 : 0,
                                        body.size());
      }
      date.day = absl::InvalidArgumentError("JSON-LD block is not valid JSON");
      json_ld_.push_back(std::move(date));
      return;
    }
    const Json* published = FindDatePublished(json);
    if (published == nullptr) return;
    json_ld_done_ = true;
    if (published->is_object() && published->contains("@value")) {
      published = &(*published)["@value"];
    }
    if (published->is_array() && !published->empty()) {
      published = &published->front();
    }
    if (published->is_string()) {
      date.day = ParseStatedDay(published->get_ref<const std::string&>());
    } else {
      date.day = absl::InvalidArgumentError(
          absl::StrCat("datePublished is not a date: ", published->dump()));
    }
    json_ld_.push_back(std::move(date));
  }

  static bool IsArticle(const Json& node) {
    const auto type = node.find("@type");
    if (type == node.end()) return false;
    auto names = [](absl::string_view t) {
      return absl::EndsWith(t, "Article") || absl::EndsWith(t, "Posting");
    };
    if (type->is_string()) return names(type->get_ref<const std::string&>());
    if (!type->is_array()) return false;
    for (const Json& t : *type) {
      if (t.is_string() && names(t.get_ref<const std::string&>())) return true;
    }
    return false;
  }

  // The "datePublished" of the first node whose @type names an article or
  // a blog post, else the first one anywhere; nullptr when there is none.
  // Top-level lists and @graph arrays are walked alike, without recursion,
  // since the nesting is the page's to choose.
  static const Json* FindDatePublished(const Json& root) {
    const Json* first = nullptr;
    std::vector<const Json*> stack = {&root};
    while (!stack.empty()) {
      const Json* node = stack.back();
      stack.pop_back();
      if (node->is_object()) {
        const auto it = node->find("datePublished");
        if (it != node->end()) {
          if (IsArticle(*node)) return &*it;
          if (first == nullptr) first = &*it;
        }
      }
      if (!node->is_structured()) continue;
      std::vector<const Json*> children;
      for (const Json& child : *node) {
        if (child.is_structured()) children.push_back(&child);
      }
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return first;
  }

  absl::string_view html_;
  HtmlPage page_;
  std::vector<const GumboElement*> blocks_;
  // Each reference's reading, computed once per page.
  std::unordered_map<std::string, std::string> decoded_references_;
  std::optional<StatedDate> meta_;
  std::optional<StatedDate> itemprop_;
  std::optional<StatedDate> time_;
  std::optional<StatedDate> time_in_article_;
  std::vector<StatedDate> json_ld_;
  bool json_ld_done_ = false;
};

}  // namespace

HtmlPage ReadHtml(absl::string_view html) { return PageReader(html).Read(); }

}  // namespace claimdiff
