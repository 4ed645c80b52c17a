#include "library_entities_reader.h"

#include "background_read.h"

namespace dokhae::gui {

void readLibraryEntities(QObject *context, const QString &libraryPath,
                         std::function<void(QList<store::LibraryEntity>)> done)
{
    readInBackground<QList<store::LibraryEntity>>(
        context, libraryPath, [](const store::Library &library) { return library.entities().libraryEntities(); },
        std::move(done));
}

} // namespace dokhae::gui
