// Our own snippets (search/snippet.h) against the ones SQLite's FTS5 snippet() makes from the
// library's index: on the seeds and generated articles, for a spread of queries.
#include "search/bigram_tokenizer.h"
#include "search/snippet.h"
#include "search_corpus.h"

#include <QStandardPaths>
#include <QTest>

using namespace dokhae;
using dokhae::testing::kSearchQueries;

namespace {

QString marked(const QString &word)
{
    return search::kHitOpen + word + search::kHitClose;
}

// The marked stretches of a snippet.
QStringList hitsOf(const QString &snippet)
{
    QStringList hits;
    qsizetype open = -1;
    for (qsizetype i = 0; i < snippet.size(); ++i) {
        if (snippet[i] == search::kHitOpen)
            open = i + 1;
        else if (snippet[i] == search::kHitClose && open >= 0) {
            hits << snippet.mid(open, i - open);
            open = -1;
        }
    }
    return hits;
}

QString unmarked(const QString &snippet)
{
    return search::renderSnippet(snippet, {}, {}, false);
}

// Whether the plain text of a snippet shows a form of the terms that the snippet leaves unmarked:
// every stretch findTermSpans finds (case-insensitive, as the tokenizer folds) must lie inside a
// marked one, unless it touches the snippet's cut ends, where a hit may be cut off (FTS5 marks no
// hit that begins before the fragment).
bool marksEveryTermItShows(const QString &snippet, const QList<search::QueryTerm> &terms)
{
    QString plain;
    QList<bool> inHit;
    bool open = false;
    for (const QChar c : snippet) {
        if (c == search::kHitOpen || c == search::kHitClose) {
            open = (c == search::kHitOpen);
            continue;
        }
        plain += c;
        inHit << open;
    }
    const bool cutAtStart = plain.startsWith(search::kSnippetEllipsis);
    const bool cutAtEnd = plain.endsWith(search::kSnippetEllipsis);
    for (const auto &[start, end] : search::findTermSpans(plain, search::highlightTerms(terms))) {
        if ((cutAtStart && start <= 1) || (cutAtEnd && end >= plain.size() - 1))
            continue;
        for (qsizetype i = start; i < end; ++i) {
            // Only letters and digits count: the tokenizer skips spaces and punctuation in a phrase.
            if (!inHit[i] && plain[i].isLetterOrNumber())
                return false;
        }
    }
    return true;
}

} // namespace

class TestSnippet : public QObject {
    Q_OBJECT

private:
    testing::SearchCorpus m_corpus;

    QString snippetFor(const QString &title, const QString &text, const QString &query)
    {
        return search::makeSnippet(title, text, search::parseQuery(query));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_corpus.build(300, &error), qPrintable(error));
        QCOMPARE(m_corpus.articleIds().size(), 304);
    }

    void marksWholeWordsAndStemsOfParticles()
    {
        const QString text = u"알리바바는 20일 큐원(Qwen) 계열의 새 추론 모델을 공개했다."_qs;
        QCOMPARE(snippetFor(u"새 모델"_qs, text, u"알리바바는"_qs),
                 marked(u"알리바바"_qs) + u"는 20일 큐원(Qwen) 계열의 새 추론 모델을 공개했다."_qs);
        QCOMPARE(snippetFor(u"새 모델"_qs, text, u"qwen"_qs), u"알리바바는 20일 큐원("_qs + marked(u"Qwen"_qs)
                                                                  + u") 계열의 새 추론 모델을 공개했다."_qs);
        // A two-letter query marks its two letters only, wherever they stand in a word.
        QCOMPARE(snippetFor(u"제목"_qs, u"중국산 칩과 중국"_qs, u"중국"_qs),
                 marked(u"중국"_qs) + u"산 칩과 "_qs + marked(u"중국"_qs));
    }

    void prefersTheWindowWithMoreTerms()
    {
        // 60 letters between the two terms: no window of 48 holds both, so the one with two
        // different terms (near the end) wins over the first hit.
        const QString filler = QString(u"가"_qs).repeated(60);
        const QString text = u"특허 "_qs + filler + u" 특허와 중국 "_qs + filler;
        const QString snippet = snippetFor(u"제목"_qs, text, u"특허 중국"_qs);
        QVERIFY2(snippet.startsWith(search::kSnippetEllipsis) && snippet.endsWith(search::kSnippetEllipsis), qPrintable(snippet));
        QCOMPARE(hitsOf(snippet), (QStringList{u"특허"_qs, u"중국"_qs}));
    }

    void showsTheTitleWhenOnlyItMatches()
    {
        QCOMPARE(snippetFor(u"화웨이의 반격"_qs, u"업계 관계자들은 점유율을 회복했다고 말했다."_qs, u"화웨이"_qs),
                 marked(u"화웨이"_qs) + u"의 반격"_qs);
    }

    void agreesWithFts5()
    {
        int compared = 0;
        int identical = 0;
        int withoutHit = 0;
        int unmarkedTerm = 0;
        QStringList differences;
        for (const QString &query : kSearchQueries) {
            const QList<search::QueryTerm> terms = m_corpus.library().searchTerms(query);
            int queryIdentical = 0;
            const auto hits = m_corpus.library().search(query, 1000);
            for (const auto &hit : hits) {
                const testing::StoredText stored = m_corpus.stored(hit.id);
                const QString ours = search::makeSnippet(stored.title, stored.text, terms);
                ++compared;
                if (ours == hit.snippet) {
                    ++identical;
                    ++queryIdentical;
                    continue;
                }
                if (hitsOf(ours).isEmpty())
                    ++withoutHit;
                if (!marksEveryTermItShows(ours, terms))
                    ++unmarkedTerm;
                if (differences.size() < 5)
                    differences << QStringLiteral("%1 (article %2)\n  FTS5: %3\n  ours: %4").arg(query).arg(hit.id).arg(hit.snippet, ours);
            }
            qInfo("%-16s %4lld hits, %4d identical", qPrintable(query), static_cast<long long>(hits.size()), queryIdentical);
        }
        qInfo("snippets compared: %d, identical: %d (%.2f%%), differing without a hit: %d, differing with a term left unmarked: %d",
              compared, identical, compared ? 100.0 * identical / compared : 0.0, withoutHit, unmarkedTerm);
        for (const QString &difference : std::as_const(differences))
            qInfo("%s", qPrintable(difference));
        QVERIFY(compared > 1000);
        QCOMPARE(withoutHit, 0);
        QCOMPARE(unmarkedTerm, 0);
        QCOMPARE(identical, compared);
    }

    void agreesWithFts5WhereHitsCrowd()
    {
        testing::SearchCorpus crowded;
        QString error;
        QVERIFY2(crowded.build(0, &error), qPrintable(error));
        QRandomGenerator random(13);
        for (int i = 0; i < 120; ++i) {
            const int length = i % 3 == 0 ? 20 : 120 + i * 3;  // some shorter than a snippet
            QVERIFY(crowded.add(QStringLiteral("crowded-%1").arg(i), testing::crowdedText(random, i % 5 == 0 ? 0 : 6),
                                testing::crowdedText(random, length)));
        }
        int compared = 0;
        int touching = 0;  // snippets with two hits side by side, which FTS5 marks apart
        int cut = 0;       // snippets cut at both ends
        QStringList differences;
        for (const QString &query : testing::kCrowdedQueries) {
            const QList<search::QueryTerm> terms = crowded.library().searchTerms(query);
            for (const auto &hit : crowded.library().search(query, 1000)) {
                const testing::StoredText stored = crowded.stored(hit.id);
                const QString ours = search::makeSnippet(stored.title, stored.text, terms);
                ++compared;
                touching += ours.contains(QString(search::kHitClose) + search::kHitOpen) ? 1 : 0;
                cut += ours.startsWith(search::kSnippetEllipsis) && ours.endsWith(search::kSnippetEllipsis) ? 1 : 0;
                if (ours != hit.snippet && differences.size() < 5)
                    differences << QStringLiteral("%1 (article %2)\n  FTS5: %3\n  ours: %4").arg(query).arg(hit.id).arg(hit.snippet, ours);
            }
        }
        for (const QString &difference : std::as_const(differences))
            qInfo("%s", qPrintable(difference));
        qInfo("crowded texts: %d snippets compared, %d with hits side by side, %d cut at both ends", compared, touching, cut);
        QVERIFY(compared > 500);
        QVERIFY(touching > 0 && cut > 0);
        QVERIFY(differences.isEmpty());
    }

    void everySnippetOfAMatchHoldsAHit()
    {
        // Articles FTS5 finds: whatever window ours picks, it shows at least one hit.
        for (const QString &query : kSearchQueries) {
            const QList<search::QueryTerm> terms = m_corpus.library().searchTerms(query);
            for (const auto &hit : m_corpus.library().search(query, 1000, 0, 0)) {
                const testing::StoredText stored = m_corpus.stored(hit.id);
                const QString ours = search::makeSnippet(stored.title, stored.text, terms);
                QVERIFY2(!hitsOf(ours).isEmpty(), qPrintable(query + u": "_qs + ours));
                QVERIFY2(unmarked(ours).size() < stored.text.size() + stored.title.size() + 2, qPrintable(ours));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSnippet)
#include "test_snippet.moc"
