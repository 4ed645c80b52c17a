// The annotation store: saving, editing and finding annotations, keeping them through new
// revisions of their article (re-imported from an edited file), and merging an exported file.
#include "annotations/annotation_exchange.h"
#include "import/importer.h"
#include "search/search_query.h"
#include "store/annotation_store.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace dokhae;
using annotations::Annotation;

namespace {

const QString kSeed = u"000_049ac055fd958cc1.txt"_s;

QByteArray seedBytes()
{
    QFile file(QStringLiteral(DOKHAE_SEEDS_DIR "/") + kSeed);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString passageOf(const store::Library &library, const Annotation &a)
{
    const auto record = library.article(a.articleId);
    return record ? record->text.mid(a.start, a.end - a.start) : QString();
}

} // namespace

class TestAnnotationStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createEditRestoreRemove();
    void createRefusesAPassageOutsideTheText();
    void reattachAnOrphan();
    void tagsAndSearch();
    void survivesAnEditedReimport();
    void olderLibraryGetsTheTable();
    void exportThenMergeIntoAFreshLibrary();
    void newerEditWinsOlderLoses();
    void unknownArticleIsReportedNotGuessed();

private:
    // Imports the seed from a copy in the temporary folder; returns the article id.
    qint64 importSeedCopy(store::Library &library, const QString &copyPath);
    dokhae::test::TestLibraries m_libraries;
    std::unique_ptr<QTemporaryDir> m_dir;  // the articles a case imports
    QString m_path;
};

void TestAnnotationStore::initTestCase()
{
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
}

void TestAnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_libraries.newLocation();
    QCoreApplication::setOrganizationName(u"dokhae-test"_s);
    QCoreApplication::setApplicationName(u"test_annotation_store"_s);
}

void TestAnnotationStore::cleanup()
{
    m_dir.reset();
}

qint64 TestAnnotationStore::importSeedCopy(store::Library &library, const QString &copyPath)
{
    if (!QFile::exists(copyPath) && !writeFile(copyPath, seedBytes()))
        return 0;
    const import::ImportReport report = import::Importer(library).run({copyPath});
    return report.files.size() == 1 ? report.files.first().articleId : 0;
}

void TestAnnotationStore::createEditRestoreRemove()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"제목"_s, u"첫 문단이다.\n둘째 문단에 중요한 수치가 있다."_s));
    QVERIFY(added);
    store::AnnotationStore notes(library);
    const auto made = notes.create(added->articleId, 8, 13, u"blue"_s, u"**근거**"_s, {u" 수치 "_s, u"수치"_s, u""_s});
    QVERIFY2(made, qPrintable(notes.lastError()));
    QCOMPARE(passageOf(library, *made), u"둘째 문단"_s);
    QCOMPARE(made->quote.exact, u"둘째 문단"_s);
    QCOMPARE(made->quote.prefix, u"첫 문단이다.\n"_s);
    QCOMPARE(made->tags, QStringList{u"수치"_s});  // trimmed, duplicates and empties dropped
    QCOMPARE(made->id.size(), 36);
    QVERIFY(made->created.isValid());
    QCOMPARE(notes.annotation(made->id), made);

    QTest::qWait(5);  // so that the edit's moment is later than the creation's
    const auto edited = notes.edit(made->id, u"고친 메모"_s, {u"수출"_s}, u"red"_s);
    QVERIFY(edited);
    QCOMPARE(edited->note, u"고친 메모"_s);
    QCOMPARE(edited->color, u"red"_s);
    QVERIFY(edited->modified > made->modified);
    QCOMPARE(edited->created, made->created);
    QCOMPARE(notes.articleAnnotations(added->articleId).first().note, u"고친 메모"_s);

    QVERIFY(notes.restore(*made));  // undo of the edit
    QCOMPARE(notes.annotation(made->id), made);
    QVERIFY(notes.remove(made->id));
    QCOMPARE(notes.annotation(made->id), std::nullopt);
    QVERIFY(notes.add(*made));  // undo of the deletion: the same record, id and times
    QCOMPARE(notes.annotation(made->id), made);
    QVERIFY(!notes.edit(u"no-such-id"_s, {}, {}, u"red"_s));
    QVERIFY(notes.lastError().contains(u"no-such-id"_s));
}

void TestAnnotationStore::createRefusesAPassageOutsideTheText()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"제목"_s, u"짧은 글."_s));
    QVERIFY(added);
    store::AnnotationStore notes(library);
    QVERIFY(!notes.create(added->articleId, 2, 200, u"yellow"_s));
    QVERIFY(!notes.lastError().isEmpty());
    QVERIFY(!notes.create(added->articleId, 3, 3, u"yellow"_s));
    QVERIFY(!notes.create(added->articleId + 7, 0, 2, u"yellow"_s));
    QVERIFY(notes.allAnnotations().isEmpty());
    // An unknown color becomes the default rather than a color no view can draw.
    const auto made = notes.create(added->articleId, 0, 2, u"chartreuse"_s);
    QVERIFY(made);
    QCOMPARE(made->color, annotations::defaultColorKey());
}

void TestAnnotationStore::reattachAnOrphan()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const QString source = m_dir->filePath(u"a.txt"_s);
    const auto first = library.addArticle(testing::parsedArticle(u"제목"_s, u"사라질 문장이 여기 있다.\n남는 문장."_s, source));
    QVERIFY(first);
    store::AnnotationStore notes(library);
    const auto made = notes.create(first->articleId, 0, 10, u"green"_s, u"메모는 남는다"_s);
    QVERIFY(made);
    QVERIFY(library.addArticle(testing::parsedArticle(u"제목"_s, u"전혀 다른 내용으로 바뀌었다.\n남는 문장."_s, source)));
    const auto orphan = notes.annotation(made->id);
    QVERIFY(orphan && orphan->orphan);
    QCOMPARE(orphan->note, u"메모는 남는다"_s);
    QCOMPARE(orphan->quote, made->quote);  // the selectors it was lost with, for a later revision
    const auto moved = notes.reattach(made->id, 0, 5);
    QVERIFY(moved);
    QVERIFY(!moved->orphan);
    QCOMPARE(passageOf(library, *moved), u"전혀 다른"_s);
    QCOMPARE(moved->note, u"메모는 남는다"_s);
}

void TestAnnotationStore::tagsAndSearch()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto a = library.addArticle(testing::parsedArticle(u"첫 기사"_s, u"반도체 수출 규제가 강화됐다."_s));
    const auto b = library.addArticle(testing::parsedArticle(u"둘째 기사"_s, u"AI 투자가 늘었다."_s));
    QVERIFY(a && b);
    store::AnnotationStore notes(library);
    QVERIFY(notes.create(a->articleId, 0, 3, u"yellow"_s, u"엔비디아 H20 관련 확인 필요"_s, {u"수출 규제"_s}));
    QVERIFY(notes.create(b->articleId, 0, 2, u"blue"_s, {}, {u"Investment"_s, u"수출 규제"_s}));
    QCOMPARE(notes.allTags(), (QStringList{u"Investment"_s, u"수출 규제"_s}));
    // A word of a note finds its article, not the other.
    QList<store::SearchHit> hits = notes.search(u"엔비디아"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, a->articleId);
    QCOMPARE(hits.first().title, u"첫 기사"_s);
    QVERIFY(hits.first().snippet.contains(search::kHitOpen));
    // A tag, in any case, finds its articles; words must all be there.
    hits = notes.search(u"investment"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, b->articleId);
    QCOMPARE(notes.search(u"규제"_s).size(), 2);
    QCOMPARE(notes.search(u"엔비디아 investment"_s).size(), 0);
}

void TestAnnotationStore::survivesAnEditedReimport()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const QString copy = m_dir->filePath(u"article.txt"_s);
    const qint64 articleId = importSeedCopy(library, copy);
    QVERIFY(articleId > 0);
    const QString text = library.article(articleId)->text;
    const QString kept = u"쉬리 CEO는 후자를 선택했다."_s;
    const QString deleted = u"오늘 칼럼은 그 기록이다."_s;
    const QString changedInside = u"지금 우리가 목격하고 있는 AI 기술 발전은 인간 도구의 혁명적인 진화인가"_s;
    for (const QString &passage : {kept, deleted, changedInside})
        QVERIFY2(text.count(passage) == 1, qPrintable(passage));
    store::AnnotationStore notes(library);
    const auto onKept = notes.create(articleId, text.indexOf(kept), text.indexOf(kept) + kept.size(), u"yellow"_s,
                                     u"쉬리의 선택"_s, {u"센스타임"_s});
    const auto onDeleted = notes.create(articleId, text.indexOf(deleted), text.indexOf(deleted) + deleted.size(),
                                        u"red"_s, u"이 메모는 남아야 한다"_s, {u"연재"_s});
    const auto onChanged = notes.create(articleId, text.indexOf(changedInside),
                                        text.indexOf(changedInside) + changedInside.size(), u"blue"_s);
    QVERIFY(onKept && onDeleted && onChanged);

    // The edited copy: a paragraph inserted before the passage, a word changed elsewhere, one
    // word changed inside the third passage, and the second passage's paragraph deleted.
    QString raw = QString::fromUtf8(seedBytes());
    const qsizetype quoteLine = raw.indexOf(u"“AI는 도구의 혁명인가"_s);
    QVERIFY(quoteLine > 0);
    raw.insert(quoteLine, u"[편집자 주] 이 글은 두 차례에 걸쳐 싣는 현장 리포트의 첫 회다.\n\n"_s);
    QVERIFY(raw.contains(u"증기가"_s));
    raw.replace(u"증기가"_s, u"증기기관이"_s);
    raw.replace(u"목격하고 있는"_s, u"지켜보고 있는"_s);
    const qsizetype gone = raw.indexOf(deleted);
    QVERIFY(gone > 0);
    raw.remove(gone, raw.indexOf(u'\n', gone) - gone);
    QVERIFY(writeFile(copy, raw.toUtf8()));
    const import::ImportReport report = import::Importer(library).run({copy});
    QCOMPARE(report.count(import::ImportStatus::NewRevision), 1);

    const auto nowKept = notes.annotation(onKept->id);
    QVERIFY(nowKept && !nowKept->orphan);
    QCOMPARE(passageOf(library, *nowKept), kept);
    QVERIFY(nowKept->start > onKept->start);  // moved down by the inserted paragraph
    QVERIFY(nowKept->revisionId != onKept->revisionId);
    QCOMPARE(nowKept->note, onKept->note);
    QCOMPARE(nowKept->modified, onKept->modified);  // anchoring again is not an edit

    const auto nowChanged = notes.annotation(onChanged->id);
    QVERIFY(nowChanged && !nowChanged->orphan);
    QCOMPARE(passageOf(library, *nowChanged), QString(changedInside).replace(u"목격하고"_s, u"지켜보고"_s));

    const auto nowDeleted = notes.annotation(onDeleted->id);
    QVERIFY(nowDeleted && nowDeleted->orphan);
    QCOMPARE(nowDeleted->note, u"이 메모는 남아야 한다"_s);
    QCOMPARE(nowDeleted->quote.exact, deleted);
    QCOMPARE(nowDeleted->tags, QStringList{u"연재"_s});
    QCOMPARE(notes.articleAnnotations(articleId).last().id, onDeleted->id);  // orphans listed last
}

void TestAnnotationStore::olderLibraryGetsTheTable()
{
    DOKHAE_SQLITE_ONLY("a version 4 file (a team library starts at version 8)");
    {
        testing::RawConnection raw(m_path);
        QVERIFY(raw.ok());
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(store::migrate(db, &error, 4), qPrintable(error));
        QVERIFY(!db.tables().contains(u"annotations"_s));
    }
    store::Library library;
    QVERIFY(library.open(m_path));
    QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
    QVERIFY(library.connection().tables().contains(u"annotations"_s));
    QVERIFY(store::AnnotationStore(library).allAnnotations().isEmpty());
}

void TestAnnotationStore::exportThenMergeIntoAFreshLibrary()
{
    QList<Annotation> originals;
    QByteArray file;
    {
        store::Library library;
        QVERIFY(library.open(m_path));
        const qint64 articleId = importSeedCopy(library, m_dir->filePath(u"article.txt"_s));
        QVERIFY(articleId > 0);
        const QString text = library.article(articleId)->text;
        store::AnnotationStore notes(library);
        for (const QString &passage : {u"쉬리 CEO는 후자를 선택했다."_s, u"상하이와 항저우를 다녀왔다."_s}) {
            const qsizetype at = text.indexOf(passage);
            QVERIFY(notes.create(articleId, at, at + passage.size(), u"purple"_s, u"메모 *강조*"_s, {u"현장"_s}));
        }
        originals = notes.allAnnotations();
        file = annotations::toW3cJsonLd(notes.exportable(0));
    }
    QString error;
    const auto read = annotations::fromW3cJsonLd(file, &error);
    QVERIFY2(read, qPrintable(error));

    store::Library fresh;
    QVERIFY(fresh.open(m_libraries.newLocation(u"fresh"_s)));
    // Another copy of the same article, imported first into the new library.
    QVERIFY(importSeedCopy(fresh, m_dir->filePath(u"elsewhere.txt"_s)) > 0);
    store::AnnotationStore notes(fresh);
    const auto report = notes.merge(*read);
    QVERIFY2(report, qPrintable(notes.lastError()));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->orphans, 0);
    const QList<Annotation> merged = notes.allAnnotations();
    QCOMPARE(merged.size(), originals.size());
    for (qsizetype i = 0; i < merged.size(); ++i) {
        QCOMPARE(merged[i].id, originals[i].id);
        QCOMPARE(merged[i].quote, originals[i].quote);
        QCOMPARE(merged[i].start, originals[i].start);
        QCOMPARE(merged[i].end, originals[i].end);
        QCOMPARE(merged[i].note, originals[i].note);
        QCOMPARE(merged[i].tags, originals[i].tags);
        QCOMPARE(merged[i].color, originals[i].color);
        QCOMPARE(merged[i].created, originals[i].created);
        QCOMPARE(merged[i].modified, originals[i].modified);
    }
    // The same file again adds nothing.
    const auto again = notes.merge(*read);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(notes.allAnnotations(), merged);
}

void TestAnnotationStore::newerEditWinsOlderLoses()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"제목"_s, u"중국 AI 투자는 77억 6천만 달러였다."_s));
    QVERIFY(added);
    store::AnnotationStore notes(library);
    const auto mine = notes.create(added->articleId, 0, 8, u"yellow"_s, u"내 메모"_s);
    QVERIFY(mine);
    QList<annotations::ImportedAnnotation> incoming(1);
    incoming[0].annotation = *mine;
    incoming[0].annotation.note = u"예전 메모"_s;
    incoming[0].annotation.modified = mine->modified.addSecs(-60);
    auto report = notes.merge(incoming);
    QVERIFY(report);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(notes.annotation(mine->id)->note, u"내 메모"_s);

    incoming[0].annotation.note = u"동료가 고친 메모"_s;
    incoming[0].annotation.tags = {u"동료"_s};
    incoming[0].annotation.modified = mine->modified.addSecs(60);
    report = notes.merge(incoming);
    QVERIFY(report);
    QCOMPARE(report->updated, 1);
    const auto now = notes.annotation(mine->id);
    QCOMPARE(now->note, u"동료가 고친 메모"_s);
    QCOMPARE(now->tags, QStringList{u"동료"_s});
    QCOMPARE(now->start, mine->start);
    QCOMPARE(notes.allAnnotations().size(), 1);
}

void TestAnnotationStore::unknownArticleIsReportedNotGuessed()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    QVERIFY(library.addArticle(testing::parsedArticle(u"하나"_s, u"같은 문장이 있다. 하나."_s)));
    QVERIFY(library.addArticle(testing::parsedArticle(u"둘"_s, u"같은 문장이 있다. 둘."_s)));
    QList<annotations::ImportedAnnotation> incoming(2);
    incoming[0].annotation.id = annotations::newAnnotationId();
    incoming[0].annotation.quote.exact = u"같은 문장이 있다"_s;  // in both articles: which one is unknown
    incoming[0].annotation.created = incoming[0].annotation.modified = QDateTime::currentDateTimeUtc();
    incoming[1] = incoming[0];
    incoming[1].annotation.id = annotations::newAnnotationId();
    incoming[1].annotation.quote.exact = u"어디에도 없는 문장"_s;
    store::AnnotationStore notes(library);
    const auto report = notes.merge(incoming);
    QVERIFY(report);
    QCOMPARE(report->added, 0);
    QCOMPARE(report->unmatched.size(), 2);
    QVERIFY(notes.allAnnotations().isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "test_annotation_store.moc"
