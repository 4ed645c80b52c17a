// The CSV export of the figures pane: where to, and what went wrong.
#include "figures_pane.h"

#include "figure_csv.h"
#include "figure_table_model.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

namespace dokhae::gui {

namespace {
const QString kExportFolderKey = QStringLiteral("figures/lastExportFolder");
} // namespace

QString FiguresPane::suggestedFileName() const
{
    // The title, minus what file systems refuse, and short enough for any of them.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString base = m_title;
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified().left(80).trimmed();
    if (base.isEmpty())
        base = tr("article");
    return tr("%1 - figures", "default name of an exported CSV file; %1 is the article's title").arg(base)
           + QStringLiteral(".csv");
}

void FiguresPane::exportCsv()
{
    const QString folder = QSettings().value(kExportFolderKey, QStandardPaths::writableLocation(
                                                                   QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Figures as CSV"),
                                                      QDir(folder).filePath(suggestedFileName()),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    exportCsvTo(path);
}

bool FiguresPane::exportCsvTo(const QString &path)
{
    QList<figures::Figure> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->figures().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    // QSaveFile: a failed write leaves no half-written file in place of an older good one.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(figuresToCsv(shown, m_model->readingText())) >= 0
        && file.commit()) {
        emit message(tr("Exported %1 figures to %2").arg(shown.size()).arg(QDir::toNativeSeparators(path)));
        return true;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot export the figures"),
                    tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("figureExportErrorBox"));
    box.setInformativeText(file.errorString());
    box.exec();
    return false;
}

} // namespace dokhae::gui
