#include "store/offline_corrections.h"

#include "store/library.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <array>

namespace dokhae::store {

using entities::Entity;

namespace {

constexpr std::array kKindNames{"save-entity", "remove-entity", "hide", "show", "merge", "unmerge"};

QJsonObject toJson(const PendingCorrection &c)
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kKindNames[std::size_t(c.kind)])},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("into"), c.into}};
    if (c.kind == PendingCorrection::Kind::SaveEntity) {
        o.insert(QStringLiteral("type"), entities::entityTypeName(c.entity.type));
        o.insert(QStringLiteral("name_ko"), c.entity.nameKo);
        o.insert(QStringLiteral("name_en"), c.entity.nameEn);
        o.insert(QStringLiteral("hanzi"), c.entity.hanzi);
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(c.entity.aliases));
        o.insert(QStringLiteral("wikidata"), c.entity.wikidata);
    }
    return o;
}

std::optional<PendingCorrection> fromJson(const QJsonObject &o)
{
    PendingCorrection c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto named = std::find_if(kKindNames.cbegin(), kKindNames.cend(), [&](const char *k) { return kind == QLatin1String(k); });
    if (named == kKindNames.cend())
        return std::nullopt;
    c.kind = PendingCorrection::Kind(named - kKindNames.cbegin());
    c.id = o.value(QStringLiteral("id")).toString();
    c.into = o.value(QStringLiteral("into")).toString();
    if (c.id.isEmpty())
        return std::nullopt;
    if (c.kind == PendingCorrection::Kind::SaveEntity) {
        c.entity.id = c.id;
        if (!entities::entityTypeFromName(o.value(QStringLiteral("type")).toString(), &c.entity.type))
            return std::nullopt;
        c.entity.nameKo = o.value(QStringLiteral("name_ko")).toString();
        c.entity.nameEn = o.value(QStringLiteral("name_en")).toString();
        c.entity.hanzi = o.value(QStringLiteral("hanzi")).toString();
        for (const QJsonValue &alias : o.value(QStringLiteral("aliases")).toArray())
            c.entity.aliases << alias.toString();
        c.entity.wikidata = o.value(QStringLiteral("wikidata")).toString();
    }
    return c;
}

} // namespace

OfflineCorrections::OfflineCorrections(QString journalPath)
    : m_journal(std::move(journalPath))
{
    for (const QJsonValue &value : m_journal.load(&m_loadError)) {
        if (const auto correction = fromJson(value.toObject()))
            m_pending.append(*correction);
    }
    if (!m_pending.isEmpty())
        spdlog::info("{} entity correction(s) made offline are waiting in {}", m_pending.size(), m_journal.path().toStdString());
}

EntityCorrections OfflineCorrections::corrections() const
{
    EntityCorrections result = m_corrections;
    for (const PendingCorrection &c : m_pending) {
        switch (c.kind) {
        case PendingCorrection::Kind::Hide: result.hidden.insert(c.id); break;
        case PendingCorrection::Kind::Show: result.hidden.remove(c.id); break;
        case PendingCorrection::Kind::Merge: result.merges.insert(c.id, c.into); break;
        case PendingCorrection::Kind::Unmerge: result.merges.remove(c.id); break;
        case PendingCorrection::Kind::SaveEntity:
        case PendingCorrection::Kind::RemoveEntity: break;
        }
    }
    return result;
}

QList<Entity> OfflineCorrections::userEntities() const
{
    QList<Entity> result = m_userEntities;
    for (const PendingCorrection &c : m_pending) {
        if (c.kind != PendingCorrection::Kind::SaveEntity && c.kind != PendingCorrection::Kind::RemoveEntity)
            continue;
        result.removeIf([&](const Entity &e) { return e.id == c.id; });
        if (c.kind == PendingCorrection::Kind::SaveEntity)
            result.append(c.entity);
    }
    std::sort(result.begin(), result.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
    return result;
}

bool OfflineCorrections::save(QString *error) const
{
    QJsonArray changes;
    for (const PendingCorrection &c : m_pending)
        changes.append(toJson(c));
    return m_journal.save(changes, error);
}

bool OfflineCorrections::record(const PendingCorrection &correction, QString *error)
{
    m_pending.append(correction);
    if (save(error))
        return true;
    m_pending.removeLast();
    return false;
}

JournalSendReport OfflineCorrections::send(Library &library)
{
    JournalSendReport report;
    while (!m_pending.isEmpty()) {
        const PendingCorrection c = m_pending.first();
        bool done = false;
        switch (c.kind) {
        case PendingCorrection::Kind::SaveEntity: done = library.saveUserEntity(c.entity); break;
        case PendingCorrection::Kind::RemoveEntity: done = library.removeUserEntity(c.id); break;
        case PendingCorrection::Kind::Hide: done = library.setEntityHidden(c.id, true); break;
        case PendingCorrection::Kind::Show: done = library.setEntityHidden(c.id, false); break;
        case PendingCorrection::Kind::Merge: done = library.mergeEntities(c.id, c.into); break;
        case PendingCorrection::Kind::Unmerge: done = library.unmerge(c.id); break;
        }
        if (!done) {
            const bool away = library.lastStorageFailure() == StorageFailure::Unreachable || !library.answers();
            if (!m_journal.passOver(toJson(c), library.lastError(), !away, &report))
                break;
        } else {
            ++report.sent;
        }
        m_pending.removeFirst();
        QString error;
        if (!save(&error))
            spdlog::warn("{}", error.toStdString());
    }
    if (report.sent > 0)
        spdlog::info("Sent {} entity correction(s) made offline", report.sent);
    return report;
}

} // namespace dokhae::store
