// Copying a library into another (store/library_copy.h), from a file to a team library on a
// PostgreSQL server of the suite's own and back into a new file: every article with every
// revision, annotations, the analyst's charts and what was done to suggested ones, and the entity
// corrections arrive; copying again adds nothing; a copy stopped or failed half-way leaves the
// target consistent, and copying again completes it.
#include "charts/chart_json.h"
#include "import/importer.h"
#include "pg_test_server.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/library.h"
#include "store/library_copy.h"
#include "store_test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using namespace Qt::StringLiterals;

namespace {

// Two comparisons in one paragraph: two charts are suggested from it.
const QString kShares = u"2024년 스마트폰 출하량 점유율은 샤오미가 21%, 비보가 17%, 오포가 14%였다.\n"
                        u"2023년 AI 서버 매출은 인스퍼가 30억 달러, 레노버가 12억 달러였다."_s;

// What a library holds, written without its own ids (which differ from library to library): an
// article by its source file and revisions, an annotation by its id, a chart by what it shows and
// the revision texts its points come from.
QStringList contents(const store::Library &library)
{
    QStringList lines;
    QHash<qint64, QString> articleKey;  // id → the SHA-256 of its first revision
    for (const ArticleSummary &summary : library.articles()) {
        const auto revisions = library.revisions(summary.id);
        if (!revisions)
            return {u"unreadable revisions"_s};
        QStringList shas;
        for (const store::StoredRevision &revision : *revisions)
            shas << revision.sha256;
        articleKey.insert(summary.id, shas.value(0));
        const auto record = library.article(summary.id);
        lines << u"article %1 | %2 | %3 | revisions %4 | current %5 | text %6"_s.arg(
            summary.sourceFile, summary.meta.title, summary.meta.published.toString(Qt::ISODate), shas.join(u','),
            summary.revision, QString::number(qHash(record ? record->text : QString())));
    }
    const store::AnnotationStore notes(library);
    for (const annotations::ExportedAnnotation &item : notes.exportable(0)) {
        const annotations::Annotation &a = item.annotation;
        lines << u"annotation %1 | article %2 | revision %3 | %4-%5 | %6 | %7 | %8 | %9"_s.arg(
            a.id, articleKey.value(a.articleId), item.revisionSha, QString::number(a.start), QString::number(a.end),
            a.quote.exact, a.note, a.tags.join(u','), a.color + (a.orphan ? u" orphan"_s : QString()));
    }
    const store::ChartStore charts(library);
    for (const ArticleSummary &summary : library.articles()) {
        const auto owned = charts.ownedCharts(summary.id);
        if (!owned)
            return {u"unreadable charts"_s};
        for (const store::StoredChart &chart : *owned) {
            charts::ChartSpec spec = chart.spec;
            spec.id = 0;
            spec.articleId = 0;
            for (charts::ChartSeries &series : spec.series) {
                for (charts::ChartPoint &point : series.points)
                    point.source.articleId = 0;  // the point's revision (by hash) says where it is from
            }
            lines << u"chart of %1 | %2 | hidden %3 | edited %4 | %5"_s.arg(
                articleKey.value(summary.id), chart.revision, QString::number(chart.hidden),
                QString::number(chart.edited),
                QString::fromUtf8(QJsonDocument(charts::chartToJson(spec, u"ko"_s)).toJson(QJsonDocument::Compact)));
        }
    }
    for (const entities::Entity &entity : library.userEntities())
        lines << u"entity %1 | %2 | %3 | %4"_s.arg(entity.id, entity.nameKo, entity.nameEn, entity.aliases.join(u','));
    const store::EntityCorrections corrections = library.entityCorrections();
    for (const QString &id : corrections.hidden)
        lines << u"hidden %1"_s.arg(id);
    for (auto merge = corrections.merges.cbegin(); merge != corrections.merges.cend(); ++merge)
        lines << u"merge %1 into %2"_s.arg(merge.key(), merge.value());
    lines.sort();
    return lines;
}

int countOf(const QStringList &lines, const QString &prefix)
{
    return int(std::count_if(lines.begin(), lines.end(), [&prefix](const QString &line) { return line.startsWith(prefix); }));
}

bool nothingAdded(const store::LibraryCopyReport &report)
{
    for (const auto &[key, count] : report.kinds()) {
        if (count.added != 0 || count.updated != 0 || count.skipped != 0) {
            qWarning("%s: %d added, %d updated, %d skipped", qPrintable(key), count.added, count.updated, count.skipped);
            return false;
        }
    }
    return true;
}

} // namespace

class TestLibraryCopy : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QTemporaryDir m_folder;
    QString m_source;  // a library file with something of every kind, made once

    QString newDatabase() { return m_server.location(m_server.createDatabase()); }

    // The seeds imported from a folder of copies, one of them imported again with a changed text;
    // two annotations, one with a note and tags; a chart of the analyst's; an edited and a hidden
    // suggestion; an entity of the analyst's, a hidden entity and a merge.
    void makeSource()
    {
        const QString seeds = m_folder.filePath(u"seeds"_s);
        QVERIFY(QDir().mkpath(seeds));
        for (const QString &name : QDir(QStringLiteral(DOKHAE_SEEDS_DIR)).entryList({u"*.txt"_s}, QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(DOKHAE_SEEDS_DIR "/") + name, seeds + u'/' + name));
        m_source = m_folder.filePath(u"source.sqlite"_s);
        store::Library library;
        QVERIFY2(library.open(m_source), qPrintable(library.lastError()));
        QVERIFY(import::Importer(library).run({seeds}).allImported());
        const QString changed = seeds + u"/002_9c0bf49b0926ee40.txt"_s;
        QFile file(changed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace("오늘 새벽에 열린", "이 문장은 두 번째 판에 덧붙였다. 오늘 새벽에 열린");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const import::ImportReport again = import::Importer(library).run({changed});
        QCOMPARE(again.count(import::ImportStatus::NewRevision), 1);
        const auto shares = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares, u"/news/shares.txt"_s));
        QVERIFY(shares);

        const QList<ArticleSummary> articles = library.articles();
        QCOMPARE(articles.size(), 5);
        const qint64 revised = std::find_if(articles.begin(), articles.end(), [](const ArticleSummary &a) {
                                   return a.revisionCount == 2;
                               })->id;
        store::AnnotationStore notes(library);
        QVERIFY2(notes.create(revised, 0, 8, u"blue"_s, u"**근거**가 되는 문장"_s, {u"투자"_s, u"미국"_s}),
                 qPrintable(notes.lastError()));
        QVERIFY2(notes.create(articles.first().id, 3, 9, u"yellow"_s), qPrintable(notes.lastError()));

        store::ChartStore charts(library);
        const QList<charts::ChartSpec> suggested = charts.articleCharts(shares->articleId);
        QCOMPARE(suggested.size(), 2);
        charts::ChartSpec mine = suggested.at(1);
        mine.titleKo = u"내가 만든 차트"_s;
        mine.id = 0;
        QVERIFY2(charts.add(mine), qPrintable(charts.lastError()));
        charts::ChartSpec edited = suggested.at(0);
        edited.titleKo = u"고친 제목"_s;
        QVERIFY2(charts.update(edited), qPrintable(charts.lastError()));
        QVERIFY2(charts.setHidden(suggested.at(1).id, true), qPrintable(charts.lastError()));

        entities::Entity entity;
        entity.id = u"user:hanbit-ai"_s;
        entity.nameKo = u"한빛AI"_s;
        entity.nameEn = u"Hanbit AI"_s;
        entity.aliases = {u"한빛에이아이"_s};
        QVERIFY2(library.saveUserEntity(entity), qPrintable(library.lastError()));
        QVERIFY2(library.setEntityHidden(u"place:china"_s, true), qPrintable(library.lastError()));
        QVERIFY2(library.mergeEntities(u"user:hanbit-ai"_s, u"org:deepseek"_s), qPrintable(library.lastError()));
    }

    static store::LibraryCopyReport copy(const QString &from, const QString &to, bool *ok = nullptr)
    {
        store::Library source, target;
        if (!source.open(from) || !target.open(to)) {
            qWarning("%s%s", qPrintable(source.lastError()), qPrintable(target.lastError()));
            if (ok)
                *ok = false;
            return {};
        }
        store::LibraryCopy copying(source, target);
        const bool copied = copying.run();
        if (!copied)
            qWarning("%s", qPrintable(copying.lastError()));
        if (ok)
            *ok = copied;
        return copying.report();
    }

    static QStringList contentsAt(const QString &location)
    {
        store::Library library;
        if (!library.open(location))
            return {library.lastError()};
        return contents(library);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        DOKHAE_START_PG_OR_SKIP(m_server);
        makeSource();
    }

    void copiesToAServerAndBackIntoANewFile()
    {
        const QStringList original = contentsAt(m_source);
        QCOMPARE(countOf(original, u"article "_s), 5);
        QCOMPARE(countOf(original, u"annotation "_s), 2);
        QCOMPARE(countOf(original, u"entity "_s), 1);
        QVERIFY(countOf(original, u"chart "_s) >= 3);

        const QString team = newDatabase();
        bool ok = false;
        const store::LibraryCopyReport first = copy(m_source, team, &ok);
        QVERIFY(ok);
        QCOMPARE(first.articles, (store::CopyCount{5, 0, 0, 0}));
        QCOMPARE(first.revisions, (store::CopyCount{6, 0, 0, 0}));
        QCOMPARE(first.annotations, (store::CopyCount{2, 0, 0, 0}));
        QCOMPARE(first.charts, (store::CopyCount{1, 0, 0, 0}));
        QCOMPARE(first.chartChanges, (store::CopyCount{2, 0, 0, 0}));
        QCOMPARE(first.userEntities, (store::CopyCount{1, 0, 0, 0}));
        QCOMPARE(first.hiddenEntities, (store::CopyCount{1, 0, 0, 0}));
        QCOMPARE(first.entityMerges, (store::CopyCount{1, 0, 0, 0}));
        QCOMPARE(contentsAt(team), original);

        // Again: everything is found there, nothing is written twice.
        const store::LibraryCopyReport second = copy(m_source, team, &ok);
        QVERIFY(ok);
        QVERIFY(nothingAdded(second));
        QCOMPARE(second.articles.alreadyThere, 5);
        QCOMPARE(second.revisions.alreadyThere, 6);
        QCOMPARE(second.annotations.alreadyThere, 2);
        QCOMPARE(second.charts.alreadyThere, 1);
        QCOMPARE(contentsAt(team), original);

        const QString back = m_folder.filePath(u"back.sqlite"_s);
        const store::LibraryCopyReport third = copy(team, back, &ok);
        QVERIFY(ok);
        QCOMPARE(third.revisions.added, 6);
        QCOMPARE(contentsAt(back), original);
        store::Library library;
        QVERIFY(library.open(back));
        QVERIFY(library.searchIndexIsConsistent());
        QVERIFY(!library.search(u"덧붙였다"_s).isEmpty());  // the current revision is the one searched
    }

    // Stopped after two articles: those two are there, whole, and the next copy adds the rest.
    void aStoppedCopyIsCompletedByTheNext()
    {
        const QString team = newDatabase();
        {
            store::Library source, target;
            QVERIFY(source.open(m_source));
            QVERIFY(target.open(team));
            store::LibraryCopy copying(source, target);
            copying.setProgress([](store::CopyStage stage, qint64 done, qint64) {
                return stage != store::CopyStage::Articles || done < 2;
            });
            QVERIFY(!copying.run());
            QVERIFY(!copying.lastError().isEmpty());
            QCOMPARE(copying.report().articles.added, 2);
            QCOMPARE(target.articleCount(), 2);
        }
        bool ok = false;
        const store::LibraryCopyReport rest = copy(m_source, team, &ok);
        QVERIFY(ok);
        QCOMPARE(rest.articles, (store::CopyCount{3, 0, 2, 0}));
        QCOMPARE(contentsAt(team), contentsAt(m_source));
    }

    // The target fails half-way (its annotations table is gone): a message, the articles before
    // it kept, and once the target is mended the next copy completes it.
    void aFailureHalfWayKeepsWhatWasCopied()
    {
        const QString database = m_server.createDatabase();
        const QString team = m_server.location(database);
        {
            store::Library source, target;
            QVERIFY(source.open(m_source));
            QVERIFY(target.open(team));
            store::LibraryCopy copying(source, target);
            copying.setProgress([&](store::CopyStage stage, qint64 done, qint64) {
                if (stage == store::CopyStage::Annotations && done == 0)
                    m_server.runSql(u"ALTER TABLE annotations RENAME TO annotations_away"_s, database);
                return true;
            });
            QVERIFY(!copying.run());
            QVERIFY2(copying.lastError().contains(u"annotations"_s), qPrintable(copying.lastError()));
            QCOMPARE(target.articleCount(), 5);
            QCOMPARE(copying.report().annotations.added, 0);
        }
        QVERIFY(m_server.runSql(u"ALTER TABLE annotations_away RENAME TO annotations"_s, database));
        bool ok = false;
        const store::LibraryCopyReport rest = copy(m_source, team, &ok);
        QVERIFY(ok);
        QCOMPARE(rest.articles.alreadyThere, 5);
        QCOMPARE(rest.annotations.added, 2);
        QCOMPARE(contentsAt(team), contentsAt(m_source));
    }

    // An edit of a suggestion the next revision replaced: the target, which made the current
    // revision's suggestions only, gets the edited chart as one of the analyst's, once.
    void anEditedSuggestionOfAnOlderRevisionArrives()
    {
        const QString from = m_folder.filePath(u"older-edit.sqlite"_s);
        const QString to = m_folder.filePath(u"older-edit-copy.sqlite"_s);
        {
            store::Library library;
            QVERIFY(library.open(from));
            const auto first = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares, u"/news/a.txt"_s));
            QVERIFY(first);
            store::ChartStore charts(library);
            charts::ChartSpec edited = charts.articleCharts(first->articleId).first();
            edited.titleKo = u"지난 판에서 고친 차트"_s;
            QVERIFY(charts.update(edited));
            const QString shorter = kShares.section(u'\n', 0, 0);
            QVERIFY(library.addArticle(testing::parsedArticle(u"점유율"_s, shorter, u"/news/a.txt"_s)));
        }
        bool ok = false;
        const store::LibraryCopyReport first = copy(from, to, &ok);
        QVERIFY(ok);
        QCOMPARE(first.chartChanges, (store::CopyCount{1, 0, 0, 0}));
        store::Library target;
        QVERIFY(target.open(to));
        QStringList titles;
        for (const charts::ChartSpec &spec : store::ChartStore(target).allCharts())
            titles << spec.titleKo;
        QCOMPARE(titles.count(u"지난 판에서 고친 차트"_s), 1);
        target.close();
        const store::LibraryCopyReport second = copy(from, to, &ok);
        QVERIFY(ok);
        QVERIFY(nothingAdded(second));
        QCOMPARE(second.chartChanges.alreadyThere, 1);
    }

    void tellsTheSameLibraryHoweverItIsWritten()
    {
        const QString file = m_folder.filePath(u"same.sqlite"_s);
        QVERIFY(store::LibraryCopy::sameLibrary(file, m_folder.path() + u"/./same.sqlite"_s));
        const QString link = m_folder.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(m_source, link));
        QVERIFY(store::LibraryCopy::sameLibrary(m_source, link));
        QVERIFY(!store::LibraryCopy::sameLibrary(m_source, file));
        QVERIFY(store::LibraryCopy::sameLibrary(u"postgresql://ana@/team?host=/run/pg"_s,
                                                u"postgresql://bo@/team?host=/run/pg&port=5432"_s));
        QVERIFY(!store::LibraryCopy::sameLibrary(u"postgresql://ana@/team?host=/run/pg"_s,
                                                 u"postgresql://ana@/other?host=/run/pg"_s));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "test_library_copy.moc"
