#include "search_runner.h"

#include "store/annotation_store.h"

#include <algorithm>
#include <atomic>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

SearchAnswer searchLibrary(const store::Library &library, const QString &query)
{
    store::Library::SearchPage page = library.searchPage(query, 200, 0, 0);
    SearchAnswer answer{query, std::move(page.hits), page.total};
    // When the text hits fill the list, an article also found by its text further down is
    // counted twice: the count can then be over by the number of such notes.
    for (const store::SearchHit &hit : store::AnnotationStore(library).search(query)) {
        const bool listed = std::any_of(answer.hits.cbegin(), answer.hits.cend(),
                                        [&](const store::SearchHit &h) { return h.id == hit.id; });
        if (!listed) {
            answer.hits.append(hit);
            ++answer.matchCount;
        }
    }
    return answer;
}

struct SearchRunner::State {
    std::atomic<quint64> latest{0};
    // Opened, used and closed on the search thread only.
    std::unique_ptr<store::Library> library;

    bool openOnThisThread(const QString &path)
    {
        if (library && library->isOpen() && library->path() == path)
            return true;
        library = std::make_unique<store::Library>();
        if (library->open(path))
            return true;
        spdlog::warn("search: cannot open library: {}", library->lastError().toStdString());
        library.reset();
        return false;
    }
};

SearchRunner::SearchRunner(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    // One thread that stays: its connection is opened once, not per query.
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
}

SearchRunner::~SearchRunner()
{
    cancel();
    m_thread.start([state = m_state] { state->library.reset(); });
    m_thread.waitForDone();
}

void SearchRunner::search(const QString &libraryPath, const QString &query)
{
    const quint64 generation = ++m_state->latest;
    m_thread.start([this, state = m_state, generation, libraryPath, query] {
        if (state->latest != generation || !state->openOnThisThread(libraryPath))
            return;
        SearchAnswer answer = searchLibrary(*state->library, query);
        // Delivered on the runner's thread; dropped there if a newer query was asked meanwhile.
        // The destructor waits for this task, so `this` is alive while it posts.
        QMetaObject::invokeMethod(
            this,
            [this, state, generation, answer = std::move(answer)] {
                if (state->latest == generation)
                    emit answered(answer);
            },
            Qt::QueuedConnection);
    });
}

void SearchRunner::cancel()
{
    ++m_state->latest;
}

} // namespace dokhae::gui
