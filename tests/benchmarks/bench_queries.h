#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dokhae::store {
class Library;
}

// The queries the library benchmarks search for, and the search the window runs for one of them,
// shared by bench_library and bench_team_library so that both time the same thing.
namespace dokhae::bench {

struct QueryKind {
    const char *name;
    QStringList queries;  // each occurs in the generated corpus
};

// Two-letter, three-letter, particle-attached, Latin and two-word queries, common and rarer ones.
const QList<QueryKind> &queryKinds();

// What the window asks for a query: the best 200 ranked without snippets, the match count when
// the page does not tell it, and the snippet of the hit on show.
void searchAsTheWindowDoes(const store::Library &library, const QString &query);

} // namespace dokhae::bench
