#include "article_source.h"

#include "cli_commands.h"
#include "import/article_parser.h"
#include "store/library.h"
#include "store/library_location.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

class CliArticleSource {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

bool openExistingLibrary(store::Library &library, const QString &path, QTextStream &err)
{
    // A team library is a server's: whether it exists is for the server to say.
    if (store::LibraryLocation::looksLikeServer(path)) {
        if (library.open(path))
            return true;
        err << library.lastError() << Qt::endl;
        return false;
    }
    if (!QFileInfo::exists(path)) {
        err << CliArticleSource::tr("No library at %1.").arg(path) << Qt::endl;
        return false;
    }
    if (QFileInfo(path).isDir()) {
        err << CliArticleSource::tr("%1 is a folder; --db names a library file.").arg(path) << Qt::endl;
        return false;
    }
    if (library.open(path))
        return true;
    err << library.lastError() << Qt::endl;
    return false;
}

LoadedArticle loadArticle(const QString &argument, const QString &dbPath, store::Library &library, QTextStream &err)
{
    if (dbPath.isEmpty()) {
        const import::ParseResult parsed = import::parseArticleFile(argument);
        if (!parsed.ok) {
            err << parsed.error << Qt::endl;
            return {ExitSomeRefused, {}, -1};
        }
        return {ExitOk, parsed.article.text, -1};
    }
    if (!openExistingLibrary(library, dbPath, err))
        return {ExitLibrary, {}, -1};
    bool isNumber = false;
    const qint64 id = argument.toLongLong(&isNumber);
    const std::optional<ArticleRecord> record = isNumber ? library.article(id) : std::nullopt;
    if (!record) {
        err << CliArticleSource::tr("No article with id %1 in %2.").arg(argument, dbPath) << Qt::endl;
        return {ExitNotFound, {}, -1};
    }
    return {ExitOk, record->text, id};
}

} // namespace dokhae::cli
