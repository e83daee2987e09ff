// SPDX-License-Identifier: MIT
// What every command-line test needs: run the built binary from the source directory with its
// output captured, read files back, and a temporary directory per test.
//
// Usage (in a fixture):
//   sw::test::TempDir dir("store");                        // removed at the end of the test
//   sw::test::Ran r = sw::test::Run(dir.path(), "init --db " + db);
//   EXPECT_EQ(r.status, 0) << r.err;
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sw::test {

namespace fs = std::filesystem;

struct Ran {
  int status = -1;  ///< the exit status, -1 when the process did not exit normally
  std::string out, err;
};

inline std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

inline bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// Runs summitwatch with `args` (shell words) from the source directory, `stdin_bytes` on its
/// standard input; its output goes through files in `scratch`.
inline Ran Run(const fs::path& scratch, const std::string& args, const std::string& stdin_bytes = "") {
  const fs::path in = scratch / "stdin", out = scratch / "stdout", err = scratch / "stderr";
  std::ofstream(in, std::ios::binary) << stdin_bytes;
  const std::string cmd = "cd " + std::string(SW_SOURCE_DIR) + " && " + SW_BINARY + " " + args + " <" + in.string() +
                          " >" + out.string() + " 2>" + err.string();
  const int rc = std::system(cmd.c_str());
  return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, Slurp(out), Slurp(err)};
}

/// The first column of the first row of `sql` on the store file `db_path`, read-only, as text;
/// empty when the store cannot be opened, the statement fails or gives no row.
inline std::string QueryText(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 5000);  // an ingest may hold the write lock for a batch
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      if (const unsigned char* t = sqlite3_column_text(st, 0)) out = reinterpret_cast<const char*>(t);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

/// QueryText as an integer; -1 when it gives nothing.
inline int64_t QueryInt(const std::string& db_path, const std::string& sql) {
  const std::string v = QueryText(db_path, sql);
  return v.empty() ? -1 : std::stoll(v);
}

/// A fresh directory named after the running test, removed (permissions restored first, for
/// tests that make files unreadable) when it goes out of scope.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("sw-" + prefix + "-" + std::to_string(::getpid()) + "-" + (info ? info->name() : "suite"));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    for (auto& e : fs::recursive_directory_iterator(path_, ec)) fs::permissions(e.path(), fs::perms::owner_all, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  /// Writes `content` to `name` under the directory (creating subdirectories).
  fs::path Write(const std::string& name, const std::string& content) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  fs::path path_;
};

/// A suite whose tests query one store built from the demo corpus (init, then ingest of
/// data/demo/declarations and data/demo/news): building it is the slow part, so it happens once
/// per suite. Sw() runs the binary; db() is the store's path.
class DemoStoreSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto* suite = ::testing::UnitTest::GetInstance()->current_test_suite();
    dir_ = new fs::path(fs::temp_directory_path() /
                        ("sw-" + std::string(suite ? suite->name() : "demo") + "-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    db_ = new std::string((*dir_ / "demo.db").string());
    built_ = Sw("init --db " + *db_);
    if (built_.status == 0) built_ = Sw("ingest --db " + *db_ + " data/demo/declarations data/demo/news");
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
    delete db_;
  }
  void SetUp() override { ASSERT_EQ(built_.status, 0) << "the demo store could not be built: " << built_.err; }

  static Ran Sw(const std::string& args) { return sw::test::Run(*dir_, args); }
  static const std::string& db() { return *db_; }
  static const fs::path& dir() { return *dir_; }

 private:
  static inline fs::path* dir_ = nullptr;
  static inline std::string* db_ = nullptr;
  static inline Ran built_;
};

}  // namespace sw::test
