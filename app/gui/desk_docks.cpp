#include "desk_docks.h"

#include "background_read.h"
#include "claims/claim_chart.h"
#include "claims/library_claims.h"
#include "claims_pane.h"
#include "language.h"
#include "store/library.h"
#include "timeline/library_timeline.h"
#include "timeline_pane.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace dokhae::gui {

namespace {

struct ClaimsRead {
    bool ok = false;
    QList<claims::ClaimGroup> groups;
    std::optional<claims::SubjectNames> subjects;  // has no empty state of its own
    QString error;
};

struct TimelineRead {
    bool ok = false;
    QList<timeline::TimelineEvent> events;
    QString error;
};

QDockWidget *makeDock(QMainWindow *window, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(name);  // saveState() remembers where the analyst put it
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    // Shown from the View menu, it comes to the front of the docks it shares a place with.
    QObject::connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
        if (shown)
            dock->raise();
    });
    return dock;
}

} // namespace

DeskDocks::DeskDocks(QMainWindow *window, Window hooks)
    : QObject(window)
    , m_hooks(std::move(hooks))
    , m_claims(new ClaimsPane)
    , m_timeline(new TimelinePane)
{
    m_claimsDock = makeDock(window, QStringLiteral("claimsDock"), m_claims);
    m_timelineDock = makeDock(window, QStringLiteral("timelineDock"), m_timeline);
    window->tabifyDockWidget(m_claimsDock, m_timelineDock);
    m_claimsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_timelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_claims->setLanguage(interfaceLanguage());

    connect(m_claimsDock, &QDockWidget::visibilityChanged, this, &DeskDocks::readClaimsIfShown);
    connect(m_timelineDock, &QDockWidget::visibilityChanged, this, &DeskDocks::readTimelineIfShown);
    connect(m_claims, &ClaimsPane::optionsChanged, this, &DeskDocks::readClaims);
    connect(m_claims, &ClaimsPane::message, this, [this](const QString &text) { m_hooks.showStatus(text); });
    connect(m_claims, &ClaimsPane::sentenceRequested, this,
            [this](qint64 article, qsizetype start, qsizetype end) { m_hooks.openSentence(article, start, end); });
    connect(m_timeline, &TimelinePane::sentenceRequested, this,
            [this](qint64 article, qsizetype start, qsizetype end) { m_hooks.openSentence(article, start, end); });
    connect(m_claims, &ClaimsPane::chartRequested, this, &DeskDocks::chartClaim);
    retranslateUi();
}

void DeskDocks::setLibrary(const store::Library *library)
{
    m_library = library;
    libraryChanged();
}

void DeskDocks::libraryChanged()
{
    m_claimsStale = m_timelineStale = true;
    readClaimsIfShown();
    readTimelineIfShown();
}

void DeskDocks::readClaimsIfShown()
{
    if (m_claimsStale && m_claimsDock->isVisible())
        readClaims();
}

void DeskDocks::readTimelineIfShown()
{
    if (m_timelineStale && m_timelineDock->isVisible())
        readTimeline();
}

void DeskDocks::readClaims()
{
    if (!m_library)
        return;
    m_claimsStale = false;
    const int asked = ++m_claimsRead;
    const claims::ClaimOptions options = m_claims->options();
    m_hooks.showStatus(tr("Reading the claims of the library…"));
    readInBackground<ClaimsRead>(
        this, m_library->path(),
        [options](const store::Library &library) {
            ClaimsRead read;
            if (auto groups = claims::libraryClaims(library, options, &read.error)) {
                read.ok = true;
                read.groups = std::move(*groups);
                read.subjects = claims::librarySubjects(library);
            }
            return read;
        },
        [this, asked](ClaimsRead read) {
            if (asked != m_claimsRead)
                return;  // a later read is under way
            if (!read.ok) {
                m_hooks.showStatus(tr("The claims could not be read: %1").arg(read.error));
                return;
            }
            m_claims->setClaims(std::move(read.groups), std::move(*read.subjects));
            m_hooks.showStatus({});
            emit claimsShown();
        });
}

void DeskDocks::readTimeline()
{
    if (!m_library)
        return;
    m_timelineStale = false;
    const int asked = ++m_timelineRead;
    m_hooks.showStatus(tr("Reading the timeline of the library…"));
    readInBackground<TimelineRead>(
        this, m_library->path(),
        [](const store::Library &library) {
            TimelineRead read;
            if (auto found = timeline::libraryTimeline(library)) {
                read.ok = true;
                read.events = std::move(found->events);
            } else {
                read.error = library.lastError();
            }
            return read;
        },
        [this, asked](TimelineRead read) {
            if (asked != m_timelineRead)
                return;
            if (!read.ok) {
                m_hooks.showStatus(tr("The timeline could not be read: %1").arg(read.error));
                return;
            }
            m_timeline->setEvents(read.events);
            m_hooks.showStatus({});
            emit timelineShown();
        });
}

void DeskDocks::chartClaim(const claims::ClaimGroup &group)
{
    if (!m_library)
        return;
    QHash<qint64, QString> revisions;
    for (const claims::ClaimMember &member : group.members) {
        if (const std::optional<ArticleSummary> summary = m_library->summary(member.article.id))
            revisions.insert(member.article.id, summary->revision);
    }
    m_hooks.addChart(claims::comparisonChart(group, revisions));
}

void DeskDocks::retranslateUi()
{
    m_claimsDock->setWindowTitle(tr("Claims"));
    m_claimsDock->toggleViewAction()->setStatusTip(tr("The same claim across sources, side by side, with where they disagree"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_timelineDock->toggleViewAction()->setStatusTip(tr("The dated events the articles name, in time order"));
    m_claims->setLanguage(interfaceLanguage());
}

} // namespace dokhae::gui
