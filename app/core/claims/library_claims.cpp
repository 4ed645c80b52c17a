#include "claims/library_claims.h"

#include "claims/claim_collector.h"
#include "claims/subject_names.h"
#include "store/figure_store.h"
#include "store/library.h"

namespace dokhae::claims {

SubjectNames librarySubjects(const store::Library &library)
{
    return SubjectNames(library.entities().catalog(), library.entityCorrections());
}

std::optional<QList<ClaimGroup>> libraryClaims(const store::Library &library, const ClaimOptions &options,
                                              QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<QList<ClaimGroup>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const store::FigureStore figureStore(library);
    const SubjectNames subjects = librarySubjects(library);
    ClaimCollector collector(subjects);
    // Summaries first (no texts): reading figures inside forEachArticle's walk would run a
    // second statement on the connection while the first is still being read.
    const QList<ArticleSummary> summaries = library.articles();
    if (summaries.isEmpty() && library.articleCount() > 0)  // articles() gives nothing on a read error
        return fail(library.lastError());
    for (const ArticleSummary &summary : summaries) {
        const auto stored = figureStore.articleFigures(summary.id);
        if (!stored)
            return fail(figureStore.lastError().isEmpty() ? library.lastError() : figureStore.lastError());
        const ClaimArticle article{summary.id, summary.meta.source, summary.meta.published, summary.meta.title};
        collector.addArticle(article, stored->text, stored->figures);
    }
    return collector.groups(options);
}

} // namespace dokhae::claims
