#pragma once

#include "claims/claim.h"
#include "claims/claim_flags.h"
#include "claims/monthly_rates.h"
#include "claims/subject_names.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dokhae::claims {

// Gathers articles one at a time (only their claims are kept, not their texts) and groups the
// figures that make the same claim: the same subject by any of its names, the same measure head
// (figures::measureKey), year, kind and unit — money in dollars where the article gives a rate,
// else in its own currency. A figure without a year is grouped with others without one.
class ClaimCollector
{
public:
    explicit ClaimCollector(const SubjectNames &subjects);

    void addArticle(const ClaimArticle &article, const QString &text, const QList<figures::Figure> &figures);

    // Every group, single-source ones too, flagged under `options`: those quoted by more articles
    // first, then by subject, measure and year; members by date, article and place in the text.
    QList<ClaimGroup> groups(const ClaimOptions &options = {}) const;

private:
    QString groupKey(const ClaimMember &member, QString *unit) const;
    void name(ClaimGroup &group) const;

    const SubjectNames &m_subjects;
    QHash<QString, ClaimGroup> m_groups;
    MonthlyRates m_rates;
};

} // namespace dokhae::claims
