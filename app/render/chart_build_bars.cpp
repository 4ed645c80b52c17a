// Bar, grouped bar and horizontal bar charts: one QBarSet per spec series, one category per label.
#include "chart_build.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace dokhae::render::detail {

namespace {

// Room above the longest bar for its value label (outside the end), which Qt draws outside the
// plot and would otherwise run into the title or off the picture. A label beside a horizontal bar
// is longer than one above a vertical bar.
constexpr double kVerticalHeadroom = 1.1;
constexpr double kHorizontalHeadroom = 1.22;

// The category of each point of each series. Labels are shared across series (2019 and 2022 of
// the same country side by side); a label repeated within one series gets a number, so that no
// value is dropped by QBarCategoryAxis, which keeps categories unique.
struct Categories {
    QStringList labels;
    QList<QList<int>> ofPoint;  // [series][point] → category
};

// A horizontal bar chart draws its first category at the bottom (and QBarCategoryAxis cannot be
// reversed), so its categories are listed last first, to read top-down in the text's order.
Categories categoriesOf(const charts::ChartSpec &spec, const QString &language, bool bottomUp)
{
    Categories categories;
    for (const charts::ChartSeries &series : spec.series) {
        QHash<QString, int> seen;  // label → occurrences in this series
        QList<int> ofPoint;
        for (const charts::ChartPoint &point : series.points) {
            const QString label = charts::pointLabel(point, language);
            const int occurrence = ++seen[label];
            const QString category = occurrence == 1 ? label : QStringLiteral("%1 (%2)").arg(label).arg(occurrence);
            if (!categories.labels.contains(category))
                categories.labels << category;
            ofPoint << int(categories.labels.indexOf(category));
        }
        categories.ofPoint << ofPoint;
    }
    if (bottomUp) {
        const int last = int(categories.labels.size()) - 1;
        std::reverse(categories.labels.begin(), categories.labels.end());
        for (QList<int> &ofPoint : categories.ofPoint) {
            for (int &category : ofPoint)
                category = last - category;
        }
    }
    return categories;
}

} // namespace

void addBars(const BuildContext &context)
{
    const charts::ChartSpec &spec = context.spec;
    const QString &language = context.options.language;
    const bool horizontal = spec.kind == charts::ChartKind::HorizontalBar;
    const Categories categories = categoriesOf(spec, language, horizontal);
    if (categories.labels.isEmpty())
        return;
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double low = 0;  // bars start at zero: their length is the value
    double high = 0;
    for (int s = 0; s < spec.series.size(); ++s) {
        const charts::ChartSeries &series = spec.series.at(s);
        const QString name = charts::seriesName(series, language);
        auto *set = new QBarSet(name.isEmpty() ? spec.title(language) : name);
        QList<qreal> values(categories.labels.size(), 0.0);
        QList<int> pointOfCategory(categories.labels.size(), -1);
        for (int p = 0; p < series.points.size(); ++p) {
            const double value = context.scale.scaled(series.points.at(p).value);
            const int category = categories.ofPoint.at(s).at(p);
            values[category] = value;
            pointOfCategory[category] = p;
            low = std::min(low, value);
            high = std::max(high, value);
        }
        set->append(values);
        set->setProperty(kSeriesIndexProperty, s);
        set->setProperty(kPointIndexesProperty, QVariant::fromValue(pointOfCategory));
        bars->append(set);
    }
    bars->setBarWidth(spec.series.size() > 1 ? 0.8 : 0.6);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(context.scale.labelTemplate(QStringLiteral("@value")));
    bars->setLabelsPrecision(ValueScale::kPrecision);
    context.chart->addSeries(bars);

    // Colours after addSeries: adding a series gives it the theme's.
    const QList<QBarSet *> sets = bars->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        QBarSet *set = sets.at(s);
        set->setColor(context.style.seriesColor(s));
        set->setBorderColor(context.style.seriesColor(s));
        set->setSelectedColor(context.style.highlight);
        set->setLabelColor(context.style.text);
        set->setLabelFont(context.style.labelFont);
    }

    auto *categoryAxis = new QBarCategoryAxis;
    for (const QString &label : categories.labels)
        categoryAxis->append(labelHtml(label, !horizontal));
    context.chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    styleAxis(categoryAxis, context.style, false);
    if (!horizontal) {
        // Qt truncates a category label to the plot width over categories + 1, well under the
        // room a bar leaves; long labels are wrapped instead (labelHtml).
        categoryAxis->setTruncateLabels(false);
    }
    const double headroom = horizontal ? kHorizontalHeadroom : kVerticalHeadroom;
    QValueAxis *valueAxis = addValueAxis(context, low * headroom, high * headroom,
                                         horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
}

} // namespace dokhae::render::detail
