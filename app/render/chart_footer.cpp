#include "chart_footer.h"

#include <QChart>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace dokhae::render {

namespace {

constexpr int kFooterKey = 0;  // QGraphicsItem::data key that marks our footer among chart items
constexpr qreal kSideMargin = 14;
constexpr qreal kGap = 10;  // between the plot (or legend) and the footer, and under it

void placeFooter(QChart *chart, QGraphicsTextItem *footer)
{
    const QSizeF size = chart->size();
    if (size.isEmpty())
        return;
    footer->setTextWidth(std::max(40.0, size.width() - 2 * kSideMargin));
    const qreal height = footer->boundingRect().height();
    footer->setPos(kSideMargin, size.height() - height - kGap / 2);
    // Reserve the footer's height: the plot, axes and legend are laid out above it.
    QMargins margins = chart->margins();
    const int bottom = int(std::ceil(height + kGap));
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        chart->setMargins(margins);
    }
}

} // namespace

QGraphicsTextItem *attachFooter(QChart *chart, const QString &text, const QFont &font, const QColor &color)
{
    if (text.trimmed().isEmpty())
        return nullptr;
    auto *footer = new QGraphicsTextItem(chart);
    footer->setData(kFooterKey, QStringLiteral("footer"));
    footer->document()->setDocumentMargin(0);
    footer->setFont(font);
    footer->setDefaultTextColor(color);
    footer->setPlainText(text);  // plain: a source title may hold < or &
    footer->setZValue(chart->zValue() + 10);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, footer, [chart, footer] { placeFooter(chart, footer); });
    placeFooter(chart, footer);
    return footer;
}

QGraphicsTextItem *chartFooter(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(kFooterKey).toString() == u"footer")
            return static_cast<QGraphicsTextItem *>(item);
    }
    return nullptr;
}

} // namespace dokhae::render
