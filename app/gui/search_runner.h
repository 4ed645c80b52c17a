#pragma once

#include "store/library.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace dokhae::gui {

// What the library pane lists for a query: the best text hits (without snippets: the list asks
// for the ones it shows), then the articles found only by the analyst's notes and tags.
struct SearchAnswer {
    QString query;
    QList<store::SearchHit> hits;
    int matchCount = 0;  // every article the query matches, not only those listed
};
SearchAnswer searchLibrary(const store::Library &library, const QString &query);

// Runs the library pane's searches on a thread of its own, with a connection of its own, so that
// ranking every match of a common word (tens of milliseconds at 20,000 articles, issue 12) never
// holds the window. Only the newest query is answered: one typed over while a search runs is
// skipped, and an answer that arrives after a newer query was asked is dropped.
class SearchRunner : public QObject {
    Q_OBJECT

public:
    explicit SearchRunner(QObject *parent = nullptr);
    ~SearchRunner() override;  // waits for a running search and closes the connection

    void search(const QString &libraryPath, const QString &query);
    // Drops whatever is running or queued: its answer never comes.
    void cancel();

signals:
    void answered(const dokhae::gui::SearchAnswer &answer);

private:
    struct State;
    std::shared_ptr<State> m_state;  // used by the search thread only, apart from the generation
    QThreadPool m_thread;
};

} // namespace dokhae::gui
