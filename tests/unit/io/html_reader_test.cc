// SPDX-License-Identifier: MIT
#include "io/html_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace sw::io {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(SW_SOURCE_DIR) + "/tests/fixtures/html/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

summitwatch::Document Parse(std::string_view html) {
  auto doc = ParseHtmlDocument(html, "page.html");
  EXPECT_TRUE(doc.ok()) << doc.error().message;
  return doc.ok() ? *doc : summitwatch::Document{};
}

std::string TextOf(std::string_view body) { return Parse(std::string("<html><body>") + std::string(body)).text; }

std::string DateOf(std::string_view head) {
  return Parse("<html><head>" + std::string(head) + "</head><body><p>Text.</p></body></html>").date;
}

TEST(HtmlReaderTest, ArticlePageKeepsTheArticleAndDropsTheFurniture) {
  summitwatch::Document doc = Parse(Fixture("article.html"));
  EXPECT_EQ(doc.text,
            "The C5+1 foreign ministers meet in New York\n\n"
            "20 September\n\n"
            "The ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and the United States "
            "welcomed the launch of the C5+1 Critical Minerals Dialogue.\n\n"
            "They agreed to:\n\n"
            "expand trade & investment;\n"
            "develop the Trans-Caspian International Transport Route.\n\n"
            "Address:\nAstana\n\nKazakhstan");
  EXPECT_EQ(doc.title, "C5+1 foreign ministers meet in New York");
  EXPECT_EQ(doc.date, "2023-09-19");  // article:published_time, ahead of the <time> in the article
  EXPECT_EQ(doc.lang, "en");
  EXPECT_EQ(doc.id, "");
}

TEST(HtmlReaderTest, LegacyCharsetIsConvertedBeforeParsing) {
  summitwatch::Document doc = Parse(Fixture("cp1251-ru.html"));
  EXPECT_EQ(doc.title, "Министры иностранных дел Центральной Азии встретились в Астане");
  EXPECT_EQ(doc.date, "2023-09-14");  // DC.Date, written day first
  EXPECT_NE(doc.text.find("Министры иностранных дел Казахстана, Кыргызстана"), std::string::npos) << doc.text;
  EXPECT_NE(doc.text.find("Секретариата Китай – Центральная Азия."), std::string::npos) << doc.text;
  EXPECT_EQ(doc.lang, "");  // no <html lang>: left to detection
}

TEST(HtmlReaderTest, PageWithoutVisibleTextIsSkipped) {
  auto doc = ParseHtmlDocument(Fixture("no-body.html"), "tests/fixtures/html/no-body.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message, "tests/fixtures/html/no-body.html: HTML has no visible text; skipped.");
  EXPECT_EQ(doc.error().where, "tests/fixtures/html/no-body.html");
  EXPECT_FALSE(ParseHtmlDocument("", "e.html").ok());
  EXPECT_FALSE(ParseHtmlDocument("<html><body><script>x()</script>&nbsp; \n</body></html>", "e.html").ok());
}

TEST(HtmlReaderTest, BlocksLinesAndWhitespace) {
  EXPECT_EQ(TextOf("<p>  one\n two  </p><div>three</div>"), "one two\n\nthree");
  EXPECT_EQ(TextOf("a<br>b<br><br>c<br><br><br>d"), "a\nb\n\nc\n\nd");
  EXPECT_EQ(TextOf("<ul><li>x</li><li><p>y</p></li></ul>after"), "x\n\ny\n\nafter");
  EXPECT_EQ(TextOf("<b>Kaz</b>akh<i>stan</i> and&nbsp;&nbsp;<span>Uzbekistan</span>"), "Kazakhstan and Uzbekistan");
  EXPECT_EQ(TextOf("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>"), "a b\nc d");
  EXPECT_EQ(TextOf("<p>x</p><pre>  keep\n    this\n</pre><p>y</p>"), "x\n\n  keep\n    this\n\ny");
  EXPECT_EQ(TextOf("<h1>Title</h1>Body &amp; &lt;more&gt; &#1040;&#x0411;"), "Title\n\nBody & <more> АБ");
  EXPECT_EQ(TextOf("<div><div></div><p></p></div><p>only</p><div>  </div>"), "only");
}

TEST(HtmlReaderTest, NoiseIsLeftOut) {
  EXPECT_EQ(TextOf("<nav>menu</nav><header>banner</header><p>text</p><footer>foot</footer><aside>side</aside>"
                   "<form>form<input></form><iframe>frame</iframe><svg><text>svg</text></svg>"
                   "<script>s()</script><style>p{}</style><noscript>ns</noscript><template>tpl</template>"
                   "<button>btn</button><p hidden>hid</p>"),
            "text");
}

TEST(HtmlReaderTest, MainOrArticlesArePreferred) {
  EXPECT_EQ(TextOf("<div>chrome</div><main><p>story</p></main><div>more chrome</div>"), "story");
  EXPECT_EQ(TextOf("<div>chrome</div><div role=\"main\"><p>story</p></div>"), "story");
  // Every outermost article, in order; an article's own <header> carries its headline.
  EXPECT_EQ(TextOf("<header>site</header><article><header><h2>One</h2></header><p>1</p></article>"
                   "<div>between</div><article><p>2</p><article>2b</article></article>"
                   "<aside><article>teaser</article></aside>"),
            "One\n\n1\n\n2\n\n2b");
  // An empty <main> (filled by a script in a browser) falls back to the body.
  EXPECT_EQ(TextOf("<main><div id=app></div></main><p>static text</p>"), "static text");
}

TEST(HtmlReaderTest, TitleFromTitleElementElseOpenGraph) {
  EXPECT_EQ(Parse("<title>  A \n title </title><body>x").title, "A title");
  EXPECT_EQ(Parse("<meta property=\"og:title\" content=\"OG  title\"><body>x").title, "OG title");
  EXPECT_EQ(Parse("<title>Page</title><meta property=\"og:title\" content=\"OG\"><body>x").title, "Page");
  EXPECT_EQ(Parse("<body><svg><title>icon</title></svg><p>x</p>").title, "");
}

TEST(HtmlReaderTest, DatesAreNormalised) {
  EXPECT_EQ(DateOf("<meta property=\"article:published_time\" content=\"2023-09-19T22:30:00+05:00\">"), "2023-09-19");
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"2023/9/1\">"), "2023-09-01");
  EXPECT_EQ(DateOf("<meta name=\"DC.date\" content=\"20230504\">"), "2023-05-04");
  EXPECT_EQ(DateOf("<meta name=\"dcterms.date\" content=\"04.05.2023 10:00\">"), "2023-05-04");
  EXPECT_EQ(DateOf("<meta itemprop=\"datePublished\" content=\"2024-03-30\">"), "2024-03-30");
  // Partial, impossible or wordy dates are not dates; the next candidate is tried.
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"2023-09\">"), "");
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"May 4, 2023\">"), "");
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"09/19/2023\">"), "");
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"2023-02-30\"><meta name=\"dc.date\" content=\"2023-02-28\">"),
            "2023-02-28");
  // Open Graph wins over the plain names, whatever the order in the page.
  EXPECT_EQ(DateOf("<meta name=\"date\" content=\"2020-01-01\">"
                   "<meta property=\"article:published_time\" content=\"2021-01-01\">"),
            "2021-01-01");
}

TEST(HtmlReaderTest, TimeElementInTheArticleIsTheLastResort) {
  EXPECT_EQ(Parse("<body><article><time datetime=\"2023-05-19\">19 May</time><p>x</p></article>").date,
            "2023-05-19");
  EXPECT_EQ(Parse("<body><nav><time datetime=\"2020-01-01\">today</time></nav><article><p>x</p></article>").date, "");
  EXPECT_EQ(Parse("<meta name=date content=2022-02-02><body><article><time datetime=\"2023-05-19\"></time>x").date,
            "2022-02-02");
}

TEST(HtmlReaderTest, LanguageFromTheHtmlElement) {
  EXPECT_EQ(Parse("<html lang=\"en-US\"><body>x").lang, "en");
  EXPECT_EQ(Parse("<html lang=\"RU\"><body>x").lang, "ru");
  EXPECT_EQ(Parse("<html xml:lang=\"kk\"><body>x").lang, "kk");
  EXPECT_EQ(Parse("<html lang=\"x-default\"><body>x").lang, "");
  EXPECT_EQ(Parse("<html lang=\"fil\"><body>x").lang, "");
}

TEST(HtmlReaderTest, CharsetsAreConverted) {
  const std::string koi8 = "<meta charset=KOI8-R><p>\xEB\xC1\xDA\xC1\xC8\xD3\xD4\xC1\xCE</p>";  // Казахстан
  EXPECT_EQ(Parse(koi8).text, "Казахстан");
  // iso-8859-1 is read as windows-1252, as browsers do: 0x93/0x94 are curly quotes.
  EXPECT_EQ(Parse("<meta charset='iso-8859-1'><p>\x93Quoted\x94 caf\xE9</p>").text, "“Quoted” café");
  EXPECT_EQ(Parse("<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\">"
                  "<p>\xCA\xE0\xE7\xE0\xF5\xF1\xF2\xE0\xED</p>")
                .text,
            "Казахстан");
  EXPECT_EQ(Parse("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><body><p>\xD8\xCE\xD1</p>").text, "ШОС");
  // Saved from a browser: re-encoded as UTF-8, the old label kept. Valid UTF-8 wins.
  EXPECT_EQ(Parse("<meta charset=windows-1251><p>Казахстан</p>").text, "Казахстан");
  // UTF-16 with a byte-order mark.
  std::u16string u16 = u"\uFEFF<html lang=ru><body><p>Привет</p>";
  EXPECT_EQ(Parse(std::string_view(reinterpret_cast<const char*>(u16.data()), u16.size() * 2)).text, "Привет");
  // A label nobody knows: the bytes go through, and gumbo replaces what is not UTF-8.
  EXPECT_EQ(Parse("<meta charset=x-martian><p>ok \xFF</p>").text, "ok \xEF\xBF\xBD");
  EXPECT_EQ(Parse("\xEF\xBB\xBF<p>bom</p>").text, "bom");
}

TEST(HtmlReaderTest, PathologicalNestingIsRefusedQuickly) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 10001; ++i) deep += "<div>";
  auto doc = ParseHtmlDocument(deep + "text", "deep.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message, "deep.html: HTML nests elements more than 10000 deep; skipped.");
  std::string slashed = "<html><body>";  // in HTML, <div/> opens a div like <div>
  for (int i = 0; i < 10001; ++i) slashed += "<div/>";
  EXPECT_FALSE(ParseHtmlDocument(slashed + "text", "slashed.html").ok());
  // Deep but within the bound, or "deep" only through tags the parser closes itself: read.
  std::string ok = "<html><body>";
  for (int i = 0; i < 2000; ++i) ok += "<div><span>";
  EXPECT_EQ(Parse(ok + "text").text, "text");
  std::string flat = "<html><body><ul>";
  for (int i = 0; i < 20000; ++i) flat += "<li>x<p>y<br>";
  EXPECT_TRUE(ParseHtmlDocument(flat, "flat.html").ok());
  std::string map = "<html><body><p>A map.</p><svg>";  // inside SVG, "/>" does close
  for (int i = 0; i < 20000; ++i) map += "<path d=\"M0 0\"/>";
  EXPECT_EQ(Parse(map + "</svg><svg><g/></svg><div>end</div>").text, "A map.\n\nend");
}

TEST(HtmlReaderTest, ArbitraryBytesDoNotCrash) {
  std::mt19937 rng(7);
  static const char kAlphabet[] = "<>/=\"' abcdiv\xD0\x9A\xFF\x00&;#x!-";  // with a NUL inside
  for (int round = 0; round < 200; ++round) {
    std::string junk(rng() % 2000, '\0');
    for (char& c : junk) c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
    (void)ParseHtmlDocument(junk, "junk.html");
  }
}

TEST(HtmlReaderTest, SniffsHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html>\n<html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  \n<html lang=en>"));
  EXPECT_TRUE(LooksLikeHtml("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"));
  EXPECT_TRUE(LooksLikeHtml("<!-- saved page -->\n<HTML>"));
  EXPECT_FALSE(LooksLikeHtml("The <html> element is the root."));
  EXPECT_FALSE(LooksLikeHtml("---\ntitle: x\n---\n<html>"));
  EXPECT_FALSE(LooksLikeHtml("<div>fragment</div>"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

}  // namespace
}  // namespace sw::io
