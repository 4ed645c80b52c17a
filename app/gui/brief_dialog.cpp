#include "brief_dialog.h"

#include "brief.h"
#include "brief_export.h"
#include "language.h"
#include "store/annotation_store.h"
#include "store/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

namespace {

constexpr auto kFolderKey = "brief/folder";
constexpr auto kFormatKey = "brief/format";

} // namespace

BriefDialog::BriefDialog(const store::Library &library, qint64 currentArticleId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Export Brief"));
    m_byTick = new QRadioButton(tr("The articles ticked below"), this);
    m_byTag = new QRadioButton(tr("The articles whose notes are tagged"), this);
    m_articles = new QListWidget(this);
    m_articles->setObjectName(QStringLiteral("briefArticles"));
    for (const ArticleSummary &summary : library.articles()) {
        QStringList about{summary.meta.source, summary.meta.published.toString(Qt::ISODate)};
        about.removeAll(QString());
        auto *item = new QListWidgetItem(about.isEmpty() ? summary.meta.title
                                                         : QStringLiteral("%1 — %2").arg(summary.meta.title, about.join(QStringLiteral(" · "))),
                                         m_articles);
        item->setData(Qt::UserRole, summary.id);
        item->setCheckState(summary.id == currentArticleId ? Qt::Checked : Qt::Unchecked);
    }
    auto *all = new QPushButton(tr("Tick &All"), this);
    auto *none = new QPushButton(tr("Tick &None"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_articles->count(); ++i)
            m_articles->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_articles->count(); ++i)
            m_articles->item(i)->setCheckState(Qt::Unchecked);
    });
    m_tags = new QComboBox(this);
    m_tags->addItems(store::AnnotationStore(library).allTags());
    m_tags->setObjectName(QStringLiteral("briefTag"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("briefFormat"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML file (one file, pictures inside)"), QStringLiteral("html"));
    m_format->setCurrentIndex(QSettings().value(QLatin1String(kFormatKey)).toString() == u"html" ? 1 : 0);

    auto *tickButtons = new QHBoxLayout;
    tickButtons->addWidget(all);
    tickButtons->addWidget(none);
    tickButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BriefDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BriefDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_byTick);
    layout->addWidget(m_articles);
    layout->addLayout(tickButtons);
    layout->addWidget(m_byTag);
    layout->addWidget(m_tags);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_byTick->setChecked(true);
    m_byTag->setEnabled(m_tags->count() > 0);
    for (QRadioButton *choice : {m_byTick, m_byTag})
        connect(choice, &QRadioButton::toggled, this, &BriefDialog::updateEnabled);
    connect(m_articles, &QListWidget::itemChanged, this, &BriefDialog::updateEnabled);
    updateEnabled();
    resize(640, 520);
}

void BriefDialog::updateEnabled()
{
    m_articles->setEnabled(m_byTick->isChecked());
    m_tags->setEnabled(m_byTag->isChecked());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!chosenArticles().isEmpty());
}

QList<qint64> BriefDialog::chosenArticles() const
{
    if (m_byTag->isChecked()) {
        QString ignored;
        return brief::articlesTagged(m_library, chosenTag(), &ignored);
    }
    QList<qint64> ids;
    for (int i = 0; i < m_articles->count(); ++i) {
        if (m_articles->item(i)->checkState() == Qt::Checked)
            ids << m_articles->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

QString BriefDialog::chosenTag() const
{
    return m_byTag->isChecked() ? m_tags->currentText() : QString();
}

bool BriefDialog::asPdf() const
{
    return m_format->currentData().toString() == u"pdf";
}

bool BriefDialog::writeTo(const QString &path, QString *error) const
{
    const QString language = interfaceLanguage();
    std::optional<brief::Brief> brief = brief::gatherBrief(m_library, chosenArticles(), language, error);
    if (!brief)
        return false;
    brief->subject = chosenTag();
    return asPdf() ? brief::writeBriefPdf(*brief, language, path, error)
                   : brief::writeBriefHtml(*brief, language, path, error);
}

void BriefDialog::accept()
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderKey),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(folder).filePath(asPdf() ? tr("brief.pdf") : tr("brief.html"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Brief"), suggested,
                                                      asPdf() ? tr("PDF documents (*.pdf)") : tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = writeTo(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        spdlog::warn("brief not written: {}", error.toStdString());
        QMessageBox::warning(this, tr("Export Brief"), error);
        return;
    }
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    settings.setValue(QLatin1String(kFormatKey), asPdf() ? QStringLiteral("pdf") : QStringLiteral("html"));
    spdlog::info("brief written to {}", path.toStdString());
    emit written(path);
    QDialog::accept();
}

} // namespace dokhae::gui
