#pragma once

#include "event_loop_probe.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace dokhae::gui {

class MainWindow;

// For --measure-latency: once the window is on screen and settled, runs one scripted scenario
// through the controls an analyst uses (keys typed into the search box, All Entities, the article
// list stepped through with the Charts tab open, a folder imported) while an EventLoopProbe
// watches the GUI thread; when the scenario's work is done, prints "blocked_max_ms N",
// "blocked_p99_ms N", "blocked_over_50ms N" and "scenario_ms N" and quits. The window is only
// looked into (its children by name and type), never told that it is measured.
class LatencyScenario : public QObject {
public:
    enum class Kind { Idle, Import, Search, Entities, Charts };

    static QStringList names();  // as --measure-latency takes them
    static std::optional<Kind> kindOf(const QString &name);

    // importFolder: what the Import scenario drops on the window.
    LatencyScenario(MainWindow &window, Kind kind, const QString &importFolder);

private:
    // A scenario is a list of steps run one after the other, each after a pause or once a
    // condition holds, so that the loop stays free between them, as it is between a user's acts.
    void after(int pauseMs, std::function<void()> action);
    void until(std::function<bool()> condition);
    void runNextStep();

    void waitForWindow();
    void begin();
    void finish();
    void giveUp(const char *why);

    void scriptImport();
    void scriptSearch();
    void scriptEntities();
    void scriptCharts();
    // Keys for `text` into `target` as a Korean keyboard sends them: a syllable is committed
    // when its two or three letters are typed, so it takes as many key intervals.
    void typeInto(QWidget *target, const QString &text);
    void pressKey(QWidget *target, int key, const QString &text = {});

    struct Step {
        int pauseMs = 0;
        std::function<void()> action;
        std::function<bool()> condition;  // when set, polled until it holds
    };

    QPointer<MainWindow> m_window;
    Kind m_kind;
    QString m_importFolder;
    EventLoopProbe m_probe;
    QList<Step> m_steps;
    double m_scenarioMs = 0;  // from the probe's start to the end of the scenario's work
};

} // namespace dokhae::gui
