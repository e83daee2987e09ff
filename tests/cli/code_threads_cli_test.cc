// SPDX-License-Identifier: MIT
// `code --threads N`: any number of threads prints what one thread prints, byte for byte, with
// warnings and errors in the same places, and the same exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "cli_helpers.h"

namespace {

namespace fs = std::filesystem;

class CodeThreadsTest : public ::testing::Test {
 protected:
  sw::test::Ran Sw(const std::string& args) { return sw::test::Run(dir_, args); }

  // stdout and stderr through one file, so their interleaving is part of what is compared.
  std::string Merged(const std::string& args) {
    const fs::path both = dir_ / "merged";
    const std::string cmd = "cd " + std::string(SW_SOURCE_DIR) + " && " + SW_BINARY + " " + args + " </dev/null >" +
                            both.string() + " 2>&1";
    (void)std::system(cmd.c_str());
    return sw::test::Slurp(both);
  }

  void ExpectSameAtEveryThreadCount(const std::string& args) {
    const sw::test::Ran one = Sw(args + " --threads 1");
    const std::string merged_one = Merged(args + " --threads 1");
    ASSERT_FALSE(one.out.empty()) << one.err;
    for (const char* n : {"2", "3", "0"}) {
      const sw::test::Ran many = Sw(args + " --threads " + n);
      EXPECT_EQ(many.status, one.status) << "--threads " << n;
      EXPECT_TRUE(many.out == one.out) << "--threads " << n << ": stdout differs";
      EXPECT_EQ(many.err, one.err) << "--threads " << n;
      EXPECT_TRUE(Merged(args + " --threads " + n) == merged_one) << "--threads " << n << ": interleaving differs";
    }
  }

  sw::test::TempDir tmp_{"code-threads"};
  fs::path dir_ = tmp_.path();
};

TEST_F(CodeThreadsTest, DemoCorpusIsIdenticalAtAnyThreadCount) {
  ExpectSameAtEveryThreadCount("code --json data/demo");
  ExpectSameAtEveryThreadCount("code data/demo/declarations");  // the text summary too
}

TEST_F(CodeThreadsTest, BadInputsKeepTheirPlaceAmongTheDocuments) {
  // Good lines, lines that are not JSON (one kind: invalid UTF-8), lines without text, mixed through
  // several files, with a missing and a binary file between them.
  std::string feed;
  for (int i = 0; i < 600; ++i) {
    if (i % 37 == 5) {
      feed += "{\"id\": \"broken" + std::to_string(i) + "\", \"text\": \"Astana\n";
    } else if (i % 53 == 7) {
      feed += "{\"id\": \"empty" + std::to_string(i) + "\"}\n";
    } else if (i % 41 == 3) {
      feed += "{\"id\": \"bad" + std::to_string(i) + "\", \"text\": \"Kazakhstan \xFF and Uzbekistan.\"}\n";
    } else {
      feed += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"The C5+1 ministers met in Samarkand. "
              "Kazakhstan welcomed the fruitful talks but expressed concern.\"}\n";
    }
  }
  const fs::path a = tmp_.Write("a.jsonl", feed), b = tmp_.Write("b.jsonl", feed);
  const fs::path blob = tmp_.Write("blob.txt", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  // JSON cannot carry invalid UTF-8 (such lines are skipped above); text files can, and are repaired.
  fs::create_directories(dir_ / "texts");
  for (int i = 0; i < 40; ++i) {
    tmp_.Write("texts/t" + std::to_string(100 + i) + ".txt",
               i % 5 == 2 ? "Kazakhstan \xC3\x28 and \xFF Uzbekistan." : "Astana and Tashkent agreed.");
  }
  const std::string args = "code --json " + a.string() + " " + (dir_ / "missing.txt").string() + " " + blob.string() +
                           " " + (dir_ / "texts").string() + " " + b.string();
  const sw::test::Ran one = Sw(args + " --threads 1");
  EXPECT_EQ(one.status, 1);
  EXPECT_TRUE(sw::test::Has(one.err, "summitwatch: warning: t102: repaired 2 invalid UTF-8 sequences.")) << one.err;
  EXPECT_TRUE(sw::test::Has(one.err, "a.jsonl:6: expected a JSON object")) << one.err;
  ExpectSameAtEveryThreadCount(args);
}

TEST_F(CodeThreadsTest, ManySmallDocumentsComeOutInInputOrder) {
  // Mostly tiny documents, with a long one now and then so that some chunks take much longer
  // than the ones after them: only putting them back in order gives 0, 1, 2, ...
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "Uzbekistan and Kazakhstan signed a memorandum on water in Tashkent. ";
  std::string feed;
  const int n = 5000;
  for (int i = 0; i < n; ++i) {
    feed += "{\"id\": \"doc" + std::to_string(i) + "\", \"text\": \"" + (i % 97 == 0 ? long_text : "Astana.") + "\"}\n";
  }
  const fs::path f = tmp_.Write("many.jsonl", feed);
  const sw::test::Ran r = Sw("code --json --threads 2 " + f.string());
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = sw::test::Lines(r.out);
  ASSERT_EQ(lines.size(), size_t(n));
  for (int i = 0; i < n; ++i) {
    ASSERT_EQ(lines[i].rfind("{\"id\":\"doc" + std::to_string(i) + "\"", 0), 0u) << "line " << i << ": " << lines[i];
  }
  EXPECT_TRUE(Sw("code --json --threads 1 " + f.string()).out == r.out);
}

TEST_F(CodeThreadsTest, BadThreadCountsAreUsageErrors) {
  // code and ingest share the flag and its message; ingest refuses before opening the store.
  for (const std::string command : {"code --json", "ingest --db /nonexistent/x.db"}) {
    for (const std::string bad : {"abc", "-1", "2.5", "257", "''"}) {
      const sw::test::Ran r = Sw(command + " --threads " + bad + " data/demo");
      EXPECT_EQ(r.status, 2) << command << " " << bad;
      EXPECT_TRUE(r.out.empty()) << command << " " << bad;
      const std::string shown = bad == "''" ? "" : bad;
      EXPECT_EQ(r.err,
                "summitwatch: error: --threads: expected a whole number from 0 (one per processor) to 256, found '" +
                    shown + "'.\n")
          << command;
    }
  }
}

}  // namespace
