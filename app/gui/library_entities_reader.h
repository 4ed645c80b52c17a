#pragma once

#include "store/entity_service.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace dokhae::gui {

// Reads the library's entities (EntityService::libraryEntities: seconds at 20,000 articles) on a
// pool thread with a connection of its own, and hands them to `done` on the thread of `context`,
// unless `context` is gone by then. A library that cannot be opened gives an empty list, logged.
void readLibraryEntities(QObject *context, const QString &libraryPath,
                         std::function<void(QList<store::LibraryEntity>)> done);

} // namespace dokhae::gui
