#include "brief.h"

#include "claims/library_claims.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dokhae::brief {

std::optional<Brief> gatherBrief(const store::Library &library, const QList<qint64> &ids, const QString &language,
                                 QString *error)
{
    Brief brief;
    brief.library = library.path();
    brief.made = QDateTime::currentDateTimeUtc();
    const store::AnnotationStore annotations(library);
    const store::ChartStore charts(library);
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const std::optional<ArticleSummary> summary = library.summary(id);
        if (!summary) {
            *error = library.lastError().isEmpty()
                         ? QCoreApplication::translate("Brief", "There is no article %1 in the library.").arg(id)
                         : library.lastError();
            return std::nullopt;
        }
        BriefArticle article{*summary, annotations.articleAnnotations(id), charts.articleCharts(id)};
        if (const QString failed = !annotations.lastError().isEmpty() ? annotations.lastError() : charts.lastError();
            !failed.isEmpty()) {
            *error = failed;
            return std::nullopt;
        }
        // A chart of another article that quotes this one belongs to that article's section.
        article.charts.removeIf([id](const charts::ChartSpec &chart) { return chart.articleId != id; });
        brief.articles.append(article);
    }
    claims::ClaimOptions options;
    options.language = language;
    const std::optional<QList<claims::ClaimGroup>> groups = claims::libraryClaims(library, options, error);
    if (!groups)
        return std::nullopt;
    for (const claims::ClaimGroup &group : *groups) {
        const bool concerned = std::any_of(group.members.cbegin(), group.members.cend(),
                                           [&](const claims::ClaimMember &m) { return seen.contains(m.article.id); });
        if (concerned && group.sourceCount() >= 2)
            brief.claims.append(group);
    }
    return brief;
}

QList<qint64> articlesTagged(const store::Library &library, const QString &tag, QString *error)
{
    const store::AnnotationStore store(library);
    const QList<annotations::Annotation> all = store.allAnnotations();
    QList<qint64> ids;
    for (const annotations::Annotation &a : all) {
        const bool tagged = std::any_of(a.tags.cbegin(), a.tags.cend(),
                                        [&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
        if (tagged && !ids.contains(a.articleId))
            ids.append(a.articleId);
    }
    if (!store.lastError().isEmpty())
        *error = store.lastError();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace dokhae::brief
