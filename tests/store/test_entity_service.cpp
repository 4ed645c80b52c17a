// The one entity pipeline (EntityService): the effective catalog built once and again only when the
// analyst's entries change (by any connection), an article read once and then served from the
// library, and an import that reads its text without holding the library's write lock.
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "import/article_parser.h"
#include "store/dialect.h"
#include "store/library.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace dokhae;
using namespace Qt::StringLiterals;
using entities::ArticleEntity;
using entities::Entity;
using entities::EntityCatalog;
using entities::EntityType;
using dokhae::testing::parsedArticle;
using dokhae::testing::RawConnection;

namespace {

const QString kBestpick = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");
// A name no catalog, rule or tagger makes an entity of: only the analyst's entry does.
const QString kPinwheelText = u"바람개비는 새 모델을 내놓았다. 회사는 인터뷰에서 바람개비의 계획을 밝혔다."_s;

bool names(const QList<ArticleEntity> &list, const QString &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&id](const ArticleEntity &found) { return found.entity.id == id; });
}

Entity pinwheel()
{
    return {u"user-pinwheel"_s, EntityType::Product, u"바람개비"_s, u"Pinwheel"_s, {}, {u"바람개비 모델"_s}, {}, false};
}

// Counts the readings of a service and reads with the real recognizer.
struct CountingRecognizer {
    int *count;
    QList<ArticleEntity> operator()(const QString &text, const EntityCatalog &catalog) const
    {
        ++*count;
        return entities::recognizeEntities(text, catalog);
    }
};

} // namespace

class TestEntityService : public QObject {
    Q_OBJECT

private:
    dokhae::test::TestLibraries m_files;

    QString newPath() { return m_files.newLocation(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_files);
    }

    void catalogIsBuiltAgainOnlyWhenTheAnalystsEntriesChange()
    {
        store::Library library;
        QVERIFY(library.open(newPath()));
        const auto first = library.entities().catalog();
        QCOMPARE(library.entities().catalog().get(), first.get());
        QCOMPARE(first->size(), EntityCatalog::bundled().size());
        QVERIFY(!first->findById(u"user-pinwheel"_s));

        QVERIFY(library.saveUserEntity(pinwheel()));
        const auto second = library.entities().catalog();
        QVERIFY(second.get() != first.get());
        QCOMPARE(second->findByName(u"Pinwheel"_s)->id, u"user-pinwheel"_s);
        QCOMPARE(library.entities().catalog().get(), second.get());

        // Hides and merges do not change the catalog, only what a view reports.
        QVERIFY(library.setEntityHidden(u"deepseek"_s, true));
        QCOMPARE(library.entities().catalog().get(), second.get());
    }

    // The import thread and the CLI write through connections of their own.
    void entryAddedByAnotherConnectionReachesTheNextArticle()
    {
        const QString path = newPath();
        store::Library window;
        QVERIFY(window.open(path));
        const auto added = window.addArticle(parsedArticle(u"바람개비의 반격"_s, kPinwheelText));
        QVERIFY(added);
        QVERIFY(!names(*window.entities().articleEntities(added->articleId), u"user-pinwheel"_s));
        {
            store::Library other;
            QVERIFY(other.open(path));
            QVERIFY(other.saveUserEntity(pinwheel()));
        }
        const QList<ArticleEntity> found = *window.entities().articleEntities(added->articleId);
        QVERIFY(names(found, u"user-pinwheel"_s));
    }

    void articleIsReadOnceThenServedFromTheLibrary()
    {
        store::Library library;
        QVERIFY(library.open(newPath()));
        int readings = 0;
        library.entities().setRecognizer(CountingRecognizer{&readings});
        const import::ParseResult parsed = import::parseArticleFile(kBestpick);
        QVERIFY(parsed.ok);
        const auto added = library.addArticle(parsed.article);
        QVERIFY(added);
        QCOMPARE(readings, 1);
        const auto found = library.entities().articleEntities(added->articleId);
        QVERIFY(found && !found->isEmpty());
        QCOMPARE(readings, 1);  // stored by the import
        QCOMPARE(library.addArticle(parsed.article)->result, store::AddResult::Unchanged);
        QCOMPARE(readings, 1);  // the same text is not read again
        // A correction reads again only the texts that name what it changed: this one does not
        // name the new entry, the second article does.
        const auto named = library.addArticle(parsedArticle(u"바람개비의 반격"_s, kPinwheelText));
        QVERIFY(named);
        QCOMPARE(readings, 2);
        QVERIFY(library.saveUserEntity(pinwheel()));
        QCOMPARE(*library.entities().articleEntities(added->articleId), *found);
        QCOMPARE(readings, 2);  // carried over to the new catalog
        QVERIFY(names(*library.entities().articleEntities(named->articleId), u"user-pinwheel"_s));
        QCOMPARE(readings, 3);  // read again with the new entry
        library.entities().libraryEntities();
        QCOMPARE(readings, 3);

        // An alias added to a bundled entity reaches the texts that carry the alias, and only them.
        Entity sensetime = *library.entities().catalog()->findById(u"sensetime"_s);
        sensetime.aliases << u"바람개비"_s;
        QVERIFY(library.saveUserEntity(sensetime));
        QVERIFY(library.entities().articleEntities(named->articleId));
        QCOMPARE(readings, 4);
        QCOMPARE(*library.entities().articleEntities(added->articleId), *found);
        QCOMPARE(readings, 4);
    }

    // While the text is read, another program can write: the write lock is taken after.
    void importReadsTheTextWithoutHoldingTheWriteLock()
    {
        const QString path = newPath();
        store::Library library;
        QVERIFY(library.open(path));
        RawConnection other(path);
        QVERIFY(other.ok());
        // Another program takes the library's write lock as the library does, waiting 100 ms at most.
        if (dokhae::test::TestLibraries::onPostgres())
            QVERIFY(other.exec(u"SET lock_timeout = '100ms'"_s));
        QStringList refusals;
        int readings = 0;
        library.entities().setRecognizer([&](const QString &text, const EntityCatalog &catalog) {
            ++readings;
            QSqlDatabase db = other.db();
            QSqlError error;
            if (store::dialectOf(db).beginWrite(db, &error))
                db.rollback();
            else
                refusals << error.text();
            return entities::recognizeEntities(text, catalog);
        });
        const import::ParseResult parsed = import::parseArticleFile(kBestpick);
        QVERIFY(parsed.ok);
        const auto added = library.addArticle(parsed.article);
        QVERIFY2(added, qPrintable(library.lastError()));
        QCOMPARE(readings, 1);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        // And what was read is what the article's view shows, without a second reading.
        QVERIFY(names(*library.entities().articleEntities(added->articleId), u"deepseek"_s));
        QCOMPARE(readings, 1);
    }

    // A file outside any library (dokhae-cli entities FILE): the bundled catalog, nothing stored.
    // One entity's articles come from the index of stored mentions when every stored reading is
    // current, and from reading every article otherwise: the answers are the same, for every
    // entity of the seeds, merged ones and discovered ones by each of their names included.
    void oneEntitysArticlesAreTheSameByIndexAndByReadingAll()
    {
        const QString path = newPath();
        store::Library library;
        QVERIFY(library.open(path));
        for (const QString &file : QDir(QStringLiteral(DOKHAE_SEEDS_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            const import::ParseResult parsed = import::parseArticleFile(QStringLiteral(DOKHAE_SEEDS_DIR "/") + file);
            QVERIFY(parsed.ok);
            QVERIFY(library.addArticle(parsed.article));
        }
        QVERIFY(library.mergeEntities(u"deepseek-v3"_s, u"deepseek"_s));
        const auto answers = [&library](const std::function<void()> &beforeEach) {
            QStringList lines;
            QStringList names{u"딥시크 V3"_s};  // merged away: no entry of its own
            for (const store::LibraryEntity &entry : library.entities().libraryEntities())
                names << entry.entity.allNames();
            for (const QString &name : std::as_const(names)) {
                beforeEach();
                const auto found = library.entities().findEntity(name);
                QString line = name + u" -> "_s;
                if (found) {
                    line += found->entity.id;
                    for (const store::EntityArticle &article : found->articles)
                        line += u" %1x%2"_s.arg(article.articleId).arg(article.mentions);
                }
                lines << line;
            }
            return lines;
        };
        const auto allEntities = [&library] {
            QStringList lines;
            for (const store::LibraryEntity &entry : library.entities().libraryEntities()) {
                QString line = entry.entity.id + u" "_s + entry.entity.allNames().join(u'/');
                for (const store::EntityArticle &article : entry.articles)
                    line += u" %1x%2"_s.arg(article.articleId).arg(article.mentions);
                lines << line;
            }
            return lines;
        };
        const QStringList allFromStoredMentions = allEntities();
        const QStringList byIndex = answers([] {});
        QVERIFY(byIndex.size() > 40);
        QVERIFY2(byIndex.first().startsWith(u"딥시크 V3 -> deepseek "_s), qPrintable(byIndex.first()));
        QVERIFY(std::any_of(byIndex.cbegin(), byIndex.cend(), [](const QString &line) { return line.contains(u"-> discovered:"_s); }));

        // One stored reading made with another catalog before each answer (reading all articles
        // makes it current again): every answer reads all articles.
        RawConnection raw(path);
        QVERIFY(raw.exec(u"UPDATE entity_scans SET catalog_key = 'an older catalog' "
                         "WHERE revision_id = (SELECT MIN(revision_id) FROM entity_scans)"_s));
        QCOMPARE(allEntities(), allFromStoredMentions);
        const QStringList byReadingAll = answers([&raw] {
            QVERIFY(raw.exec(u"UPDATE entity_scans SET catalog_key = 'an older catalog' "
                             "WHERE revision_id = (SELECT MIN(revision_id) FROM entity_scans)"_s));
        });
        QCOMPARE(byReadingAll, byIndex);
    }

    void textOutsideALibraryIsReadWithTheBundledCatalog()
    {
        store::Library closed;
        const QString text = import::parseArticleFile(kBestpick).article.text;
        const QList<ArticleEntity> found = closed.entities().textEntities(text);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, entities::recognizeEntities(text, EntityCatalog::bundled()));
    }
};

QTEST_GUILESS_MAIN(TestEntityService)
#include "test_entity_service.moc"
