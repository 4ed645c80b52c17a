#pragma once

#include "entities/entity_catalog.h"

#include <QHash>
#include <QString>

#include <optional>

namespace dokhae::charts {

// Words on a chart in both languages: a subject through the entity catalog (중국 -> China,
// 알리바바 -> Alibaba), a measure word by word through the bundled measure glossary
// (":/charts/measure_glossary.tsv"; 생성형 AI 특허 -> generative AI patents). What neither knows
// stays as written, so a label is never invented.
class ChartLabels
{
public:
    explicit ChartLabels(entities::EntityCatalog catalog);

    QString subjectEn(const QString &subjectKo) const;
    QString measureEn(const QString &measureKo) const;

    // Titles: "2023년 민간 투자액" / "Private investment, 2023". A percentage of something that is
    // not itself a share gets the word for share (AI 연구자 -> AI 연구자 비중, share of AI researchers).
    QString titleKo(const QString &measure, bool percent, const QString &period) const;
    QString titleEn(const QString &measure, bool percent, const QString &period) const;

private:
    std::optional<QString> glossary(const QString &words) const;
    QString wordEn(const QString &word) const;

    entities::EntityCatalog m_catalog;
    QHash<QString, QString> m_glossary;
};

} // namespace dokhae::charts
