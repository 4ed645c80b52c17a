#include "entities/entity_catalog.h"

#include "entities/name_key.h"
#include "text/text_normalizer.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/spdlog.h>

namespace dokhae::entities {

namespace {

enum Column { IdColumn, TypeColumn, KoColumn, EnColumn, HanziColumn, AliasesColumn, WikidataColumn };

QString cell(const QList<QStringView> &cells, Column column)
{
    return column < cells.size() ? text::toNfc(cells.at(column).trimmed()) : QString();
}

QString lineError(const QString &origin, int lineNumber, const QString &what)
{
    return QCoreApplication::translate("EntityCatalog", "%1, line %2: %3").arg(origin).arg(lineNumber).arg(what);
}

} // namespace

QString EntityCatalog::bundledPath()
{
    return QStringLiteral(":/entities/catalog.tsv");
}

const EntityCatalog &EntityCatalog::bundled()
{
    // Parsing and indexing the file costs more than recognizing an article. A function-local
    // static is initialized once, under the compiler's lock, whichever thread asks first.
    static const EntityCatalog catalog = [] {
        EntityCatalog loaded;
        QString error;
        if (!loaded.loadFile(bundledPath(), &error))
            spdlog::error("bundled entity catalog: {}", error.toStdString());
        return loaded;
    }();
    return catalog;
}

bool EntityCatalog::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("EntityCatalog", "Cannot read the entity catalog %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return loadData(file.readAll(), path, error);
}

// All or nothing: a broken line leaves the catalog as it was.
bool EntityCatalog::loadData(const QByteArray &utf8, const QString &origin, QString *error)
{
    QList<Entity> loaded;
    const QString content = QString::fromUtf8(utf8);
    int lineNumber = 0;
    for (QStringView line : QStringView(content).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QList<QStringView> cells = line.split(u'\t');
        Entity entity;
        entity.id = cell(cells, IdColumn);
        if (entity.id.isEmpty() || !entityTypeFromName(cell(cells, TypeColumn), &entity.type)) {
            if (error)
                *error = lineError(origin, lineNumber,
                                   QCoreApplication::translate("EntityCatalog", "an id and a type are required"));
            return false;
        }
        entity.nameKo = cell(cells, KoColumn);
        entity.nameEn = cell(cells, EnColumn);
        entity.hanzi = cell(cells, HanziColumn);
        const QString aliases = cell(cells, AliasesColumn);
        for (QStringView alias : QStringView(aliases).split(u'|', Qt::SkipEmptyParts))
            entity.aliases.append(alias.trimmed().toString());
        entity.wikidata = cell(cells, WikidataColumn);
        entity.fromCatalog = true;
        if (entity.nameKo.isEmpty() && entity.nameEn.isEmpty()) {
            if (error)
                *error = lineError(origin, lineNumber,
                                   QCoreApplication::translate("EntityCatalog", "a Korean or English name is required"));
            return false;
        }
        loaded.append(entity);
    }
    for (const Entity &entity : std::as_const(loaded))
        addWithoutIndex(entity);
    rebuildIndex();
    return true;
}

void EntityCatalog::add(const Entity &entity)
{
    addWithoutIndex(entity);
    rebuildIndex();
}

void EntityCatalog::addWithoutIndex(const Entity &entity)
{
    const auto existing = m_indexById.constFind(entity.id);
    if (existing != m_indexById.constEnd()) {
        m_entities.removeAt(*existing);
        m_indexById.clear(); // positions moved; rebuildIndex() restores them
        for (qsizetype i = 0; i < m_entities.size(); ++i)
            m_indexById.insert(m_entities.at(i).id, i);
    }
    m_entities.append(entity);
    m_entities.back().fromCatalog = true;
    m_indexById.insert(entity.id, m_entities.size() - 1);
}

bool EntityCatalog::remove(const QString &id)
{
    const auto existing = m_indexById.constFind(id);
    if (existing == m_indexById.constEnd())
        return false;
    m_entities.removeAt(*existing);
    rebuildIndex();
    return true;
}

// Later entries win a contested spelling: that is how a user's addition overrides the bundle.
void EntityCatalog::rebuildIndex()
{
    m_indexById.clear();
    m_indexByNameKey.clear();
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        m_indexById.insert(m_entities.at(i).id, i);
        for (const QString &name : m_entities.at(i).allNames())
            m_indexByNameKey.insert(nameKey(name), i);
    }
}

const Entity *EntityCatalog::findById(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.constEnd() ? nullptr : &m_entities.at(*found);
}

const Entity *EntityCatalog::findByName(QStringView name) const
{
    const auto found = m_indexByNameKey.constFind(nameKey(name));
    return found == m_indexByNameKey.constEnd() ? nullptr : &m_entities.at(*found);
}

} // namespace dokhae::entities
