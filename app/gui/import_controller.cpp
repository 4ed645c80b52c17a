#include "import_controller.h"

#include "import_worker.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>

namespace dokhae::gui {

namespace {
constexpr int kStatusMessageMs = 10000;
constexpr int kRefusalsShown = 10;
}

ImportController::ImportController(const QString &libraryPath, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_libraryPath(libraryPath)
    , m_statusBar(statusBar)
    , m_dialogParent(dialogParent)
    , m_progressBar(new QProgressBar(statusBar))
    , m_cancelButton(new QToolButton(statusBar))
{
    qRegisterMetaType<import::ImportReport>();
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_progressBar->setMaximumWidth(240);
    m_progressBar->setTextVisible(true);
    m_statusBar->addPermanentWidget(m_progressBar);
    m_statusBar->addPermanentWidget(m_cancelButton);
    m_progressBar->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    retranslateUi();
}

ImportController::~ImportController()
{
    m_queue.clear();
    if (m_thread) {
        m_worker->requestCancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

void ImportController::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    if (!isRunning())
        startNext();
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_worker)
        m_worker->requestCancel();
    m_cancelButton->setEnabled(false);
    m_statusBar->showMessage(tr("Cancelling import after the current file…"));
}

void ImportController::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QStringList paths = m_queue.takeFirst();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dokhae-import"));
    m_worker = new ImportWorker(m_libraryPath, paths);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progress, this, &ImportController::onProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportController::onFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportController::onFailed);

    m_progressBar->setRange(0, 0);  // busy until the worker has counted the files
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_statusBar->showMessage(tr("Importing…"));
    m_thread->start();
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
    if (m_cancelButton->isEnabled())
        m_statusBar->showMessage(tr("Importing %1 (%2 of %3)…")
                                     .arg(QFileInfo(file).fileName())
                                     .arg(std::min(done + 1, total))
                                     .arg(total));
}

void ImportController::onFinished(const import::ImportReport &report)
{
    endRun();
    using import::ImportStatus;
    QString summary = tr("Import finished: %1 added, %2 updated, %3 unchanged, %4 refused.")
                          .arg(report.count(ImportStatus::Added))
                          .arg(report.count(ImportStatus::NewRevision))
                          .arg(report.count(ImportStatus::Unchanged))
                          .arg(report.count(ImportStatus::Refused));
    if (const int skipped = report.count(ImportStatus::Skipped); skipped > 0)
        summary += QLatin1Char(' ') + tr("%n file(s) of other types skipped.", nullptr, skipped);
    const QString prefix = report.cancelled ? tr("Import cancelled.")
                           : report.stoppedBy.isEmpty() ? QString()
                                                        : tr("Import stopped.");
    m_statusBar->showMessage(prefix.isEmpty() ? summary : prefix + QLatin1Char(' ') + summary, kStatusMessageMs);
    emit importFinished(report);
    if (!report.stoppedBy.isEmpty())
        showStop(report);
    else if (report.count(ImportStatus::Refused) > 0)
        showRefusals(report);
    startNext();
}

void ImportController::onFailed(const QString &message)
{
    endRun();
    m_statusBar->showMessage(tr("Import failed."), kStatusMessageMs);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"), message, QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("importFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    startNext();
}

void ImportController::endRun()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_progressBar->hide();
    m_cancelButton->hide();
}

// One box for the library's failure, not one line per file: the rest were never tried.
void ImportController::showStop(const import::ImportReport &report)
{
    const int stored = report.count(import::ImportStatus::Added) + report.count(import::ImportStatus::NewRevision);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import stopped"), report.stoppedBy, QMessageBox::Ok,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("importStoppedBox"));
    box->setInformativeText(tr("%n article(s) stored before the stop are kept.", nullptr, stored) + QLatin1Char(' ')
                            + tr("%n file(s) were not imported; import them again once the library can be written.",
                                 nullptr, report.notTried + 1));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportController::showRefusals(const import::ImportReport &report)
{
    QStringList lines;
    for (const import::FileOutcome &outcome : report.files) {
        if (outcome.status != import::ImportStatus::Refused)
            continue;
        const QString name = QFileInfo(outcome.path).fileName();
        lines << QStringLiteral("• ")
                     + (outcome.message.contains(name) ? outcome.message : tr("%1: %2").arg(name, outcome.message));
    }
    auto *box = new QMessageBox(m_dialogParent);
    box->setObjectName(QStringLiteral("importRefusalsBox"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Some files were not imported"));
    box->setText(tr("These files could not be imported; the library was left as it was for them."));
    // A long list goes to the details so the box still fits on the screen.
    const QString separator = QStringLiteral("\n\n");
    if (lines.size() > kRefusalsShown) {
        box->setInformativeText(lines.mid(0, kRefusalsShown).join(separator) + separator
                                + tr("…and %1 more (see Details).").arg(lines.size() - kRefusalsShown));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    } else {
        box->setInformativeText(lines.join(separator));
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportController::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the import after the current file"));
    m_progressBar->setFormat(tr("%v of %m"));
}

} // namespace dokhae::gui
