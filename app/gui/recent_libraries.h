#pragma once

#include <QMenu>
#include <QStringList>

namespace dokhae::gui {

// File ▸ Open Recent: the libraries opened last, files and team libraries alike, newest first,
// kept in the settings as locations (a server's without any password). Choosing one asks the
// window to open it.
class RecentLibrariesMenu : public QMenu {
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;

    explicit RecentLibrariesMenu(QWidget *parent = nullptr);

    // Puts a library at the top of the list (and of every other window's menu).
    static void remember(const QString &location);
    static QStringList locations();

signals:
    void openRequested(const QString &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
};

} // namespace dokhae::gui
