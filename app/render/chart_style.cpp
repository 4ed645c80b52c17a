#include "chart_style.h"

namespace dokhae::render {

namespace {

QFont pinnedFont(int pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont font(chartFontFamily());
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    // No fallback guessing by style: the family is installed with the app (fonts-noto-cjk).
    font.setStyleHint(QFont::SansSerif, QFont::PreferDefault);
    return font;
}

} // namespace

ChartStyle chartStyle(Palette palette)
{
    ChartStyle style;
    if (palette == Palette::Dark) {
        style.background = QColor(0x1f, 0x21, 0x24);
        style.text = QColor(0xe8, 0xea, 0xed);
        style.mutedText = QColor(0xa8, 0xad, 0xb4);
        style.grid = QColor(0x3a, 0x3d, 0x42);
        style.axisLine = QColor(0x80, 0x86, 0x8b);
        style.highlight = QColor(0xff, 0xb0, 0x20);
        style.series = {QColor(0x6e, 0xa8, 0xfe), QColor(0x4f, 0xd1, 0xc5), QColor(0xb7, 0x94, 0xf4),
                        QColor(0xa0, 0xae, 0xc0), QColor(0xfc, 0x81, 0x81), QColor(0x9a, 0xe6, 0x6e)};
    } else {
        style.background = QColor(0xff, 0xff, 0xff);
        style.text = QColor(0x22, 0x25, 0x29);
        style.mutedText = QColor(0x6b, 0x71, 0x78);
        style.grid = QColor(0xe3, 0xe5, 0xe8);
        style.axisLine = QColor(0x9a, 0xa0, 0xa6);
        style.highlight = QColor(0xf3, 0x9c, 0x12);
        style.series = {QColor(0x33, 0x66, 0xaa), QColor(0x2a, 0x9d, 0x8f), QColor(0x8e, 0x6b, 0xbf),
                        QColor(0x7f, 0x8c, 0x8d), QColor(0xc0, 0x50, 0x4d), QColor(0x6b, 0x8e, 0x23)};
    }
    style.titleFont = pinnedFont(18, QFont::Bold);
    style.labelFont = pinnedFont(13);
    style.footerFont = pinnedFont(11);
    return style;
}

} // namespace dokhae::render
