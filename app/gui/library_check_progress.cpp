#include "library_check_progress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace dokhae::gui {

namespace {
constexpr qint64 kShowAfterMs = 300;
}

LibraryCheckProgress::LibraryCheckProgress(QWidget *parent)
    : m_parent(parent)
{
}

LibraryCheckProgress::~LibraryCheckProgress()
{
    delete m_dialog;
}

std::function<bool(qint64, qint64)> LibraryCheckProgress::callback()
{
    return [this](qint64 pagesRead, qint64 pageCount) { return report(pagesRead, pageCount); };
}

bool LibraryCheckProgress::report(qint64 pagesRead, qint64 pageCount)
{
    if (!m_sinceStart.isValid())
        m_sinceStart.start();
    if (!m_dialog && m_sinceStart.elapsed() >= kShowAfterMs && pagesRead < pageCount) {
        m_dialog = new QProgressDialog(
            QCoreApplication::translate("LibraryCheckProgress",
                                        "Dokhae was not closed properly last time, so every page of the library is "
                                        "read before it opens…"),
            QCoreApplication::translate("LibraryCheckProgress", "Stop"), 0, 1000, m_parent);
        m_dialog->setObjectName(QStringLiteral("libraryCheckProgress"));
        m_dialog->setWindowTitle(QCoreApplication::translate("LibraryCheckProgress", "Checking the library"));
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->show();
    }
    if (m_dialog && pageCount > 0)
        m_dialog->setValue(static_cast<int>(std::min<qint64>(999, pagesRead * 1000 / pageCount)));
    QCoreApplication::processEvents();
    return !(m_dialog && m_dialog->wasCanceled());
}

} // namespace dokhae::gui
