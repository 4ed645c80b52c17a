#include "store/fts_tokenizer.h"

#include "search/bigram_tokenizer.h"
#include "store/sqlite_dialect.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace dokhae::store {

namespace {

// The tokenizer keeps no state; FTS5 still wants an object per table, so hand out a dummy one.
struct BigramTokenizer {};

int createTokenizer(void *, const char **, int argCount, Fts5Tokenizer **out)
{
    if (argCount != 0)
        return SQLITE_ERROR;
    *out = reinterpret_cast<Fts5Tokenizer *>(new BigramTokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<BigramTokenizer *>(tokenizer);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length, TokenCallback xToken)
{
    // Queries are read as phrases of bigrams; documents and auxiliary functions (snippet,
    // highlight) must see exactly what was indexed.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? search::TokenizeMode::Query : search::TokenizeMode::Document;
    int rc = SQLITE_OK;
    search::tokenizeUtf8(std::string_view(text, static_cast<std::size_t>(length)), mode,
                         [&](const search::Token &token) {
                             if (rc != SQLITE_OK)
                                 return;
                             rc = xToken(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, token.text.data(),
                                         static_cast<int>(token.text.size()), token.startByte, token.endByte);
                         });
    return rc;
}

fts5_api *fts5Api(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerBigramTokenizer(QSqlDatabase &db, QString *error)
{
    const auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    sqlite3 *connection = sqlite::nativeHandle(db);
    if (!connection)
        return setError(QCoreApplication::translate("Library", "The database driver gives no SQLite handle."));
    fts5_api *api = fts5Api(connection);
    if (!api || api->iVersion < 2)
        return setError(QCoreApplication::translate("Library", "This SQLite has no usable full-text search (FTS5)."));

    static fts5_tokenizer bigram{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kBigramTokenizerName, nullptr, &bigram, nullptr) != SQLITE_OK)
        return setError(QCoreApplication::translate("Library", "Could not register the Korean search tokenizer: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    return true;
}

} // namespace dokhae::store
