#include "entities/entity.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace dokhae::entities {

namespace {
struct TypeName {
    EntityType type;
    QLatin1String name;
};
constexpr TypeName typeNames[] = {
    {EntityType::Organization, QLatin1String("org")},
    {EntityType::Person, QLatin1String("person")},
    {EntityType::Place, QLatin1String("place")},
    {EntityType::Product, QLatin1String("product")},
    {EntityType::Work, QLatin1String("work")},
};
} // namespace

QString entityTypeName(EntityType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return {};
}

bool entityTypeFromName(QStringView name, EntityType *type)
{
    for (const TypeName &entry : typeNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            *type = entry.type;
            return true;
        }
    }
    return false;
}

QStringList Entity::allNames() const
{
    QStringList names;
    for (const QString &name : {nameKo, nameEn, hanzi}) {
        if (!name.isEmpty())
            names.append(name);
    }
    for (const QString &alias : aliases) {
        if (!alias.isEmpty() && !names.contains(alias))
            names.append(alias);
    }
    return names;
}

QString Entity::displayName(QStringView language) const
{
    const bool english = language.startsWith(u"en", Qt::CaseInsensitive);
    const QString &first = english ? nameEn : nameKo;
    const QString &second = english ? nameKo : nameEn;
    if (!first.isEmpty())
        return first;
    if (!second.isEmpty())
        return second;
    if (!hanzi.isEmpty())
        return hanzi;
    return aliases.value(0);
}

QString Entity::bilingualName(QStringView language) const
{
    const QString first = displayName(language);
    const bool english = language.startsWith(u"en", Qt::CaseInsensitive);
    const QString &other = english ? nameKo : nameEn;
    if (other.isEmpty() || other.compare(first, Qt::CaseInsensitive) == 0)
        return first;
    return first + QLatin1Char(' ') + other;
}

void sortArticleEntities(QList<ArticleEntity> &list)
{
    QCollator collator{QLocale(QLocale::Korean)};
    std::stable_sort(list.begin(), list.end(), [&](const ArticleEntity &a, const ArticleEntity &b) {
        if (a.entity.type != b.entity.type)
            return a.entity.type < b.entity.type;
        if (a.mentions.size() != b.mentions.size())
            return a.mentions.size() > b.mentions.size();
        return collator.compare(a.entity.displayName(u"ko"), b.entity.displayName(u"ko")) < 0;
    });
}

} // namespace dokhae::entities
