#pragma once

#include "annotations/annotation.h"
#include "article.h"
#include "charts/chart_spec.h"
#include "claims/claim.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dokhae::store {
class Library;
}

namespace dokhae::brief {

// One article as a brief shows it: what it is, what the analyst marked in it (in text order,
// passages no longer in the text last) and its charts.
struct BriefArticle {
    ArticleSummary summary;
    QList<annotations::Annotation> annotations;
    QList<charts::ChartSpec> charts;
};

// What a brief to hand on holds: a selection of the library's articles, read at one moment.
struct Brief {
    QString subject;   // what the selection is: a tag, or empty for articles chosen one by one
    QString library;   // the library's name as messages give it
    QDateTime made;    // UTC
    QList<BriefArticle> articles;
    // The claims across sources that the articles take part in (quoted by two or more articles of
    // the library, one of them chosen), with the flags where sources disagree.
    QList<claims::ClaimGroup> claims;
};

// Reads the articles `ids` (in that order, each once) with their annotations, charts and claims;
// `language` ("ko" or "en") is the one the flags' reasons write values in. nullopt with a
// translated *error when an id is not in the library or the library cannot be read.
std::optional<Brief> gatherBrief(const store::Library &library, const QList<qint64> &ids, const QString &language,
                                 QString *error);

// The articles whose annotations carry `tag` (any case), by id; empty with *error set when the
// library cannot be read, empty without one when no annotation has the tag.
QList<qint64> articlesTagged(const store::Library &library, const QString &tag, QString *error);

} // namespace dokhae::brief
