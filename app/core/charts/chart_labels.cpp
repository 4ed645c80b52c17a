#include "charts/chart_labels.h"

#include <QFile>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace dokhae::charts {

namespace {

QHash<QString, QString> loadGlossary()
{
    QHash<QString, QString> glossary;
    QFile file(QStringLiteral(":/charts/measure_glossary.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        spdlog::warn("measure glossary missing: chart titles stay in Korean");
        return glossary;
    }
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() >= 2)
            glossary.insert(columns[0].trimmed(), columns[1].trimmed());
    }
    return glossary;
}

const QHash<QString, QString> &sharedGlossary()
{
    static const QHash<QString, QString> glossary = loadGlossary();
    return glossary;
}

bool isShareWord(const QString &measure)
{
    static const QStringList shares{QStringLiteral("비율"), QStringLiteral("비중"), QStringLiteral("점유율"),
                                    QStringLiteral("률"), QStringLiteral("율")};
    return std::any_of(shares.begin(), shares.end(), [&](const QString &s) { return measure.endsWith(s); });
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// 100편의 -> 100: a number keeps its digits, the counter and particle are Korean grammar.
QString digitsOf(const QString &word)
{
    QString digits;
    for (const QChar c : word) {
        if (c.isDigit() || c == u'.' || c == u',')
            digits += c;
        else if (!digits.isEmpty())
            break;
    }
    return digits;
}

} // namespace

ChartLabels::ChartLabels(entities::EntityCatalog catalog)
    : m_catalog(std::move(catalog))
    , m_glossary(sharedGlossary())
{
}

std::optional<QString> ChartLabels::glossary(const QString &words) const
{
    const auto it = m_glossary.constFind(words);
    return it == m_glossary.cend() ? std::nullopt : std::optional<QString>(*it);
}

QString ChartLabels::wordEn(const QString &word) const
{
    if (const auto english = glossary(word))
        return *english;
    if (const entities::Entity *entity = m_catalog.findByName(word); entity && !entity->nameEn.isEmpty())
        return entity->nameEn;
    if (const QString digits = digitsOf(word); !digits.isEmpty())
        return digits;
    return word;
}

QString ChartLabels::subjectEn(const QString &subjectKo) const
{
    if (const entities::Entity *entity = m_catalog.findByName(subjectKo); entity && !entity->nameEn.isEmpty())
        return entity->nameEn;
    const QStringList words = subjectKo.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return subjectKo;
    QStringList english;
    for (const QString &word : words)
        english << wordEn(word);
    return english.join(u' ');
}

// Word by word in order, longest glossary phrase first (인용 비율 -> citation share).
QString ChartLabels::measureEn(const QString &measureKo) const
{
    const QStringList words = measureKo.split(u' ', Qt::SkipEmptyParts);
    QStringList english;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype taken = 0;
        for (qsizetype length = std::min<qsizetype>(3, words.size() - i); length >= 2 && taken == 0; --length) {
            if (const auto phrase = glossary(words.mid(i, length).join(u' '))) {
                english << *phrase;
                taken = length;
            }
        }
        if (taken == 0) {
            english << wordEn(words[i]);
            taken = 1;
        }
        i += taken;
    }
    english.removeDuplicates(); // 투자 투자액 -> investment, once
    // A modifier noun is singular in English compounds: paper citations, chip shipments.
    for (qsizetype i = 0; i + 1 < english.size(); ++i) {
        if (english[i].size() > 3 && english[i].endsWith(u's') && !english[i].endsWith(u"ss"))
            english[i].chop(1);
    }
    return english.join(u' ');
}

QString ChartLabels::titleKo(const QString &measure, bool percent, const QString &period) const
{
    const QString what = percent && !isShareWord(measure) ? measure + QStringLiteral(" 비중") : measure;
    return period.isEmpty() ? what : QStringLiteral("%1년 %2").arg(period, what);
}

QString ChartLabels::titleEn(const QString &measure, bool percent, const QString &period) const
{
    const QString english = measureEn(measure);
    const QString what = percent && !isShareWord(measure) ? QStringLiteral("share of ") + english : english;
    QString years = period;
    years.replace(u'·', QStringLiteral(" vs "));  // 2019·2022 -> 2019 vs 2022
    return period.isEmpty() ? capitalized(what) : QStringLiteral("%1, %2").arg(capitalized(what), years);
}

} // namespace dokhae::charts
