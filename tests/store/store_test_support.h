#pragma once

// Helpers shared by the store and search suites: parsed articles built in the test, a second raw
// connection to a library (to play "another program"), and file fingerprints.

#include "import/article_parser.h"
#include "store/fts_tokenizer.h"
#include "store/library_location.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

namespace dokhae::testing {

inline import::ParsedArticle parsedArticle(const QString &title, const QString &text, const QString &sourceFile = {})
{
    import::ParsedArticle article;
    article.meta.title = title;
    article.meta.source = QStringLiteral("테스트일보");
    article.text = text;
    article.encoding = QStringLiteral("UTF-8");
    article.sourceFile = sourceFile;
    return article;
}

inline QByteArray fileFingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A raw connection of its own name to a library's location, removed when this object goes away:
// QSQLITE for a file (with our FTS5 tokenizer unless told not to), QPSQL for a postgresql:// URI.
class RawConnection {
public:
    explicit RawConnection(const QString &location, bool withTokenizer = true)
        : m_name(QUuid::createUuid().toString())
    {
        if (store::LibraryLocation::looksLikeServer(location)) {
            const store::LibraryLocation server = store::LibraryLocation::parse(location);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(server.host());
            if (server.port() > 0)
                db.setPort(server.port());
            db.setDatabaseName(server.database());
            db.setUserName(server.user());
            m_ok = db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        m_ok = db.open() && (!withTokenizer || store::registerBigramTokenizer(db, nullptr));
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace dokhae::testing
