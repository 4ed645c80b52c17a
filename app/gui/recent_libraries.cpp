#include "recent_libraries.h"

#include "store/library_location.h"

#include <QEvent>
#include <QSettings>

namespace dokhae::gui {

namespace {

const QString kRecentKey = QStringLiteral("libraries/recent");

} // namespace

RecentLibrariesMenu::RecentLibrariesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentLibrariesMenu"));
    // Read when shown, so that a library another window opened since is listed too.
    connect(this, &QMenu::aboutToShow, this, &RecentLibrariesMenu::rebuild);
    rebuild();
}

QStringList RecentLibrariesMenu::locations()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentLibrariesMenu::remember(const QString &location)
{
    const store::LibraryLocation parsed = store::LibraryLocation::parse(location);
    if (!parsed.isValid())
        return;
    const QString kept = parsed.toString();  // never a password
    QStringList list = locations();
    list.removeAll(kept);
    list.prepend(kept);
    QSettings().setValue(kRecentKey, list.mid(0, kMaximum));
}

void RecentLibrariesMenu::rebuild()
{
    clear();
    const QStringList list = locations();
    for (int i = 0; i < list.size(); ++i) {
        const QString location = list.at(i);
        // &1 … &8 as the accelerators; '&' in a path is doubled so that it shows.
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QString(location).replace(u'&', QLatin1String("&&"))));
        connect(action, &QAction::triggered, this, [this, location] { emit openRequested(location); });
    }
    if (list.isEmpty())
        addAction(tr("No libraries opened yet"))->setEnabled(false);
    setTitle(tr("Open &Recent"));
}

void RecentLibrariesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

} // namespace dokhae::gui
