#include "claims/subject_names.h"

#include "entities/korean_particles.h"
#include "entities/name_key.h"

namespace dokhae::claims {

SubjectNames::SubjectNames(const entities::EntityCatalog &catalog, store::EntityCorrections corrections)
    : m_catalog(&catalog)
    , m_corrections(std::move(corrections))
{
}

SubjectNames::SubjectNames(std::shared_ptr<const entities::EntityCatalog> catalog, store::EntityCorrections corrections)
    : m_owned(std::move(catalog))
    , m_catalog(m_owned.get())
    , m_corrections(std::move(corrections))
{
}

const entities::Entity *SubjectNames::entity(const QString &subject) const
{
    const QString name = subject.trimmed();
    if (name.isEmpty())
        return nullptr;
    const entities::Entity *found = m_catalog->findByName(name);
    // The extractor leaves a subject as the sentence ends it; a particle it kept must not make
    // 중국은 another subject than 중국.
    if (!found)
        found = m_catalog->findByName(entities::stripParticles(name));
    if (!found)
        return nullptr;
    const QString resolved = m_corrections.resolve(found->id);
    if (resolved != found->id) {
        if (const entities::Entity *target = m_catalog->findById(resolved))
            return target;
    }
    return found;
}

QString SubjectNames::key(const QString &subject) const
{
    if (subject.trimmed().isEmpty())
        return {};
    if (const entities::Entity *known = entity(subject))
        return QStringLiteral("entity:") + m_corrections.resolve(known->id);
    return QStringLiteral("name:") + entities::nameKey(entities::stripParticles(subject.trimmed()));
}

} // namespace dokhae::claims
