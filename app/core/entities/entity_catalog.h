#pragma once

#include "entities/entity.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dokhae::entities {

// The bilingual list of known entities. The bundled one is embedded in dokhae_core
// (":/entities/catalog.tsv"); the library adds the user's entries on top with add(), so they
// survive an update of the bundled file.
//
// File format: UTF-8, one entity per line, tab-separated columns
//   id  type  name_ko  name_en  hanzi  aliases  wikidata
// type is org|person|place|product|work, aliases are separated by '|', trailing columns may be
// omitted, '#' starts a comment line.
class EntityCatalog
{
public:
    static QString bundledPath();
    // The embedded catalog, parsed on first use and then shared by every caller of the process
    // (the file cannot change while it runs); empty (and logged) if the resource is missing or
    // broken. Safe to call from any thread.
    static const EntityCatalog &bundled();

    bool loadFile(const QString &path, QString *error = nullptr);
    bool loadData(const QByteArray &utf8, const QString &origin, QString *error = nullptr);

    // A user entry: one with the id of an existing entry replaces it, and its names take
    // precedence over earlier claims to the same spelling.
    void add(const Entity &entity);
    bool remove(const QString &id);

    const QList<Entity> &entities() const { return m_entities; }
    qsizetype size() const { return m_entities.size(); }
    bool isEmpty() const { return m_entities.isEmpty(); }

    const Entity *findById(const QString &id) const;
    // By any name, alias or Hanzi, compared after NFC and case folding (see nameKey).
    const Entity *findByName(QStringView name) const;

private:
    void addWithoutIndex(const Entity &entity);
    void rebuildIndex();

    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByNameKey;
};

} // namespace dokhae::entities
