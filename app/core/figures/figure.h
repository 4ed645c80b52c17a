#pragma once

#include "figures/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::figures {

// What an analyst could chart, as the extractor reports it. Dates and durations are recognised so
// that they are kept apart from quantities (and can give a figure its year).
enum class FigureKind { Money, Percent, PercentagePoint, Count, Ratio, Quantity, Duration, Date, Rank };

// A figure found in an article's reading text.
struct Figure {
    qsizetype start = 0;  // UTF-16 span in the reading text (the CLI converts to code points)
    qsizetype end = 0;
    QString text;         // as written, qualifiers included
    FigureKind kind = FigureKind::Count;
    double value = 0;                // a date's value is its year (its month, or day, when no year is written)
    std::optional<double> valueMax;  // ranges
    QString currency;                // ISO 4217, money only
    QString unit;                    // %, %p, 명, 곳, km, ...
    bool approximate = false;
    Bound bound = Bound::Eq;
    std::optional<int> year;         // the year the figure refers to, where the sentence says
    QString subject;                 // what it is about, where the sentence says (중국이 22.6%로 -> 중국)
    QString measure;                 // what it quantifies, as the text names it (민간 투자액, AI 논문 인용 비율)
    qsizetype sentenceStart = 0;     // the sentence it was found in (UTF-16 span)
    qsizetype sentenceEnd = 0;
    int converts = -1;               // index of the figure this one converts (672억 달러(약 97조 원)), or -1
    std::optional<double> impliedRate;  // for a conversion: this figure's units per unit of the converted one
    bool rateDisagrees = false;         // implied rate more than 5% off the article's others of the same pair
    QString isoDate;                 // dates only: ISO 8601 as far as written (2023, 2024-03, --06-10, 2014/2023)
};

// Where a figure is quoted beside its source (a chart point, a CSV row, a tooltip): its sentence,
// trimmed of spaces, or of a sentence longer than kMaxQuotedPassage characters, that many around
// the figure. A sentence that runs on for pages (a hostile or broken text) would otherwise be
// copied once per figure. A UTF-16 span of `text`.
inline constexpr qsizetype kMaxQuotedPassage = 600;
struct QuotedPassage {
    qsizetype start = 0;
    qsizetype end = 0;
    bool clipped = false;  // shorter than the sentence
};
QuotedPassage quotedPassage(const Figure &figure, QStringView text);

QString figureKindName(FigureKind kind);  // "money", "percent", ... (stable: CLI JSON)
std::optional<FigureKind> figureKindFromName(const QString &name);

// What groups figures of one measure written in different lengths (AI 산업 민간 투자액 and
// 민간 투자액 -> 투자액): the head noun, the measure's last word. Empty for an empty measure.
QString measureKey(const QString &measure);

// Finds every figure in a reading text, in text order.
QList<Figure> extractFigures(const QString &readingText);

// The exchange rate an article states through its conversions (672억 달러(약 97조 5,000억 원)):
// units of `to` per unit of `from`, the median over every conversion between the two, written
// either way round, so that one stray rate does not move it; nullopt when the article states none.
std::optional<double> statedRate(const QList<Figure> &figures, const QString &from, const QString &to);

// A currency as each language writes it beside a number: "ko" -> 달러, 위안, 원 (an unknown
// code stays as it is); "en" -> $, CN¥, ₩ (CLDR's English symbols, through ICU).
QString currencyWord(const QString &isoCode, const QString &language);

// The value written for a language: "ko" -> 672억 달러, 22.6%; "en" -> $67.2 billion, 22.6%.
QString displayValue(const Figure &figure, const QString &language);

} // namespace dokhae::figures
