#include "brief_commands.h"

#include "article_source.h"
#include "brief.h"
#include "brief_export.h"
#include "cli_commands.h"
#include "store/library.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

class CliBrief {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

// "3,1, 4" -> {3, 1, 4}; nullopt when any part is not a whole number above 0.
std::optional<QList<qint64>> articleIds(const QString &list)
{
    QList<qint64> ids;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids << id;
    }
    return ids;
}

} // namespace

int briefCommand(const BriefOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.articles.isEmpty() == options.tag.isEmpty() || options.html.isEmpty() == options.pdf.isEmpty()) {
        err << CliBrief::tr("brief: give either --articles ID,ID or --tag TAG, and either --html FILE or --pdf FILE.")
            << Qt::endl;
        return ExitUsage;
    }
    const std::optional<QList<qint64>> listed = articleIds(options.articles);
    if (!listed) {
        err << CliBrief::tr("brief: --articles takes article ids separated by commas, such as 1,3,4.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    QString error;
    const QList<qint64> ids = options.tag.isEmpty() ? *listed : brief::articlesTagged(library, options.tag, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return ExitLibrary;
    }
    if (ids.isEmpty()) {
        err << CliBrief::tr("brief: no annotation in %1 is tagged “%2”.").arg(options.dbPath, options.tag) << Qt::endl;
        return ExitNotFound;
    }
    std::optional<brief::Brief> made = brief::gatherBrief(library, ids, options.language, &error);
    if (!made) {
        err << error << Qt::endl;
        return library.lastError().isEmpty() ? ExitNotFound : ExitLibrary;
    }
    made->subject = options.tag;
    const QString path = options.pdf.isEmpty() ? options.html : options.pdf;
    const bool written = options.pdf.isEmpty() ? brief::writeBriefHtml(*made, options.language, path, &error)
                                               : brief::writeBriefPdf(*made, options.language, path, &error);
    if (!written) {
        err << error << Qt::endl;
        spdlog::error("cli: brief not written: {}", error.toStdString());
        return ExitSomeRefused;
    }
    out << CliBrief::tr("Brief of %n article(s) written to %1.", nullptr, int(made->articles.size())).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace dokhae::cli
