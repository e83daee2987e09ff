// SPDX-License-Identifier: MIT
#include "util/ordered_parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <set>
#include <thread>

namespace sw::util {
namespace {

struct Item {
  explicit Item(int i) : n(i) {}
  int n = 0;
  int squared = 0;
  std::thread::id worker;
};

// Workers that take uneven time, so chunks finish out of order unless something puts them back.
OrderedParallel<Item>::MakeWork Squaring() {
  return [] {
    auto rng = std::make_shared<std::mt19937>(7);
    return [rng](Item& item) {
      if ((*rng)() % 8 == 0) std::this_thread::sleep_for(std::chrono::microseconds((*rng)() % 300));
      item.squared = item.n * item.n;
      item.worker = std::this_thread::get_id();
    };
  };
}

TEST(OrderedParallelTest, DeliversEveryItemInInputOrder) {
  for (size_t threads : {2, 3, 8}) {
    std::vector<int> got;
    std::set<std::thread::id> workers;
    {
      OrderedParallel<Item> pool(threads, Squaring(), [&](Item& item) {
        EXPECT_EQ(item.squared, item.n * item.n);
        got.push_back(item.n);
        workers.insert(item.worker);
      }, {.chunk_items = 3, .chunk_bytes = 1u << 20, .in_flight_items = 24, .in_flight_bytes = 1u << 30});
      for (int i = 0; i < 5000; ++i) pool.Add(Item(i), 1);
      pool.Finish();
    }
    ASSERT_EQ(got.size(), 5000u) << threads << " threads";
    for (int i = 0; i < 5000; ++i) ASSERT_EQ(got[i], i) << threads << " threads";
    EXPECT_GT(workers.size(), 1u) << "the work was not spread over threads";
    EXPECT_EQ(workers.count(std::this_thread::get_id()), 0u);
  }
}

TEST(OrderedParallelTest, OneThreadWorksAndDeliversInlineAtOnce) {
  std::vector<int> got;
  OrderedParallel<Item> pool(1, Squaring(), [&](Item& item) {
    EXPECT_EQ(item.worker, std::this_thread::get_id());
    got.push_back(item.n);
  });
  for (int i = 0; i < 10; ++i) {
    pool.Add(Item(i), 1);
    ASSERT_EQ(got.size(), size_t(i + 1)) << "not delivered before the next Add";
  }
}

TEST(OrderedParallelTest, ItemsInFlightStayWithinTheBound) {
  // Added but not delivered, seen from the caller: never more than the bound plus the chunk
  // being filled, by items and by bytes.
  const OrderedParallelLimits limits{.chunk_items = 4, .chunk_bytes = 100, .in_flight_items = 16, .in_flight_bytes = 300};
  size_t added = 0, delivered = 0, bytes_added = 0, bytes_delivered = 0, worst = 0, worst_bytes = 0;
  OrderedParallel<Item> pool(2, Squaring(), [&](Item& item) {
    ++delivered;
    bytes_delivered += static_cast<size_t>(item.n % 50);
  }, limits);
  for (int i = 0; i < 3000; ++i) {
    const size_t bytes = static_cast<size_t>(i % 50);
    ++added;
    bytes_added += bytes;
    pool.Add(Item(i), bytes);
    worst = std::max(worst, added - delivered);
    worst_bytes = std::max(worst_bytes, bytes_added - bytes_delivered);
  }
  pool.Finish();
  EXPECT_EQ(delivered, 3000u);
  EXPECT_LE(worst, limits.in_flight_items + limits.chunk_items);
  EXPECT_LE(worst_bytes, limits.in_flight_bytes + limits.chunk_bytes + 50);
  EXPECT_GT(worst, limits.chunk_items) << "nothing was ever in flight: the test proves nothing";
}

TEST(OrderedParallelTest, AnItemLargerThanTheBoundStillPasses) {
  std::vector<int> got;
  OrderedParallel<Item> pool(2, Squaring(), [&](Item& item) { got.push_back(item.n); },
                             {.chunk_items = 2, .chunk_bytes = 10, .in_flight_items = 4, .in_flight_bytes = 10});
  pool.Add(Item(1), 1000);
  pool.Add(Item(2), 1);
  pool.Add(Item(3), 1000);
  pool.Finish();
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
}

TEST(OrderedParallelTest, FinishWithNothingAddedAndDestructorFinishes) {
  int delivered = 0;
  { OrderedParallel<Item> pool(3, Squaring(), [&](Item&) { ++delivered; }); }
  EXPECT_EQ(delivered, 0);
  {
    OrderedParallel<Item> pool(3, Squaring(), [&](Item&) { ++delivered; });
    for (int i = 0; i < 5; ++i) pool.Add(Item(i), 1);  // fewer than a chunk: only Finish hands them on
  }
  EXPECT_EQ(delivered, 5);
}

TEST(OrderedParallelTest, ZeroThreadsMeansOnePerProcessor) {
  EXPECT_GE(ResolveThreads(0), 1u);
  EXPECT_EQ(ResolveThreads(0), std::max(1u, std::thread::hardware_concurrency()));
  EXPECT_EQ(ResolveThreads(3), 3u);
}

}  // namespace
}  // namespace sw::util
