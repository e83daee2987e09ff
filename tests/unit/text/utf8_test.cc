// SPDX-License-Identifier: MIT
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace sw::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string Repaired(std::string text, size_t* fixes = nullptr) {
  const size_t n = RepairUtf8(text);
  if (fixes) *fixes = n;
  return text;
}

TEST(Utf8Repair, ValidTextIsUntouched) {
  std::string text = "Astana, Қазақстан, 西安, 😀 and ASCII.";
  const std::string before = text;
  EXPECT_EQ(RepairUtf8(text), 0u);
  EXPECT_EQ(text, before);
  std::string empty;
  EXPECT_EQ(RepairUtf8(empty), 0u);
}

TEST(Utf8Repair, LoneContinuationByte) {
  size_t fixes = 0;
  EXPECT_EQ(Repaired("a\x80" "b", &fixes), "a" + kFffd + "b");
  EXPECT_EQ(fixes, 1u);
  EXPECT_EQ(Repaired("\xBF\xBF"), kFffd + kFffd);  // each stray byte is its own subpart
}

TEST(Utf8Repair, TruncatedSequencesBecomeOneReplacement) {
  size_t fixes = 0;
  EXPECT_EQ(Repaired("a\xE2\x82", &fixes), "a" + kFffd);  // € cut at the end of the text
  EXPECT_EQ(fixes, 1u);
  EXPECT_EQ(Repaired("\xE2\x82z"), kFffd + "z");
  EXPECT_EQ(Repaired("\xF0\x9F\x98!"), kFffd + "!");   // 😀 missing its last byte
  EXPECT_EQ(Repaired("\xD0"), kFffd);                   // lead byte alone
}

TEST(Utf8Repair, OverlongsSurrogatesAndOutOfRange) {
  // Lead bytes C0/C1 can only start overlongs; E0 80..9F and F0 80..8F are overlong too, so the
  // lead byte alone is the maximal subpart and each following byte is a stray continuation.
  EXPECT_EQ(Repaired("\xC0\xAF"), kFffd + kFffd);
  EXPECT_EQ(Repaired("\xE0\x80\xAF"), kFffd + kFffd + kFffd);
  EXPECT_EQ(Repaired("\xF0\x8F\xBF\xBF"), kFffd + kFffd + kFffd + kFffd);
  // UTF-16 surrogate D800 encoded as UTF-8.
  EXPECT_EQ(Repaired("\xED\xA0\x80"), kFffd + kFffd + kFffd);
  // Past U+10FFFF.
  EXPECT_EQ(Repaired("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(Repaired("\xF5\x80"), kFffd + kFffd);
  EXPECT_EQ(Repaired("\xFF"), kFffd);
  // The largest valid values stay.
  EXPECT_EQ(Repaired("\xF4\x8F\xBF\xBF"), "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(Repaired("\xED\x9F\xBF"), "\xED\x9F\xBF");
}

TEST(Utf8Repair, UnicodeStandardMaximalSubpartExample) {
  // The Unicode Standard, chapter 3, "U+FFFD Substitution of Maximal Subparts".
  size_t fixes = 0;
  EXPECT_EQ(Repaired("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", &fixes),
            "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  EXPECT_EQ(fixes, 6u);
}

TEST(Utf8Repair, NulBytesAreDropped) {
  size_t fixes = 0;
  EXPECT_EQ(Repaired(std::string("a\0b\0", 4), &fixes), "ab");
  EXPECT_EQ(fixes, 2u);
  EXPECT_EQ(Repaired(std::string("\0\xC3\xA9\x80", 4)), "\xC3\xA9" + kFffd);
}

TEST(Utf8Repair, LongTextWithOneBadByteAndIdempotence) {
  std::string text(100000, 'x');
  text[77777] = '\xC3';  // lead byte followed by 'x'
  size_t fixes = 0;
  text = Repaired(text, &fixes);
  EXPECT_EQ(fixes, 1u);
  EXPECT_EQ(text.size(), 100002u);
  EXPECT_EQ(text.substr(77777, 3), kFffd);
  EXPECT_EQ(RepairUtf8(text), 0u);
}

TEST(Utf8Nfc, ComposesCombiningAcute) {
  std::string text = "caf" "e\xCC\x81";  // e + U+0301
  EXPECT_TRUE(NormalizeNfc(text));
  EXPECT_EQ(text, "caf\xC3\xA9");          // é U+00E9
  EXPECT_FALSE(NormalizeNfc(text));
}

TEST(Utf8Nfc, AsciiAndNormalTextAreUnchanged) {
  std::string ascii = "Joint Statement of the C5+1 Leaders";
  EXPECT_FALSE(NormalizeNfc(ascii));
  EXPECT_EQ(ascii, "Joint Statement of the C5+1 Leaders");
  std::string mixed = "Тоқаев, Xiʼan 西安, Ślęża";
  const std::string before = mixed;
  EXPECT_FALSE(NormalizeNfc(mixed));
  EXPECT_EQ(mixed, before);
}

TEST(Utf8Nfc, ComposesCyrillicAndHangul) {
  std::string short_i = "\xD0\xB8\xCC\x86";  // и + U+0306 breve
  EXPECT_TRUE(NormalizeNfc(short_i));
  EXPECT_EQ(short_i, "й");
  std::string hangul = "\xE1\x84\x80\xE1\x85\xA1";  // U+1100 U+1161 (conjoining jamo)
  EXPECT_TRUE(NormalizeNfc(hangul));
  EXPECT_EQ(hangul, "가");
}

TEST(Utf8Decode, DecodeAtAndBefore) {
  const std::string_view text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  int len = 0;
  EXPECT_EQ(DecodeAt(text, 0, &len), 0x61u);
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeAt(text, 1, &len), 0xE9u);
  EXPECT_EQ(len, 2);
  EXPECT_EQ(DecodeAt(text, 3, &len), 0x4E2Du);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(DecodeAt(text, 6, &len), 0x1F600u);
  EXPECT_EQ(len, 4);
  EXPECT_EQ(DecodeBefore(text, 1), 0x61u);
  EXPECT_EQ(DecodeBefore(text, 3), 0xE9u);
  EXPECT_EQ(DecodeBefore(text, 6), 0x4E2Du);
  EXPECT_EQ(DecodeBefore(text, 10), 0x1F600u);
  EXPECT_EQ(DecodeBefore(text, 0), 0u);
}

TEST(Utf8Decode, OutOfContractInputStillMakesProgress) {
  int len = 0;
  EXPECT_EQ(DecodeAt("ab", 5, &len), 0u);
  EXPECT_EQ(len, 0);
  EXPECT_EQ(DecodeAt("\x80", 0, &len), 0xFFFDu);
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeAt("\xE4\xB8", 0, &len), 0xFFFDu);  // truncated
  EXPECT_EQ(len, 1);
}

TEST(Utf8WordChar, ScriptsWithAndWithoutSpaces) {
  EXPECT_TRUE(IsWordChar('a'));
  EXPECT_TRUE(IsWordChar('Z'));
  EXPECT_TRUE(IsWordChar('7'));
  EXPECT_FALSE(IsWordChar('_'));
  EXPECT_FALSE(IsWordChar(' '));
  EXPECT_FALSE(IsWordChar('\''));
  EXPECT_TRUE(IsWordChar(0xE9));     // é
  EXPECT_TRUE(IsWordChar(0x049B));   // қ
  EXPECT_TRUE(IsWordChar(0x02BB));   // ʻ in Oʻzbekiston is a letter (Lm)
  EXPECT_TRUE(IsWordChar(0x0663));   // Arabic-Indic three
  EXPECT_TRUE(IsWordChar(0xD55C));   // 한: Korean puts spaces between words
  EXPECT_FALSE(IsWordChar(0x4E2D));  // 中
  EXPECT_FALSE(IsWordChar(0x3042));  // あ
  EXPECT_FALSE(IsWordChar(0x30AB));  // カ
  EXPECT_FALSE(IsWordChar(0x30FC));  // ー
  EXPECT_FALSE(IsWordChar(0x0E01));  // Thai ก
  EXPECT_FALSE(IsWordChar(0x20000)); // CJK Extension B
  EXPECT_FALSE(IsWordChar(0x2014));  // em dash
  EXPECT_FALSE(IsWordChar(0x00A0));  // no-break space
  EXPECT_FALSE(IsWordChar(0x110000));
}

}  // namespace
}  // namespace sw::text
