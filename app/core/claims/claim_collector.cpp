#include "claims/claim_collector.h"

#include "claims/article_claims.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace dokhae::claims {

using figures::FigureKind;

namespace {

// The spelling most members use; the longer one of a tie, as it says more (AI 산업 민간 투자액).
QString mostWritten(const QList<ClaimMember> &members, QString figures::Figure::*field)
{
    QMap<QString, int> counts;
    for (const ClaimMember &member : members)
        ++counts[(member.figure.*field).trimmed()];
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key().size() > best.size())) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QSet<QString> measureWords(const QString &measure)
{
    QSet<QString> words;
    for (const QString &word : measure.split(u' ', Qt::SkipEmptyParts))
        words.insert(word.toCaseFolded());
    return words;
}

// Whether the words of one measure hold the other's, for every measure of the group.
bool measureFits(const QList<QSet<QString>> &measures, const QSet<QString> &words)
{
    return std::all_of(measures.cbegin(), measures.cend(),
                       [&](const QSet<QString> &other) { return other.contains(words) || words.contains(other); });
}

bool memberBefore(const ClaimMember &a, const ClaimMember &b)
{
    // Undated articles last.
    if (a.article.published.isValid() != b.article.published.isValid())
        return a.article.published.isValid();
    if (a.article.published != b.article.published)
        return a.article.published < b.article.published;
    if (a.article.id != b.article.id)
        return a.article.id < b.article.id;
    return a.figure.start < b.figure.start;
}

} // namespace

ClaimCollector::ClaimCollector(const SubjectNames &subjects)
    : m_subjects(subjects)
{
}

QString ClaimCollector::subjectKey(const QString &subject) const
{
    auto it = m_subjectKeys.constFind(subject);
    if (it == m_subjectKeys.cend())
        it = m_subjectKeys.insert(subject, m_subjects.key(subject));
    return *it;
}

QString ClaimCollector::groupKey(const ClaimMember &member, QString *unit) const
{
    const figures::Figure &figure = member.figure;
    if (figure.kind == FigureKind::Money)
        // Money that no dollar rate reaches stays in its currency (won per yuan makes no dollars).
        *unit = member.rate && member.rate->base == QLatin1String("USD") ? member.rate->base : figure.currency;
    else
        *unit = figure.unit;
    const QString year = figure.year ? QString::number(*figure.year) : QString();
    return QStringList{subjectKey(figure.subject), figures::measureKey(figure.measure), year,
                       figures::figureKindName(figure.kind), *unit}
        .join(u'\x1f');
}

void ClaimCollector::addArticle(const ClaimArticle &article, const QString &text, const QList<figures::Figure> &figures)
{
    m_rates.add(article, articleRates(figures));
    for (ClaimMember &member : articleClaims(article, text, figures)) {
        QString unit;
        const QString key = groupKey(member, &unit);
        QList<Growing> &candidates = m_groups[key];
        const QSet<QString> words = measureWords(member.figure.measure);
        auto it = std::find_if(candidates.begin(), candidates.end(),
                               [&](const Growing &growing) { return measureFits(growing.measures, words); });
        if (it == candidates.end()) {
            Growing growing;
            growing.group.subjectKey = subjectKey(member.figure.subject);
            growing.group.measureKey = figures::measureKey(member.figure.measure);
            growing.group.year = member.figure.year;
            growing.group.kind = member.figure.kind;
            growing.group.unit = unit;
            candidates.append(growing);
            it = std::prev(candidates.end());
        }
        if (!it->measures.contains(words))
            it->measures.append(words);
        it->group.members.append(std::move(member));
    }
}

void ClaimCollector::name(ClaimGroup &group) const
{
    const QString written = mostWritten(group.members, &figures::Figure::subject);
    if (const entities::Entity *entity = m_subjects.entity(written)) {
        group.subjectKo = entity->displayName(u"ko");
        group.subjectEn = entity->displayName(u"en");
    } else {
        group.subjectKo = written;
        group.subjectEn = written;
    }
    group.measure = mostWritten(group.members, &figures::Figure::measure);
}

QList<ClaimGroup> ClaimCollector::groups(const ClaimOptions &options) const
{
    QList<ClaimGroup> all;
    all.reserve(m_groups.size());
    for (const QList<Growing> &candidates : m_groups) {
        for (const Growing &growing : candidates) {
            ClaimGroup group = growing.group;
            std::sort(group.members.begin(), group.members.end(), memberBefore);
            name(group);
            group.flags = flagsFor(group, m_rates, options);
            all.append(std::move(group));
        }
    }
    std::sort(all.begin(), all.end(), [](const ClaimGroup &a, const ClaimGroup &b) {
        const int aSources = a.sourceCount();
        const int bSources = b.sourceCount();
        if (aSources != bSources)
            return aSources > bSources;
        return std::tuple(a.subjectKo, a.measure, a.year.value_or(0), a.unit)
               < std::tuple(b.subjectKo, b.measure, b.year.value_or(0), b.unit);
    });
    return all;
}

} // namespace dokhae::claims
