#pragma once

#include "charts/chart_spec.h"

#include <QLocale>
#include <QString>

namespace dokhae::render {

// How the values of one chart are written. One scale for the whole chart, chosen from its largest
// value, so that bars, axis and labels read alike and compare at a glance:
//   en  $67.2B  $7.76B  $1.4B      ₩97.5T     CN¥600B      22.6%   50
//   ko  672억 달러  77.6억 달러  14억 달러   97.5조 원   6,000억 위안   22.6%   50편
// Korean scales by 만/억/조 (10⁴ steps), English by K/M/B/T (10³ steps), as each language counts.
// The chart plots raw / divisor, and Qt Charts writes the labels with the formats below (the
// chart's locale and localizeNumbers on, so the Korean words around the number stay intact).
struct ValueScale {
    double divisor = 1;
    QString prefix;     // "$", "₩", "CN¥"
    QString suffix;     // "B", "억 달러", "%", "편"
    QString axisTitle;  // what a bare number counts, when the labels cannot say it ("papers")
    QLocale locale;

    // Significant digits of a written value: 672, 77.6, 7.76, 6,000 (a scaled value stays under 10⁴).
    static constexpr int kPrecision = 4;

    double scaled(double raw) const { return raw / divisor; }
    // A value as the chart writes it: "$67.2B", "672억 달러".
    QString format(double raw) const;
    // An axis tick of the scaled axis with `decimals` decimals: "$20B", "200억 달러", "2.5%".
    QString formatTick(double scaledValue, int decimals) const;
    // QValueAxis::setLabelFormat for ticks with `decimals` decimals: "$%.0fB", "%.0f억 달러".
    QString axisLabelFormat(int decimals) const;
    // A Qt Charts label template around `tag` ("@value" for bars, "@yPoint" for lines): "$@valueB".
    QString labelTemplate(const QString &tag) const;
};

// The scale of one chart in "ko" or "en", from its unit or currency and its largest value.
ValueScale valueScale(const charts::ChartSpec &spec, const QString &language);
ValueScale valueScaleFor(const QString &unit, const QString &currency, double largest, const QString &language);

QLocale chartLocale(const QString &language);

} // namespace dokhae::render
