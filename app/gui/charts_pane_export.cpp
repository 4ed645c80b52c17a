// The charts pane's exports: PNG and SVG drawn by the render library (the same picture the CLI
// writes, not a grab of the screen), the data as CSV, and the picture on the clipboard.
#include "charts_pane.h"

#include "chart_png_dialog.h"
#include "chart_render.h"
#include "charts/chart_csv.h"
#include "language.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace dokhae::gui {

namespace {
const QString kExportFolderKey = QStringLiteral("charts/lastExportFolder");
const QSize kClipboardSize(1600, 900);

// A file goes into documents and slides, most of them white: it is drawn on the light palette
// whatever the window's, in the interface language.
render::RenderOptions exportOptions(render::RenderOptions options)
{
    options.palette = render::Palette::Light;
    return options;
}
} // namespace

QString ChartsPane::exportBaseName() const
{
    // The title, minus what file systems refuse, and short enough for any of them.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    const std::optional<charts::ChartSpec> chart = currentChart();
    QString base = chart ? chart->title(interfaceLanguage()) : QString();
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified().left(80).trimmed();
    return base.isEmpty() ? tr("chart", "default name of an exported chart file") : base;
}

QString ChartsPane::askExportPath(const QString &caption, const QString &suffix, const QString &filter)
{
    const QString folder = QSettings().value(kExportFolderKey, QStandardPaths::writableLocation(
                                                                   QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, caption, QDir(folder).filePath(exportBaseName() + suffix),
                                                      filter);
    if (!path.isEmpty())
        QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ChartsPane::showExportError(const QString &path, const QString &reason)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot export the chart"),
                    tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("chartExportErrorBox"));
    box.setInformativeText(reason);
    box.exec();
}

void ChartsPane::exportPng()
{
    if (!currentChart())
        return;
    ChartPngDialog sizes(this);
    if (sizes.exec() != QDialog::Accepted)
        return;
    const QString path = askExportPath(tr("Export Chart as PNG"), QStringLiteral(".png"),
                                       tr("PNG images (*.png);;All files (*)"));
    if (!path.isEmpty())
        exportPngTo(path, sizes.pixelSize(), sizes.scale());
}

void ChartsPane::exportSvg()
{
    if (!currentChart())
        return;
    const QString path = askExportPath(tr("Export Chart as SVG"), QStringLiteral(".svg"),
                                       tr("SVG images (*.svg);;All files (*)"));
    if (!path.isEmpty())
        exportSvgTo(path, QSize(800, 450));
}

void ChartsPane::exportCsv()
{
    if (!currentChart())
        return;
    const QString path = askExportPath(tr("Export Chart Data as CSV"), QStringLiteral(".csv"),
                                       tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool ChartsPane::exportPngTo(const QString &path, QSize size, qreal scale)
{
    const std::optional<charts::ChartSpec> chart = currentChart();
    if (!chart)
        return false;
    QString error;
    if (!render::exportPng(*chart, exportOptions(renderOptions(*chart)), path, size, scale, &error)) {
        showExportError(path, error);
        return false;
    }
    emit message(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ChartsPane::exportSvgTo(const QString &path, QSize size)
{
    const std::optional<charts::ChartSpec> chart = currentChart();
    if (!chart)
        return false;
    QString error;
    if (!render::exportSvg(*chart, exportOptions(renderOptions(*chart)), path, size, &error)) {
        showExportError(path, error);
        return false;
    }
    emit message(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ChartsPane::exportCsvTo(const QString &path)
{
    const std::optional<charts::ChartSpec> chart = currentChart();
    if (!chart)
        return false;
    // QSaveFile: a failed write leaves no half-written file in place of an older good one.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(charts::chartCsv(*chart, interfaceLanguage())) >= 0
        && file.commit()) {
        emit message(tr("Exported the chart's data to %1").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    showExportError(path, file.errorString());
    return false;
}

void ChartsPane::copyImage()
{
    const std::optional<charts::ChartSpec> chart = currentChart();
    if (!chart)
        return;
    // Pasted into slides and documents: the size of the default PNG export.
    const QImage image = render::renderImage(*chart, exportOptions(renderOptions(*chart)), kClipboardSize, 1.0);
    if (image.isNull()) {
        emit message(tr("The chart could not be drawn."));
        return;
    }
    QApplication::clipboard()->setImage(image);
    emit message(tr("Copied the chart as a picture"));
}

} // namespace dokhae::gui
