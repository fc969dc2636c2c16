// Reading an HTML page as prose. gumbo parses the page as a browser would,
// and only the text a reader sees is left for rules, each byte at its own
// offset in the file, so a claim's line:column points into the HTML.
#ifndef CLAIMDIFF_SOURCE_HTML_H_
#define CLAIMDIFF_SOURCE_HTML_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/source/published.h"

namespace claimdiff {

struct HtmlPage {
  // What a reader sees of the page, each character where the file has it:
  // every byte outside visible text is a space (line breaks kept), and each
  // character reference in visible text is decoded in place, its UTF-8
  // written against the side that touches other text and the rest of its
  // bytes spaces ("&euro;5" -> "    €5", "caf&eacute; " -> "café     ").
  // A reference that decodes to a space (&nbsp;, &thinsp;) is all spaces,
  // so `\s` matches it. Visible text is the page's text nodes outside what
  // is not the article's prose: head, script, style, noscript, template,
  // nav, menu, footer, aside, form controls, embedded media and svg, and
  // elements with the `hidden` attribute. Tags, attributes, comments and
  // the doctype are never visible.
  std::string text;
  // `text` where the first two bytes of each block element's tags (p, div,
  // li, h1-h6, br, td, ...) are "\n\n", a blank line, so that no rule
  // matches across paragraphs.
  std::string searchable;
  // The publication dates the page states, most trusted first, at most one
  // of each kind: <meta property="article:published_time"> (or name=),
  // <meta itemprop="datePublished">, the first visible <time datetime>
  // inside <article> or <main> (else the first visible one), then JSON-LD
  // "datePublished" (an article node's first). A JSON-LD block that is not
  // valid JSON, before the one that gives a date, is listed with its
  // error, as is any date that does not read.
  std::vector<StatedDate> dates;
};

// Reads `html`, which must be valid UTF-8 (the loader repairs it first).
// Never fails: gumbo reads malformed markup the way browsers do, so a
// stray or unclosed tag costs at most the text it garbles.
HtmlPage ReadHtml(absl::string_view html);

}  // namespace claimdiff

#endif  // CLAIMDIFF_SOURCE_HTML_H_
