#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace dokhae::gui {

// Reads the figures (and suggests the charts) of the library's articles that have none yet, or
// only from an older extractor — after an upgrade of the library — on a thread of its own with its
// own connection, a batch per transaction, so the window stays responsive and can write between
// batches. The article on show never waits for it: the figure store reads that one at once.
class FigureRefresher : public QObject {
    Q_OBJECT

public:
    explicit FigureRefresher(const QString &libraryPath, QObject *parent = nullptr);
    ~FigureRefresher() override;  // stops after the batch under way and waits for it

    void start();  // does nothing while a run is under way
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int done, int total);
    void finished(bool ok, const QString &error);

private:
    void run();

    QString m_libraryPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
};

} // namespace dokhae::gui
