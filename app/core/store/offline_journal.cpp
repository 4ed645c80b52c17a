#include "store/offline_journal.h"

#include "store/library.h"
#include "util/app_paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace dokhae::store {

QString offlineJournalPath(const QString &libraryLocation, const QString &kind)
{
    const QByteArray key = QCryptographicHash::hash(libraryLocation.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(paths::stateDir()).filePath(QStringLiteral("offline/%1-%2.json").arg(QString::fromLatin1(key), kind));
}

bool keptWhileAway(const Library &library, const std::function<bool(QString *error)> &keep, QString *lastError)
{
    if (library.answers())
        return false;
    QString error;
    if (!keep(&error)) {
        if (!error.isEmpty())
            *lastError = QCoreApplication::translate("Library", "The server of the team library cannot be reached, and %1").arg(error);
        return false;
    }
    lastError->clear();
    spdlog::info("The server of {} is away: the change waits to be sent", library.path().toStdString());
    return true;
}

OfflineJournal::OfflineJournal(QString path)
    : m_path(std::move(path))
{
}

QJsonArray OfflineJournal::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a list of changes");
        file.close();
        QFile::rename(m_path, m_path + QStringLiteral(".unreadable"));
        return {};
    }
    return document.array();
}

bool OfflineJournal::save(const QJsonArray &changes, QString *error) const
{
    if (changes.isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(changes).toJson(QJsonDocument::Compact)) >= 0
        && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Library", "could not keep the change in %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return false;
}

bool OfflineJournal::setAside(QJsonObject change, const QString &reason, QString *error) const
{
    QFile file(setAsidePath());
    change.insert(QStringLiteral("refused"), reason);
    if (file.open(QIODevice::Append) && file.write(QJsonDocument(change).toJson(QJsonDocument::Compact) + '\n') > 0)
        return true;
    *error = QCoreApplication::translate("Library", "could not keep the refused change in %1: %2")
                 .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

bool OfflineJournal::passOver(const QJsonObject &change, const QString &reason, bool serverAnswers,
                              JournalSendReport *report) const
{
    QString error = reason;
    if (serverAnswers && setAside(change, reason, &error)) {
        report->refused << reason;
        report->setAsidePath = setAsidePath();
        return true;
    }
    report->complete = false;
    report->error = error;
    return false;
}

} // namespace dokhae::store
