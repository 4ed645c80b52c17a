#include "chart_build.h"
#include "chart_footer.h"
#include "nice_axis.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>
#include <cstdlib>

namespace dokhae::render {

namespace {

// Who said it and what to keep in mind, one line each, in the chart's language.
QString footerText(const charts::ChartSpec &spec, const RenderOptions &options)
{
    QStringList lines;
    if (!options.sourceLine.trimmed().isEmpty())
        lines << options.sourceLine.trimmed();
    const QString note = spec.note(options.language).trimmed();
    if (!note.isEmpty())
        lines << note;
    return lines.join(u'\n');
}

void styleChart(QChart *chart, const charts::ChartSpec &spec, const RenderOptions &options, const ChartStyle &style,
                const ValueScale &scale)
{
    // A theme resets fonts and colours, so it comes first and ours go on top of it.
    chart->setTheme(options.palette == Palette::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // An animated chart renders half-grown bars when exported right after it is built.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(10, 6, 18, 6));
    // Localized numbers keep the Korean words of a label format intact (the unlocalized path
    // passes the format through printf as Latin-1) and group thousands: 6,000억 위안.
    chart->setLocale(scale.locale);
    chart->setLocalizeNumbers(true);
    chart->setTitle(spec.title(options.language).toHtmlEscaped());  // Qt draws the title as HTML
    chart->setTitleFont(style.titleFont);
    chart->setTitleBrush(style.text);
    QLegend *legend = chart->legend();
    legend->setFont(style.labelFont);
    legend->setLabelColor(style.text);
    legend->setAlignment(Qt::AlignTop);  // the footer has the bottom
    legend->setVisible(false);
}

} // namespace

namespace detail {

QString labelHtml(const QString &label, bool wrap)
{
    constexpr qsizetype kLongLabel = 14;  // characters; "United States" still fits on one line
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    if (wrap && label.size() > kLongLabel) {
        for (qsizetype i = 0; i < label.size(); ++i) {
            if (label.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
                best = i;
        }
    }
    if (best < 0)
        return label.toHtmlEscaped();
    return QStringLiteral("<div align=\"center\">") + label.left(best).toHtmlEscaped() + QStringLiteral("<br>")
        + label.mid(best + 1).toHtmlEscaped() + QStringLiteral("</div>");
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style, bool gridVisible)
{
    axis->setLabelsFont(style.labelFont);
    axis->setLabelsColor(style.text);
    axis->setTitleFont(style.labelFont);
    axis->setTitleBrush(style.mutedText);
    axis->setGridLineVisible(gridVisible);
    axis->setGridLineColor(style.grid);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
    // The value axis is read along its grid; the category axis is the baseline the bars stand on.
    axis->setLineVisible(!gridVisible);
    axis->setLinePenColor(style.axisLine);
}

QValueAxis *addValueAxis(const BuildContext &context, double low, double high, Qt::Alignment alignment)
{
    const NiceAxis nice = niceAxis(low, high);
    // Labels written by us rather than by a printf format, so that zero reads "0" and not
    // "0억 달러" or "$0B": the unit belongs to the quantities, not to the baseline.
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(nice.min, nice.max);
    axis->setStartValue(nice.min);
    const double step = nice.tickCount > 1 ? (nice.max - nice.min) / (nice.tickCount - 1) : nice.max - nice.min;
    for (int i = 0; i < nice.tickCount; ++i) {
        const double value = nice.min + step * i;
        const bool zero = std::abs(value) < step * 1e-9;
        axis->append(zero ? QStringLiteral("0") : context.scale.formatTick(value, nice.decimals), value);
    }
    axis->setTitleText(context.scale.axisTitle);
    axis->setTitleVisible(!context.scale.axisTitle.isEmpty());
    context.chart->addAxis(axis, alignment);
    styleAxis(axis, context.style, true);
    return axis;
}

} // namespace detail

QChart *buildChart(const charts::ChartSpec &spec, const RenderOptions &options)
{
    const ChartStyle style = chartStyle(options.palette);
    const ValueScale scale = valueScale(spec, options.language);
    auto *chart = new QChart;
    styleChart(chart, spec, options, style, scale);
    const detail::BuildContext context{spec, options, style, scale, chart};
    switch (spec.kind) {
    case charts::ChartKind::Bar:
    case charts::ChartKind::GroupedBar:
    case charts::ChartKind::HorizontalBar: detail::addBars(context); break;
    case charts::ChartKind::Line: detail::addLines(context); break;
    case charts::ChartKind::Pie: detail::addPie(context); break;
    }
    // Several series need names; one series is named by the title.
    chart->legend()->setVisible(spec.kind != charts::ChartKind::Pie && spec.series.size() > 1);
    attachFooter(chart, footerText(spec, options), style.footerFont, style.mutedText);
    return chart;
}

} // namespace dokhae::render
