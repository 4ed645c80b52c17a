#include "store/library_copy.h"

#include "annotations/annotation_exchange.h"
#include "charts/chart_json.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/library.h"
#include "store/library_location.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <deque>
#include <future>

namespace dokhae::store {

namespace {

// Articles go to the target a batch to a transaction, as an import writes them: a hundred, or a
// quarter of a second's worth, so that other windows on a team library wait no longer than that.
constexpr int kBatchArticles = 100;
constexpr qint64 kBatchMilliseconds = 250;
// Annotations go to AnnotationStore::merge this many to a transaction.
constexpr qsizetype kAnnotationsPerMerge = 200;

QString stoppedMessage()
{
    return QCoreApplication::translate("LibraryCopy", "The copy was stopped.");
}

// What names one library whatever way its location is written.
QString libraryIdentity(const QString &text)
{
    const LibraryLocation location = LibraryLocation::parse(text);
    if (!location.isValid())
        return text.trimmed();
    if (location.isServer()) {
        return QStringLiteral("server %1:%2/%3")
            .arg(location.host())
            .arg(location.port() == 0 ? 5432 : location.port())
            .arg(location.database());
    }
    const QFileInfo file(location.filePath());
    const QString canonical = file.canonicalFilePath();  // empty for a file that does not exist yet
    return QStringLiteral("file ") + (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
}

void add(CopyCount &into, const CopyCount &more)
{
    into.added += more.added;
    into.updated += more.updated;
    into.alreadyThere += more.alreadyThere;
    into.skipped += more.skipped;
}

template <typename Set>
QStringList sorted(const Set &ids)
{
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}

// A chart of the source as it reads in the target: on the target's article, its points traced to
// the target's articles (revisions are named by their text's hash, the same in both).
charts::ChartSpec inTarget(charts::ChartSpec spec, qint64 targetArticle, const QHash<qint64, qint64> &articleIds)
{
    spec.articleId = targetArticle;
    for (charts::ChartSeries &series : spec.series) {
        for (charts::ChartPoint &point : series.points)
            point.source.articleId = articleIds.value(point.source.articleId, 0);
    }
    return spec;
}

// What a chart shows, without where the library keeps it (id, article, place, origin): two charts
// of the same content show the same thing.
QByteArray contentOf(charts::ChartSpec spec)
{
    spec.id = 0;
    spec.articleId = 0;
    spec.position = 0;
    spec.origin = charts::ChartOrigin::User;
    return QJsonDocument(charts::chartToJson(spec, QStringLiteral("ko"))).toJson(QJsonDocument::Compact);
}

// The suggestions made from one revision, in the order the suggester made them.
QList<StoredChart> suggestionsOf(const QList<StoredChart> &charts, const QString &revision)
{
    QList<StoredChart> result;
    std::copy_if(charts.begin(), charts.end(), std::back_inserter(result), [&revision](const StoredChart &chart) {
        return chart.spec.origin == charts::ChartOrigin::Suggested && chart.revision == revision;
    });
    return result;
}

} // namespace

QList<std::pair<QString, CopyCount>> LibraryCopyReport::kinds() const
{
    return {{QStringLiteral("user_entities"), userEntities},
            {QStringLiteral("hidden_entities"), hiddenEntities},
            {QStringLiteral("entity_merges"), entityMerges},
            {QStringLiteral("articles"), articles},
            {QStringLiteral("revisions"), revisions},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("charts"), charts},
            {QStringLiteral("chart_changes"), chartChanges}};
}

LibraryCopy::LibraryCopy(const Library &source, Library &target)
    : m_source(source)
    , m_target(target)
{
}

bool LibraryCopy::sameLibrary(const QString &first, const QString &second)
{
    return libraryIdentity(first) == libraryIdentity(second);
}

bool LibraryCopy::tell(CopyStage stage, qint64 done, qint64 total)
{
    return !m_progress || m_progress(stage, done, total);
}

bool LibraryCopy::fail(const QString &error)
{
    m_error = error;
    spdlog::warn("Library copy from {} to {} failed: {}", m_source.path().toStdString(), m_target.path().toStdString(),
                 error.toStdString());
    return false;
}

bool LibraryCopy::run()
{
    m_report = {};
    m_error.clear();
    m_articleIds.clear();
    m_currentRevision.clear();
    // Corrections first: the target then reads the new articles' entities with the analyst's catalog.
    return copyCorrections() && copyArticles() && copyAnnotations() && copyCharts();
}

bool LibraryCopy::copyCorrections()
{
    const QList<entities::Entity> userEntities = m_source.userEntities();
    const EntityCorrections source = m_source.entityCorrections();
    const qint64 total = userEntities.size() + source.hidden.size() + source.merges.size();
    qint64 done = 0;  // told before each correction, as far as the ones before it
    const auto next = [&] { return tell(CopyStage::Corrections, done++, total); };
    for (const entities::Entity &entity : userEntities) {
        if (!next())
            return fail(stoppedMessage());
        // An id the target corrects already keeps the target's own correction.
        if (m_target.userEntity(entity.id)) {
            ++m_report.userEntities.alreadyThere;
            continue;
        }
        if (!m_target.saveUserEntity(entity))
            return fail(m_target.lastError());
        ++m_report.userEntities.added;
    }
    EntityCorrections target = m_target.entityCorrections();
    for (const QString &id : sorted(source.hidden)) {
        if (!next())
            return fail(stoppedMessage());
        if (target.hidden.contains(id)) {
            ++m_report.hiddenEntities.alreadyThere;
            continue;
        }
        if (!m_target.setEntityHidden(id, true))
            return fail(m_target.lastError());
        ++m_report.hiddenEntities.added;
    }
    for (const QString &from : sorted(source.merges.keys())) {
        if (!next())
            return fail(stoppedMessage());
        const QString into = source.merges.value(from);
        if (target.merges.contains(from)) {
            ++m_report.entityMerges.alreadyThere;
            continue;
        }
        if (target.resolve(into) == from) {
            // The target merged the other way: keeping both would merge an entity into itself.
            spdlog::info("Library copy: merge of {} into {} left out, the target merges the other way",
                         from.toStdString(), into.toStdString());
            ++m_report.entityMerges.skipped;
            continue;
        }
        if (!m_target.mergeEntities(from, into))
            return fail(m_target.lastError());
        target.merges.insert(from, into);
        ++m_report.entityMerges.added;
    }
    return tell(CopyStage::Corrections, total, total) || fail(stoppedMessage());
}

bool LibraryCopy::copyArticles()
{
    QList<ArticleSummary> summaries;
    if (!m_source.forEachArticle([&summaries](const ArticleSummary &summary) { summaries.append(summary); }))
        return fail(m_source.lastError());
    const qint64 total = summaries.size();
    if (!tell(CopyStage::Articles, 0, total))
        return fail(stoppedMessage());
    // The revisions are read from the source on this thread (its connection is this thread's)
    // and made ready to store (entities, figures) on worker threads a few articles ahead of the
    // one stored here, as an import reads its files: both cores work, and memory stays bounded.
    const EntityService::TextReader readEntities = m_target.entities().reader();
    const QSet<QString> storedTexts = m_target.storedTextHashes();
    const qsizetype ahead = std::max(1, QThread::idealThreadCount());
    std::deque<std::future<QList<PreparedArticle>>> preparing;
    qsizetype launched = 0;
    const auto prepareNext = [&] {
        const ArticleSummary &summary = summaries.at(launched++);
        const std::optional<QList<StoredRevision>> stored = m_source.revisions(summary.id);
        if (!stored)
            return false;
        QList<import::ParsedArticle> texts;
        for (const StoredRevision &revision : *stored) {
            // Under the article's source file, as it was imported: a later revision then joins
            // the article the earlier ones made, as a new import of that file would.
            texts.append({revision.meta, revision.text, QString(), summary.sourceFile});
        }
        preparing.push_back(std::async(std::launch::async, [texts, &readEntities, &storedTexts] {
            QList<PreparedArticle> prepared;
            for (const import::ParsedArticle &revision : texts)
                prepared.append(prepareArticle(revision, readEntities, storedTexts));
            return prepared;
        }));
        return true;
    };
    // What the open batch did, counted only once it is committed.
    CopyCount articles, revisions;
    QHash<qint64, qint64> ids;
    QElapsedTimer batchClock;
    int inBatch = 0;
    const auto commit = [&] {
        if (!m_target.commitBatch())
            return false;
        add(m_report.articles, std::exchange(articles, {}));
        add(m_report.revisions, std::exchange(revisions, {}));
        m_articleIds.insert(std::exchange(ids, {}));
        inBatch = 0;
        return true;
    };
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        while (launched < summaries.size() && launched <= i + ahead) {
            if (!prepareNext()) {
                m_target.rollbackBatch();
                return fail(m_source.lastError());
            }
        }
        const QList<PreparedArticle> prepared = preparing.front().get();
        preparing.pop_front();
        if (!m_target.inBatch()) {
            if (!m_target.beginBatch())
                return fail(m_target.lastError());
            batchClock.start();
        }
        qint64 targetId = 0;
        bool added = false;
        for (const PreparedArticle &revision : prepared) {
            const std::optional<AddOutcome> outcome = m_target.addArticle(revision);
            if (!outcome) {
                const QString error = m_target.lastError();
                m_target.rollbackBatch();
                return fail(error);
            }
            added = added || outcome->result == AddResult::Added;
            ++(outcome->result == AddResult::Unchanged ? revisions.alreadyThere : revisions.added);
            targetId = outcome->articleId;
        }
        const ArticleSummary &summary = summaries.at(i);
        ++(added ? articles.added : articles.alreadyThere);
        ids.insert(summary.id, targetId);
        m_currentRevision.insert(summary.id, summary.revision);
        const bool last = i + 1 == summaries.size();
        if ((++inBatch >= kBatchArticles || batchClock.elapsed() >= kBatchMilliseconds || last) && !commit())
            return fail(m_target.lastError());
        if (!tell(CopyStage::Articles, i + 1, total)) {
            // What this batch holds so far is kept, as the rest of what is committed.
            if (m_target.inBatch() && !commit())
                return fail(m_target.lastError());
            return fail(stoppedMessage());
        }
    }
    return true;
}

bool LibraryCopy::copyAnnotations()
{
    const AnnotationStore sourceNotes(m_source);
    const QList<annotations::ExportedAnnotation> exported = sourceNotes.exportable(0);
    if (!sourceNotes.lastError().isEmpty())
        return fail(sourceNotes.lastError());
    AnnotationStore targetNotes(m_target);
    const qint64 total = exported.size();
    for (qsizetype start = 0; start < exported.size(); start += kAnnotationsPerMerge) {
        if (!tell(CopyStage::Annotations, start, total))
            return fail(stoppedMessage());
        QList<annotations::ImportedAnnotation> chunk;
        for (qsizetype i = start; i < std::min(exported.size(), start + kAnnotationsPerMerge); ++i)
            chunk.append(annotations::asImported(exported.at(i)));
        const std::optional<AnnotationMergeReport> merged = targetNotes.merge(chunk);
        if (!merged)
            return fail(targetNotes.lastError());
        m_report.annotations.added += merged->added;
        m_report.annotations.updated += merged->updated;
        m_report.annotations.alreadyThere += merged->unchanged;
        m_report.annotations.skipped += int(merged->unmatched.size());
    }
    return tell(CopyStage::Annotations, total, total) || fail(stoppedMessage());
}

bool LibraryCopy::copyCharts()
{
    QList<qint64> sourceArticles = m_articleIds.keys();
    std::sort(sourceArticles.begin(), sourceArticles.end());
    const qint64 total = sourceArticles.size();
    for (qsizetype i = 0; i < sourceArticles.size(); ++i) {
        if (!tell(CopyStage::Charts, i, total))
            return fail(stoppedMessage());
        if (!copyArticleCharts(sourceArticles.at(i), m_articleIds.value(sourceArticles.at(i))))
            return false;
    }
    return tell(CopyStage::Charts, total, total) || fail(stoppedMessage());
}

// The analyst's charts are added unless the target's article shows the same already. Suggested
// charts the target made itself from the same text; what the analyst did to them (edits,
// deletions) is done to the target's counterpart: the suggestion made in the same place of the
// same revision. An edit of an older revision's suggestion, which the target replaced with the
// current revision's, arrives as a chart of the analyst's.
bool LibraryCopy::copyArticleCharts(qint64 sourceArticle, qint64 targetArticle)
{
    const ChartStore sourceCharts(m_source);
    const std::optional<QList<StoredChart>> owned = sourceCharts.ownedCharts(sourceArticle);
    if (!owned)
        return fail(sourceCharts.lastError());
    const bool anythingToCarry = std::any_of(owned->begin(), owned->end(), [](const StoredChart &chart) {
        return chart.spec.origin == charts::ChartOrigin::User || chart.edited || chart.hidden;
    });
    if (!anythingToCarry)
        return true;
    ChartStore targetCharts(m_target);
    const std::optional<QList<StoredChart>> present = targetCharts.ownedCharts(targetArticle);
    if (!present)
        return fail(targetCharts.lastError());
    const QString current = m_currentRevision.value(sourceArticle);
    const QList<StoredChart> sourceSuggestions = suggestionsOf(*owned, current);
    const QList<StoredChart> targetSuggestions = suggestionsOf(*present, current);
    QList<QByteArray> shown;  // the content of the target article's visible charts
    for (const StoredChart &chart : *present) {
        if (!chart.hidden)
            shown.append(contentOf(chart.spec));
    }
    for (const StoredChart &chart : *owned) {
        charts::ChartSpec wanted = inTarget(chart.spec, targetArticle, m_articleIds);
        wanted.id = 0;
        const QByteArray content = contentOf(wanted);
        if (chart.spec.origin == charts::ChartOrigin::User) {
            if (chart.hidden)
                continue;  // deleted by the analyst
            if (shown.contains(content)) {
                ++m_report.charts.alreadyThere;
                continue;
            }
            if (!targetCharts.add(wanted))
                return fail(targetCharts.lastError());
            shown.append(content);
            ++m_report.charts.added;
            continue;
        }
        if (!chart.edited && !chart.hidden)
            continue;  // the target suggested the same from the same text
        const auto place = std::find_if(sourceSuggestions.begin(), sourceSuggestions.end(),
                                        [&chart](const StoredChart &each) { return each.spec.id == chart.spec.id; });
        const qsizetype nth = place == sourceSuggestions.end() ? -1 : place - sourceSuggestions.begin();
        const StoredChart *counterpart = nth >= 0 && nth < targetSuggestions.size() ? &targetSuggestions[nth] : nullptr;
        bool changed = false;
        if (chart.edited && counterpart && (!counterpart->edited || contentOf(counterpart->spec) != content)) {
            wanted.id = counterpart->spec.id;
            if (!targetCharts.update(wanted))
                return fail(targetCharts.lastError());
            changed = true;
        } else if (chart.edited && !counterpart && !chart.hidden && !shown.contains(content)) {
            if (!targetCharts.add(wanted))
                return fail(targetCharts.lastError());
            shown.append(content);
            changed = true;
        }
        if (chart.hidden && counterpart && !counterpart->hidden) {
            if (!targetCharts.setHidden(counterpart->spec.id, true))
                return fail(targetCharts.lastError());
            changed = true;
        }
        ++(changed ? m_report.chartChanges.added : m_report.chartChanges.alreadyThere);
    }
    return true;
}

} // namespace dokhae::store
