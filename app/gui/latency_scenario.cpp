#include "latency_scenario.h"

#include "charts_pane.h"
#include "entity_library_view.h"
#include "import_controller.h"
#include "main_window.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <spdlog/spdlog.h>

#include <cmath>
#include <cstdio>

namespace dokhae::gui {

namespace {

constexpr int kPollMs = 20;
constexpr int kSettleMs = 1000;   // after the window is exposed, and after the scenario's work
constexpr int kKeyMs = 100;       // between two keys, as a quick typist types
constexpr int kReadMs = 1200;     // looking at the hits of a query before typing the next
constexpr int kArticleStepMs = 300;
constexpr int kChartArticles = 20;
constexpr int kIdleMs = 3000;
constexpr int kGiveUpMs = 60 * 60 * 1000;

const QList<std::pair<QString, LatencyScenario::Kind>> &scenarios()
{
    static const QList<std::pair<QString, LatencyScenario::Kind>> all{
        {u"idle"_qs, LatencyScenario::Kind::Idle},
        {u"import"_qs, LatencyScenario::Kind::Import},
        {u"search"_qs, LatencyScenario::Kind::Search},
        {u"entities"_qs, LatencyScenario::Kind::Entities},
        {u"charts"_qs, LatencyScenario::Kind::Charts},
    };
    return all;
}

// Keys a Korean (dubeolsik) keyboard needs for one character: a syllable is two letters, three
// with a final consonant; anything else one key.
int keystrokesFor(QChar c)
{
    constexpr char16_t kFirstSyllable = 0xAC00;
    constexpr char16_t kLastSyllable = 0xD7A3;
    if (c.unicode() < kFirstSyllable || c.unicode() > kLastSyllable)
        return 1;
    return (c.unicode() - kFirstSyllable) % 28 == 0 ? 2 : 3;
}

int keyFor(QChar c)
{
    if (c == u' ')
        return Qt::Key_Space;
    if (c.isDigit() || (c.toUpper() >= u'A' && c.toUpper() <= u'Z'))
        return c.toUpper().unicode();  // Qt's key codes of letters and digits are their ASCII codes
    return Qt::Key_unknown;
}

template<typename T>
T *childNamed(QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        spdlog::error("--measure-latency: the window has no {}", name);
    return child;
}

} // namespace

QStringList LatencyScenario::names()
{
    QStringList names;
    for (const auto &[name, kind] : scenarios())
        names << name;
    return names;
}

std::optional<LatencyScenario::Kind> LatencyScenario::kindOf(const QString &name)
{
    for (const auto &[known, kind] : scenarios()) {
        if (known == name)
            return kind;
    }
    return std::nullopt;
}

LatencyScenario::LatencyScenario(MainWindow &window, Kind kind, const QString &importFolder)
    : QObject(&window)
    , m_window(&window)
    , m_kind(kind)
    , m_importFolder(importFolder)
{
    connect(&m_probe, &EventLoopProbe::stalled, this, [](double lateMs, double atMs) {
        spdlog::info("--measure-latency: the GUI thread was held {:.0f} ms, until {:.0f} ms into the scenario", lateMs, atMs);
    });
    QTimer::singleShot(kGiveUpMs, this, [this] { giveUp("the scenario did not finish within an hour"); });
    until([this] { return m_window->windowHandle() && m_window->windowHandle()->isExposed(); });
    after(kSettleMs, [this] { begin(); });
    runNextStep();
}

void LatencyScenario::after(int pauseMs, std::function<void()> action)
{
    m_steps.append({pauseMs, std::move(action), {}});
}

void LatencyScenario::until(std::function<bool()> condition)
{
    m_steps.append({0, {}, std::move(condition)});
}

void LatencyScenario::runNextStep()
{
    if (m_steps.isEmpty())
        return;
    if (const std::function<bool()> &condition = m_steps.first().condition) {
        const bool holds = condition();
        if (holds)
            m_steps.removeFirst();
        QTimer::singleShot(holds ? 0 : kPollMs, this, &LatencyScenario::runNextStep);
        return;
    }
    const Step step = m_steps.takeFirst();
    QTimer::singleShot(step.pauseMs, Qt::PreciseTimer, this, [this, action = step.action] {
        if (action)
            action();
        runNextStep();
    });
}

void LatencyScenario::begin()
{
    switch (m_kind) {
    case Kind::Idle:
        after(kIdleMs, {});
        break;
    case Kind::Import:
        scriptImport();
        break;
    case Kind::Search:
        scriptSearch();
        break;
    case Kind::Entities:
        scriptEntities();
        break;
    case Kind::Charts:
        scriptCharts();
        break;
    }
    // The scenario's own time ends with its work; what follows it (a repaint, a list read again)
    // is still watched for a moment.
    after(0, [this] { m_scenarioMs = m_probe.figures().runMs; });
    after(kSettleMs, [this] { finish(); });
    m_probe.start();
}

void LatencyScenario::finish()
{
    m_probe.stop();
    const EventLoopProbe::Figures figures = m_probe.figures();
    std::printf("blocked_max_ms %lld\nblocked_p99_ms %lld\nblocked_over_50ms %d\nscenario_ms %lld\n",
                std::llround(figures.maxMs), std::llround(figures.p99Ms), figures.stallsOver50Ms,
                std::llround(m_scenarioMs));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void LatencyScenario::giveUp(const char *why)
{
    std::fprintf(stderr, "dokhae --measure-latency: %s\n", why);
    QCoreApplication::exit(1);
}

// The folder given to the window's import controller, as File ▸ Import Folder… and a folder
// dropped on the window give it; done when no import is running or waiting (one already under
// way, the seeds' on a first run, goes first) and the window has taken in what was stored.
void LatencyScenario::scriptImport()
{
    auto *imports = m_window->findChild<ImportController *>();
    if (!imports)
        return giveUp("no import controller");
    after(0, [this, imports] { imports->start({m_importFolder}); });
    until([imports] { return !imports->isRunning(); });
}

// Queries of each kind the library benchmark times, typed after Ctrl+L, read for a moment; then
// the search is cleared, which brings the whole list back.
void LatencyScenario::scriptSearch()
{
    auto *search = childNamed<QLineEdit>(m_window, "searchEdit");
    auto *focusSearch = childNamed<QAction>(m_window, "actionFocusSearch");
    if (!search || !focusSearch)
        return giveUp("no search box");
    for (const QString &query : {u"중국 반도체"_qs, u"딥시크"_qs, u"알리바바는"_qs, u"GPU"_qs, u"특허"_qs}) {
        after(kReadMs, [focusSearch] { focusSearch->trigger(); });
        typeInto(search, query);
    }
    after(kReadMs, [this, focusSearch, search] {
        focusSearch->trigger();
        pressKey(search, Qt::Key_Backspace);
    });
    after(kReadMs, {});  // the search box's pause before it searches, and the whole list again
}

// All Entities (Ctrl+Shift+E) until it lists the reading it asked for.
void LatencyScenario::scriptEntities()
{
    auto *showAll = childNamed<QAction>(m_window, "actionAllEntities");
    auto *view = childNamed<EntityLibraryView>(m_window, "entityLibraryView");
    if (!showAll || !view)
        return giveUp("no All Entities");
    after(0, [showAll] { showAll->trigger(); });
    until([view] { return view->isVisible() && !view->isStale(); });
}

// The Charts tab chosen, then the article list stepped through with the Down key: each article's
// charts are drawn as it is shown.
void LatencyScenario::scriptCharts()
{
    auto *tabs = childNamed<QTabWidget>(m_window, "articleTabs");
    auto *charts = childNamed<ChartsPane>(m_window, "chartsPane");
    auto *articles = childNamed<QTableView>(m_window, "articleTable");
    if (!tabs || !charts || !articles)
        return giveUp("no charts");
    after(0, [tabs, charts, articles] {
        tabs->setCurrentWidget(charts);
        articles->setFocus(Qt::MouseFocusReason);
    });
    for (int i = 0; i < kChartArticles; ++i)
        after(kArticleStepMs, [this, articles] { pressKey(articles, Qt::Key_Down); });
}

void LatencyScenario::typeInto(QWidget *target, const QString &text)
{
    for (const QChar c : text)
        after(kKeyMs * keystrokesFor(c), [this, target, c] { pressKey(target, keyFor(c), QString(c)); });
}

void LatencyScenario::pressKey(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

} // namespace dokhae::gui
