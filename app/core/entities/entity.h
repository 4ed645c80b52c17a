#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dokhae::entities {

enum class EntityType { Organization, Person, Place, Product, Work };

// "org", "person", "place", "product", "work": the words the catalog file and the CLI JSON use.
QString entityTypeName(EntityType type);
// Accepts those words (case-insensitive); returns false for anything else.
bool entityTypeFromName(QStringView name, EntityType *type);

// One thing the text can name, in both languages.
struct Entity {
    QString id;          // stable key: the catalog id, or "discovered:<name key>"
    EntityType type = EntityType::Organization;
    QString nameKo;
    QString nameEn;
    QString hanzi;
    QStringList aliases; // other spellings and transliterations, any script
    QString wikidata;    // "Q…" or empty
    bool fromCatalog = false;

    // Every form the entity goes by: nameKo, nameEn, hanzi, aliases (non-empty ones).
    QStringList allNames() const;
    // The name to show first for "ko" or "en", falling back to whatever exists.
    QString displayName(QStringView language) const;
    // The name to show first and, beside it, the other language's when there is one: "쉬리 Xu Li"
    // in Korean, "Xu Li 쉬리" in English, so a reader of either recognizes it.
    QString bilingualName(QStringView language) const;

    friend bool operator==(const Entity &, const Entity &) = default;
};

// A span of the reading text (UTF-16 offsets, end exclusive) that names an entity. The span
// excludes a trailing particle: 딥시크는 gives the span of 딥시크.
struct Mention {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;

    friend bool operator==(const Mention &, const Mention &) = default;
};

struct ArticleEntity {
    Entity entity;
    QList<Mention> mentions; // in text order

    friend bool operator==(const ArticleEntity &, const ArticleEntity &) = default;
};

// The order every list of an article's entities is shown and written in: by type (org, person,
// place, product, work), then more mentions first, then by Korean display name (Korean collation).
// Stable, so entities that tie keep their order.
void sortArticleEntities(QList<ArticleEntity> &list);

} // namespace dokhae::entities
