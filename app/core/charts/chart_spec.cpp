#include "charts/chart_spec.h"

#include <array>
#include <utility>

namespace dokhae::charts {

namespace {

constexpr std::array<std::pair<ChartKind, const char16_t *>, 5> kKindNames{{
    {ChartKind::Bar, u"bar"},
    {ChartKind::GroupedBar, u"grouped_bar"},
    {ChartKind::HorizontalBar, u"horizontal_bar"},
    {ChartKind::Line, u"line"},
    {ChartKind::Pie, u"pie"},
}};

} // namespace

QString chartKindName(ChartKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (const auto &[k, kindName] : kKindNames) {
        if (name == QStringView(kindName))
            return k;
    }
    return std::nullopt;
}

int ChartSpec::pointCount() const
{
    int count = 0;
    for (const ChartSeries &s : series)
        count += int(s.points.size());
    return count;
}

} // namespace dokhae::charts
