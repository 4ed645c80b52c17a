#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::charts {

// Pie only for parts that make a whole; grouped bar for two years or two measures side by side;
// horizontal bar when the labels are long; line for a time series.
enum class ChartKind { Bar, GroupedBar, HorizontalBar, Line, Pie };

QString chartKindName(ChartKind kind);  // "bar", "grouped_bar", ... (stable: CLI JSON, the library)
std::optional<ChartKind> chartKindFromName(const QString &name);

// Where a point's value was read. Offsets are UTF-16 positions in the reading text of that
// revision (the CLI converts them to code points); `sentence` is the passage they lie in.
struct PointSource {
    qint64 articleId = 0;
    QString revision;  // SHA-256 of the reading text
    qsizetype start = 0;  // the figure, as written
    qsizetype end = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    QString figureText;
    QString sentence;
};

struct ChartPoint {
    QString labelKo;
    QString labelEn;
    double value = 0;  // in the chart's unit: dollars, percent, items (not scaled)
    QString displayKo;  // the value as each language writes it (672억 달러 / $67.2 billion)
    QString displayEn;
    PointSource source;
};

struct ChartSeries {
    QString nameKo;  // empty for a chart of one series
    QString nameEn;
    QList<ChartPoint> points;
};

enum class ChartOrigin { Suggested, User };

// A chart as plain data: what the window draws, the CLI prints and exports, and the library keeps.
// Every value on it traces to a sentence through its point's source.
struct ChartSpec {
    qint64 id = 0;         // in the library; 0 before it is stored
    qint64 articleId = 0;  // the article it belongs to (a user chart: the one it was made on)
    ChartOrigin origin = ChartOrigin::Suggested;
    int position = 0;      // order among the article's charts
    QString titleKo;
    QString titleEn;
    ChartKind kind = ChartKind::Bar;
    QString unit;      // %, 명, 개, ... (money: empty, see currency)
    QString currency;  // ISO 4217 for money; one chart shows one currency
    QString measure;   // what the values quantify, as the text names it (민간 투자액)
    std::optional<int> year;
    QList<ChartSeries> series;
    QString noteKo;    // e.g. a conversion at the rate the article states
    QString noteEn;

    QString title(const QString &language) const { return language == u"en" ? titleEn : titleKo; }
    QString note(const QString &language) const { return language == u"en" ? noteEn : noteKo; }
    int pointCount() const;
    bool isPercent() const { return unit == u"%"; }
};

inline QString pointLabel(const ChartPoint &point, const QString &language)
{
    return language == u"en" && !point.labelEn.isEmpty() ? point.labelEn : point.labelKo;
}

inline QString seriesName(const ChartSeries &series, const QString &language)
{
    return language == u"en" && !series.nameEn.isEmpty() ? series.nameEn : series.nameKo;
}

inline QString pointDisplay(const ChartPoint &point, const QString &language)
{
    return language == u"en" ? point.displayEn : point.displayKo;
}

} // namespace dokhae::charts
