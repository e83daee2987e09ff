// SPDX-License-Identifier: MIT
// The commitment extractor end to end on the shipped data: actors, modality, deadlines, spans,
// and each class of hard negatives.
#include <gtest/gtest.h>

#include "summitwatch/engine.h"

namespace {

using summitwatch::Commitment;

class CommitmentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = summitwatch::Engine::Load(std::string(SW_SOURCE_DIR) + "/data");
    ASSERT_TRUE(e.ok()) << e.error().message;
    engine_ = new summitwatch::Engine(std::move(*e));
  }
  static void TearDownTestSuite() { delete engine_; }

  struct Got {
    std::string text;  // doc[start:end]
    std::vector<std::string> actors;
    std::string modality, area, deadline;
    uint32_t sentence = 0;
  };

  std::vector<Got> Extract(const std::string& text, const std::string& date = "2023-09-19",
                           std::vector<std::string> issuer = {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
                           const std::string& format = "", const std::string& kind = "declaration") {
    EXPECT_NE(engine_, nullptr);
    summitwatch::Coder coder(*engine_);
    summitwatch::Document doc;
    doc.kind = kind;
    doc.date = date;
    doc.issuer = std::move(issuer);
    doc.format = format;
    doc.text = text;
    const summitwatch::Coding& c = coder.Code(doc);
    std::vector<Got> out;
    for (const Commitment& k : c.commitments) {
      EXPECT_LE(k.start, k.end);
      EXPECT_LE(k.end, doc.text.size());
      out.push_back({doc.text.substr(k.start, k.end - k.start), k.actors, std::string(k.modality),
                     std::string(k.area), k.deadline, k.sentence});
    }
    return out;
  }
  // The modality of the only commitment of `text`, or "none".
  std::string Modality(const std::string& text) {
    auto got = Extract(text);
    if (got.empty()) return "none";
    EXPECT_EQ(got.size(), 1u) << text;
    return got[0].modality;
  }

  static summitwatch::Engine* engine_;
};
summitwatch::Engine* CommitmentTest::engine_ = nullptr;

using Ids = std::vector<std::string>;

TEST_F(CommitmentTest, WeAndThePartiesAreTheIssuers) {
  const Ids issuer = {"CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"};
  for (const char* s : {"We will expand cooperation in green energy.", "The Parties agreed to hold the next summit in 2025.",
                        "The leaders decided to establish a business council.",
                        "Стороны будут развивать сотрудничество в энергетике.", "Мы обязуемся укреплять сотрудничество."}) {
    auto got = Extract(s, "2023-05-19", issuer);
    ASSERT_EQ(got.size(), 1u) << s;
    EXPECT_EQ(got[0].actors, issuer) << s;
  }
}

TEST_F(CommitmentTest, NamedActorsComeFromTheMentions) {
  auto got = Extract("Kazakhstan and Uzbekistan agreed to simplify border crossing procedures.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"KAZ", "UZB"}));

  got = Extract("The United States will provide scholarships for students from Central Asia.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"USA"}));  // not the phrase "States" of the subject list

  got = Extract("Китай предоставит странам Центральной Азии финансовую помощь.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"CHN"}));
}

TEST_F(CommitmentTest, SubjectPhrasesCanNameActors) {
  auto got = Extract("The Central Asian states and Germany commit to strengthen energy partnerships.", "2023-09-29",
                     {"DEU", "KAZ", "KGZ", "TJK", "TKM", "UZB"});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"KAZ", "KGZ", "TJK", "TKM", "UZB", "DEU"}));
}

TEST_F(CommitmentTest, WithoutIssuersTheFormatCommits) {
  auto got = Extract("We will hold the next meeting in Tashkent.", "2023-09-19", {}, "c5plus1");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"c5plus1"}));
}

TEST_F(CommitmentTest, Modalities) {
  EXPECT_EQ(Modality("We commit to deepen cooperation on counter-terrorism."), "commit");
  EXPECT_EQ(Modality("We remain committed to implementing the agreement."), "commit");
  EXPECT_EQ(Modality("The leaders are determined to bring trade to a new level."), "commit");
  EXPECT_EQ(Modality("We intend to double container traffic."), "intend");
  EXPECT_EQ(Modality("The Parties plan to launch a joint programme."), "intend");
  EXPECT_EQ(Modality("We agreed to set up a working group."), "agree");
  EXPECT_EQ(Modality("The leaders agreed that the next meeting will be held in Tashkent."), "agree");
  EXPECT_EQ(Modality("The heads of state decided to establish a council."), "decide");
  EXPECT_EQ(Modality("The participants recommended an annual forum."), "recommend");
  EXPECT_EQ(Modality("We will launch a business platform."), "will");
  EXPECT_EQ(Modality("The Secretariat shall prepare a roadmap."), "will");
  EXPECT_EQ(Modality("A permanent secretariat will be established in Xi'an."), "will");
  EXPECT_EQ(Modality("We will continue to support the people of Afghanistan."), "continue");
  EXPECT_EQ(Modality("Мы обязуемся укреплять сотрудничество."), "commit");
  EXPECT_EQ(Modality("Стороны намерены подписать стратегию."), "intend");
  EXPECT_EQ(Modality("Стороны договорились провести встречу."), "agree");
  EXPECT_EQ(Modality("Главы государств решили создать совет."), "decide");
  EXPECT_EQ(Modality("Участники рекомендовали проводить форум ежегодно."), "recommend");
  EXPECT_EQ(Modality("Секретариат будет создан в Сиане."), "will");
  EXPECT_EQ(Modality("Стороны примут меры по упрощению процедур."), "will");
  EXPECT_EQ(Modality("Стороны продолжат консультации."), "continue");
}

TEST_F(CommitmentTest, DeadlinesUseTheDocumentDate) {
  auto got = Extract("We will hold the next round of consultations in October.", "2024-03-15");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].deadline, "2024-10");
  got = Extract("Министры будут встречаться ежегодно.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].deadline, "annually");
  got = Extract("Мы договорились создать экспертную группу до 2024 года.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].deadline, "2024");
}

TEST_F(CommitmentTest, SpansAreSentencesOrClauses) {
  const std::string text =
      "We note the progress made. 4. We will launch a business platform in 2024.\n\n"
      "The sides will deepen cooperation on water; they will also exchange data annually.";
  auto got = Extract(text);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "We will launch a business platform in 2024.");  // list number left out
  EXPECT_EQ(got[0].deadline, "2024");
  EXPECT_EQ(got[1].text, "The sides will deepen cooperation on water");
  EXPECT_EQ(got[2].text, "they will also exchange data annually.");
  EXPECT_EQ(got[2].deadline, "annually");
  EXPECT_EQ(got[1].sentence, got[2].sentence);
}

TEST_F(CommitmentTest, AreaIsTheSentencesDominantArea) {
  auto got = Extract("We will strengthen cooperation against terrorism and extremism.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].area, "security");
}

TEST_F(CommitmentTest, PredictionsAreNotCommitments) {
  for (const char* s : {"Prices for agricultural products will rise.", "The new route will open markets in South Asia.",
                        "This will bring prosperity to the region.", "Central Asian exporters will benefit from it.",
                        "Kazakhstan will become a transit hub.", "We are confident that the corridor will grow.",
                        "Цены на продовольствие будут расти.", "Это принесёт процветание региону.",
                        "Новый маршрут откроет рынки Южной Азии."}) {
    EXPECT_TRUE(Extract(s).empty()) << s;
  }
}

TEST_F(CommitmentTest, PastNarrativesAreNotCommitments) {
  for (const char* s : {"In 2019 the leaders agreed to hold consultative meetings every year.",
                        "Last year the parties decided to establish a fund.",
                        "At the previous meeting, the ministers agreed to draft a plan.",
                        "The leaders recalled that they had agreed to create a joint market.",
                        "The programme has delivered tangible results.",
                        "В 2019 году лидеры договорились проводить встречи ежегодно.",
                        "Ранее министры договорились разработать план действий."}) {
    EXPECT_TRUE(Extract(s).empty()) << s;
  }
  // The same verb in the declaration's own voice is a commitment.
  EXPECT_EQ(Modality("The leaders agreed to hold consultative meetings every year."), "agree");
}

TEST_F(CommitmentTest, PraiseIsNotACommitment) {
  for (const char* s : {"We praise the work done by the Secretariat.", "The leaders welcomed the holding of the forum.",
                        "We thank Turkmenistan, which will host the next meeting.",
                        "Стороны высоко оценили работу Секретариата."}) {
    EXPECT_TRUE(Extract(s).empty()) << s;
  }
  // ... but a commitment coordinated with praise is.
  EXPECT_EQ(Modality("We welcome the launch of the dialogue and will hold its first meeting within a year."), "will");
}

TEST_F(CommitmentTest, ConditionalsAndQuestionsAreNotCommitments) {
  for (const char* s : {"If funding becomes available, the parties will build a second pipeline.",
                        "Will the Council ever meet?", "Если позволят условия, стороны рассмотрят этот вопрос.",
                        "How will the council be financed?"}) {
    EXPECT_TRUE(Extract(s).empty()) << s;
  }
  // A hedge is not a condition.
  EXPECT_EQ(Modality("We will hold additional consultations if necessary."), "will");
}

TEST_F(CommitmentTest, ObjectsAreNotActors) {
  // Afghanistan is what the participants are concerned about, not who agrees.
  auto got = Extract("The participants expressed concern about the threats from Afghanistan and agreed to "
                     "strengthen border protection.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].actors, (Ids{"KAZ", "KGZ", "TJK", "TKM", "UZB"}));
  // A thing between the subject and a coordinated "agreed to" was an object.
  got = Extract("The participants supported the railway projects linking the region with seaports and agreed to "
                "coordinate tariff policy.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].modality, "agree");
  // "Trade between the region and the United States will grow": the subject is trade.
  EXPECT_TRUE(Extract("Trade between the region and the United States will grow.").empty());
}

TEST_F(CommitmentTest, PastEvidenceInsideWhatIsPraisedDoesNotCount) {
  auto got = Extract("The Ministers commended the work of the Secretariat, established in 2022, and agreed to "
                     "strengthen its role.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].modality, "agree");
}

TEST_F(CommitmentTest, BeliefsAndReportedClaimsAreNotCommitments) {
  EXPECT_TRUE(Extract("I am confident that the C5+1 will outlast all of us.").empty());
  EXPECT_TRUE(Extract("Critics say the new secretariat and the regular summits will give China a framework.").empty());
  EXPECT_TRUE(Extract("Эксперты признают, что страны Центральной Азии будут стремиться диверсифицировать маршруты.").empty());
}

TEST_F(CommitmentTest, PresentContinueCommitsOnlyInDeclarations) {
  const std::string s = "We continue to support the territorial integrity of Afghanistan.";
  EXPECT_EQ(Extract(s, "2023-09-19", {"USA"}, "", "declaration").size(), 1u);
  EXPECT_TRUE(Extract("Governments continue to praise the initiative publicly.", "2023-09-19", {}, "", "news").empty());
  // The future does in any kind of document.
  EXPECT_EQ(Extract("The leaders will continue their consultations.", "2023-09-19", {}, "", "news").size(), 1u);
}

TEST_F(CommitmentTest, WillAsANounIsNotACue) {
  EXPECT_TRUE(Extract("Progress depends on the political will of all governments.").empty());
}

}  // namespace
