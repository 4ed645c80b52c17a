#pragma once

#include "entities/entity.h"
#include "entities/entity_catalog.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dokhae::store {

class Library;
struct EntityCorrections;

// One article that mentions an entity, for the library-wide view of an entity.
struct EntityArticle {
    qint64 articleId = 0;
    QString title;
    int mentions = 0;
};

// An entity as the whole library sees it: after the analyst's corrections, with the articles that
// mention it (most mentions first, then by id).
struct LibraryEntity {
    entities::Entity entity;
    QList<EntityArticle> articles;
    int mentionCount() const;
};

// The one way the window, the CLI and the import find an article's entities: the effective
// catalog (the base catalog, bundled by default, with the analyst's entries on top), recognition
// cached per revision and catalog, and the analyst's hides and merges applied when asked, so a
// correction reaches every article at once. Each Library owns one (Library::entities()); use it on
// the thread that opened the library.
//
// Nothing here opens a transaction around recognition: reading a text is the slowest part of an
// import and must not hold the library's write lock (see Library::addArticle).
class EntityService {
public:
    // With another base than the bundled catalog (which is loaded on first use), base must
    // outlive the service.
    explicit EntityService(const Library &library, const entities::EntityCatalog *base = nullptr);

    // What reads a text: recognizeEntities by default. Tests put their own here to watch when and
    // how often recognition runs.
    using Recognizer = std::function<QList<entities::ArticleEntity>(const QString &text, const entities::EntityCatalog &)>;
    void setRecognizer(Recognizer recognizer);

    // The base catalog with the analyst's entries added. Built again only when those entries
    // differ from the last build's, whoever changed them (this window, an import thread, the CLI).
    std::shared_ptr<const entities::EntityCatalog> catalog() const;

    // The entities of an article's current reading text: stored ones if read with this catalog,
    // else read now and stored; then corrected and sorted (sortArticleEntities). nullopt when there
    // is no such article.
    std::optional<QList<entities::ArticleEntity>> articleEntities(qint64 articleId) const;
    // The same for a text that is not in the library (a file the CLI reads): nothing stored; with
    // a library open, its catalog and corrections apply.
    QList<entities::ArticleEntity> textEntities(const QString &text) const;

    // Every entity the library's articles mention, corrected, most mentioned first. Reads the
    // stored entities; after a catalog change it reads every text again: run it off the GUI thread.
    QList<LibraryEntity> libraryEntities() const;
    // The entity of that name (any name, alias or Hanzi; NFC, case-insensitive) in the effective
    // catalog or among the entities the articles mention, with those articles; nullopt if unknown.
    std::optional<LibraryEntity> findEntity(const QString &name) const;

    // A text read before it is stored, for Library::addArticle: recognition happens before the
    // write transaction, storing inside it.
    struct Reading {
        QString catalogKey;
        QList<entities::ArticleEntity> found;  // before corrections
    };
    Reading read(const QString &text) const;
    void store(qint64 revisionId, const Reading &reading) const;
    // read() for other threads: the catalog of this moment, read without the library's
    // connection, so an import's worker threads read texts while this thread writes. A reading of
    // an older catalog is stored under that catalog's key and read again when a view asks.
    using TextReader = std::function<Reading(const QString &text)>;
    TextReader reader() const;

private:
    // A catalog build and what it was built from. The analyst's entries are few, so reading them
    // on each call and comparing costs less than copying and indexing the catalog, and it notices
    // a change made by any connection, which a signal from this one would not.
    struct EffectiveCatalog {
        QList<entities::Entity> userEntries;
        std::shared_ptr<const entities::EntityCatalog> catalog;
        QString key;  // entity_cache_rows::catalogKey(*catalog)
    };
    std::shared_ptr<const EffectiveCatalog> effective() const;
    // After the analyst changed entries: stored readings of texts that name none of the changed
    // entities, before or after the change, are what a reading with the new catalog would give, so
    // they move to the new key instead of being read again (one correction used to send every
    // article of a 20,000-article library back through recognition).
    void carryOverUnaffected(const EffectiveCatalog &before, const EffectiveCatalog &after) const;
    // Before corrections: stored, or read now and stored.
    QList<entities::ArticleEntity> recognized(qint64 revisionId, const QString &text,
                                              const EffectiveCatalog &effective) const;
    using ScanVisitor = std::function<void(qint64 articleId, const QString &title, const QList<entities::ArticleEntity> &)>;
    // Visits every current revision in article id order (entity_service_library.cpp), or only
    // the stored mentions of onlyEntityIds (an index lookup; only valid when everyReadingCurrent).
    // Mentions may come without their text: for views that count them.
    bool scanLibrary(const EffectiveCatalog &effective, const ScanVisitor &visit,
                     const QStringList *onlyEntityIds = nullptr) const;
    std::optional<QList<LibraryEntity>> collect(const EffectiveCatalog &effective,
                                                const EntityCorrections &corrections,
                                                QHash<QString, QString> *idByNameKey,
                                                const QStringList *onlyEntityIds = nullptr) const;
    // Whether every current revision's stored reading was made with this catalog, so that the
    // stored mentions alone say which articles name an entity.
    bool everyReadingCurrent(const QString &catalogKey) const;

    const Library &m_library;
    const entities::EntityCatalog *m_base;
    Recognizer m_recognizer;
    mutable std::shared_ptr<const EffectiveCatalog> m_effective;  // the last build, for as long as it holds
};

} // namespace dokhae::store
