#pragma once

#include "import/importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace dokhae::gui {

// Runs an import on its own thread with its own connection to the library file, so the window
// stays responsive and never shares a QSqlDatabase across threads.
class ImportWorker : public QObject {
    Q_OBJECT

public:
    ImportWorker(const QString &libraryPath, const QStringList &paths);

    // Safe to call from any thread; the import stops after the file being read.
    void requestCancel() { m_cancelRequested = true; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &file);
    void finished(const dokhae::import::ImportReport &report);
    void failed(const QString &message);

private:
    QString m_libraryPath;
    QStringList m_paths;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace dokhae::gui
