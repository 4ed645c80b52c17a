#include "figure_refresher.h"

#include "store/figure_store.h"
#include "store/library.h"

#include <QThread>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

FigureRefresher::FigureRefresher(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
{
}

FigureRefresher::~FigureRefresher()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FigureRefresher::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start(QThread::LowPriority);
}

// On the worker thread: signals of this object are delivered to the window's thread, queued.
void FigureRefresher::run()
{
    store::Library library;
    if (!library.open(m_libraryPath)) {
        emit finished(false, library.lastError());
        return;
    }
    const store::FigureStore figures(library);
    const bool ok = figures.refreshStale([this](int done, int total) {
        emit progress(done, total);
        return !m_stop.load();
    });
    spdlog::info("figures refreshed in the background: {}", ok ? "done" : figures.lastError().toStdString());
    emit finished(ok, figures.lastError());
}

} // namespace dokhae::gui
