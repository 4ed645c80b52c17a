#pragma once

#include "store/library.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <spdlog/spdlog.h>

#include <functional>

namespace dokhae::gui {

// Reads something library-wide that takes seconds on a large library (all entities, all claims,
// the timeline) on a pool thread, with a connection of its own, and hands it to `done` on the
// thread of `context`, unless `context` is gone by then. A library that cannot be opened gives
// `read`'s result nothing to read from: `done` gets Result{}, and the reason is logged.
template <typename Result>
void readInBackground(QObject *context, const QString &libraryPath, std::function<Result(const store::Library &)> read,
                      std::function<void(Result)> done)
{
    const QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([receiver, libraryPath, read = std::move(read), done = std::move(done)] {
        Result found{};
        {
            store::Library worker;
            if (worker.open(libraryPath))
                found = read(worker);
            else
                spdlog::warn("Not read in the background: {}", worker.lastError().toStdString());
        }
        if (!receiver)
            return;
        // Queued to the receiver's thread; dropped there if it was deleted meanwhile.
        QMetaObject::invokeMethod(
            receiver.data(), [done, found = std::move(found)]() mutable { done(std::move(found)); }, Qt::QueuedConnection);
    });
}

} // namespace dokhae::gui
