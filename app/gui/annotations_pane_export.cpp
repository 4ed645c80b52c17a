// AnnotationsPane: annotations out to files (W3C JSON-LD, Markdown, CSV), in from our JSON-LD, and
// the names of the highlight colors.
#include "annotations_pane.h"

#include "annotation_editor.h"
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_settings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

namespace {

const QString kExportFolderKey = QStringLiteral("annotations/exportFolder");
constexpr qint64 kLargestImport = 64 * 1024 * 1024;  // far above any real export; refuses a wrong file early

QString startFolder()
{
    return QSettings()
        .value(kExportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

void AnnotationsPane::exportAnnotations(int format)
{
    const qint64 articleId = showsWholeLibrary() ? 0 : m_articleId;
    const QList<annotations::ExportedAnnotation> items = m_store.exportable(articleId);
    if (items.isEmpty()) {
        emit message(tr("There are no annotations to export."));
        return;
    }
    static const char *const suffixes[] = {"jsonld", "md", "csv"};
    const QString filters[] = {tr("W3C Web Annotations (*.jsonld *.json)"), tr("Markdown (*.md)"), tr("CSV (*.csv)")};
    const QString name = QStringLiteral("%1/%2.%3")
                             .arg(startFolder(), articleId > 0 ? tr("annotations-%1").arg(articleId) : tr("annotations"),
                                  QLatin1String(suffixes[format]));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Annotations"), name, filters[format]);
    if (path.isEmpty())
        return;
    QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
    const QByteArray bytes = format == 0   ? annotations::toW3cJsonLd(items)
                             : format == 1 ? annotations::toMarkdown(items).toUtf8()
                                           : annotations::toCsv(items);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export Annotations"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    spdlog::info("exported {} annotations to {}", items.size(), path.toStdString());
    emit message(tr("Exported %n annotation(s) to %1", nullptr, int(items.size())).arg(QDir::toNativeSeparators(path)));
}

void AnnotationsPane::importAnnotations()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), startFolder(),
                                                      tr("W3C Web Annotations (*.jsonld *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    std::optional<QList<annotations::ImportedAnnotation>> read;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (file.size() > kLargestImport)
        error = tr("the file is larger than 64 MB; it is not an annotation export");
    else
        read = annotations::fromW3cJsonLd(file.readAll(), &error);
    if (!read) {
        QMessageBox::warning(this, tr("Import Annotations"),
                             tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    const auto report = m_store.merge(*read);
    if (!report) {
        QMessageBox::warning(this, tr("Import Annotations"), m_store.lastError());
        return;
    }
    reload();
    emit annotationsImported();
    emit message(tr("Annotations imported: %1 added, %2 updated, %3 unchanged, %4 orphaned, %5 without an article")
                     .arg(report->added)
                     .arg(report->updated)
                     .arg(report->unchanged)
                     .arg(report->orphans)
                     .arg(report->unmatched.size()));
}

void AnnotationsPane::nameColors()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("colorNamesDialog"));
    dialog.setWindowTitle(tr("Highlight Colors"));
    auto *form = new QFormLayout(&dialog);
    QList<QLineEdit *> edits;
    for (const QString &key : annotations::colorKeys()) {
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(QStringLiteral("colorName_") + key);
        edit->setPlaceholderText(annotations::defaultColorName(key));
        const QString name = annotations::colorName(key);
        if (name != annotations::defaultColorName(key))
            edit->setText(name);
        QPixmap swatch(18, 18);
        swatch.fill(QColor(annotations::colorHex(key)));
        auto *label = new QLabel(&dialog);
        label->setPixmap(swatch);
        form->addRow(label, edit);
        edits << edit;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (qsizetype i = 0; i < edits.size(); ++i)
        annotations::setColorName(annotations::colorKeys().at(i), edits.at(i)->text());
    retranslateUi();
    m_editor->retranslateUi();
    reload();
}

} // namespace dokhae::gui
