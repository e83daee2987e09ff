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
#include "store/text_codec.h"
#include "text/utf8.h"
#include "util/ordered_parallel.h"

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
  std::string packed;  // the text compressed for the store, or empty to store it as is
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
  // Chunks the writer is done with, freed by the caller's thread: their memory comes from the
  // coders' and the caller's malloc arenas, and freeing it took the writer a tenth of its time.
  std::vector<Chunk> spent;
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
    std::vector<Chunk> done;
    std::unique_lock lock(mu);
    const bool ok = to_code.Push(std::move(pending), lock);
    done.swap(spent);
    const Status s = ok ? Status() : failure;
    lock.unlock();
    pending = {};
    pending_bytes = 0;
    return s;
  }
  // Checkpoints in the background (see WriteLoop): the writer's WAL hook requests one, a thread
  // of its own runs it on its own connection.
  enum class Checkpoint { kIdle, kRequested, kRunning, kDone };
  std::mutex checkpoint_mu;
  std::condition_variable checkpoint_cv;
  Checkpoint checkpoint = Checkpoint::kIdle;
  bool checkpoint_stop = false;
  static int OnCommit(void* self, sqlite3* db, const char* schema, int frames);
  void CheckpointLoop(sw::store::Db& db);

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
      job.packed = sw::store::PackText(job.doc.text);
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

// Checkpoints every 1 GB of WAL instead of SQLite's 4 MB: each one syncs both files and copies
// every page the WAL holds, and a batch dirties thousands of pages of the content-hash and date
// indexes at random, the same ones batch after batch, so the rarer the checkpoints the fewer
// copies. On a million documents: 64 MB took 119 s, 256 MB 96 s, 1 GB 88 s. The WAL file grows
// to about 1 GB on disk while ingesting; readers beside an ingest see a longer WAL, which costs
// them little.
constexpr int kCheckpointFrames = 262144;

// Runs after each commit, on the writer's thread. The copying and syncing of a checkpoint is left
// to the checkpoint thread, so the writer goes on writing meanwhile; the few frames committed while
// it ran are copied here afterwards, between transactions, because SQLite starts the WAL over only
// when a transaction begins with every frame copied (else the file would grow for ever; on a
// million documents it levelled off at 1.3 GB). Side by side on a million documents: 104 s with
// the checkpoints on the writer's thread, 92 s with them on their own.
int IngesterImpl::OnCommit(void* self, sqlite3* db, const char*, int frames) {
  auto& in = *static_cast<IngesterImpl*>(self);
  std::unique_lock lock(in.checkpoint_mu);
  if (in.checkpoint == Checkpoint::kDone) {
    in.checkpoint = Checkpoint::kIdle;
    lock.unlock();
    (void)sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (in.checkpoint == Checkpoint::kIdle && frames >= kCheckpointFrames) {
    in.checkpoint = Checkpoint::kRequested;
    in.checkpoint_cv.notify_one();
  }
  return SQLITE_OK;
}

void IngesterImpl::CheckpointLoop(sw::store::Db& db) {
  std::unique_lock lock(checkpoint_mu);
  for (;;) {
    checkpoint_cv.wait(lock, [&] { return checkpoint_stop || checkpoint == Checkpoint::kRequested; });
    if (checkpoint_stop) return;
    checkpoint = Checkpoint::kRunning;
    lock.unlock();
    (void)sqlite3_wal_checkpoint_v2(db.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    checkpoint = Checkpoint::kDone;
  }
}

// Batches (IngestOptions): up to 50,000 documents or 4 s per transaction, where they were 10,000 or
// 1 s. A commit writes to the WAL every page dirtied since the last one, and the content-hash
// index (and, before schema 5 dropped it, the date index) takes a random page per document: with
// P leaf pages and B documents a batch, each document costs about P/B * (1 - exp(-B/P)) index
// pages written, which falls as B grows (on a million documents the hash index alone has ~20,000
// pages). On 200,000 benchmark documents the writer took about 5 % less CPU per document coded
// (noisy: a loaded machine); the larger the store, the larger its indexes and the gain. The
// price: a killed ingest loses up to 4 s of work, and readers beside an ingest see new documents
// every 4 s.
void IngesterImpl::WriteLoop() {
  sw::store::Db& db = store.impl().db;
  // Checkpoints run on a thread of their own when a second connection opens, else the writer's.
  sqlite3_wal_autocheckpoint(db.get(), kCheckpointFrames);
  auto checkpoint_db = sw::store::OpenSibling(db);
  std::thread checkpointer;
  if (checkpoint_db) {
    checkpointer = std::thread([this, &checkpoint_db] { CheckpointLoop(*checkpoint_db); });
    sqlite3_wal_hook(db.get(), &IngesterImpl::OnCommit, this);
  }
  struct StopCheckpoints {
    IngesterImpl& in;
    sw::store::Db& db;
    std::thread& thread;
    ~StopCheckpoints() {
      if (!thread.joinable()) return;
      {
        std::lock_guard lock(in.checkpoint_mu);
        in.checkpoint_stop = true;
        in.checkpoint_cv.notify_one();
      }
      thread.join();
      sqlite3_wal_autocheckpoint(db.get(), kCheckpointFrames);  // replaces the hook
    }
  } stop_checkpoints{*this, db, checkpointer};
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
      auto added = w.Insert(job.doc, job.coding, job.lang, job.hash, job.repaired, job.packed);
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
    // Rows queued in the writer point into the Engine, not into the chunk, so it can go.
    lock.lock();
    spent.push_back(std::move(chunk));
    chunk = {};
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
  const size_t threads = sw::util::ResolveThreads(options.coding_threads);
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
  in.pending.push_back(detail::Job{std::move(doc), {}, {}, std::move(hash), repaired, {}});
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
