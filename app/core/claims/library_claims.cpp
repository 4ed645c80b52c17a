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
    bool failed = false;
    const bool read = library.forEachArticle([&](const ArticleSummary &summary) {
        if (failed)
            return;
        const auto stored = figureStore.articleFigures(summary.id);
        if (!stored) {
            failed = true;
            return;
        }
        const ClaimArticle article{summary.id, summary.meta.source, summary.meta.published, summary.meta.title};
        collector.addArticle(article, stored->text, stored->figures);
    });
    if (!read)
        return fail(library.lastError());
    if (failed)
        return fail(figureStore.lastError().isEmpty() ? library.lastError() : figureStore.lastError());
    return collector.groups(options);
}

} // namespace dokhae::claims
