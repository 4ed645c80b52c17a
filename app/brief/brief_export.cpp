#include "brief_export.h"

#include "brief_document.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace dokhae::brief {

namespace {

QByteArray pngOf(const QImage &picture)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return png;
}

bool failed(const QSaveFile &file, const QString &path, QString *error)
{
    *error = QCoreApplication::translate("Brief", "Could not write the brief to %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

bool writeBriefHtml(const Brief &brief, const QString &language, const QString &path, QString *error)
{
    const QString html = briefHtml(brief, language, [](const QImage &picture) {
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngOf(picture).toBase64());
    });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        return failed(file, path, error);
    return true;
}

bool writeBriefPdf(const Brief &brief, const QString &language, const QString &path, QString *error)
{
    QTextDocument document;
    int pictures = 0;
    const QString html = briefHtml(brief, language, [&](const QImage &picture) {
        const QString name = QStringLiteral("brief-chart-%1.png").arg(++pictures);
        document.addResource(QTextDocument::ImageResource, QUrl(name), picture);
        return name;
    });
    document.setHtml(html);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file, path, error);
    {
        QPdfWriter writer(&file);
        writer.setTitle(QCoreApplication::translate("Brief", "Research brief"));
        writer.setCreator(QStringLiteral("Dokhae"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        document.print(&writer);
    }
    if (!file.commit())
        return failed(file, path, error);
    return true;
}

} // namespace dokhae::brief
