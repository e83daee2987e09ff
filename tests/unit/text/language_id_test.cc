// SPDX-License-Identifier: MIT
#include "text/language_id.h"

#include <gtest/gtest.h>

#include <string>

#include "text/letter_evidence.h"

namespace sw::text {
namespace {

// About 200 characters each: the size of one declaration sentence, and CLD2's design minimum.
const char* const kEnglish =
    "The leaders of the Central Asian states and the United States met in New York on the "
    "margins of the General Assembly and agreed to deepen cooperation on trade, energy, "
    "security and regional connectivity.";
const char* const kRussian =
    "Президент Республики Казахстан Касым-Жомарт Токаев принял участие в консультативной "
    "встрече глав государств Центральной Азии и выступил по вопросам укрепления регионального "
    "сотрудничества.";
const char* const kChinese =
    "中国与中亚五国元首在西安举行峰会，共同签署了《中国—中亚峰会西安宣言》，同意建立常设秘书处，"
    "加强在经贸、能源、交通和人文等领域的合作，推动构建更加紧密的中国—中亚命运共同体。";
const char* const kKazakh =
    "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Орталық Азия мемлекеттері "
    "басшыларының консультативтік кездесуіне қатысып, өңірлік ынтымақтастықты нығайту "
    "мәселелері бойынша сөз сөйледі.";
const char* const kUzbekLatin =
    "Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Markaziy Osiyo davlatlari "
    "rahbarlarining maslahat uchrashuvida ishtirok etib, mintaqaviy hamkorlikni mustahkamlash "
    "masalalari boʻyicha nutq soʻzladi.";
const char* const kUzbekCyrillic =
    "Ўзбекистон Республикаси Президенти Шавкат Мирзиёев Марказий Осиё давлатлари раҳбарларининг "
    "маслаҳат учрашувида иштирок этиб, минтақавий ҳамкорликни мустаҳкамлаш масалалари бўйича "
    "нутқ сўзлади.";
const char* const kKyrgyz =
    "Кыргыз Республикасынын Президенти Садыр Жапаров Борбор Азия мамлекеттеринин "
    "башчыларынын консультативдик жолугушуусуна катышып, аймактык кызматташтыкты чыңдоо "
    "маселелери боюнча сөз сүйлөдү.";
const char* const kTajik =
    "Президенти Ҷумҳурии Тоҷикистон Эмомалӣ Раҳмон дар мулоқоти машваратии сарони давлатҳои "
    "Осиёи Марказӣ ширкат варзида, оид ба масъалаҳои тақвияти ҳамкориҳои минтақавӣ "
    "суханронӣ кард.";
const char* const kTurkmen =
    "Türkmenistanyň Prezidenti Serdar Berdimuhamedow Merkezi Aziýa döwletleriniň "
    "Baştutanlarynyň maslahat duşuşygyna gatnaşyp, sebitleýin hyzmatdaşlygy pugtalandyrmak "
    "meseleleri boýunça çykyş etdi.";

TEST(LanguageId, SentencesInOurLanguages) {
  EXPECT_STREQ(DetectLanguage(kEnglish), "en");
  EXPECT_STREQ(DetectLanguage(kRussian), "ru");
  EXPECT_STREQ(DetectLanguage(kChinese), "zh");
  EXPECT_STREQ(DetectLanguage(kKazakh), "kk");
  EXPECT_STREQ(DetectLanguage(kUzbekLatin), "uz");
  EXPECT_STREQ(DetectLanguage(kUzbekCyrillic), "uz");
  EXPECT_STREQ(DetectLanguage(kKyrgyz), "ky");
  EXPECT_STREQ(DetectLanguage(kTajik), "tg");
  EXPECT_STREQ(DetectLanguage(kTurkmen), "tk");
}

// Debian's libcld2_full.so must be linked ahead of libcld2.so (see language_id.cc); the small
// tables lack Turkmen, Tatar and Uighur.
TEST(LanguageId, FullCld2TablesAreLoaded) {
  const std::string scripts = RecognizedLanguageScripts();
  for (const char* pair : {"kk-Cyrl", "ky-Cyrl", "tg-Cyrl", "uz-Cyrl", "uz-Latn", "tk-Latn",
                           "ru-Cyrl", "en-Latn", "tt-Cyrl", "ug-Cyrl"}) {
    EXPECT_NE(scripts.find(pair), std::string::npos) << pair << " not in: " << scripts;
  }
}

TEST(LanguageId, UzbekLatinWithAsciiApostrophes) {
  EXPECT_STREQ(DetectLanguage("O'zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Markaziy "
                              "Osiyo davlatlari rahbarlarining maslahat uchrashuvida ishtirok "
                              "etib, mintaqaviy hamkorlikni mustahkamlash masalalari bo'yicha "
                              "nutq so'zladi."),
               "uz");
}

TEST(LanguageId, TraditionalChineseIsZh) {
  EXPECT_STREQ(DetectLanguage("中國與中亞五國元首在西安舉行峰會，共同簽署了宣言，同意建立常設秘書處，"
                              "加強在經貿、能源、交通和人文等領域的合作，推動構建更加緊密的命運共同體。"),
               "zh");
}

TEST(LanguageId, ShortOrEmptyIsUndetermined) {
  EXPECT_STREQ(DetectLanguage(""), "und");
  EXPECT_STREQ(DetectLanguage("Hello"), "und");
  EXPECT_STREQ(DetectLanguage("OK 123 2023-09-14"), "und");
  EXPECT_STREQ(DetectLanguage("  \n\t "), "und");
}

TEST(LanguageId, LooksAtTheFirstFourKilobytesOnly) {
  std::string text;
  while (text.size() < 6000) text += std::string(kEnglish) + " ";
  for (int k = 0; k < 40; ++k) text += std::string(kRussian) + " ";
  EXPECT_STREQ(DetectLanguage(text), "en");
}

TEST(LanguageId, CutsTheSampleAtACharacterBoundary) {
  std::string body;
  while (body.size() < 5000) body += std::string(kRussian) + " ";
  // Pad until byte 4096 falls inside a two-byte Cyrillic character, so the cut has to move.
  std::string text = body;
  for (std::string pad = "x"; (static_cast<unsigned char>(text[4096]) & 0xC0) != 0x80; pad += "x") {
    text = pad + body;
  }
  EXPECT_STREQ(DetectLanguage(text), "ru");
}

TEST(LanguageId, RussianQuotingKazakhNamesStaysRussian) {
  EXPECT_STREQ(DetectLanguage("Встреча прошла в Акорде, резиденции президента в Нұр-Сұлтане; "
                              "стороны обсудили торговлю, транзит и энергетику, а также "
                              "вопросы водных ресурсов и безопасности в регионе."),
               "ru");
}

// The letter rules alone, on answers CLD2 could plausibly give.
TEST(LanguageIdLetters, CorrectsCentralAsianConfusions) {
  EXPECT_STREQ(CorrectWithLetters(kKyrgyz, "kk"), "ky");
  EXPECT_STREQ(CorrectWithLetters(kKazakh, "ky"), "kk");
  EXPECT_STREQ(CorrectWithLetters(kKazakh, "ru"), "kk");
  EXPECT_STREQ(CorrectWithLetters(kTajik, "ru"), "tg");
  EXPECT_STREQ(CorrectWithLetters(kTajik, "uz"), "tg");
  EXPECT_STREQ(CorrectWithLetters(kUzbekCyrillic, "tg"), "uz");
  EXPECT_STREQ(CorrectWithLetters(kUzbekLatin, "tr"), "uz");
  EXPECT_STREQ(CorrectWithLetters(kUzbekLatin, "und"), "uz");
  EXPECT_STREQ(CorrectWithLetters(kTurkmen, "und"), "tk");
  EXPECT_STREQ(CorrectWithLetters(kTurkmen, "tr"), "tk");
}

TEST(LanguageIdLetters, LeavesOtherLanguagesAlone) {
  EXPECT_STREQ(CorrectWithLetters(kRussian, "ru"), "ru");
  EXPECT_STREQ(CorrectWithLetters(kEnglish, "en"), "en");
  EXPECT_STREQ(CorrectWithLetters(kChinese, "zh"), "zh");
  // Ukrainian has і but no Kazakh letters; Czech writes ň ý ž too.
  EXPECT_STREQ(CorrectWithLetters("Президент України провів зустріч із лідерами країн "
                                  "Центральної Азії щодо співпраці у сфері енергетики.",
                                  "uk"),
               "uk");
  EXPECT_STREQ(CorrectWithLetters("Předseda vlády přijal delegaci. Kůň běžel přes louku, "
                                  "týden začíná v pondělí a končí v neděli ráno.",
                                  "cs"),
               "cs");
  // Tatar shares ә ө ү ң with Kazakh and Kyrgyz; CLD2 knows it better than our letters do.
  EXPECT_STREQ(CorrectWithLetters("Татарстан Республикасы Рәисе Рөстәм Миңнеханов җыелышта "
                                  "чыгыш ясады һәм хезмәттәшлек турында сөйләде.",
                                  "tt"),
               "tt");
}

}  // namespace
}  // namespace sw::text
