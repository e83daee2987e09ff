// SPDX-License-Identifier: MIT
// Process a stream of items on several threads and get them back in input order, on the caller's
// thread, with bounded memory.
//
//   sw::util::OrderedParallel<Job> pool(threads, [&] { return Work(...); },   // one per worker
//                                       [&](Job& done) { print(done); });    // in input order
//   for (...) pool.Add(std::move(job), job_bytes);  // may block, and may deliver earlier jobs
//   pool.Finish();                                    // delivers the rest
//
// With one thread there are no threads: Add works and delivers the item at once, so the result
// is the serial program's, step for step. Otherwise items travel in chunks (by items and by
// bytes): handing them over one by one makes the threads wake each other for every item, which
// the ingester (src/store/ingester.cc) measured at a third of the coding's CPU. Everything
// between Add and delivery (waiting, being worked on, finished but waiting for an earlier chunk)
// counts against one bound, by items and by bytes, so a slow item holds back at most that much;
// Add blocks on it and delivers finished chunks while it waits. One item larger than the bound
// still passes, alone.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace sw::util {

struct OrderedParallelLimits {
  size_t chunk_items = 16;
  size_t chunk_bytes = 1u << 20;
  size_t in_flight_items = 256;
  size_t in_flight_bytes = 64u << 20;
};

/// 0 means one per processor (at least 1).
inline size_t ResolveThreads(size_t threads) {
  if (threads != 0) return threads;
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

template <typename Item>
class OrderedParallel {
 public:
  using Work = std::function<void(Item&)>;  ///< called on one worker thread only
  using MakeWork = std::function<Work()>;   ///< called once per worker, on the caller's thread
  using Deliver = std::function<void(Item&)>;

  OrderedParallel(size_t threads, const MakeWork& make_work, Deliver deliver, OrderedParallelLimits limits = {})
      : deliver_(std::move(deliver)), limits_(limits) {
    threads = ResolveThreads(threads);
    if (threads == 1) {
      inline_work_ = make_work();
      return;
    }
    for (size_t i = 0; i < threads; ++i) {
      workers_.emplace_back([this, work = make_work()] { WorkLoop(work); });
    }
  }
  OrderedParallel(const OrderedParallel&) = delete;
  OrderedParallel& operator=(const OrderedParallel&) = delete;
  ~OrderedParallel() { Finish(); }

  /// `bytes` is what the item weighs against the bound (its input text, say).
  void Add(Item&& item, size_t bytes) {
    if (inline_work_) {
      inline_work_(item);
      deliver_(item);
      return;
    }
    pending_.items.push_back(std::move(item));
    pending_.bytes += bytes;
    if (pending_.items.size() >= limits_.chunk_items || pending_.bytes >= limits_.chunk_bytes) HandOn();
  }

  /// Delivers every item added; no Add after it.
  void Finish() {
    if (finished_) return;
    finished_ = true;
    if (inline_work_) return;
    if (!pending_.items.empty()) HandOn();
    std::unique_lock lock(mu_);
    for (;;) {
      DeliverReady(lock);
      if (in_flight_items_ == 0) break;
      next_done_.wait(lock, [&] { return NextDone(); });
    }
    closed_ = true;
    lock.unlock();
    work_ready_.notify_all();
    for (auto& t : workers_) t.join();
  }

 private:
  struct Chunk {
    uint64_t seq = 0;
    std::vector<Item> items;
    size_t bytes = 0;
  };

  bool NextDone() const { return !done_.empty() && done_.begin()->first == next_delivery_; }

  // Delivers finished chunks that are next in order; `lock` is released while delivering.
  void DeliverReady(std::unique_lock<std::mutex>& lock) {
    while (NextDone()) {
      Chunk c = std::move(done_.begin()->second);
      done_.erase(done_.begin());
      lock.unlock();
      for (Item& item : c.items) deliver_(item);
      lock.lock();
      in_flight_items_ -= c.items.size();
      in_flight_bytes_ -= c.bytes;
      ++next_delivery_;
    }
  }

  void HandOn() {
    pending_.seq = next_seq_++;
    const size_t n = pending_.items.size(), bytes = pending_.bytes;
    std::unique_lock lock(mu_);
    for (;;) {
      DeliverReady(lock);
      if (in_flight_items_ == 0 ||
          (in_flight_items_ + n <= limits_.in_flight_items && in_flight_bytes_ + bytes <= limits_.in_flight_bytes)) {
        break;
      }
      next_done_.wait(lock, [&] { return NextDone(); });
    }
    in_flight_items_ += n;
    in_flight_bytes_ += bytes;
    queue_.push_back(std::move(pending_));
    lock.unlock();
    work_ready_.notify_one();
    pending_ = Chunk{};
  }

  void WorkLoop(const Work& work) {
    std::unique_lock lock(mu_);
    for (;;) {
      work_ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;
      Chunk c = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      for (Item& item : c.items) work(item);
      lock.lock();
      // Only the chunk the caller needs next is worth waking it for.
      const bool next = c.seq == next_delivery_;
      done_.emplace(c.seq, std::move(c));
      if (next) next_done_.notify_one();
    }
  }

  Deliver deliver_;
  OrderedParallelLimits limits_;
  Work inline_work_;  // set when there is one thread: no workers, no queues
  bool finished_ = false;
  Chunk pending_;  // the caller's chunk being filled
  uint64_t next_seq_ = 0;

  std::mutex mu_;  // guards what follows
  std::deque<Chunk> queue_;
  std::map<uint64_t, Chunk> done_;  // finished, by sequence number, until their turn
  uint64_t next_delivery_ = 0;
  size_t in_flight_items_ = 0, in_flight_bytes_ = 0;  // handed on, not yet delivered
  bool closed_ = false;
  std::condition_variable work_ready_, next_done_;
  std::vector<std::thread> workers_;  // last: started after everything above exists
};

}  // namespace sw::util
