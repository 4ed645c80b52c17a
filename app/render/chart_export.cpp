// One drawing path for the PNG and the SVG: the chart is built, laid out in a scene of its own and
// painted, never grabbed from a screen.
#include "chart_render.h"
#include "chart_style.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace dokhae::render {

namespace {

// The size the chart's type is made for (see ChartStyle). A larger export is the same layout
// magnified, as Datawrapper's 2× export is: 1600 × 900 reads like 800 × 450, sharper.
constexpr double kReadingWidth = 800;
constexpr double kReadingHeight = 450;
constexpr int kMaxSide = 16384;  // QPainter's raster limit, and beyond any screen or print use
constexpr qreal kMaxScale = 8;

bool drawable(QSize size, qreal scale)
{
    if (size.isEmpty() || !(scale > 0) || scale > kMaxScale)
        return false;
    return size.width() * scale <= kMaxSide && size.height() * scale <= kMaxSide;
}

QString sizeError(QSize size, qreal scale)
{
    return QCoreApplication::translate("ChartExport", "A chart of %1 × %2 pixels at scale %3 cannot be drawn.")
        .arg(size.width())
        .arg(size.height())
        .arg(scale);
}

QString writeError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("ChartExport", "Could not write the chart to %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

// Paints the chart over the whole of painter's `size` (in the painter's logical units).
void paintChart(QPainter &painter, const charts::ChartSpec &spec, const RenderOptions &options, QSize size)
{
    const qreal magnification = exportMagnification(size);
    const QSizeF layoutSize = QSizeF(size) / magnification;
    QGraphicsScene scene;  // owns the chart from addItem on
    QChart *chart = buildChart(spec, options);
    scene.addItem(chart);
    // A chart in a bare scene is 0 × 0 until it is given a size; its layout then runs on the
    // posted layout request, which is delivered here rather than on some later event loop turn.
    chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect(), Qt::IgnoreAspectRatio);
}

// Opens `path` for an all-or-nothing write: QSaveFile writes beside it and renames on commit.
bool writeAll(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

qreal exportMagnification(QSize size)
{
    return std::max(1.0, std::min(size.width() / kReadingWidth, size.height() / kReadingHeight));
}

QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options, QSize size, qreal scale)
{
    if (!drawable(size, scale))
        return {};
    const QSize pixels(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    image.fill(chartStyle(options.palette).background);  // under the chart's own, for any edge it leaves
    QPainter painter(&image);
    paintChart(painter, spec, options, size);
    painter.end();
    return image;
}

bool exportPng(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               qreal scale, QString *error)
{
    if (!drawable(size, scale)) {
        if (error)
            *error = sizeError(size, scale);
        return false;
    }
    const QImage image = renderImage(spec, options, size, scale);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = writeError(path, QCoreApplication::translate("ChartExport", "the picture could not be drawn."));
        return false;
    }
    return writeAll(path, png, error);
}

bool exportSvg(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               QString *error)
{
    if (!drawable(size, 1)) {
        if (error)
            *error = sizeError(size, 1);
        return false;
    }
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);  // CSS pixels: a 16 px font stays 16 px in a browser
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(spec.title(options.language));
    generator.setDescription(options.sourceLine);
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = writeError(path, QCoreApplication::translate("ChartExport", "the picture could not be drawn."));
        return false;
    }
    paintChart(painter, spec, options, size);
    painter.end();
    return writeAll(path, svg, error);
}

} // namespace dokhae::render
