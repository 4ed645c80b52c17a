#include "claims/claim_filter.h"

#include "entities/name_key.h"

namespace dokhae::claims {

namespace {

bool entityMatches(const ClaimGroup &group, const QString &asked, const SubjectNames &subjects)
{
    if (subjects.key(asked) == group.subjectKey)
        return true;
    const QString part = entities::nameKey(asked);
    return entities::nameKey(group.subjectKo).contains(part) || entities::nameKey(group.subjectEn).contains(part);
}

bool measureMatches(const ClaimGroup &group, const QString &asked)
{
    if (figures::measureKey(asked) == group.measureKey)
        return true;
    const QString words = asked.trimmed();
    for (const ClaimMember &member : group.members) {
        if (member.figure.measure.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool matches(const ClaimGroup &group, const ClaimFilter &filter, const SubjectNames &subjects)
{
    if (group.sourceCount() < filter.minSources)
        return false;
    if (filter.flaggedOnly && !group.isFlagged())
        return false;
    if (filter.year && group.year != filter.year)
        return false;
    if (!filter.entity.trimmed().isEmpty() && !entityMatches(group, filter.entity, subjects))
        return false;
    return filter.measure.trimmed().isEmpty() || measureMatches(group, filter.measure);
}

} // namespace dokhae::claims
