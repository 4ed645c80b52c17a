#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dokhae::store {

inline constexpr const char *kBigramTokenizerName = "dokhae_bigram";

// Registers the CJK-bigram tokenizer (search/bigram_tokenizer.h) with FTS5 on this connection,
// through the sqlite3* handle of Qt's SQLite driver. Needed on every connection that reads or
// writes the search table.
bool registerBigramTokenizer(QSqlDatabase &db, QString *error);

} // namespace dokhae::store
