#include "corpus_generator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae::corpus;

// The generated corpus that the benchmarks measure: deterministic, and every article distinct.
class TestCorpus : public QObject {
    Q_OBJECT

private:
    static QByteArray corpusDigest(quint32 seed, int count)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        CorpusGenerator generator(seed);
        for (int i = 0; i < count; ++i)
            hash.addData(generator.next().fileBytes());
        return hash.result();
    }

private slots:
    void sameSeedGivesSameBytes()
    {
        QCOMPARE(corpusDigest(7, 200), corpusDigest(7, 200));
    }

    void differentSeedsDiffer()
    {
        QVERIFY(corpusDigest(7, 200) != corpusDigest(8, 200));
        CorpusGenerator first(7);
        CorpusGenerator second(8);
        QVERIFY(first.next().body != second.next().body);
    }

    void titlesAndBodiesAreUnique()
    {
        CorpusGenerator generator(1);
        QSet<QString> titles;
        QSet<QString> bodies;
        constexpr int count = 3000;
        for (int i = 0; i < count; ++i) {
            const GeneratedArticle article = generator.next();
            titles.insert(article.title);
            bodies.insert(article.body);
        }
        QCOMPARE(titles.size(), count);
        QCOMPARE(bodies.size(), count);
    }

    void everySlotIsFilled()
    {
        CorpusGenerator generator(3);
        for (int i = 0; i < 300; ++i) {
            const QByteArray bytes = generator.next().fileBytes();
            QVERIFY2(!bytes.contains('{') && !bytes.contains('}'), bytes.left(200).constData());
        }
    }

    void particlesFollowTheFinalSound()
    {
        // 알리바바 ends in a vowel: "알리바바은" would be a slot filled without the rule.
        CorpusGenerator generator(5);
        QString text;
        for (int i = 0; i < 300; ++i)
            text += generator.next().body;
        QVERIFY(text.contains(u"알리바바는"_qs) || text.contains(u"알리바바가"_qs));
        QVERIFY(!text.contains(u"알리바바은"_qs) && !text.contains(u"알리바바이 "_qs));
        QVERIFY(!text.contains(u"화웨이은"_qs) && !text.contains(u"삼성전자은"_qs));
        // 센스타임 ends in ㅁ, GLM in 엠's ㅁ.
        QVERIFY(!text.contains(u"센스타임는"_qs) && !text.contains(u"GLM는"_qs));
    }

    void writesFilesNamedInOrder()
    {
        QTemporaryDir dir;
        QString error;
        const qint64 bytes = writeCorpus(dir.path(), 5, 11, &error);
        QVERIFY2(bytes > 0, qPrintable(error));
        const QStringList names = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{u"article_000000.txt"_qs, u"article_000001.txt"_qs, u"article_000002.txt"_qs,
                                     u"article_000003.txt"_qs, u"article_000004.txt"_qs}));
        QFile first(QDir(dir.path()).filePath(names.first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), CorpusGenerator(11).next().fileBytes());
    }

    void headerHasADate()
    {
        CorpusGenerator generator(2);
        static const QRegularExpression date(u"20[12][0-9][.-][01][0-9][.-][0-3][0-9]"_qs);
        for (int i = 0; i < 50; ++i)
            QVERIFY(date.match(generator.next().header).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "test_corpus.moc"
