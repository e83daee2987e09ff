// SPDX-License-Identifier: MIT
// Ingest as a pipeline: the caller's thread repairs, hashes and drops what the store holds;
// coder threads code the rest; one writer thread commits batches of whole documents.
//
// Writing a document costs about as much as coding it, and SQLite takes one writer, so the
// writer has a thread of its own and coding is spread over the others. Documents move between
// the stages in chunks of up to 16: handing them on one by one made the threads wake each other
// for every document, which cost as much CPU as a third of the coding. Bounded queues keep memory
// flat whatever the corpus size. A document that arrives twice before its first copy is
// committed is coded twice and caught by the writer (the hash is UNIQUE), which is rare enough
// not to matter.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "store/content_hash.h"
#include "store/document_writer.h"
#include "store/store_impl.h"
#include "text/utf8.h"

namespace summitwatch {
namespace detail {
namespace {

using Clock = std::chrono::steady_clock;

constexpr size_t kQueueDocuments = 256;
constexpr size_t kQueueBytes = 64u << 20;
constexpr size_t kChunkDocuments = 16;
constexpr size_t kChunkBytes = 1u << 20;
constexpr auto kChunkAge = std::chrono::milliseconds(100);

struct Job {
  Document doc;
  Coding coding;
  std::string lang;  // Coding::lang points into the Coder, which the next document overwrites
  std::string hash;
  size_t repaired = 0;
};

using Chunk = std::vector<Job>;

size_t TextBytes(const Chunk& c) {
  size_t n = 0;
  for (const auto& j : c) n += j.doc.text.size();
  return n;
}

// A bounded queue of chunks, by documents and by text bytes (one huge document still passes).
class ChunkQueue {
 public:
  // Blocks while full; false when the queue was aborted.
  bool Push(Chunk&& chunk, std::unique_lock<std::mutex>& lock) {
    const size_t bytes = TextBytes(chunk);
    not_full_.wait(lock, [&] {
      return aborted_ || chunks_.empty() ||
             (documents_ + chunk.size() <= kQueueDocuments && bytes_ + bytes <= kQueueBytes);
    });
    if (aborted_) return false;
    bytes_ += bytes;
    documents_ += chunk.size();
    chunks_.push_back(std::move(chunk));
    not_empty_.notify_one();
    return true;
  }
  // Waits for a chunk until `deadline`; false on timeout, or when closed and drained, or aborted.
  bool Pop(Chunk& chunk, std::unique_lock<std::mutex>& lock, std::optional<Clock::time_point> deadline = {}) {
    auto ready = [&] { return aborted_ || !chunks_.empty() || closed_; };
    if (deadline) {
      not_empty_.wait_until(lock, *deadline, ready);
    } else {
      not_empty_.wait(lock, ready);
    }
    if (aborted_ || chunks_.empty()) return false;
    chunk = std::move(chunks_.front());
    chunks_.pop_front();
    bytes_ -= TextBytes(chunk);
    documents_ -= chunk.size();
    not_full_.notify_one();
    return true;
  }
  void Close() {
    closed_ = true;
    not_empty_.notify_all();
  }
  void Abort() {
    aborted_ = true;
    chunks_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
  }
  bool drained() const { return closed_ && chunks_.empty(); }

 private:
  std::deque<Chunk> chunks_;
  size_t bytes_ = 0, documents_ = 0;
  bool closed_ = false, aborted_ = false;
  std::condition_variable not_empty_, not_full_;
};

}  // namespace

struct IngesterImpl {
  IngesterImpl(Store& s, const Engine& e, IngestOptions o) : store(s), engine(e), options(o) {}

  Store& store;
  const Engine& engine;
  IngestOptions options;
  std::optional<sw::store::Db> reader;  // the caller's connection, for the duplicate check
  std::optional<sw::store::Stmt> known;

  Chunk pending;  // the caller's chunk being filled
  size_t pending_bytes = 0;
  Clock::time_point pending_since;

  std::mutex mu;  // guards both queues, `failure` and `stats`
  ChunkQueue to_code, to_write;
  Status failure;
  IngestStats stats;
  std::vector<std::thread> coders;
  std::thread writer;
  size_t coders_running = 0;
  bool finished = false;

  void Fail(Status s) {  // with `mu` held
    if (failure) failure = std::move(s);
    to_code.Abort();
    to_write.Abort();
  }
  // Passes the caller's chunk to the coders.
  Status HandOn() {
    std::unique_lock lock(mu);
    const bool ok = to_code.Push(std::move(pending), lock);
    pending = {};
    pending_bytes = 0;
    return ok ? Status() : failure;
  }
  void CodeLoop();
  void WriteLoop();
  Status Commit(sw::store::DocumentWriter& w, size_t& batch_added);
};

void IngesterImpl::CodeLoop() {
  Coder coder(engine);
  Chunk chunk;
  std::unique_lock lock(mu);
  while (to_code.Pop(chunk, lock)) {
    lock.unlock();
    for (Job& job : chunk) {
      const Coding& coding = coder.Code(job.doc);
      job.coding = coding;
      job.lang = coding.lang;
    }
    lock.lock();
    if (!to_write.Push(std::move(chunk), lock)) break;
  }
  if (--coders_running == 0) to_write.Close();
}

Status IngesterImpl::Commit(sw::store::DocumentWriter& w, size_t& batch_added) {
  sw::store::Db& db = store.impl().db;
  Status s = w.FlushTotals();
  if (s) s = db.Exec("COMMIT", "committing a batch");
  if (!s) {
    (void)db.Exec("ROLLBACK");
    w.DiscardTotals();
    return s;
  }
  std::lock_guard lock(mu);
  stats.added += batch_added;
  batch_added = 0;
  return {};
}

void IngesterImpl::WriteLoop() {
  sw::store::Db& db = store.impl().db;
  // Checkpoints every 64 MB of WAL instead of SQLite's 4 MB: each one syncs both files, and at
  // the default they were most of the time the writer spent waiting on a large store. Readers
  // beside an ingest see a longer WAL, which costs them little.
  (void)db.Exec("PRAGMA wal_autocheckpoint = 16384");
  // 256 MB of page cache while ingesting: the content-hash index takes a random page per
  // document, and once it outgrows the cache each commit reads and rewrites pages it evicted.
  (void)db.Exec("PRAGMA cache_size = -262144");
  sw::store::DocumentWriter w(db);
  bool in_batch = false;
  size_t batch_docs = 0, batch_added = 0;
  Clock::time_point batch_start;
  const auto max_age = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.batch_seconds));
  auto fail = [&](Status s) {
    if (in_batch) (void)db.Exec("ROLLBACK");
    std::lock_guard lock(mu);
    Fail(std::move(s));
  };
  Chunk chunk;
  for (;;) {
    std::unique_lock lock(mu);
    const bool got = to_write.Pop(chunk, lock, in_batch ? std::optional(batch_start + max_age) : std::nullopt);
    const bool failed = !failure;
    const bool stop = to_write.drained() || failed;
    lock.unlock();
    if (!got) {
      if (failed) {
        if (in_batch) (void)db.Exec("ROLLBACK");
        return;
      }
      if (in_batch) {
        if (Status s = Commit(w, batch_added); !s) return fail(s);
        in_batch = false;
      }
      if (stop) return;
      continue;
    }
    for (Job& job : chunk) {
      if (!in_batch) {
        if (Status s = db.Exec("BEGIN IMMEDIATE", "starting a batch"); !s) return fail(s);
        in_batch = true;
        batch_docs = 0;
        batch_start = Clock::now();
      }
      auto added = w.Insert(job.doc, job.coding, job.lang, job.hash, job.repaired);
      if (!added) return fail(added.error());
      if (*added) {
        ++batch_added;
      } else {
        std::lock_guard g(mu);
        ++stats.duplicate;
      }
      if (++batch_docs >= options.batch_documents || Clock::now() - batch_start >= max_age) {
        if (Status s = Commit(w, batch_added); !s) return fail(s);
        in_batch = false;
      }
    }
  }
}

}  // namespace detail

Ingester::Ingester(Store& store, const Engine& engine, IngestOptions options)
    : impl_(std::make_unique<detail::IngesterImpl>(store, engine, options)) {
  detail::IngesterImpl& in = *impl_;
  auto reader = sw::store::OpenSibling(store.impl().db);
  if (!reader) {
    in.failure = reader.error();
    return;
  }
  in.reader.emplace(std::move(*reader));
  in.known.emplace(*in.reader, "SELECT 1 FROM documents WHERE hash = ?");
  if (!in.known->status()) {
    in.failure = in.known->status();
    return;
  }
  size_t threads = options.coding_threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  in.coders_running = threads;
  for (size_t i = 0; i < threads; ++i) in.coders.emplace_back([&in] { in.CodeLoop(); });
  in.writer = std::thread([&in] { in.WriteLoop(); });
}

Ingester::~Ingester() { (void)Finish(); }

Result<size_t> Ingester::Add(Document&& doc) {
  detail::IngesterImpl& in = *impl_;
  {
    std::lock_guard lock(in.mu);
    if (!in.failure) return in.failure.error();
    ++in.stats.read;
    in.stats.bytes += doc.text.size();
  }
  // The engine repairs and normalises too; doing it first makes the hash, and so duplicate
  // detection, independent of how broken the input bytes were. Both steps are no-ops the second time.
  const size_t repaired = sw::text::RepairUtf8(doc.text);
  sw::text::NormalizeNfc(doc.text);
  std::string hash = sw::store::ContentHash(doc);

  sw::store::Stmt& known = *in.known;
  known.Bind(1, hash);
  const bool seen = known.Step();
  Status check = known.status();
  known.Reset();
  if (!check) return check.error();
  if (seen) {
    std::lock_guard lock(in.mu);
    ++in.stats.duplicate;
    return repaired;
  }
  if (in.pending.empty()) in.pending_since = detail::Clock::now();
  in.pending_bytes += doc.text.size();
  in.pending.push_back(detail::Job{std::move(doc), {}, {}, std::move(hash), repaired});
  if (in.pending.size() >= detail::kChunkDocuments || in.pending_bytes >= detail::kChunkBytes ||
      detail::Clock::now() - in.pending_since >= detail::kChunkAge) {
    if (Status s = in.HandOn(); !s) return s.error();
  }
  return repaired;
}

Status Ingester::Finish() {
  detail::IngesterImpl& in = *impl_;
  if (in.finished) return in.failure;
  in.finished = true;
  if (!in.pending.empty()) (void)in.HandOn();
  {
    std::lock_guard lock(in.mu);
    in.to_code.Close();
    if (in.coders.empty()) in.to_write.Close();
  }
  for (auto& t : in.coders) t.join();
  if (in.writer.joinable()) in.writer.join();
  return in.failure;
}

IngestStats Ingester::stats() const {
  std::lock_guard lock(impl_->mu);
  return impl_->stats;
}

}  // namespace summitwatch
