#pragma once

#include "claims/claim.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dokhae::claims {

// The exchange rates the library's articles state, by month of publication: what a conversion
// in one article is held against. An article without a date states no month's rate.
class MonthlyRates
{
public:
    void add(const ClaimArticle &article, const QList<ClaimRate> &rates);

    struct Reference {
        double rate = 0;   // the median of the other articles' rates: `quote` per one `base`
        int articles = 0;  // how many other articles state one
    };
    // What the other articles of the same month state for the pair; nullopt when none does.
    std::optional<Reference> others(const ClaimArticle &article, const QString &base, const QString &quote) const;

private:
    struct Stated {
        qint64 articleId = 0;
        double rate = 0;
    };
    QHash<QString, QList<Stated>> m_byMonthAndPair;
};

} // namespace dokhae::claims
