#include "checker/extract/claim_record.h"

#include <cstdint>

namespace claimdiff {
namespace {

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Zigzag, so a negative int (never expected, but an int) stays short.
void PutInt(int v, std::string* out) {
  const int64_t w = v;
  PutVarint((static_cast<uint64_t>(w) << 1) ^ static_cast<uint64_t>(w >> 63),
            out);
}

void PutString(absl::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s.data(), s.size());
}

void PutPosition(const Position& p, std::string* out) {
  PutInt(p.line, out);
  PutInt(p.column, out);
}

// Reads what the Put functions wrote; every read fails once one has.
class Reader {
 public:
  explicit Reader(absl::string_view bytes) : rest_(bytes) {}

  bool ok() const { return ok_; }
  bool done() const { return ok_ && rest_.empty(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
      if (rest_.empty()) break;
      const uint8_t byte = static_cast<uint8_t>(rest_.front());
      rest_.remove_prefix(1);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    ok_ = false;
    return 0;
  }

  int Int() {
    const uint64_t u = Varint();
    return static_cast<int>(static_cast<int64_t>(u >> 1) ^
                            -static_cast<int64_t>(u & 1));
  }

  size_t Size() { return static_cast<size_t>(Varint()); }

  std::string String() {
    const uint64_t n = Varint();
    if (!ok_ || n > rest_.size()) {
      ok_ = false;
      return "";
    }
    std::string s(rest_.substr(0, n));
    rest_.remove_prefix(n);
    return s;
  }

  Position Pos() {
    Position p;
    p.line = Int();
    p.column = Int();
    return p;
  }

 private:
  absl::string_view rest_;
  bool ok_ = true;
};

}  // namespace

void EncodeClaimRecord(const Claim& claim, std::string* out) {
  PutVarint(claim.begin, out);
  PutVarint(claim.end, out);
  PutVarint(claim.match_begin, out);
  PutVarint(claim.match_end, out);
  PutPosition(claim.start, out);
  PutPosition(claim.finish, out);
  PutString(claim.text, out);

  const Value& value = claim.value;
  PutString(value.reading, out);
  PutString(value.unresolved, out);
  PutVarint(value.members.size(), out);
  for (const NamedMember& m : value.members) {
    PutString(m.written, out);
    PutString(m.canonical, out);
    PutVarint(m.recognised ? 1 : 0, out);
  }

  PutVarint(claim.captures.size(), out);
  for (const auto& [name, text] : claim.captures) {
    PutString(name, out);
    PutString(text, out);
  }

  const ClaimContext& context = claim.context;
  PutString(context.sentence, out);
  PutVarint(context.claim_begin, out);
  PutVarint(context.claim_end, out);
  PutString(context.source_sentence, out);
  PutPosition(context.sentence_start, out);
  PutPosition(context.sentence_finish, out);
  PutInt(context.start_byte_column, out);
  PutInt(context.finish_byte_column, out);
}

bool DecodeClaimRecord(absl::string_view bytes, Claim* claim) {
  Reader in(bytes);
  claim->begin = in.Size();
  claim->end = in.Size();
  claim->match_begin = in.Size();
  claim->match_end = in.Size();
  claim->start = in.Pos();
  claim->finish = in.Pos();
  claim->text = in.String();

  Value& value = claim->value;
  value.reading = in.String();
  value.unresolved = in.String();
  const size_t members = in.Size();
  value.members.clear();
  for (size_t i = 0; in.ok() && i < members; ++i) {
    NamedMember m;
    m.written = in.String();
    m.canonical = in.String();
    m.recognised = in.Varint() != 0;
    value.members.push_back(std::move(m));
  }

  const size_t captures = in.Size();
  claim->captures.clear();
  for (size_t i = 0; in.ok() && i < captures; ++i) {
    std::string name = in.String();
    std::string text = in.String();
    claim->captures.emplace_back(std::move(name), std::move(text));
  }

  ClaimContext& context = claim->context;
  context.sentence = in.String();
  context.claim_begin = in.Size();
  context.claim_end = in.Size();
  context.source_sentence = in.String();
  context.sentence_start = in.Pos();
  context.sentence_finish = in.Pos();
  context.start_byte_column = in.Int();
  context.finish_byte_column = in.Int();
  return in.done();
}

}  // namespace claimdiff
