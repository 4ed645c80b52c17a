#include "reading_places.h"

#include "store/library_location.h"

#include <QCryptographicHash>
#include <QSettings>

namespace dokhae::gui {

namespace {

// Positions are kept for this many articles at most; the oldest go first. A reader of a large
// library opens many articles, and the settings file must stay small.
constexpr int kPlacesKept = 500;

} // namespace

ReadingPlaces::ReadingPlaces(const QString &libraryPath)
{
    // A location can hold characters QSettings treats as separators; a digest of it cannot.
    const store::LibraryLocation location = store::LibraryLocation::parse(libraryPath);
    const QByteArray path = (location.isValid() ? location.toString() : libraryPath).toUtf8();
    m_group = QStringLiteral("reading/")
              + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

QString ReadingPlaces::key(const QString &name) const
{
    return m_group + QLatin1Char('/') + name;
}

qint64 ReadingPlaces::lastArticle() const
{
    return QSettings().value(key(QStringLiteral("lastArticle")), 0).toLongLong();
}

void ReadingPlaces::setLastArticle(qint64 articleId)
{
    QSettings().setValue(key(QStringLiteral("lastArticle")), articleId);
}

qsizetype ReadingPlaces::position(qint64 articleId) const
{
    const QStringList entries = QSettings().value(key(QStringLiteral("positions"))).toStringList();
    const QString prefix = QString::number(articleId) + QLatin1Char(':');
    for (const QString &entry : entries) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size()).toLongLong();
    }
    return 0;
}

void ReadingPlaces::setPosition(qint64 articleId, qsizetype offset)
{
    // "id:offset" entries, most recent first, so the list can be trimmed from its end.
    QSettings settings;
    QStringList entries = settings.value(key(QStringLiteral("positions"))).toStringList();
    const QString prefix = QString::number(articleId) + QLatin1Char(':');
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const QString &entry) { return entry.startsWith(prefix); }),
                  entries.end());
    if (offset > 0)
        entries.prepend(prefix + QString::number(offset));
    while (entries.size() > kPlacesKept)
        entries.removeLast();
    settings.setValue(key(QStringLiteral("positions")), entries);
}

} // namespace dokhae::gui
