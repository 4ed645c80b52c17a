// The PostgreSQL text-search literals (search/ts_literals.h): their form, and against a real
// PostgreSQL 15 (a server of the test's own) that a tsvector column queried with our tsquery finds
// the same articles as the library's FTS5 index, for the same queries, and that ts_rank with our
// weights puts a title hit first.
#include "search/ts_literals.h"
#include "pg_test_server.h"
#include "search_corpus.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dokhae;
using dokhae::testing::kSearchQueries;

namespace {

// Input meant to break the expression: tsquery's operators and quoting among searchable words.
const QStringList kHostileQueries{
    u"딥시크' | '중국"_qs, u"중국\\' & !반도체"_qs, u"GPU:* <-> (AI)"_qs, u"'' \\\\ ' &|!():*<>"_qs,
    u"<2> 중국 <-> !!특허"_qs, u"a:1A,2B 칩"_qs, u"\"알리바바 | 특허\""_qs, u"(((중국"_qs};

QSet<qint64> idsOf(const QList<store::SearchHit> &hits)
{
    QSet<qint64> ids;
    for (const auto &hit : hits)
        ids.insert(hit.id);
    return ids;
}

} // namespace

class TestPgSearch : public QObject {
    Q_OBJECT

private:
    testing::SearchCorpus m_corpus;
    test::PgTestServer m_server;
    std::unique_ptr<test::PgTestConnection> m_connection;
    QString m_error;

    // The suite's database, once initTestCase has made it (an invalid one before).
    QSqlDatabase db() const { return m_connection ? m_connection->db() : QSqlDatabase(); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        bool ok = false;
        if (values.isEmpty()) {
            ok = query.exec(sql);  // QPSQL cannot prepare statements such as CREATE TABLE
        } else {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok) {
            m_error = query.lastError().text();
            return false;
        }
        return true;
    }

    bool storeArticle(qint64 id, const QString &title, const QString &text)
    {
        return exec(u"INSERT INTO docs(id, tsv) VALUES (?, ?::tsvector)"_qs, {id, search::toTsVectorLiteral(title, text)});
    }

    QSet<qint64> pgMatches(const QList<search::QueryTerm> &terms)
    {
        QSet<qint64> ids;
        const QString tsquery = search::toTsQueryLiteral(terms);
        if (tsquery.isEmpty())
            return ids;
        QSqlQuery query(db());
        query.prepare(u"SELECT id FROM docs WHERE tsv @@ ?::tsquery"_qs);
        query.addBindValue(tsquery);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(tsquery), qPrintable(query.lastError().text()));
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    }

    // An article both indexes hold: added to the library, and to PostgreSQL under its id.
    qint64 addToBoth(const QString &key, const QString &title, const QString &text)
    {
        const qint64 id = m_corpus.add(key, title, text);
        if (!id)
            return 0;
        const testing::StoredText stored = m_corpus.stored(id);
        return storeArticle(id, stored.title, stored.text) ? id : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_corpus.build(300, &error), qPrintable(error));
        DOKHAE_START_PG_OR_SKIP(m_server);
        const QString database = m_server.createDatabase();
        QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
        m_connection = std::make_unique<test::PgTestConnection>(m_server, database);
        QVERIFY2(m_connection->isOpen(), qPrintable(m_connection->errorString()));
        QVERIFY2(exec(u"CREATE TABLE docs (id bigint PRIMARY KEY, tsv tsvector NOT NULL)"_qs), qPrintable(m_error));
        QVERIFY2(exec(u"CREATE INDEX docs_tsv ON docs USING gin (tsv)"_qs), qPrintable(m_error));
        QRandomGenerator random(13);
        for (int i = 0; i < 120; ++i)
            QVERIFY(m_corpus.add(QStringLiteral("crowded-%1").arg(i), testing::crowdedText(random, 6), testing::crowdedText(random, 20 + i * 3)));
        QElapsedTimer timer;
        timer.start();
        int overflowing = 0;  // articles some of whose phrases only the overflow marks find
        for (const qint64 id : m_corpus.articleIds()) {
            const testing::StoredText stored = m_corpus.stored(id);
            QVERIFY2(storeArticle(id, stored.title, stored.text), qPrintable(m_error));
            overflowing += search::makeTsVector(stored.title, stored.text).lexemesOverflowing > 0 ? 1 : 0;
        }
        qInfo("%lld articles stored in PostgreSQL in %lld ms; %d with lexemes past PostgreSQL's position limits",
              static_cast<long long>(m_corpus.articleIds().size()), static_cast<long long>(timer.elapsed()), overflowing);
    }

    void tsVectorHoldsEveryTokenAtItsPosition()
    {
        // Title from 1 with weight A; the text after a gap of 8, weight D (written bare).
        QCOMPARE(search::toTsVectorLiteral(u"AI 칩"_qs, u"중국"_qs), u"'ai':1A '국':12 '중':11 '중국':11 '칩':2A"_qs);
        QCOMPARE(search::toTsVectorLiteral(u"칩, 칩"_qs, QString()), u"'칩':1A,2A"_qs);
        QCOMPARE(search::toTsVectorLiteral(QString(), QString()), QString());
    }

    void tsQueryMirrorsTheFtsExpression()
    {
        QCOMPARE(search::toTsQueryLiteral(u"중국"_qs), u"(('중국'))"_qs);
        QCOMPARE(search::toTsQueryLiteral(u"칩 GPU"_qs), u"(('칩')) & (('gpu'))"_qs);
        // Three letters: two bigrams in a row; the last letter is implied, and a following token
        // stands two positions on.
        QCOMPARE(search::toTsQueryLiteral(u"딥시크"_qs),
                 u"(('딥시' <-> '시크' | '딥시' & '시크' & ('~딥시' | '~시크')))"_qs);
        QCOMPARE(search::toTsQueryLiteral(u"\"중국 AI\""_qs),
                 u"(('중국' <2> 'ai' | '중국' & 'ai' & ('~중국' | '~ai')))"_qs);
        QCOMPARE(search::toTsQueryLiteral(u"알리바바는"_qs),
                 search::toTsQueryLiteral(u"알리바바"_qs));
        QCOMPARE(search::toTsQueryLiteral(u"-- :: ()"_qs), QString());
        // Other names of an entity are alternatives of the term.
        const QList<search::QueryTerm> terms{{u"엔비디아"_qs, {u"엔비디아"_qs, u"Nvidia"_qs}, false, true}};
        QCOMPARE(search::toTsQueryLiteral(terms),
                 u"(('엔비' <-> '비디' <-> '디아' | '엔비' & '비디' & '디아' & ('~엔비' | '~비디' | '~디아')) | ('nvidia'))"_qs);
    }

    void hostileInputStaysInsideQuotes()
    {
        if (!db().isOpen())
            QSKIP("no server");
        for (const QString &query : kHostileQueries) {
            const QString tsquery = search::toTsQueryLiteral(query);
            QSqlQuery parse(db());
            parse.prepare(u"SELECT ?::tsquery"_qs);
            parse.addBindValue(tsquery);
            QVERIFY2(tsquery.isEmpty() || parse.exec(), qPrintable(query + u" -> "_qs + tsquery + u": "_qs + parse.lastError().text()));
            QVERIFY2(!tsquery.contains(u"!"_qs) && !tsquery.contains(u":"_qs), qPrintable(tsquery));
            // Only the words survive, quoted: what FTS5 finds, PostgreSQL finds.
            const QList<search::QueryTerm> terms = m_corpus.library().searchTerms(query);
            QCOMPARE(pgMatches(terms), idsOf(m_corpus.library().search(query, 100000, 0, 0)));
        }
    }

    void findsWhatFts5Finds()
    {
        if (!db().isOpen())
            QSKIP("no server");
        int queries = 0;
        int agreeing = 0;
        qsizetype matches = 0;
        for (const QString &query : kSearchQueries + kHostileQueries + testing::kCrowdedQueries) {
            const QList<search::QueryTerm> terms = m_corpus.library().searchTerms(query);
            const QSet<qint64> fts = idsOf(m_corpus.library().search(query, 100000, 0, 0));
            const QSet<qint64> pg = pgMatches(terms);
            ++queries;
            matches += fts.size();
            if (fts == pg)
                ++agreeing;
            qInfo("%-24s FTS5 %4lld  PostgreSQL %4lld  only FTS5 %lld  only PostgreSQL %lld", qPrintable(query),
                  static_cast<long long>(fts.size()), static_cast<long long>(pg.size()),
                  static_cast<long long>((fts - pg).size()), static_cast<long long>((pg - fts).size()));
        }
        qInfo("%d of %d queries find the same articles (%lld matches in all)", agreeing, queries, static_cast<long long>(matches));
        QCOMPARE(agreeing, queries);
    }

    void titleHitRanksAboveBodyHit()
    {
        if (!db().isOpen())
            QSKIP("no server");
        const qint64 titled = addToBoth(u"rank-title"_qs, u"라온시스 신형 칩 공개"_qs, u"회사는 신형 칩을 내년에 양산한다고 밝혔다."_qs);
        const qint64 body = addToBoth(u"rank-body"_qs, u"업계 동향"_qs, u"라온시스는 신형 칩을 내년에 양산한다고 밝혔다."_qs);
        const qint64 bodyTwice = addToBoth(u"rank-body-twice"_qs, u"업계 소식"_qs,
                                           u"라온시스는 신형 칩을 내년에 양산한다. 라온시스 관계자가 밝혔다."_qs);
        QVERIFY(titled && body && bodyTwice);
        QSqlQuery query(db());
        query.prepare(u"SELECT id, ts_rank(?::float4[], tsv, q) AS score FROM docs, CAST(? AS tsquery) q "
                      "WHERE tsv @@ q ORDER BY score DESC, id"_qs);
        query.addBindValue(QString::fromLatin1(search::kTsRankWeights));
        query.addBindValue(search::toTsQueryLiteral(u"라온시스"_qs));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QList<qint64> order;
        QList<double> scores;
        while (query.next()) {
            order << query.value(0).toLongLong();
            scores << query.value(1).toDouble();
        }
        qInfo("ts_rank: title hit %.4f, body hits twice %.4f, body hit once %.4f", scores.value(0), scores.value(1), scores.value(2));
        QCOMPARE(order, (QList<qint64>{titled, bodyTwice, body}));
        // FTS5's bm25 with its title weight orders them the same way.
        QList<qint64> ftsOrder;
        for (const auto &hit : m_corpus.library().search(u"라온시스"_qs, 10, 0, 0))
            ftsOrder << hit.id;
        QCOMPARE(ftsOrder, order);
    }

    void longArticleKeepsItsPhrasesFindable()
    {
        if (!db().isOpen())
            QSKIP("no server");
        // 24,000 positions: PostgreSQL holds none past 16,383, and common letters pass 256
        // positions long before; phrases standing there are found all the same.
        QString text;
        while (text.size() < 32000)
            text += u"시장은 조용했다. "_qs;
        text += u"마지막 문단에서 딥시크의 신형 모델과 그래핀 소재를 다룬다."_qs;
        const search::TsVectorText vector = search::makeTsVector(u"긴 보고서"_qs, text);
        QVERIFY(vector.lastPosition > search::kTsMaxPosition);
        QVERIFY(vector.lexemesOverflowing > 0);
        QCOMPARE(vector.lexemesLeftOut, 0);
        const qint64 id = addToBoth(u"long"_qs, u"긴 보고서"_qs, text);
        QVERIFY2(id, qPrintable(m_error));
        // Its positions alone do not find the phrase at the end; the overflow marks do.
        QSqlQuery exact(db());
        exact.prepare(u"SELECT tsv @@ ?::tsquery FROM docs WHERE id = ?"_qs);
        exact.addBindValue(u"'딥시' <-> '시크'"_qs);
        exact.addBindValue(id);
        QVERIFY2(exact.exec() && exact.next(), qPrintable(exact.lastError().text()));
        QVERIFY(!exact.value(0).toBool());
        for (const QString &query : {u"딥시크"_qs, u"그래핀 소재"_qs, u"신형 모델"_qs, u"시장은"_qs}) {
            const QList<search::QueryTerm> terms = m_corpus.library().searchTerms(query);
            QVERIFY2(pgMatches(terms).contains(id), qPrintable(query));
            QVERIFY2(idsOf(m_corpus.library().search(query, 100000, 0, 0)).contains(id), qPrintable(query));
        }
        // A phrase it holds only the parts of, far apart: FTS5 does not find it; PostgreSQL may,
        // since the parts' positions past the limit are unknown (the price of never missing one).
        const QList<search::QueryTerm> scattered = m_corpus.library().searchTerms(u"\"시장 문단\""_qs);
        QVERIFY(!idsOf(m_corpus.library().search(u"\"시장 문단\""_qs, 100000, 0, 0)).contains(id));
        qInfo("a phrase of parts far apart in the long article: PostgreSQL %s it",
              pgMatches(scattered).contains(id) ? "finds" : "does not find");
    }

    void hugeTextsAndWordsStayWithinLimits()
    {
        if (!db().isOpen())
            QSKIP("no server");
        // 2 MB of distinct Latin words: the tsvector stops at 1 MB of lexemes.
        QString many;
        for (int i = 0; many.size() < 2'000'000; ++i)
            many += QStringLiteral("w%1 ").arg(i, 7, 10, QLatin1Char('0'));
        const search::TsVectorText vector = search::makeTsVector(u"목록"_qs, many);
        QVERIFY(vector.lexemesLeftOut > 0);
        qInfo("2 MB of distinct words: tsvector literal %lld bytes, %d lexemes left out",
              static_cast<long long>(vector.literal.toUtf8().size()), vector.lexemesLeftOut);
        QVERIFY2(storeArticle(900001, u"목록"_qs, many), qPrintable(m_error));
        QVERIFY(pgMatches(search::parseQuery(u"w0000001"_qs)).contains(900001));
        // A word longer than a lexeme may be is stored and asked for by the same stand-in.
        const QString longWord = QString(u"x"_qs).repeated(3000);
        QVERIFY2(storeArticle(900002, u"긴 낱말"_qs, u"앞 "_qs + longWord + u" 뒤"_qs), qPrintable(m_error));
        QCOMPARE(pgMatches(search::parseQuery(longWord)), (QSet<qint64>{900002}));
        QVERIFY(pgMatches(search::parseQuery(longWord + u"y"_qs)).isEmpty());
        QVERIFY2(exec(u"DELETE FROM docs WHERE id > 900000"_qs), qPrintable(m_error));
    }
};

QTEST_GUILESS_MAIN(TestPgSearch)
#include "test_pg_search.moc"
