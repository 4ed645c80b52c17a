#include "import_worker.h"

#include "store/library.h"

#include <spdlog/spdlog.h>

namespace dokhae::gui {

ImportWorker::ImportWorker(const QString &libraryPath, const QStringList &paths)
    : m_libraryPath(libraryPath)
    , m_paths(paths)
{
}

void ImportWorker::run()
{
    store::Library library;
    if (!library.open(m_libraryPath)) {
        spdlog::error("import: cannot open library: {}", library.lastError().toStdString());
        emit failed(library.lastError());
        return;
    }
    import::Importer importer(library);
    const import::ImportReport report = importer.run(m_paths, [this](int done, int total, const QString &file) {
        emit progress(done, total, file);
        return !m_cancelRequested.load();
    });
    library.close();
    emit finished(report);
}

} // namespace dokhae::gui
