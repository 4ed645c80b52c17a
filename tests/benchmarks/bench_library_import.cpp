#include "bench_library_sections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace dokhae::bench {

int insertIntoBareFts(const QString &folder, const QString &database)
{
    QFile::remove(database);
    const QString connection = QStringLiteral("baseline");
    int exitCode = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"CREATE VIRTUAL TABLE docs USING fts5(title, text, tokenize='trigram')"_qs))
            return 1;
        db.transaction();
        query.prepare(u"INSERT INTO docs (title, text) VALUES (?, ?)"_qs);
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.txt"_qs}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            const QString text = QString::fromUtf8(file.readAll());
            query.addBindValue(text.section(u'\n', 0, 0));
            query.addBindValue(text);
            if (!query.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
                exitCode = 1;
                break;
            }
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return exitCode;
}

bool measureImport(const Setup &setup)
{
    const QString baselineDb = setup.work + QStringLiteral("/baseline.sqlite");
    const QStringList baseline{setup.self, QStringLiteral("--fts-baseline"), setup.corpus() + u',' + baselineDb};
    QFile::remove(setup.library());
    // The bare insert before and after ours, so that a drift of the machine's speed shows.
    const ProcessRun before = setup.run(baseline);
    const ProcessRun ours = setup.run(setup.cli(setup.library(), {QStringLiteral("import"), setup.corpus()}));
    const ProcessRun after = setup.run(baseline);
    const bool recoll = haveRecoll();
    const ProcessRun recollIndex = recoll ? setup.run(recollIndexCommand(setup)) : ProcessRun{};
    const ProcessRun seeds = setup.run(setup.cli(setup.seedsLibrary(), {QStringLiteral("import"), QStringLiteral(DOKHAE_SEEDS_DIR)}));
    if (ours.exitCode != 0 || seeds.exitCode != 0)
        return false;

    const double baselineMs = (before.wallMs + after.wallMs) / 2;
    const auto sizeRatio = [&](const QString &path) {
        return static_cast<double>(QFileInfo(path).size()) / static_cast<double>(setup.corpusBytes);
    };
    std::printf("\nimport of %.1f MB            wall s    MB/s  peak MB  file / text\n", setup.corpusMb());
    std::printf("  dokhae-cli import          %7.1f %7.2f %8.0f %12.2f\n", ours.wallMs / 1000,
                setup.corpusMb() / (ours.wallMs / 1000), ours.peakMb, sizeRatio(setup.library()));
    std::printf("  bare FTS5 trigram insert   %7.1f %7.2f %8.0f %12.2f   (runs before and after ours: %.1f, %.1f s)\n",
                baselineMs / 1000, setup.corpusMb() / (baselineMs / 1000), std::max(before.peakMb, after.peakMb),
                sizeRatio(baselineDb), before.wallMs / 1000, after.wallMs / 1000);
    std::printf("  ratio ours / baseline      %7.2f\n", ours.wallMs / baselineMs);
    if (!recoll)
        std::printf("  recollindex: not measured, Debian's recoll is not installed (package recollcmd)\n");
    else if (recollIndex.exitCode == 0)
        std::printf("  recollindex                %7.1f %7.2f %8.0f %12.2f   ratio ours / recollindex %.2f\n",
                    recollIndex.wallMs / 1000, setup.corpusMb() / (recollIndex.wallMs / 1000), recollIndex.peakMb,
                    recollIndexMb(setup) * 1e6 / static_cast<double>(setup.corpusBytes), ours.wallMs / recollIndex.wallMs);
    QFile::remove(baselineDb);
    return true;
}

} // namespace dokhae::bench
