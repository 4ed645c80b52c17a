#pragma once

#include <QElapsedTimer>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace dokhae::gui {

// The progress of the whole-file check that opening a library runs after an unclean close
// (store::Library::setCheckProgress). The check runs on the thread that opens, so the callback
// keeps the window's events flowing; a dialog with a Stop button shows once the check has taken a
// moment (a small library is done before it would appear).
class LibraryCheckProgress {
public:
    explicit LibraryCheckProgress(QWidget *parent);
    ~LibraryCheckProgress();
    LibraryCheckProgress(const LibraryCheckProgress &) = delete;
    LibraryCheckProgress &operator=(const LibraryCheckProgress &) = delete;

    // For Library::setCheckProgress; valid while this object lives.
    std::function<bool(qint64 pagesRead, qint64 pageCount)> callback();

private:
    bool report(qint64 pagesRead, qint64 pageCount);

    QWidget *m_parent;
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_sinceStart;
};

} // namespace dokhae::gui
