#pragma once

#include "claims/claim.h"
#include "claims/claim_flags.h"
#include "claims/monthly_rates.h"
#include "claims/subject_names.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dokhae::claims {

// Gathers articles one at a time (only their claims are kept, not their texts) and groups the
// figures that make the same claim: the same subject by any of its names, the same measure head
// (figures::measureKey), year, kind and unit — money in dollars where the article gives a rate,
// else in its own currency. A figure without a year is grouped with others without one. Measures
// of one head are one claim only when one's words hold the other's (민간 투자액 and AI 산업 민간
// 투자액), so that a head as common as 비율 does not make AI 논문 인용 비율 and AI 모델 채택 비율
// one claim.
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
    // SubjectNames::key, once per spelling: a library writes the same few subjects thousands of times.
    QString subjectKey(const QString &subject) const;
    void name(ClaimGroup &group) const;

    const SubjectNames &m_subjects;
    mutable QHash<QString, QString> m_subjectKeys;
    // A group as it grows, with the words of each different measure its members write, so that a
    // new member is held against a few measures instead of every member.
    struct Growing {
        ClaimGroup group;
        QList<QSet<QString>> measures;
    };
    QHash<QString, QList<Growing>> m_groups;  // by groupKey; measures that do not hold each other apart
    MonthlyRates m_rates;
};

} // namespace dokhae::claims
