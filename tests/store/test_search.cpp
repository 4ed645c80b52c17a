// Korean search: the bigram tokenizer, query building, and ranked search over seeds and own text.
#include "import/importer.h"
#include "search/bigram_tokenizer.h"
#include "search/search_query.h"
#include "store/dialect.h"
#include "store/library.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

using namespace dokhae;
using dokhae::testing::parsedArticle;

namespace {

struct TokenText {
    QString text;
    bool colocated;
    bool operator==(const TokenText &) const = default;
};

QList<TokenText> tokens(const QString &input, search::TokenizeMode mode)
{
    QList<TokenText> out;
    const std::string utf8 = input.toStdString();
    search::tokenizeUtf8(utf8, mode, [&](const search::Token &token) {
        out.append({QString::fromStdString(token.text), token.colocated});
        // Every span must cut the input on character boundaries and cover the token's letters.
        const QString span = QString::fromStdString(utf8.substr(static_cast<std::size_t>(token.startByte),
                                                                static_cast<std::size_t>(token.endByte - token.startByte)));
        QVERIFY2(span.toCaseFolded() == QString::fromStdString(token.text) || span.size() == QString::fromStdString(token.text).size(),
                 qPrintable(span));
    });
    return out;
}

QStringList texts(const QList<TokenText> &list)
{
    QStringList out;
    for (const auto &token : list)
        out << token.text;
    return out;
}

QString marked(const QString &word)
{
    return search::kHitOpen + word + search::kHitClose;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private:
    dokhae::test::TestLibraries m_libraries;
    store::Library m_seeds;
    store::Library m_own;
    QHash<QString, qint64> m_ownIds;  // fixture key -> article id

    QStringList seedPrefixes(const QString &query)
    {
        QHash<qint64, QString> prefixOf;
        for (const auto &summary : m_seeds.articles())
            prefixOf.insert(summary.id, QFileInfo(summary.sourceFile).fileName().left(3));
        QStringList prefixes;
        for (const auto &hit : m_seeds.search(query))
            prefixes << prefixOf.value(hit.id);
        prefixes.sort();
        return prefixes;
    }

    QStringList ownKeys(const QString &query)
    {
        QStringList keys;
        for (const auto &hit : m_own.search(query))
            keys << m_ownIds.key(hit.id);
        return keys;
    }

    void addOwn(const QString &key, const QString &title, const QString &text)
    {
        const auto outcome = m_own.addArticle(parsedArticle(title, text, QStringLiteral("/fixtures/%1.txt").arg(key)));
        QVERIFY2(outcome, qPrintable(m_own.lastError()));
        m_ownIds.insert(key, outcome->articleId);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_libraries.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_libraries);
        QVERIFY(m_seeds.open(m_libraries.newLocation(QStringLiteral("seeds"))));
        import::Importer importer(m_seeds);
        QCOMPARE(importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)}).count(import::ImportStatus::Added), 4);

        QVERIFY(m_own.open(m_libraries.newLocation(QStringLiteral("own"))));
        addOwn(QStringLiteral("alibaba"), QStringLiteral("알리바바, 새 추론 모델 공개"),
               QStringLiteral("알리바바는 20일 큐원(Qwen) 계열의 새 추론 모델을 공개했다.\n"
                              "회사는 특허 출원도 함께 진행했다고 밝혔다."));
        addOwn(QStringLiteral("apart"), QStringLiteral("작업 현장 소식"),
               QStringLiteral("작업 중 발생한 문제를 국내 업체가 해결했다. 특 허가 난 것은 아니다."));
        addOwn(QStringLiteral("adjacent"), QStringLiteral("수출 통제"),
               QStringLiteral("중국 반도체 산업은 미국의 수출 통제에도 성장했다. 엔비디아 칩 대신 자체 칩을 쓴다."));
        addOwn(QStringLiteral("scattered"), QStringLiteral("무역 통계"),
               QStringLiteral("반도체 수입액은 줄었지만 중국에서 들여온 부품은 늘었다."));
        addOwn(QStringLiteral("titled"), QStringLiteral("화웨이의 반격"),
               QStringLiteral("업계 관계자들은 화웨이가 스마트폰 시장에서 점유율을 회복했다고 말했다."));
        addOwn(QStringLiteral("mentioned"), QStringLiteral("스마트폰 시장 동향"),
               QStringLiteral("시장 관계자들은 화웨이가 스마트폰 시장에서 점유율을 회복했다고 봤다."));
        addOwn(QStringLiteral("deepseek"), QStringLiteral("오픈소스 경쟁"),
               QStringLiteral("딥시크의 MoE 구조는 비용을 낮췄다. DeepSeek-V3 모델은 MIT 라이선스다.\n"
                              "Momentum 투자사는 \"AI OR 반도체\" 보고서를 냈다."));
    }

    void tokenizerIndexesEveryCharacterWithItsBigram()
    {
        const auto document = tokens(QStringLiteral("딥시크는"), search::TokenizeMode::Document);
        const QList<TokenText> expected{{QStringLiteral("딥"), false}, {QStringLiteral("딥시"), true},
                                        {QStringLiteral("시"), false}, {QStringLiteral("시크"), true},
                                        {QStringLiteral("크"), false}, {QStringLiteral("크는"), true},
                                        {QStringLiteral("는"), false}};
        QCOMPARE(document, expected);
        QCOMPARE(texts(tokens(QStringLiteral("딥시크"), search::TokenizeMode::Query)),
                 (QStringList{QStringLiteral("딥시"), QStringLiteral("시크"), QStringLiteral("크")}));
        QCOMPARE(texts(tokens(QStringLiteral("칩"), search::TokenizeMode::Query)), QStringList{QStringLiteral("칩")});
    }

    void tokenizerFoldsLatinAndSplitsScripts()
    {
        QCOMPARE(texts(tokens(QStringLiteral("Qwen3은 MoE, ＡＩ 中과 GPT-4"), search::TokenizeMode::Query)),
                 (QStringList{QStringLiteral("qwen3"), QStringLiteral("은"), QStringLiteral("moe"), QStringLiteral("ai"),
                              QStringLiteral("中과"), QStringLiteral("과"), QStringLiteral("gpt"), QStringLiteral("4")}));
        QVERIFY(!search::hasTokens("-- * : () \"\""));
        QVERIFY(search::hasTokens("x"));
        // Malformed UTF-8 is skipped, not read past.
        QCOMPARE(texts(tokens(QString::fromLatin1("ab"), search::TokenizeMode::Document)), QStringList{QStringLiteral("ab")});
        int count = 0;
        search::tokenizeUtf8(std::string_view("\xff\xfe" "ok\xc3", 5), search::TokenizeMode::Document,
                             [&count](const search::Token &token) {
                                 ++count;
                                 QCOMPARE(token.text, std::string("ok"));
                                 QCOMPARE(token.startByte, 2);
                                 QCOMPARE(token.endByte, 4);
                             });
        QCOMPARE(count, 1);
    }

    // ASCII and Hangul syllables skip ICU in the tokenizer; every one of them, and the full-width
    // forms read as ASCII, is tokenized as ICU's script, letter and case-folding answers say.
    void tokenizerShortcutsAgreeWithIcu()
    {
        QList<UChar32> characters;
        for (UChar32 c = 1; c < 0x80; ++c)
            characters << c;
        for (UChar32 c = 0xAC00; c <= 0xD7A3; ++c)
            characters << c;
        for (UChar32 c = 0xFF01; c <= 0xFF5E; ++c)
            characters << c;
        int disagreements = 0;
        for (const UChar32 c : std::as_const(characters)) {
            const UChar32 read = (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c;
            UErrorCode status = U_ZERO_ERROR;
            const bool cjk = uscript_getScript(read, &status) == USCRIPT_HANGUL && u_isalpha(read);
            const bool word = cjk || u_isalnum(read) || u_charType(read) == U_NON_SPACING_MARK
                              || u_charType(read) == U_COMBINING_SPACING_MARK;
            std::string expected;
            if (word) {
                char buffer[U8_MAX_LENGTH];
                int length = 0;
                U8_APPEND_UNSAFE(buffer, length, u_foldCase(read, U_FOLD_CASE_DEFAULT));
                expected.assign(buffer, static_cast<std::size_t>(length));
            }
            char input[U8_MAX_LENGTH];
            int inputLength = 0;
            U8_APPEND_UNSAFE(input, inputLength, c);
            std::string got;
            int count = 0;
            search::tokenizeUtf8(std::string_view(input, static_cast<std::size_t>(inputLength)), search::TokenizeMode::Document,
                                 [&](const search::Token &token) {
                                     got = token.text;
                                     ++count;
                                 });
            if (count != (word ? 1 : 0) || got != expected)
                ++disagreements;
        }
        QCOMPARE(disagreements, 0);
        QCOMPARE(characters.size(), 127 + 11172 + 94);
    }

    void matchExpressionQuotesEveryTerm()
    {
        QCOMPARE(search::toFtsMatch(QStringLiteral("  딥시크   Qwen ")), QStringLiteral("\"딥시크\" AND \"Qwen\""));
        QCOMPARE(search::toFtsMatch(QStringLiteral("\"중국  반도체\" 칩")), QStringLiteral("\"중국 반도체\" AND \"칩\""));
        QCOMPARE(search::toFtsMatch(QStringLiteral("say\"hi")), QStringLiteral("\"say\" AND \"hi\""));
        QCOMPARE(search::toFtsMatch(QStringLiteral("-- ( ) * :")), QString());
        QCOMPARE(search::toFtsMatch(QString()), QString());
        QCOMPARE(search::highlightTerms(QStringLiteral("“중국 반도체” MoE")),
                 (QStringList{QStringLiteral("중국 반도체"), QStringLiteral("MoE")}));
    }

    void oddUserInputIsNeverASyntaxError_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList inputs{QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("AND"),
                                 QStringLiteral("딥시크 OR 알리바바"), QStringLiteral("NEAR(중국 반도체)"),
                                 QStringLiteral("Qwen*"), QStringLiteral("-중국"), QStringLiteral("title:딥시크"),
                                 QStringLiteral("(중국"), QStringLiteral("중국)"), QStringLiteral("^딥시크"),
                                 QStringLiteral("a\"b\"c\"d"), QStringLiteral("NOT"), QStringLiteral("'; DROP TABLE articles; --"),
                                 QStringLiteral("중국\u0000반도체"), QStringLiteral("{col}: x"), QStringLiteral("AI + 칩 & *")};
        for (const QString &input : inputs)
            QTest::newRow(qPrintable(input)) << input;
    }

    void oddUserInputIsNeverASyntaxError()
    {
        QFETCH(QString, input);
        testing::RawConnection raw(m_seeds.path());
        // FTS5's MATCH syntax, or a tsquery literal as the PostgreSQL library writes it.
        const bool onPostgres = dokhae::test::TestLibraries::onPostgres();
        const QString match = onPostgres ? store::dialectOf(raw.db()).matchOf(m_seeds.searchTerms(input)) : search::toFtsMatch(input);
        if (match.isEmpty())
            return;
        QSqlQuery query(raw.db());
        query.prepare(onPostgres ? store::dialectOf(raw.db()).countMatchesSql()
                                 : QStringLiteral("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?"));
        query.addBindValue(match);
        QVERIFY2(query.exec(), qPrintable(match + u' ' + query.lastError().text()));
        m_seeds.search(input);
        QCOMPARE(m_seeds.articleCount(), 4);
    }

    void seedQueriesFindExactlyTheirArticles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &query, const QStringList &expected) {
            QTest::newRow(name) << query << expected;
        };
        row("deepseek", QStringLiteral("딥시크"), {u"000"_qs, u"001"_qs, u"002"_qs, u"004"_qs});
        row("patent", QStringLiteral("특허"), {u"002"_qs, u"004"_qs});
        row("alibaba", QStringLiteral("알리바바"), {u"001"_qs, u"002"_qs, u"004"_qs});
        row("semiconductor", QStringLiteral("반도체"), {u"000"_qs, u"001"_qs, u"004"_qs});
        row("nvidia", QStringLiteral("엔비디아"), {u"001"_qs, u"004"_qs});
        row("qwen", QStringLiteral("Qwen"), {u"001"_qs, u"002"_qs, u"004"_qs});
        row("qwen lower", QStringLiteral("qwen"), {u"001"_qs, u"002"_qs, u"004"_qs});
        row("moe", QStringLiteral("MoE"), {u"002"_qs});
        row("moe upper", QStringLiteral("MOE"), {u"002"_qs});
    }

    void seedQueriesFindExactlyTheirArticles()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(seedPrefixes(query), expected);
    }

    void particlesDoNotHideWords()
    {
        QCOMPARE(ownKeys(QStringLiteral("알리바바")), QStringList{QStringLiteral("alibaba")});
        QCOMPARE(ownKeys(QStringLiteral("딥시크")), QStringList{QStringLiteral("deepseek")});
        QCOMPARE(ownKeys(QStringLiteral("큐원")), QStringList{QStringLiteral("alibaba")});
    }

    // A particle on the query word used to narrow the search to that exact form.
    void particleQueryFindsWhatTheBareWordFinds()
    {
        QCOMPARE(ownKeys(QStringLiteral("알리바바는")), ownKeys(QStringLiteral("알리바바")));
        auto huawei = ownKeys(QStringLiteral("화웨이는"));
        huawei.sort();
        QCOMPARE(huawei, (QStringList{QStringLiteral("mentioned"), QStringLiteral("titled")}));
        // Quoted, the form typed is what is wanted.
        QCOMPARE(ownKeys(QStringLiteral("\"화웨이의\"")), QStringList{QStringLiteral("titled")});
        const auto hits = m_own.search(QStringLiteral("화웨이는"));
        QVERIFY2(hits.first().why.contains(QStringLiteral("화웨이")) && hits.first().why.contains(QStringLiteral("화웨이는")),
                 qPrintable(hits.first().why));
        QVERIFY(m_own.search(QStringLiteral("화웨이")).first().why.isEmpty());  // matched as typed
    }

    void wordsThatOnlyLookLikeParticlesStayWhole()
    {
        const auto stems = [](const QString &query) {
            QStringList forms;
            for (const auto &term : search::parseQuery(query))
                forms << term.forms.first();
            return forms;
        };
        QCOMPARE(stems(QStringLiteral("화웨이 인도 한국은행 중국과 AI는")),
                 (QStringList{QStringLiteral("화웨이"), QStringLiteral("인도"), QStringLiteral("한국은행"),
                              QStringLiteral("중국"), QStringLiteral("AI")}));
        // A name an entity bears is never cut, even where a particle could be read into it.
        const auto kept = search::parseQuery(QStringLiteral("우크라이나"), [](const QString &name) {
            return name == QStringLiteral("우크라이나") ? QStringList{name, QStringLiteral("Ukraine")} : QStringList();
        });
        QCOMPARE(kept.first().forms, (QStringList{QStringLiteral("우크라이나"), QStringLiteral("Ukraine")}));
        QVERIFY(!kept.first().particlesDropped);
    }

    // Through the catalog and the analyst's own entries, a name finds the entity's other names.
    void aNameFindsTheEntitysOtherNames()
    {
        QCOMPARE(ownKeys(QStringLiteral("Nvidia")), QStringList{QStringLiteral("adjacent")});
        QCOMPARE(ownKeys(QStringLiteral("NVIDIA의")), QStringList{QStringLiteral("adjacent")});
        QVERIFY(ownKeys(QStringLiteral("Huawei")).contains(QStringLiteral("titled")));
        const auto hits = m_own.search(QStringLiteral("Nvidia"));
        QVERIFY2(hits.first().why.contains(QStringLiteral("엔비디아")), qPrintable(hits.first().why));
        QVERIFY(search::toFtsMatch(m_own.searchTerms(QStringLiteral("Nvidia"))).contains(QStringLiteral(" OR ")));

        QVERIFY(ownKeys(QStringLiteral("모멘텀")).isEmpty());
        entities::Entity momentum;
        momentum.id = QStringLiteral("user-momentum");
        momentum.type = entities::EntityType::Organization;
        momentum.nameKo = QStringLiteral("모멘텀");
        momentum.nameEn = QStringLiteral("Momentum");
        QVERIFY(m_own.saveUserEntity(momentum));
        QCOMPARE(ownKeys(QStringLiteral("모멘텀")), QStringList{QStringLiteral("deepseek")});
        QVERIFY(m_own.removeUserEntity(momentum.id));
        QVERIFY(ownKeys(QStringLiteral("모멘텀")).isEmpty());
    }

    void twoLetterWordsNeedTheirLettersTogether()
    {
        auto china = ownKeys(QStringLiteral("중국"));
        china.sort();
        QCOMPARE(china, (QStringList{QStringLiteral("adjacent"), QStringLiteral("scattered")}));
        QCOMPARE(ownKeys(QStringLiteral("특허")), QStringList{QStringLiteral("alibaba")});
    }

    void oneLetterQueryMatchesTheLetter()
    {
        QCOMPARE(ownKeys(QStringLiteral("칩")), QStringList{QStringLiteral("adjacent")});
        const auto hits = m_own.search(QStringLiteral("칩"));
        QVERIFY(hits.first().snippet.contains(marked(QStringLiteral("칩"))));
    }

    void quotedPhraseNeedsAdjacency()
    {
        QCOMPARE(ownKeys(QStringLiteral("\"중국 반도체\"")), QStringList{QStringLiteral("adjacent")});
        auto both = ownKeys(QStringLiteral("중국 반도체"));
        both.sort();
        QCOMPARE(both, (QStringList{QStringLiteral("adjacent"), QStringLiteral("scattered")}));
        QCOMPARE(ownKeys(QStringLiteral("\"반도체 중국\"")), QStringList{});
    }

    void latinWordsAreWholeAndCaseInsensitive()
    {
        QCOMPARE(ownKeys(QStringLiteral("moe")), QStringList{QStringLiteral("deepseek")});
        QCOMPARE(ownKeys(QStringLiteral("DEEPSEEK")), QStringList{QStringLiteral("deepseek")});
        QCOMPARE(ownKeys(QStringLiteral("mom")), QStringList{});  // no prefix matches inside Momentum
        QCOMPARE(ownKeys(QStringLiteral("OR")), QStringList{QStringLiteral("deepseek")});  // a word, not an operator
    }

    void titleHitsRankFirst()
    {
        const auto hits = m_own.search(QStringLiteral("화웨이"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(m_ownIds.key(hits[0].id), QStringLiteral("titled"));
        QCOMPARE(m_ownIds.key(hits[1].id), QStringLiteral("mentioned"));
        QVERIFY(hits[0].score > hits[1].score);
    }

    // The count is of every match, whatever a page shows; pages follow one another in rank order.
    void matchesAreCountedAndPaged()
    {
        const QList<store::SearchHit> all = m_seeds.search(QStringLiteral("중국"));
        QVERIFY(all.size() >= 3);
        QCOMPARE(m_seeds.countMatches(QStringLiteral("중국")), all.size());
        QCOMPARE(m_seeds.countMatches(QStringLiteral("중국은")), all.size()); // particles as search() reads them
        QCOMPARE(m_seeds.countMatches(QStringLiteral("없는단어입니다")), 0);
        // Against a count known without searching: three of our own texts say 반도체.
        QCOMPARE(m_own.countMatches(QStringLiteral("반도체")), 3);
        QCOMPARE(m_own.searchPage(QStringLiteral("반도체"), 1).total, 3);
        QList<qint64> paged;
        for (int offset = 0; offset < all.size(); offset += 2) {
            const QList<store::SearchHit> page = m_seeds.search(QStringLiteral("중국"), 2, offset);
            QVERIFY(page.size() <= 2);
            for (const store::SearchHit &hit : page)
                paged << hit.id;
        }
        QList<qint64> ranked;
        for (const store::SearchHit &hit : all)
            ranked << hit.id;
        QCOMPARE(paged, ranked);
        QCOMPARE(m_seeds.search(QStringLiteral("중국"), 1).size(), 1);
        // A page that is not full tells the total; a full one, or one past the end, is counted.
        for (const auto &[limit, offset] : {std::pair{100, 0}, std::pair{1, 0}, std::pair{1, 1}, std::pair{5, 100}}) {
            const store::Library::SearchPage page = m_seeds.searchPage(QStringLiteral("중국"), limit, offset);
            QCOMPARE(page.total, int(all.size()));
        }
    }

    void snippetsMarkWholeWords()
    {
        const auto hits = m_own.search(QStringLiteral("딥시크"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(marked(QStringLiteral("딥시크")) + QStringLiteral("의")),
                 qPrintable(search::renderSnippet(hits.first().snippet, u"["_qs, u"]"_qs, false)));
        const auto seedHits = m_seeds.search(QStringLiteral("엔비디아"));
        for (const auto &hit : seedHits)
            QVERIFY2(hit.snippet.contains(marked(QStringLiteral("엔비디아"))), qPrintable(hit.snippet));
        // Overlapping hits of two terms become one mark, never nested ones.
        const auto overlapping = m_own.search(QStringLiteral("알리바바 \"바바는\""));
        QCOMPARE(overlapping.size(), 1);
        QVERIFY2(overlapping.first().snippet.contains(marked(QStringLiteral("알리바바는"))),
                 qPrintable(search::renderSnippet(overlapping.first().snippet, u"["_qs, u"]"_qs, false)));
        const auto phrase = m_own.search(QStringLiteral("\"중국 반도체\""));
        QVERIFY(phrase.first().snippet.contains(marked(QStringLiteral("중국 반도체"))));
    }

    void normalizationOnBothSides()
    {
        const QString decomposed = QStringLiteral("알리바바").normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != QStringLiteral("알리바바"));
        QCOMPARE(ownKeys(decomposed), QStringList{QStringLiteral("alibaba")});

        store::Library library;
        QVERIFY(library.open(m_libraries.newLocation(QStringLiteral("nfd"))));
        library.addArticle(parsedArticle(QStringLiteral("제목"),
                                         QStringLiteral("바이트댄스는 두바오를 출시했다.").normalized(QString::NormalizationForm_D)));
        QCOMPARE(library.search(QStringLiteral("두바오")).size(), 1);
    }

    void renderingAndHighlightHelpers()
    {
        const QString snippet = QStringLiteral("a<b ") + marked(QStringLiteral("딥시크")) + QStringLiteral("&");
        QCOMPARE(search::renderSnippet(snippet, u"<mark>"_qs, u"</mark>"_qs, true),
                 QStringLiteral("a&lt;b <mark>딥시크</mark>&amp;"));
        QCOMPARE(search::renderSnippet(snippet, u"["_qs, u"]"_qs, false), QStringLiteral("a<b [딥시크]&"));

        const QString text = QStringLiteral("Qwen과 qwen, 알리바바의 QWEN");
        const auto spans = search::findTermSpans(text, {QStringLiteral("qwen"), QStringLiteral("알리바바"), QStringLiteral("바바의")});
        // 알리바바 and 바바의 overlap and merge into one span.
        const QList<std::pair<qsizetype, qsizetype>> expected{{0, 4}, {6, 10}, {12, 17}, {18, 22}};
        QCOMPARE(spans, expected);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
