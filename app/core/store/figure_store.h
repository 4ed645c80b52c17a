#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace dokhae::store {

class Library;

// The figures of the library's articles as stored with each revision at import, so that the
// window, the charts and the CLI read them instead of extracting again. Use it on the thread that
// opened the library.
class FigureStore
{
public:
    explicit FigureStore(const Library &library);

    struct ArticleFigures {
        qint64 articleId = 0;
        qint64 revisionId = 0;
        QString revision;  // SHA-256 of the reading text
        QString text;      // the reading text the offsets point into
        QList<figures::Figure> figures;
        bool stale = false;  // read by an older extractor, or never (then no figures), and not read again
    };

    // What to do with a revision read by an older extractor, or never: read it again and store
    // its figures first, or return what is stored (marked stale) for the caller to read it again
    // elsewhere — the window does, off its thread, for a long text.
    enum class WhenStale { ReadAgain, ReturnStored };

    // The figures of an article's current revision. nullopt when there is no such article, or on
    // error.
    std::optional<ArticleFigures> articleFigures(qint64 articleId, WhenStale whenStale = WhenStale::ReadAgain) const;

    // The reading text of any stored revision, current or not, by its SHA-256: what a chart
    // point's offsets point into.
    std::optional<QString> revisionText(const QString &sha256) const;

    // How many current revisions wait to be read again (after an upgrade, or a better extractor),
    // and reading them all, a short transaction per batch so that other connections can write in
    // between. progress(done, total) after each batch returns false to stop early (not an error).
    int staleCount() const;
    bool refreshStale(const std::function<bool(int done, int total)> &progress = {}) const;

    QString lastError() const { return m_lastError; }

private:
    bool refreshRevision(qint64 articleId, qint64 revisionId, const QString &sha, const QString &text) const;

    const Library &m_library;
    mutable QString m_lastError;
};

} // namespace dokhae::store
