#pragma once

// Helpers shared by the store and search suites: parsed articles built in the test, a second raw
// connection to a library file (to play "another program"), and file fingerprints.

#include "import/article_parser.h"
#include "store/fts_tokenizer.h"

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

// Library files in a throwaway folder, a new name on each call (lib1.sqlite, lib2.sqlite, …), so
// that each test of a suite starts from a library of its own.
class LibraryFiles {
public:
    bool isValid() const { return m_dir.isValid(); }
    QString newPath() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_count)); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

// A raw QSQLITE connection of its own name, removed when this object goes away.
class RawConnection {
public:
    explicit RawConnection(const QString &path, bool withTokenizer = true)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
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
