#include "entity_expectations.h"

#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "entities/tagger/ner_evaluation.h"
#include "entities/tagger/ner_tagger.h"
#include "entities/tagger/ner_trainer.h"
#include "store/entity_corrections.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dokhae::entities;

namespace {

// A corpus small enough to train in a test, in KLUE's inline form.
const char *const kTinyCorpus[] = {
    "<김민수:PS> 씨는 <부산:LC>에서 <한빛전자:OG>에 다녔다.",
    "<한빛전자:OG>는 <부산:LC>에 공장을 지었다.",
    "<김민수:PS> 씨가 <서울:LC>으로 갔다.",
    "<이서연:PS> 씨는 <한빛전자:OG>를 떠났다.",
    "<서울:LC>에서 <이서연:PS> 씨를 만났다.",
    "<푸른은행:OG>은 <서울:LC>에 있다.",
    "<박지훈:PS> 씨는 <푸른은행:OG>에서 일한다.",
    "<부산:LC>과 <서울:LC>은 멀다.",
    "그는 어제 집에 있었다.",
    "<박지훈:PS> 씨와 <김민수:PS> 씨는 친구다.",
};

QList<NerSentence> tinyCorpus()
{
    QList<NerSentence> sentences;
    for (const char *markup : kTinyCorpus)
        sentences.append(nerSentenceFromMarkup(QString::fromUtf8(markup)));
    return sentences;
}

NerTrainingOptions tinyOptions()
{
    NerTrainingOptions options;
    options.tableBits = 14;
    options.epochs = 12;
    return options;
}

// The names a tagger finds, as "text/type" strings for readable failures.
QStringList describe(const QString &text, const QList<TaggedName> &names)
{
    QStringList out;
    for (const TaggedName &name : names)
        out.append(text.mid(name.start, name.end - name.start) + u'/' + entityTypeName(name.type));
    return out;
}

QByteArray writeModelBody(quint32 featureVersion)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << NerModel::kFormatVersion << featureVersion << quint32(kNerLabelCount) << quint32(8);
    const QByteArray compressed = qCompress(body);
    return QByteArrayLiteral("DOKHAENER") + QCryptographicHash::hash(compressed, QCryptographicHash::Sha256) + compressed;
}

const ArticleEntity *findNamed(const QList<ArticleEntity> &entities, const QString &name)
{
    for (const ArticleEntity &item : entities) {
        if (item.entity.allNames().contains(name))
            return &item;
    }
    return nullptr;
}

std::atomic<int> taggerWarnings{0};
void countTaggerWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QStringLiteral("Name tagger model")))
        ++taggerWarnings;
}

} // namespace

class TestNerTagger : public QObject
{
    Q_OBJECT

private slots:
    void readsKlueTsv()
    {
        const QString tsv = QStringLiteral("## 주석 : ##\n## klue-ner-v1_dev_00000\t<경찰:OG>은 <3일:DT>\n"
                                           "경\tB-OG\n찰\tI-OG\n은\tO\n \tO\n3\tB-DT\n일\tI-DT\n\n"
                                           "## second\n박\tB-PS\n씨\tO\n \tO\n서\tB-LC\n울\tI-LC\n\n");
        QString error;
        const QList<NerSentence> sentences = parseKlueNer(tsv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sentences.size(), 2);
        QCOMPARE(sentences.at(0).text, QStringLiteral("경찰은 3일"));
        QCOMPARE(describe(sentences.at(0).text, namesFromLabels(sentences.at(0).labels)), QStringList{QStringLiteral("경찰/org")});
        QCOMPARE(describe(sentences.at(1).text, namesFromLabels(sentences.at(1).labels)),
                 (QStringList{QStringLiteral("박/person"), QStringLiteral("서울/place")}));
        QVERIFY(parseKlueNer(QStringLiteral("경 B-OG\n"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("line 1")));
    }

    void readsMarkupAndBio()
    {
        const NerSentence sentence = nerSentenceFromMarkup(u"<김민수:PS> 씨는 <3일:DT> <부산:LC>에");
        QCOMPARE(sentence.text, QStringLiteral("김민수 씨는 3일 부산에"));
        QCOMPARE(describe(sentence.text, namesFromLabels(sentence.labels)),
                 (QStringList{QStringLiteral("김민수/person"), QStringLiteral("부산/place")}));
        // An Inside label after Outside or after another type opens a name, as BIO is usually read.
        const QList<NerLabel> labels{NerLabel::InsideOrg, NerLabel::InsideOrg, NerLabel::InsidePlace, NerLabel::Outside,
                                     NerLabel::BeginPerson, NerLabel::BeginPerson};
        QCOMPARE(namesFromLabels(labels), (QList<TaggedName>{{0, 2, EntityType::Organization}, {2, 3, EntityType::Place},
                                                             {4, 5, EntityType::Person}, {5, 6, EntityType::Person}}));
    }

    void decodingNeverBreaksBio()
    {
        // Emissions that favour Inside labels everywhere: Viterbi must still start each name with Begin.
        std::vector<double> emissions(3 * kNerLabelCount, 0.0), transitions(NerModel::kTransitionCount, 0.0);
        for (int i = 0; i < 3; ++i)
            emissions[std::size_t(i * kNerLabelCount + int(NerLabel::InsideOrg))] = 5;
        const QList<NerLabel> labels = bestLabelSequence(emissions, transitions);
        QCOMPARE(labels, (QList<NerLabel>{NerLabel::BeginOrg, NerLabel::InsideOrg, NerLabel::InsideOrg}));
    }

    void tinyModelLearnsItsCorpus()
    {
        const QList<NerSentence> corpus = tinyCorpus();
        const NerModel model = trainNerModel(corpus, tinyOptions());
        const NerTagger tagger(model);
        for (const NerSentence &sentence : corpus)
            QCOMPARE(describe(sentence.text, tagger.tag(sentence.text)), describe(sentence.text, namesFromLabels(sentence.labels)));
        // Lines are tagged one by one, with offsets into the whole text.
        const QString twoLines = QStringLiteral("그는 어제 집에 있었다.\n김민수 씨가 서울으로 갔다.");
        QCOMPARE(describe(twoLines, tagger.tag(twoLines)), (QStringList{QStringLiteral("김민수/person"), QStringLiteral("서울/place")}));
        const NerEvaluation evaluation = evaluateNerModel(model, corpus);
        QCOMPARE(evaluation.overall().f1(), 1.0);
        QCOMPARE(evaluation.person.gold, qsizetype(7));
    }

    void trainingIsDeterministic()
    {
        QCOMPARE(trainNerModel(tinyCorpus(), tinyOptions()).toBytes(), trainNerModel(tinyCorpus(), tinyOptions()).toBytes());
        NerTrainingOptions otherSeed = tinyOptions();
        otherSeed.seed += 1;
        QVERIFY(trainNerModel(tinyCorpus(), otherSeed).toBytes() != trainNerModel(tinyCorpus(), tinyOptions()).toBytes());
    }

    void saveLoadRoundTrip()
    {
        const NerModel model = trainNerModel(tinyCorpus(), tinyOptions());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.bin"));
        QString error;
        QVERIFY2(model.save(path, &error), qPrintable(error));
        const std::optional<NerModel> loaded = NerModel::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->tableBits(), 14);
        QCOMPARE(loaded->toBytes(), model.toBytes());
        const QString text = QStringLiteral("박지훈 씨는 부산에서 푸른은행에 다녔다.");
        QCOMPARE(NerTagger(*loaded).tag(text), NerTagger(model).tag(text));
    }

    void refusesBrokenModels_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = trainNerModel(tinyCorpus(), tinyOptions()).toBytes();
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x40);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a name tagger model");
        QTest::newRow("other file") << QByteArrayLiteral("PK\x03\x04 zip archive") << QStringLiteral("not a name tagger model");
        QTest::newRow("truncated") << good.left(good.size() - 100) << QStringLiteral("checksum");
        QTest::newRow("flipped bit") << flipped << QStringLiteral("checksum");
        QTest::newRow("header only") << QByteArrayLiteral("DOKHAENER") << QStringLiteral("checksum");
        QTest::newRow("other feature set") << writeModelBody(NerFeatures::kVersion + 1) << QStringLiteral("feature set");
        QTest::newRow("no weights") << writeModelBody(NerFeatures::kVersion) << QStringLiteral("truncated");
    }

    void refusesBrokenModels()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!NerModel::fromBytes(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void brokenModelFallsBackAndWarnsOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ner-model.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(trainNerModel(tinyCorpus(), tinyOptions()).toBytes().left(500));
        file.close();

        const NerModelLoader loader(path);
        taggerWarnings = 0;
        const QtMessageHandler previous = qInstallMessageHandler(countTaggerWarnings);
        std::atomic<int> loaded{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&] { loaded += loader.tagger() != nullptr; });
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY(!loader.tagger());
        qInstallMessageHandler(previous);
        QCOMPARE(loaded.load(), 0);
        QCOMPARE(taggerWarnings.load(), 1);

        // Without a tagger the recognizer still gives the catalog's and the rules' names.
        const QString text = QStringLiteral("딥시크(DeepSeek)는 항저우에 있다.");
        RecognizeOptions withoutTagger;
        withoutTagger.tagger = loader.tagger();
        const QList<ArticleEntity> found = recognizeEntities(text, EntityCatalog::bundled(), withoutTagger);
        QVERIFY(findNamed(found, QStringLiteral("딥시크")));
        QVERIFY(findNamed(found, QStringLiteral("항저우")));
        QVERIFY(!NerModelLoader(dir.filePath(QStringLiteral("missing.bin"))).tagger());
    }

    void catalogAndCorrectionsWinOverTagger()
    {
        const NerTagger tagger(trainNerModel(tinyCorpus(), tinyOptions()));
        const QString text = QStringLiteral("김민수 씨는 부산에서 푸른은행에 다녔다. 이서연 씨는 서울에서 김민수 씨를 만났다.");
        RecognizeOptions options;
        options.tagger = &tagger;

        // With no catalog, the tagger's names are the discoveries, each mention found.
        const QList<ArticleEntity> tagged = recognizeEntities(text, EntityCatalog(), options);
        const ArticleEntity *person = findNamed(tagged, QStringLiteral("김민수"));
        QVERIFY(person);
        QCOMPARE(person->entity.type, EntityType::Person);
        QCOMPARE(person->entity.id, discoveredEntityId(QStringLiteral("김민수")));
        QCOMPARE(person->mentions.size(), 2);
        QCOMPARE(findNamed(tagged, QStringLiteral("부산"))->entity.type, EntityType::Place);
        QCOMPARE(findNamed(tagged, QStringLiteral("푸른은행"))->entity.type, EntityType::Organization);

        // The analyst says 부산 is an organization here (a user catalog entry, as corrections are):
        // the catalog's entity and type win over the tagger's place.
        EntityCatalog catalog;
        Entity busan;
        busan.id = QStringLiteral("user:busan-club");
        busan.type = EntityType::Organization;
        busan.nameKo = QStringLiteral("부산");
        busan.fromCatalog = true;
        catalog.add(busan);
        const QList<ArticleEntity> corrected = recognizeEntities(text, catalog, options);
        const ArticleEntity *club = findNamed(corrected, QStringLiteral("부산"));
        QVERIFY(club);
        QCOMPARE(club->entity.id, QStringLiteral("user:busan-club"));
        QCOMPARE(club->entity.type, EntityType::Organization);
        QCOMPARE(std::count_if(corrected.cbegin(), corrected.cend(), [](const ArticleEntity &e) {
                     return e.entity.allNames().contains(QStringLiteral("부산"));
                 }), 1);

        // A name the analyst hid stays hidden, tagger or not.
        dokhae::store::EntityCorrections corrections;
        corrections.hidden.insert(discoveredEntityId(QStringLiteral("이서연")));
        const QList<ArticleEntity> shown = corrections.apply(corrected, catalog);
        QVERIFY(!findNamed(shown, QStringLiteral("이서연")));
        QVERIFY(findNamed(shown, QStringLiteral("김민수")));
    }

    void bundledModelKeepsSeedsRecall_data()
    {
        QTest::addColumn<QString>("baseName");
        for (const QString &seed : QDir(QStringLiteral(DOKHAE_SEEDS_DIR)).entryList({QStringLiteral("*.txt")}))
            QTest::newRow(qPrintable(seed)) << QFileInfo(seed).completeBaseName();
    }

    void bundledModelKeepsSeedsRecall()
    {
        QFETCH(QString, baseName);
        QVERIFY2(NerTagger::shared(), "resources/entities/ner-model.bin did not load");
        QString error;
        const QList<ExpectedEntity> expected = loadExpectations(
            QStringLiteral(DOKHAE_TEST_DATA_DIR "/entities/") + baseName + QStringLiteral(".expected.tsv"), &error);
        QVERIFY2(!expected.isEmpty(), qPrintable(error));
        const QString text = readingTextOf(QStringLiteral(DOKHAE_SEEDS_DIR "/") + baseName + QStringLiteral(".txt"));
        const Score score = scoreEntities(recognizeEntities(text, EntityCatalog::bundled()), expected);
        qInfo().noquote() << score.summary(baseName + QStringLiteral(" (catalog + tagger)"));
        QCOMPARE(score.recall(), 1.0);
        QVERIFY2(score.wrongType.isEmpty(), qPrintable(score.summary(baseName)));
    }
};

QTEST_GUILESS_MAIN(TestNerTagger)
#include "test_ner_tagger.moc"
