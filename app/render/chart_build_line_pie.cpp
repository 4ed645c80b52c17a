// Line charts (a time series: one point per year on a year axis) and pie charts (parts of a whole).
#include "chart_build.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace dokhae::render::detail {

namespace {

constexpr double kLineHeadroom = 1.12;  // room for the label over the highest point
constexpr qreal kLineWidth = 2.5;
constexpr qreal kMarkerSize = 8;
constexpr double kWholePercent = 100;

// "2019", "2019년", "2019 (est.)": the year a time-series label names, if it names one.
std::optional<int> yearOf(const charts::ChartPoint &point)
{
    static const QRegularExpression leadingYear(QStringLiteral("^\\s*(\\d{4})(?!\\d)"));
    for (const QString &label : {point.labelEn, point.labelKo}) {
        const QRegularExpressionMatch match = leadingYear.match(label);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return std::nullopt;
}

bool allPointsAreYears(const charts::ChartSpec &spec)
{
    for (const charts::ChartSeries &series : spec.series) {
        for (const charts::ChartPoint &point : series.points) {
            if (!yearOf(point))
                return false;
        }
    }
    return true;
}

} // namespace

void setPointMarkerSize(QXYSeries *line, int index, qreal size)
{
    line->setPointConfiguration(index, {{QXYSeries::PointConfiguration::Size, size},
                                        {QXYSeries::PointConfiguration::LabelVisibility, true}});
}

void addLines(const BuildContext &context)
{
    const charts::ChartSpec &spec = context.spec;
    const QString &language = context.options.language;
    // Years are placed by their value, so that 2015, 2019, 2022 are spaced as time is; other
    // labels are evenly spaced in the order they come.
    const bool byYear = allPointsAreYears(spec);
    QStringList labelOrder;
    QMap<double, QString> ticks;  // x → axis label
    double low = 0;
    double high = 0;
    for (int s = 0; s < spec.series.size(); ++s) {
        const charts::ChartSeries &series = spec.series.at(s);
        QList<std::pair<double, int>> order;  // (x, point index), drawn left to right
        for (int p = 0; p < series.points.size(); ++p) {
            const charts::ChartPoint &point = series.points.at(p);
            const QString label = charts::pointLabel(point, language);
            if (!byYear && !labelOrder.contains(label))
                labelOrder << label;
            const double x = byYear ? double(*yearOf(point)) : double(labelOrder.indexOf(label));
            order.append({x, p});
            ticks.insert(x, ticks.value(x, label));
        }
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        auto *line = new QLineSeries;
        line->setName(charts::seriesName(series, language));
        QList<int> pointOfIndex;
        for (const auto &[x, p] : order) {
            const double y = context.scale.scaled(series.points.at(p).value);
            line->append(x, y);
            pointOfIndex << p;
            low = std::min(low, y);
            high = std::max(high, y);
        }
        line->setProperty(kSeriesIndexProperty, s);
        line->setProperty(kPointIndexesProperty, QVariant::fromValue(pointOfIndex));
        context.chart->addSeries(line);
        // Styled after addSeries, which applies the theme's pen.
        line->setPen(QPen(context.style.seriesColor(s), kLineWidth));
        line->setPointsVisible(true);
        line->setMarkerSize(kMarkerSize);
        line->setSelectedColor(context.style.highlight);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(context.scale.labelTemplate(QStringLiteral("@yPoint")));
        line->setPointLabelsFont(context.style.labelFont);
        line->setPointLabelsColor(context.style.text);
        line->setPointLabelsClipping(false);
        for (int i = 0; i < line->count(); ++i)
            setPointMarkerSize(line, i, kMarkerSize);
    }
    if (ticks.isEmpty())
        return;

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double first = ticks.firstKey() - 0.5;  // half a step of air at both ends
    const double last = ticks.lastKey() + 0.5;
    xAxis->setStartValue(first);
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it)
        xAxis->append(labelHtml(it.value()), it.key());
    xAxis->setRange(first, last);
    context.chart->addAxis(xAxis, Qt::AlignBottom);
    styleAxis(xAxis, context.style, false);
    QValueAxis *yAxis = addValueAxis(context, low * kLineHeadroom, high * kLineHeadroom, Qt::AlignLeft);
    for (QAbstractSeries *series : context.chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
}

void addPie(const BuildContext &context)
{
    const charts::ChartSpec &spec = context.spec;
    if (spec.series.isEmpty())
        return;
    const QString &language = context.options.language;
    const charts::ChartSeries &series = spec.series.first();  // a pie is one whole
    auto *pie = new QPieSeries;
    pie->setPieSize(0.62);  // leaves room around it for the labels outside
    double sum = 0;
    for (int p = 0; p < series.points.size(); ++p) {
        const charts::ChartPoint &point = series.points.at(p);
        if (!(point.value > 0))
            continue;  // a slice needs a positive share
        QPieSlice *slice = pie->append(
            labelHtml(charts::pointLabel(point, language) + u' ' + context.scale.format(point.value)), point.value);
        slice->setProperty(kSeriesIndexProperty, 0);
        slice->setProperty(kPointIndexProperty, p);
        sum += point.value;
    }
    // Shares that leave part of the whole unnamed (22.6 + 20.9 + 13 = 56.5%): the rest is drawn,
    // grey, or the named slices would look like the whole. It is 100 minus the quoted shares.
    QPieSlice *rest = nullptr;
    if (spec.isPercent() && sum > 0 && sum < kWholePercent - 0.5) {
        const QString restWord = language == u"en" ? QStringLiteral("Other") : QStringLiteral("그 외");
        rest = pie->append(labelHtml(restWord + u' ' + context.scale.format(kWholePercent - sum)),
                           kWholePercent - sum);
        rest->setProperty(kSeriesIndexProperty, -1);
    }
    context.chart->addSeries(pie);
    const QList<QPieSlice *> slices = pie->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices.at(i);
        slice->setBrush(slice == rest ? context.style.grid : context.style.seriesColor(i));
        slice->setBorderColor(context.style.background);
        slice->setBorderWidth(2);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelFont(context.style.labelFont);
        slice->setLabelColor(context.style.text);
    }
}

} // namespace dokhae::render::detail
