#include "annotation_item_delegate.h"

#include "annotation_list_model.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace dokhae::gui {

namespace {

constexpr int kBarWidth = 5;
constexpr int kPadding = 6;

struct Part {
    QString text;
    QFont font;
    QColor color;
    int maxLines;
};

QList<Part> partsOf(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7f);
    QFont title = option.font;
    title.setBold(true);
    QFont quote = option.font;
    quote.setItalic(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    QList<Part> parts;
    const auto add = [&](int role, const QFont &font, const QColor &color, int lines) {
        const QString value = index.data(role).toString();
        if (!value.isEmpty())
            parts.append({value, font, color, lines});
    };
    add(AnnotationItemDelegate::TitleRole, title, text, 1);
    add(AnnotationItemDelegate::QuoteRole, quote, text, 2);
    add(AnnotationItemDelegate::NoteRole, option.font, text, 3);
    add(AnnotationItemDelegate::TagsRole, small, quiet, 1);
    return parts;
}

// Lays `part` out in `width`, at most maxLines lines (the last elided); returns its height and,
// with a painter, draws it at `top`.
int layoutPart(const Part &part, int width, QPainter *painter, QPointF topLeft)
{
    QTextLayout layout(part.text, part.font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    const QFontMetricsF metrics(part.font);
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    QList<QString> elided;
    while (lines < part.maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        QString shown = part.text.mid(line.textStart(), line.textLength());
        if (lines == part.maxLines - 1 && line.textStart() + line.textLength() < part.text.size())
            shown = metrics.elidedText(part.text.mid(line.textStart()), Qt::ElideRight, width);
        elided.append(shown);
        y += metrics.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    if (painter) {
        painter->setFont(part.font);
        painter->setPen(part.color);
        for (int i = 0; i < elided.size(); ++i)
            painter->drawText(topLeft + QPointF(0, i * metrics.lineSpacing() + metrics.ascent()), elided.at(i));
    }
    return int(std::ceil(y));
}

} // namespace

void AnnotationItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    const QRect rect = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->fillRect(QRect(rect.left(), rect.top(), kBarWidth, rect.height()),
                      index.data(Qt::DecorationRole).value<QColor>());
    const int left = rect.left() + kBarWidth + kPadding;
    const int width = std::max(40, rect.right() - left);
    qreal y = rect.top();
    for (const Part &part : partsOf(option, index))
        y += layoutPart(part, width, painter, QPointF(left, y)) + 2;
    painter->restore();
}

QSize AnnotationItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int available = option.rect.width() > 0 ? option.rect.width()
                          : option.widget        ? option.widget->width() - 24
                                                 : 300;
    const int width = std::max(40, available - 3 * kPadding - kBarWidth);
    int height = 2 * kPadding;
    for (const Part &part : partsOf(option, index))
        height += layoutPart(part, width, nullptr, {}) + 2;
    return {available, height};
}

} // namespace dokhae::gui
