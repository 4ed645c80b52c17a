#include "store/library_changes.h"

#include "store/library.h"
#include "store/postgres_schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace dokhae::store {

namespace {

// Long enough to take an import's burst of announcements as one, short enough to feel live.
constexpr int kGatherMs = 250;

} // namespace

LibraryChanges::LibraryChanges(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &LibraryChanges::flush);
    QSqlDatabase db = library.connection();
    QSqlDriver *driver = db.isOpen() ? db.driver() : nullptr;
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications) || db.driverName() != QLatin1String("QPSQL"))
        return;
    const QString channel = QLatin1String(postgres::kChangeChannel);
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening) {
        spdlog::warn("Not listening for the team library's changes: {}", driver->lastError().text().toStdString());
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    received(payload.toString());
            });
}

void LibraryChanges::received(const QString &payload)
{
    const QJsonObject change = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString table = change.value(QLatin1String("table")).toString();
    const qint64 article = change.value(QLatin1String("article")).toVariant().toLongLong();
    if (table == QLatin1String("articles"))
        m_articles = true;
    else if (table == QLatin1String("annotations"))
        m_annotated.insert(article);
    else if (table == QLatin1String("charts"))
        m_charted.insert(article);
    else if (table.startsWith(QLatin1String("entity_")) || table == QLatin1String("user_entities"))
        m_corrections = true;
    else
        return;
    if (!m_gather.isActive())
        m_gather.start();
}

void LibraryChanges::flush()
{
    if (std::exchange(m_articles, false))
        emit articlesChanged();
    if (!m_annotated.isEmpty())
        emit annotationsChanged(std::exchange(m_annotated, {}));
    if (!m_charted.isEmpty())
        emit chartsChanged(std::exchange(m_charted, {}));
    if (std::exchange(m_corrections, false))
        emit entityCorrectionsChanged();
}

bool LibraryChanges::listenAgain()
{
    QSqlDatabase db = m_library.connection();
    QSqlDriver *driver = db.isOpen() ? db.driver() : nullptr;
    if (!m_listening || !driver)
        return false;
    const QString channel = QLatin1String(postgres::kChangeChannel);
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    return driver->subscribeToNotification(channel);
}

} // namespace dokhae::store
