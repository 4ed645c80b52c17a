#pragma once

#include "import/importer.h"

#include <QObject>
#include <QStringList>

class QLabel;
class QProgressBar;
class QStatusBar;
class QThread;
class QToolButton;
class QWidget;

namespace dokhae::gui {

class ImportWorker;

// Starts imports on a worker thread, shows their progress in the status bar with a Cancel
// button, and reports the outcome: a summary, and a message naming every refused file and why.
// Imports asked for while one runs are queued.
class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(const QString &libraryPath, QStatusBar *statusBar, QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void start(const QStringList &paths);
    void cancel();
    void retranslateUi();

signals:
    void importFinished(const dokhae::import::ImportReport &report);

private:
    void startNext();
    void onProgress(int done, int total, const QString &file);
    void onFinished(const import::ImportReport &report);
    void onFailed(const QString &message);
    void endRun();
    void showStop(const import::ImportReport &report);
    void showRefusals(const import::ImportReport &report);

    QString m_libraryPath;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QList<QStringList> m_queue;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
};

} // namespace dokhae::gui
