#include "checker/extract/claim_store.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/claim_test_util.h"

namespace claimdiff {
namespace {

using ::claimdiff::testing::ExpectSameClaim;
using ::claimdiff::testing::NumberedClaim;

struct StoreCase {
  std::string name;
  bool on_disk;           // made on disk; or, with spill_above, once it spills
  size_t sentence_bytes;  // pads records past the read blocks
  int claims;             // how many claims a test stores
  uint64_t spill_above = 0;  // a store made in memory moves out past this
};

class ClaimStoreTest : public ::testing::TestWithParam<StoreCase> {
 protected:
  ClaimStore MakeStore(int writers) {
    if (!GetParam().on_disk || GetParam().spill_above > 0) {
      return ClaimStore(writers, GetParam().spill_above);
    }
    absl::StatusOr<ClaimStore> store = ClaimStore::OnDisk(writers);
    EXPECT_TRUE(store.ok()) << store.status();
    return std::move(*store);
  }

  Claim ClaimNumber(int n) {
    return NumberedClaim(n, n % 2 == 0 ? &even_ : &odd_,
                         GetParam().sentence_bytes);
  }

  Rule even_;
  Rule odd_;
};

TEST_P(ClaimStoreTest, ReadsBackWhatWasStoredByIdAndInOrder) {
  ClaimStore store = MakeStore(1);
  EXPECT_EQ(store.on_disk(), GetParam().on_disk && GetParam().spill_above == 0);
  const int kClaims = GetParam().claims;
  for (int n = 0; n < kClaims; ++n) store.push_back(ClaimNumber(n));
  EXPECT_EQ(store.on_disk(), GetParam().on_disk);
  ASSERT_TRUE(store.Flush().ok());
  ASSERT_EQ(store.size(), static_cast<size_t>(kClaims));
  // Backwards, so each Get reads on its own.
  for (int n = kClaims - 1; n >= 0; --n) {
    SCOPED_TRACE(n);
    ExpectSameClaim(store.Get(n), ClaimNumber(n));
  }
  int n = 0;
  for (const Claim& claim : store) {
    SCOPED_TRACE(n);
    ExpectSameClaim(claim, ClaimNumber(n++));
  }
  EXPECT_EQ(n, kClaims);
  EXPECT_TRUE(store.status().ok()) << store.status();
}

TEST_P(ClaimStoreTest, KeysHoldWhatTheComparatorReads) {
  ClaimStore store = MakeStore(1);
  for (int n = 0; n < 12; ++n) store.push_back(ClaimNumber(n));
  ASSERT_TRUE(store.Flush().ok());
  for (int n = 0; n < 12; ++n) {
    const Claim claim = ClaimNumber(n);
    const ClaimKey& key = store.key(n);
    EXPECT_EQ(key.document, claim.document);
    EXPECT_EQ(store.subject(key), claim.subject);
    EXPECT_EQ(store.unit(key), claim.value.unit);
    EXPECT_EQ(store.rule(key), claim.rule);
    EXPECT_EQ(store.kind(key), claim.value.kind);
    EXPECT_EQ(key.resolved(), claim.value.resolved);
    EXPECT_TRUE(key.interval() == claim.value.interval) << n;
  }
  // Subjects, units, rules and kinds are stored once per combination,
  // however many claims share it.
  EXPECT_EQ(store.key(0).form, store.key(6).form);
  EXPECT_NE(store.key(0).form, store.key(1).form);
  EXPECT_EQ(store.form(store.key(0)).subject, store.form(store.key(3)).subject);
  EXPECT_EQ(store.form(store.key(0)).unit, store.form(store.key(2)).unit);
  EXPECT_NE(store.form(store.key(0)).unit, store.form(store.key(1)).unit);
  EXPECT_EQ(sizeof(ClaimKey), 32u);
  // Names and sets carry their names in the form, so they compare without
  // reading records back; figures have none.
  EXPECT_TRUE(store.names(store.key(0)).members.empty());
  const Value& names = store.names(store.key(1));
  ASSERT_EQ(names.members.size(), 2u);
  EXPECT_EQ(names.members[1].written, "Isle 1");
  EXPECT_FALSE(names.members[1].recognised);
  EXPECT_EQ(names.unit, "set");
  // Another list of names is another form.
  EXPECT_NE(store.key(1).form, store.key(7).form);
}

// Workers encode at once, each through its own writer, and the merge
// appends their keys in input order: ids follow that order, and each
// claim reads back from whichever log holds it.
TEST_P(ClaimStoreTest, WritersEncodeConcurrentlyAndTheMergeNumbers) {
  constexpr int kWriters = 4;
  const int kClaims = GetParam().claims + 100;
  ClaimStore store = MakeStore(kWriters);
  std::vector<ClaimKey> keys(kClaims);
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (int n = w; n < kClaims; n += kWriters) {
        absl::StatusOr<ClaimKey> key = store.Encode(w, ClaimNumber(n));
        ASSERT_TRUE(key.ok());
        keys[n] = *key;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const ClaimKey& key : keys) store.Append(key);
  ASSERT_TRUE(store.Flush().ok());
  int n = 0;
  for (const Claim& claim : store) {
    SCOPED_TRACE(n);
    ExpectSameClaim(claim, ClaimNumber(n++));
  }
  EXPECT_EQ(n, kClaims);
}

TEST_P(ClaimStoreTest, MovesWithItsClaims) {
  ClaimStore store = MakeStore(1);
  store.push_back(ClaimNumber(4));
  ASSERT_TRUE(store.Flush().ok());
  ClaimStore moved = std::move(store);
  Claim expected = ClaimNumber(4);
  expected.id = 0;  // an id is the claim's position in its store
  ExpectSameClaim(moved.Get(0), expected);
}

// A store takes another's claims after its own, keeping their records
// where they are: ids follow on, documents shift, forms are renumbered
// into the taking store's table.
TEST_P(ClaimStoreTest, AbsorbsAnotherStoresClaims) {
  ClaimStore first;  // lint's drafts: always in memory
  for (int n = 0; n < 3; ++n) first.push_back(ClaimNumber(n));
  ClaimStore second = MakeStore(2);
  for (int n = 3; n < 9; ++n) second.push_back(ClaimNumber(n));
  ASSERT_TRUE(second.Flush().ok());
  ASSERT_TRUE(first.Absorb(std::move(second), 10).ok());
  // Six claims: a store that spills has not yet.
  EXPECT_EQ(first.on_disk(), GetParam().on_disk && GetParam().spill_above == 0);
  ASSERT_EQ(first.size(), 9u);
  for (int n = 0; n < 9; ++n) {
    SCOPED_TRACE(n);
    Claim expected = ClaimNumber(n);
    if (n >= 3) expected.document += 10;
    ExpectSameClaim(first.Get(n), expected);
  }
  // "subject 0" from either store is one subject.
  EXPECT_EQ(first.form(first.key(0)).subject, first.form(first.key(3)).subject);
  EXPECT_EQ(first.key(0).form, first.key(6).form);
}

// Lists of names are stored once per distinct list; any difference in a
// member (as written, house spelling, recognised) or in their order is
// another list, and no name, whatever it contains, makes two lists key
// alike.
TEST_P(ClaimStoreTest, NameListsAreInternedUnambiguously) {
  ClaimStore store = MakeStore(1);
  const auto add = [&](std::vector<NamedMember> members) {
    Claim c = ClaimNumber(1);  // a set claim
    c.value.members = std::move(members);
    store.push_back(c);
    return &store.names(store.key(store.size() - 1));
  };
  const Value* a = add({{"Iturup", "Iturup", true}});
  EXPECT_EQ(add({{"Iturup", "Iturup", true}}), a);
  EXPECT_EQ(a->members.size(), 1u);
  EXPECT_NE(add({{"iturup", "Iturup", true}}), a);
  EXPECT_NE(add({{"Iturup", "Etorofu", true}}), a);
  EXPECT_NE(add({{"Iturup", "Iturup", false}}), a);
  EXPECT_NE(add({{"Iturup", "Iturup", true}, {"Urup", "Urup", true}}),
            add({{"Urup", "Urup", true}, {"Iturup", "Iturup", true}}));
  EXPECT_NE(add({{"A", "A", true}, {"B", "B", true}}),
            add({{"A\x1f" "A\x1f" "1\x1e" "B", "B", true}}));
  EXPECT_NE(add({{"A", "A", true}, {"B", "B", true}}),
            add({{"1:A1:A+1:B", "B", true}}));
  // References stay valid as lists are added.
  for (int i = 0; i < 1000; ++i) add({{std::to_string(i), "", false}});
  EXPECT_EQ(a->members.front().written, "Iturup");
}

// Keys are a log of their own on disk: read one by one (through the
// thread's block), by a scan (in large blocks), backwards, across block
// edges and before a Flush, each key is the one appended at its id.
TEST_P(ClaimStoreTest, KeysReadBackOneByOneAndByScan) {
  ClaimStore store = MakeStore(1);
  constexpr size_t kKeys = 20000;  // past a scan block of 8,192
  for (size_t i = 0; i < kKeys; ++i) {
    ClaimKey key;
    key.low = static_cast<double>(i);
    key.high = i + 0.5;
    key.document = static_cast<uint32_t>(i * 7);
    key.form = static_cast<uint32_t>(i % 5);
    key.record = i | (i % 2 == 0 ? ClaimKey::kResolved : 0);
    store.Append(key);
  }
  ASSERT_EQ(store.size(), kKeys);
  const auto expect_key = [](const ClaimKey& key, size_t i) {
    EXPECT_EQ(key.low, static_cast<double>(i)) << i;
    EXPECT_EQ(key.document, i * 7) << i;
    EXPECT_EQ(key.form, i % 5) << i;
    EXPECT_EQ(key.offset(), i) << i;
    EXPECT_EQ(key.resolved(), i % 2 == 0) << i;
  };
  // Unflushed: the tail is read from the log's buffer.
  expect_key(store.key(kKeys - 1), kKeys - 1);
  ASSERT_TRUE(store.Flush().ok());
  size_t i = 0;
  for (const ClaimKey& key : store.keys()) expect_key(key, i++);
  EXPECT_EQ(i, kKeys);
  for (size_t j = kKeys; j-- > 0;) expect_key(store.key(j), j);
  for (size_t j : {255u, 256u, 0u, 8191u, 8192u, 19999u, 1u}) {
    expect_key(store.key(j), j);
  }
  EXPECT_TRUE(store.status().ok()) << store.status();
}

// A thread's block of keys belongs to one store: reading another store,
// or a new store where a freed one was, never serves the old keys.
TEST_P(ClaimStoreTest, KeysOfOneStoreAreNeverServedForAnother) {
  const auto store_of = [this](uint32_t document) {
    auto store = std::make_unique<ClaimStore>(MakeStore(1));
    for (int i = 0; i < 3; ++i) {
      ClaimKey key;
      key.document = document;
      store->Append(key);
    }
    EXPECT_TRUE(store->Flush().ok());
    return store;
  };
  std::unique_ptr<ClaimStore> a = store_of(1);
  std::unique_ptr<ClaimStore> b = store_of(2);
  EXPECT_EQ(a->key(0).document, 1u);
  EXPECT_EQ(b->key(1).document, 2u);
  EXPECT_EQ(a->key(2).document, 1u);
  a.reset();
  a = store_of(3);
  EXPECT_EQ(a->key(0).document, 3u);
}

INSTANTIATE_TEST_SUITE_P(
    Backings, ClaimStoreTest,
    ::testing::Values(
        StoreCase{"InMemory", false, 0, 300}, StoreCase{"OnDisk", true, 0, 300},
        StoreCase{"OnDiskRecordsPastABlock", true, 5000, 300},
        StoreCase{"OnDiskRecordsPastTheReadAhead", true, 300000, 6},
        // Made in memory, its records move to a file part way through.
        StoreCase{"SpilledPartWay", true, 200, 300, 20000}),
    [](const ::testing::TestParamInfo<StoreCase>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimdiff
