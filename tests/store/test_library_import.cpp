// Identity, revisions and transactions of addArticle, and the importer over files and folders.
#include "import/importer.h"
#include "store/dialect.h"
#include "store/library.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>
#include <QThread>

using namespace dokhae;
using dokhae::testing::parsedArticle;
using dokhae::testing::RawConnection;

namespace {

const QString kChipText = QStringLiteral(
    "화웨이는 올해 어센드 칩 생산을 두 배로 늘린다고 밝혔다.\n"
    "업계는 중국 내 인공지능 수요가 공급을 앞선다고 본다.");
const QString kChipTextRevised = QStringLiteral(
    "화웨이는 올해 어센드 칩 생산을 세 배로 늘린다고 정정했다.\n"
    "업계는 중국 내 인공지능 수요가 공급을 앞선다고 본다.");

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLibraryImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_number = 0;

    dokhae::test::TestLibraries m_libraries;

    QString newPath(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_number).arg(name)); }
    QString newLibrary() { return m_libraries.newLocation(); }

    // Another program's trigger on `table` (`event`: "BEFORE UPDATE OF current_revision", …) that,
    // for the rows `when` holds for, fails the statement (Fail) or inserts a row into the table
    // guard that breaks its deferred foreign key at COMMIT (BreakGuard); in each database's SQL.
    enum class TriggerAction { Fail, BreakGuard };
    static bool createTrigger(RawConnection &other, const QString &name, const QString &event, const QString &table,
                              const QString &when, TriggerAction action)
    {
        if (!dokhae::test::TestLibraries::onPostgres()) {
            const QString body = action == TriggerAction::Fail ? QStringLiteral("SELECT RAISE(ABORT, 'simulated failure');")
                                                               : QStringLiteral("INSERT INTO guard VALUES (-1);");
            return other.exec(QStringLiteral("CREATE TRIGGER %1 %2 ON %3 %4 BEGIN %5 END")
                                  .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when, body));
        }
        const QString body = action == TriggerAction::Fail ? QStringLiteral("RAISE EXCEPTION 'simulated failure';")
                                                           : QStringLiteral("INSERT INTO guard VALUES (-1); RETURN NULL;");
        return other.exec(QStringLiteral("CREATE FUNCTION %1_function() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN %2 END$$")
                              .arg(name, body))
            && other.exec(QStringLiteral("CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW %4 EXECUTE FUNCTION %1_function()")
                              .arg(name, event, table, when.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(when)));
    }
    static bool dropTrigger(RawConnection &other, const QString &name, const QString &table)
    {
        return other.exec(dokhae::test::TestLibraries::onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                                                                     : QStringLiteral("DROP TRIGGER %1").arg(name));
    }

    // count distinct articles in a new folder, 0.txt, 1.txt, ..., each of about paragraphs × 70 bytes
    QString writeBatch(const QString &name, int count, int paragraphs = 1)
    {
        const QString root = newPath(name);
        for (int i = 0; i < count; ++i) {
            QString text = QStringLiteral("로봇 기업 %1\n\n").arg(i);
            for (int p = 0; p < paragraphs; ++p)
                text += QStringLiteral("%1번째 기사 %2문단: 중국 로봇 기업이 투자를 유치했다.\n").arg(i).arg(p);
            writeFile(root + QStringLiteral("/%1.txt").arg(i), text.toUtf8());
        }
        return root;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_libraries.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_libraries);
    }

    void sameContentTwiceIsOneArticle()
    {
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        const auto first = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        QVERIFY(first);
        QCOMPARE(first->result, store::AddResult::Added);
        const auto again = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        QVERIFY(again);
        QCOMPARE(again->result, store::AddResult::Unchanged);
        QCOMPARE(again->articleId, first->articleId);
        // The same reading text from elsewhere is still the same article.
        const auto copied = library.addArticle(parsedArticle(QStringLiteral("복사본"), kChipText, QStringLiteral("/b/copy.txt")));
        QCOMPARE(copied->result, store::AddResult::Unchanged);
        QCOMPARE(copied->articleId, first->articleId);
        QCOMPARE(library.articleCount(), 1);
        QCOMPARE(library.articles().first().revisionCount, 1);
        // Blank text is no article, and no revision of one.
        QVERIFY(!library.addArticle(parsedArticle(QStringLiteral("빈 기사"), QStringLiteral(" \n "), QStringLiteral("/a/chip.txt"))));
        QCOMPARE(library.articles().first().revisionCount, 1);
    }

    void changedFileIsNewRevisionOfSameArticle()
    {
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        const auto first = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        const QString firstRevision = library.articles().first().revision;
        QCOMPARE(firstRevision.size(), 64);

        const auto revised = library.addArticle(parsedArticle(QStringLiteral("어센드 정정"), kChipTextRevised, QStringLiteral("/a/chip.txt")));
        QVERIFY(revised);
        QCOMPARE(revised->result, store::AddResult::NewRevision);
        QCOMPARE(revised->articleId, first->articleId);
        QCOMPARE(library.articleCount(), 1);

        const auto record = library.article(first->articleId);
        QVERIFY(record);
        QCOMPARE(record->summary.revisionCount, 2);
        QVERIFY(record->summary.revision != firstRevision);
        QCOMPARE(record->summary.meta.title, QStringLiteral("어센드 정정"));
        QCOMPARE(record->text, kChipTextRevised);

        // Only the current revision is searchable.
        QCOMPARE(library.search(QStringLiteral("정정했다")).size(), 1);
        QCOMPARE(library.search(QStringLiteral("두 배로")).size(), 0);
        QVERIFY(library.searchIndexIsConsistent());

        // Going back to the first text is not a third revision: that text is already known.
        const auto reverted = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        QCOMPARE(reverted->result, store::AddResult::Unchanged);
        QCOMPARE(library.article(first->articleId)->summary.revisionCount, 2);
    }

    void differentTextFromAnotherFileIsAnotherArticle()
    {
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        const auto a = library.addArticle(parsedArticle(QStringLiteral("가"), kChipText, QStringLiteral("/a/one.txt")));
        const auto b = library.addArticle(parsedArticle(QStringLiteral("나"), kChipTextRevised, QStringLiteral("/a/two.txt")));
        QCOMPARE(b->result, store::AddResult::Added);
        QVERIFY(a->articleId != b->articleId);
        QCOMPARE(library.articleCount(), 2);
    }

    void failureMidArticleLeavesNothingHalfWritten()
    {
        const QString path = newLibrary();
        store::Library library;
        QVERIFY(library.open(path));
        const auto kept = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        QVERIFY(kept);

        RawConnection other(path);
        // Fails the article after its row and its revision were written, before it becomes current.
        QVERIFY(createTrigger(other, QStringLiteral("fail_late"), QStringLiteral("BEFORE UPDATE OF current_revision"),
                              QStringLiteral("articles"), {}, TriggerAction::Fail));
        const auto added = library.addArticle(parsedArticle(QStringLiteral("새 기사"), QStringLiteral("바이두는 어니 모델을 공개했다."),
                                                            QStringLiteral("/a/new.txt")));
        QVERIFY(!added);
        QVERIFY(library.lastError().contains(QStringLiteral("simulated failure")));
        const auto revised = library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipTextRevised, QStringLiteral("/a/chip.txt")));
        QVERIFY(!revised);

        QCOMPARE(library.articleCount(), 1);
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM articles")).toInt(), 1);
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM revisions")).toInt(), 1);
        QCOMPARE(library.article(kept->articleId)->text, kChipText);
        QCOMPARE(library.search(QStringLiteral("바이두")).size(), 0);
        QVERIFY(library.searchIndexIsConsistent());

        QVERIFY(dropTrigger(other, QStringLiteral("fail_late"), QStringLiteral("articles")));
        const auto retried = library.addArticle(parsedArticle(QStringLiteral("새 기사"), QStringLiteral("바이두는 어니 모델을 공개했다."),
                                                              QStringLiteral("/a/new.txt")));
        QVERIFY(retried);
        QCOMPARE(retried->result, store::AddResult::Added);
        QCOMPARE(library.search(QStringLiteral("바이두")).size(), 1);
    }

    void importsFoldersRecursivelyAndRefusesWhatIsNotAnArticle()
    {
        const QString root = newPath(QStringLiteral("inbox"));
        QVERIFY(writeFile(root + QStringLiteral("/a.txt"), kChipText.toUtf8()));
        QVERIFY(writeFile(root + QStringLiteral("/sub/b.md"),
                          QStringLiteral("# 바이두 어니\n\n바이두는 어니 4.5를 공개했다.\n").toUtf8()));
        QVERIFY(writeFile(root + QStringLiteral("/sub/deeper/c.html"),
                          QStringLiteral("<html><head><title>텐센트 훈위안</title></head><body><article><p>텐센트는 "
                                         "훈위안 모델을 오픈소스로 풀었다.</p></article></body></html>")
                              .toUtf8()));
        QVERIFY(writeFile(root + QStringLiteral("/sub/ignored.pdf"), QByteArrayLiteral("%PDF-1.4 not imported")));
        QVERIFY(writeFile(root + QStringLiteral("/broken.txt"), QByteArray("\x00\x01\x02\xff\xfe\x00\x89PNG", 11).repeated(50)));
        QVERIFY(writeFile(root + QStringLiteral("/empty.txt"), QByteArray()));
        const QString missing = root + QStringLiteral("/nowhere.txt");

        store::Library library;
        QVERIFY(library.open(newLibrary()));
        QList<int> progressDone;
        import::Importer importer(library);
        const auto report = importer.run({root, missing}, [&](int done, int total, const QString &) {
            progressDone << done;
            return total == 5;
        });
        QCOMPARE(report.count(import::ImportStatus::Added), 3);
        QCOMPARE(report.count(import::ImportStatus::Refused), 3);  // binary, empty, missing
        QVERIFY(!report.allImported());
        QVERIFY(!report.cancelled);
        QCOMPARE(progressDone, (QList<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(library.articleCount(), 3);
        // Every file the walk met is in the report: the PDF as skipped, not as an error.
        QCOMPARE(report.files.size(), 7);
        QCOMPARE(report.count(import::ImportStatus::Skipped), 1);
        for (const auto &file : report.files) {
            QCOMPARE(file.path.endsWith(QStringLiteral(".pdf")), file.status == import::ImportStatus::Skipped);
            if (file.status == import::ImportStatus::Refused || file.status == import::ImportStatus::Skipped)
                QVERIFY2(!file.message.isEmpty(), qPrintable(file.path));
        }
        QCOMPARE(library.search(QStringLiteral("훈위안")).size(), 1);
        QCOMPARE(library.search(QStringLiteral("어니")).size(), 1);

        const auto again = importer.run({root});
        QCOMPARE(again.count(import::ImportStatus::Unchanged), 3);
        QCOMPARE(library.articleCount(), 3);
    }

    // What the folder walk cannot take is named, not skipped: a file name that is not UTF-8, and
    // (when the test is not run as root, who reads everything) a folder that cannot be read.
    void folderWalkNamesWhatItCannotTake()
    {
        const QString root = newPath(QStringLiteral("walk"));
        QVERIFY(writeFile(root + QStringLiteral("/good.txt"), kChipText.toUtf8()));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/locked")));
        QVERIFY(writeFile(root + QStringLiteral("/locked/inside.txt"), kChipText.toUtf8()));
        // A name in EUC-KR bytes (기사.txt), as an old Windows archive leaves them.
        const QByteArray latin = QFile::encodeName(root) + QByteArray("/\xb1\xe2\xbb\xe7.txt");
        {
            FILE *raw = std::fopen(latin.constData(), "wb");
            QVERIFY(raw);
            std::fputs("foreign name", raw);
            std::fclose(raw);
        }
        const bool root_user = ::geteuid() == 0;
        QVERIFY(QFile::setPermissions(root + QStringLiteral("/locked"), QFileDevice::WriteOwner));
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        const auto report = import::Importer(library).run({root});
        QFile::setPermissions(root + QStringLiteral("/locked"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QStringList refusals;
        for (const auto &file : report.files) {
            if (file.status == import::ImportStatus::Refused)
                refusals << file.message;
        }
        QVERIFY2(std::any_of(refusals.cbegin(), refusals.cend(),
                             [](const QString &m) { return m.contains(QStringLiteral("not valid UTF-8")); }),
                 qPrintable(refusals.join(u'\n')));
        if (!root_user) {
            QVERIFY2(std::any_of(refusals.cbegin(), refusals.cend(),
                                 [](const QString &m) { return m.contains(QStringLiteral("cannot be read")); }),
                     qPrintable(refusals.join(u'\n')));
        }
        QVERIFY(!report.allImported());  // the run says something was left out
        QVERIFY(report.count(import::ImportStatus::Added) >= 1);
    }

    void importsOwnFixtureFolder()
    {
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        import::Importer importer(library);
        const auto report = importer.run({QStringLiteral(DOKHAE_TEST_DATA_DIR "/store/inbox")});
        QCOMPARE(report.count(import::ImportStatus::Added), 3);
        QVERIFY(report.allImported());

        const auto idOf = [&](const QString &fileName) {
            for (const auto &file : report.files) {
                if (file.path.endsWith(fileName))
                    return file.articleId;
            }
            return qint64(-1);
        };
        const auto hitIds = [&](const QString &query) {
            QList<qint64> ids;
            for (const auto &hit : library.search(query))
                ids << hit.id;
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        const qint64 baidu = idOf(QStringLiteral("baidu_ernie.txt"));
        const qint64 huawei = idOf(QStringLiteral("huawei_ascend.md"));
        const qint64 tencent = idOf(QStringLiteral("tencent_hunyuan.html"));
        QCOMPARE(hitIds(QStringLiteral("바이두")), QList<qint64>{baidu});              // 바이두는, 바이두의
        QCOMPARE(hitIds(QStringLiteral("어센드")), QList<qint64>{huawei});
        QCOMPARE(hitIds(QStringLiteral("훈위안")), QList<qint64>{tencent});
        QCOMPARE(hitIds(QStringLiteral("텐센트")), (QList<qint64>{baidu, tencent}));    // 텐센트의, 텐센트는
        QCOMPARE(hitIds(QStringLiteral("중국")), (QList<qint64>{baidu, huawei, tencent}));
        QCOMPARE(hitIds(QStringLiteral("칩")), QList<qint64>{huawei});
        QCOMPARE(hitIds(QStringLiteral("로그인")), QList<qint64>{});  // site chrome is not article text
    }

    void refusedFilesChangeNothing()
    {
        const QString path = newLibrary();
        const QString binary = newPath(QStringLiteral("photo.txt"));
        const QString empty = newPath(QStringLiteral("empty.md"));
        QVERIFY(writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16).repeated(64)));
        QVERIFY(writeFile(empty, QByteArray("\n\n   \n")));
        store::Library library;
        QVERIFY(library.open(path));
        library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText, QStringLiteral("/a/chip.txt")));
        // The file's change counter (SQLite), or the transactions that last wrote each row (PostgreSQL).
        RawConnection other(path);
        const QString changesSql = dokhae::test::TestLibraries::onPostgres()
            ? QStringLiteral("SELECT (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM articles) || '/' || "
                             "(SELECT string_agg(xmin::text, ',' ORDER BY id) FROM revisions)")
            : QStringLiteral("PRAGMA data_version");
        const QString changesBefore = other.scalar(changesSql).toString();
        QVERIFY(!changesBefore.isEmpty());
        const auto before = library.articles();

        import::Importer importer(library);
        const auto report = importer.run({binary, empty});
        QCOMPARE(report.count(import::ImportStatus::Refused), 2);
        QCOMPARE(library.articleCount(), 1);
        QCOMPARE(library.articles().first().revision, before.first().revision);
        QCOMPARE(other.scalar(changesSql).toString(), changesBefore);
        QVERIFY(report.files.first().message.contains(QStringLiteral("photo.txt")));
    }

    void cancelStopsAfterTheCurrentFile()
    {
        const QString root = newPath(QStringLiteral("batch"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeFile(root + QStringLiteral("/%1.txt").arg(i),
                              QStringLiteral("로봇 기업 %1\n\n%1번째 기사: 중국 로봇 기업이 투자를 유치했다.\n회사는 생산을 늘린다.")
                                  .arg(i)
                                  .toUtf8()));
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        import::Importer importer(library);
        const auto report = importer.run({root}, [](int done, int, const QString &) { return done < 2; });
        QVERIFY(report.cancelled);
        QCOMPARE(report.files.size(), 2);
        QCOMPARE(report.count(import::ImportStatus::Added), 2);
        QCOMPARE(library.articleCount(), 2);
    }

    // SQLite's page ceiling fails writes with the very error a full disk gives (SQLITE_FULL).
    void fullLibraryStopsTheImportAtTheFirstFileAndKeepsWhatWasStored()
    {
        DOKHAE_SQLITE_ONLY("SQLite's page ceiling stands in for a full disk");
        const QString root = writeBatch(QStringLiteral("full"), 5, 2000);
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        QVERIFY(library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText)));
        QSqlQuery pragma(library.connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        import::Importer importer(library);
        const auto report = importer.run({root});
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.count(import::ImportStatus::Refused), 1);
        QCOMPARE(report.notTried, 4);
        QVERIFY(!report.allImported());
        QVERIFY2(report.stoppedBy.contains(QStringLiteral("full")), qPrintable(report.stoppedBy));
        QVERIFY(!report.stoppedBy.contains(QStringLiteral("damaged")));
        const QString &line = report.files.first().message;
        QVERIFY2(line.contains(QStringLiteral("0.txt")) && line.contains(QStringLiteral("full")), qPrintable(line));
        QCOMPARE(library.lastStorageFailure(), store::StorageFailure::DiskFull);
        QCOMPARE(library.articleCount(), 1);

        // Room again: the same import completes, nothing twice.
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages * 100)));
        const auto again = importer.run({root});
        QVERIFY(again.allImported());
        QCOMPARE(again.count(import::ImportStatus::Added), 5);
        QCOMPARE(library.articleCount(), 6);
    }

    // An import writes many articles to a transaction; one that fails inside it is undone alone.
    void failedArticleInsideABatchIsUndoneAlone()
    {
        const QString root = writeBatch(QStringLiteral("one-fails"), 6);
        const QString path = newLibrary();
        store::Library library;
        QVERIFY(library.open(path));
        RawConnection other(path);
        // Fails the third file after its article row was written.
        QVERIFY(createTrigger(other, QStringLiteral("fail_third"), QStringLiteral("BEFORE INSERT"), QStringLiteral("revisions"),
                              QStringLiteral("NEW.text LIKE '%2번째 기사%'"), TriggerAction::Fail));
        const auto report = import::Importer(library).run({root});
        QVERIFY(report.stoppedBy.isEmpty());
        QCOMPARE(report.count(import::ImportStatus::Added), 5);
        QCOMPARE(report.count(import::ImportStatus::Refused), 1);
        QVERIFY(report.files.at(2).message.contains(QStringLiteral("simulated failure")));
        QVERIFY(report.files.at(2).path.endsWith(QStringLiteral("/2.txt")));
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM articles")).toInt(), 5);
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM revisions")).toInt(), 5);
        QVERIFY(library.searchIndexIsConsistent());
        QCOMPARE(library.search(QStringLiteral("로봇")).size(), 5);
        QVERIFY(!library.inBatch());
    }

    // A file is reported stored only once it is. A batch whose commit fails is stored again one
    // article a transaction, as far as the library takes them: the article that fails stops the
    // run there, as it would have without batches, and the files after it are not tried.
    void failedCommitStoresTheBatchAgainOneByOne()
    {
        const QString root = writeBatch(QStringLiteral("commit-fails"), 4);
        const QString path = newLibrary();
        store::Library library;
        QVERIFY(library.open(path));
        QVERIFY(library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText)));
        RawConnection other(path);
        // A deferred foreign key is checked at COMMIT: the batch that adds the third file fails
        // there, and so does the third file alone.
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE guard (article BIGINT REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED)")));
        QVERIFY(createTrigger(other, QStringLiteral("guard_articles"), QStringLiteral("AFTER INSERT"), QStringLiteral("articles"),
                              QStringLiteral("NEW.source_file LIKE '%/2.txt'"), TriggerAction::BreakGuard));
        const auto report = import::Importer(library).run({root});
        QCOMPARE(report.count(import::ImportStatus::Added), 2);
        QCOMPARE(report.count(import::ImportStatus::Refused), 1);
        QCOMPARE(report.files.size(), 3);
        QVERIFY2(report.files.at(2).path.endsWith(QStringLiteral("/2.txt")), qPrintable(report.files.at(2).path));
        QCOMPARE(report.notTried, 1);
        QVERIFY(!report.stoppedBy.isEmpty());
        QCOMPARE(library.articleCount(), 3);
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM revisions")).toInt(), 3);
        QVERIFY(library.searchIndexIsConsistent());
        QVERIFY(!library.inBatch());
        for (const import::FileOutcome &file : report.files) {
            if (file.status == import::ImportStatus::Added)
                QVERIFY(library.article(file.articleId));  // reported stored: stored
        }

        // Without the guard the same import stores the rest.
        QVERIFY(dropTrigger(other, QStringLiteral("guard_articles"), QStringLiteral("articles")));
        const auto again = import::Importer(library).run({root});
        QVERIFY(again.allImported());
        QCOMPARE(again.count(import::ImportStatus::Added), 2);
        QCOMPARE(library.articleCount(), 5);
    }

    // A library closed with a batch open keeps nothing of the batch and stays whole.
    void closingInsideABatchDropsItWhole()
    {
        const QString path = newLibrary();
        {
            store::Library library;
            QVERIFY(library.open(path));
            QVERIFY(library.addArticle(parsedArticle(QStringLiteral("어센드"), kChipText)));
            QVERIFY(library.beginBatch());
            QVERIFY(library.addArticle(parsedArticle(QStringLiteral("새 기사"), QStringLiteral("바이두는 어니 모델을 공개했다."))));
            QCOMPARE(library.search(QStringLiteral("바이두")).size(), 1);  // the batch sees its own writes
            RawConnection other(path);
            QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM articles")).toInt(), 1);  // others do not
            library.close();
        }
        store::Library reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.articleCount(), 1);
        QCOMPARE(reopened.search(QStringLiteral("바이두")).size(), 0);
        QVERIFY(reopened.searchIndexIsConsistent());
    }

    void lockedLibraryStopsTheImportAndNamesTheFile()
    {
        const QString root = writeBatch(QStringLiteral("locked"), 3);
        const QString path = newLibrary();
        store::Library library;
        library.setBusyTimeout(100);
        QVERIFY(library.open(path));
        RawConnection other(path);
        QVERIFY(other.ok());
        QSqlDatabase hold = other.db();
        QSqlError error;
        QVERIFY2(store::dialectOf(hold).beginWrite(hold, &error), qPrintable(error.text()));  // another program holds the write lock

        import::Importer importer(library);
        const auto report = importer.run({root});
        QVERIFY(hold.rollback());
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.notTried, 2);
        QCOMPARE(library.lastStorageFailure(), store::StorageFailure::Locked);
        QVERIFY2(report.files.first().message.contains(QStringLiteral("0.txt")), qPrintable(report.files.first().message));
        QVERIFY2(report.stoppedBy.contains(QStringLiteral("locked")), qPrintable(report.stoppedBy));
        QCOMPARE(library.articleCount(), 0);
    }

    // A refusal of one article's content is not the library's failure: the run goes on.
    void contentRefusalDoesNotStopTheImport()
    {
        const QString root = newPath(QStringLiteral("mixed"));
        QVERIFY(writeFile(root + QStringLiteral("/0-empty.txt"), QByteArray()));
        QVERIFY(writeFile(root + QStringLiteral("/1.txt"), kChipText.toUtf8()));
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        const auto report = import::Importer(library).run({root});
        QVERIFY(report.stoppedBy.isEmpty());
        QCOMPARE(report.count(import::ImportStatus::Refused), 1);
        QCOMPARE(report.count(import::ImportStatus::Added), 1);
    }

    void importsSeedsOnceOnly()
    {
        store::Library library;
        QVERIFY(library.open(newLibrary()));
        import::Importer importer(library);
        const auto report = importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)});
        QCOMPARE(report.count(import::ImportStatus::Added), 4);
        QVERIFY(report.allImported());
        const auto again = importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)});
        QCOMPARE(again.count(import::ImportStatus::Unchanged), 4);
        QCOMPARE(library.articleCount(), 4);
    }

    void workerThreadImportsIntoItsOwnConnection()
    {
        const QString path = newLibrary();
        store::Library reader;
        QVERIFY(reader.open(path));
        int workerAdded = -1;
        QThread *worker = QThread::create([&] {
            store::Library library;
            if (!library.open(path))
                return;
            import::Importer importer(library);
            workerAdded = importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)}).count(import::ImportStatus::Added);
        });
        worker->start();
        // The GUI thread keeps reading while the worker writes.
        while (!worker->wait(5))
            QVERIFY(reader.articleCount() <= 4);
        delete worker;
        QCOMPARE(workerAdded, 4);
        QCOMPARE(reader.articleCount(), 4);
        QCOMPARE(reader.search(QStringLiteral("딥시크")).size(), 4);
    }

    void killedImportLeavesWholeArticlesOnly()
    {
        const QString cli = QStringLiteral(DOKHAE_CLI_PATH);
        if (!QFileInfo(cli).isExecutable())
            QSKIP("dokhae-cli is not built");
        const QString root = newPath(QStringLiteral("many"));
        QString body;
        for (int line = 0; line < 40; ++line)
            body += QStringLiteral("중국 배터리 업체 CATL은 %1번째 문단에서 유럽 공장 증설 계획을 설명했다.\n").arg(line);
        for (int i = 0; i < 400; ++i)
            QVERIFY(writeFile(root + QStringLiteral("/%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                              QStringLiteral("배터리 기사 %1\n\n표지어%2 문서다.\n%3").arg(i).arg(i).arg(body).toUtf8()));
        const QString path = newLibrary();

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        child.setProcessEnvironment(environment);
        child.start(cli, {QStringLiteral("import"), QStringLiteral("--db"), path, root});
        QVERIFY(child.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        int seen = 0;
        while (seen < 20 && clock.elapsed() < 30000 && child.state() == QProcess::Running) {
            QThread::msleep(5);
            if (dokhae::test::TestLibraries::onPostgres() || QFileInfo::exists(path)) {
                RawConnection peek(path);
                seen = peek.scalar(QStringLiteral("SELECT COUNT(*) FROM articles")).toInt();
            }
        }
        QVERIFY2(child.state() == QProcess::Running, "the import ended before it could be interrupted");
        child.kill();
        QVERIFY(child.waitForFinished());

        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        const int count = library.articleCount();
        QVERIFY(count >= 20 && count < 400);
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM revisions")).toInt(), count);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM articles WHERE current_revision IS NULL")).toInt(), 0);
        QVERIFY(library.searchIndexIsConsistent());
        QCOMPARE(library.search(QStringLiteral("배터리")).size(), count);
        // Every article that is there is whole: its own words are searchable.
        for (const auto &summary : library.articles()) {
            const int number = QFileInfo(summary.sourceFile).completeBaseName().toInt();
            QCOMPARE(library.search(QStringLiteral("표지어%1").arg(number)).size(), 1);
        }
        qInfo("import killed after %d of 400 articles", count);
    }

    void twoWritersAtOnceLoseNothing()
    {
        // Both threads add the same 30 texts (from different paths) and 30 of their own: the
        // shared ones must end up once, with no add failing on the other's lock.
        const QString path = newLibrary();
        { store::Library create; QVERIFY(create.open(path)); }
        const auto writer = [&path](int self, int *failures) {
            return QThread::create([&path, self, failures] {
                store::Library library;
                // The other writer may hold the file for all of its 60 adds: longer than the
                // default 5 s wait when everything runs slowly (AddressSanitizer on a busy machine).
                // What this test guards is lost writes, not how long a machine takes.
                library.setBusyTimeout(60000);
                if (!library.open(path)) {
                    *failures = -1;
                    return;
                }
                for (int i = 0; i < 30; ++i) {
                    const QString shared = QStringLiteral("공유 기사 %1: 샤오미는 전기차 판매를 늘렸다.").arg(i);
                    const QString own = QStringLiteral("작성자 %1의 기사 %2: 바이트댄스는 두바오를 개선했다.").arg(self).arg(i);
                    for (const QString &text : {shared, own}) {
                        if (!library.addArticle(parsedArticle(QStringLiteral("제목"), text,
                                                              QStringLiteral("/w%1/%2-%3.txt").arg(self).arg(i).arg(text.size()))))
                            ++*failures;
                    }
                }
            });
        };
        int failuresA = 0;
        int failuresB = 0;
        QThread *a = writer(1, &failuresA);
        QThread *b = writer(2, &failuresB);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(failuresA, 0);
        QCOMPARE(failuresB, 0);
        store::Library library;
        QVERIFY(library.open(path));
        QCOMPARE(library.articleCount(), 90);
        QCOMPARE(library.search(QStringLiteral("샤오미")).size(), 30);
        QVERIFY(library.searchIndexIsConsistent());
    }
};

QTEST_GUILESS_MAIN(TestLibraryImport)
#include "test_library_import.moc"
