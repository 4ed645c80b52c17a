#include "library_entities_reader.h"

#include "store/library.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

void readLibraryEntities(QObject *context, const QString &libraryPath,
                         std::function<void(QList<store::LibraryEntity>)> done)
{
    const QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([receiver, libraryPath, done = std::move(done)] {
        QList<store::LibraryEntity> found;
        {
            store::Library worker;
            if (worker.open(libraryPath))
                found = worker.entities().libraryEntities();
            else
                spdlog::warn("Library entities not read: {}", worker.lastError().toStdString());
        }
        if (!receiver)
            return;
        // Queued to the receiver's thread; dropped there if it was deleted meanwhile.
        QMetaObject::invokeMethod(
            receiver.data(), [done, found = std::move(found)]() mutable { done(std::move(found)); },
            Qt::QueuedConnection);
    });
}

} // namespace dokhae::gui
