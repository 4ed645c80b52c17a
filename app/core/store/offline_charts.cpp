#include "store/offline_charts.h"

#include "charts/chart_json.h"
#include "store/chart_store.h"
#include "store/library.h"

#include <QJsonArray>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

namespace dokhae::store {

using charts::ChartSpec;

namespace {

constexpr std::array kKindNames{"add", "update", "hide", "show", "move"};

// The journal's own format: the change, and for Add and Update the chart as the library keeps it
// (chartToJson with UTF-16 offsets), whose position chartToJson leaves out.
QJsonObject toJson(const PendingChartEdit &edit)
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kKindNames[std::size_t(edit.kind)])},
                  {QStringLiteral("id"), edit.id},
                  {QStringLiteral("position"), edit.position}};
    if (edit.kind == PendingChartEdit::Kind::Add || edit.kind == PendingChartEdit::Kind::Update) {
        o.insert(QStringLiteral("spec"), charts::chartToJson(edit.spec, QStringLiteral("ko")));
        o.insert(QStringLiteral("spec_position"), edit.spec.position);
    }
    return o;
}

std::optional<PendingChartEdit> fromJson(const QJsonObject &o)
{
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto named = std::find_if(kKindNames.cbegin(), kKindNames.cend(), [&](const char *k) { return kind == QLatin1String(k); });
    if (named == kKindNames.cend())
        return std::nullopt;
    PendingChartEdit edit;
    edit.kind = PendingChartEdit::Kind(named - kKindNames.cbegin());
    edit.id = o.value(QStringLiteral("id")).toInteger();
    edit.position = o.value(QStringLiteral("position")).toInt();
    if (edit.id == 0)
        return std::nullopt;
    if (edit.kind == PendingChartEdit::Kind::Add || edit.kind == PendingChartEdit::Kind::Update) {
        const std::optional<ChartSpec> spec = charts::chartFromJson(o.value(QStringLiteral("spec")).toObject());
        if (!spec || spec->id != edit.id || spec->articleId <= 0)
            return std::nullopt;
        edit.spec = *spec;
        edit.spec.position = o.value(QStringLiteral("spec_position")).toInt();
    }
    return edit;
}

qsizetype indexOf(const QList<ChartSpec> &list, qint64 id)
{
    const auto found = std::find_if(list.cbegin(), list.cend(), [&](const ChartSpec &c) { return c.id == id; });
    return found == list.cend() ? -1 : found - list.cbegin();
}

} // namespace

OfflineCharts::OfflineCharts(QString journalPath)
    : m_journal(std::move(journalPath))
{
    for (const QJsonValue &value : m_journal.load(&m_loadError)) {
        if (const auto edit = fromJson(value.toObject())) {
            m_pending.append(*edit);
            m_nextProvisional = std::min(m_nextProvisional, edit->id - 1);
        }
    }
    if (!m_pending.isEmpty())
        spdlog::info("{} chart change(s) made offline are waiting in {}", m_pending.size(), m_journal.path().toStdString());
}

void OfflineCharts::rememberArticle(qint64 articleId, const QList<ChartSpec> &charts)
{
    QList<qint64> &order = m_order[articleId];
    order.clear();
    for (const ChartSpec &chart : charts) {
        // A chart of another article shown here (it has points from this one) keeps its own place.
        if (chart.articleId == articleId)
            order.append(chart.id);
        m_known.insert(chart.id, chart);
    }
}

QList<ChartSpec> OfflineCharts::remembered(qint64 articleId) const
{
    QList<ChartSpec> result;
    for (const qint64 id : m_order.value(articleId))
        result.append(m_known.value(id));
    return result;
}

QList<ChartSpec> OfflineCharts::articleCharts(qint64 articleId) const
{
    QList<ChartSpec> shown = remembered(articleId);
    // Hidden by a pending change, with the place it had, for a Show (an undo) after it.
    QHash<qint64, std::pair<ChartSpec, qsizetype>> hidden;
    for (const PendingChartEdit &edit : m_pending) {
        const qsizetype at = indexOf(shown, edit.id);
        switch (edit.kind) {
        case PendingChartEdit::Kind::Add:
            if (edit.spec.articleId == articleId)
                shown.append(edit.spec);
            break;
        case PendingChartEdit::Kind::Update:
            if (at >= 0)
                shown[at] = edit.spec;
            else if (hidden.contains(edit.id))
                hidden[edit.id].first = edit.spec;
            break;
        case PendingChartEdit::Kind::Hide:
            if (at >= 0)
                hidden.insert(edit.id, {shown.takeAt(at), at});
            break;
        case PendingChartEdit::Kind::Show:
            if (at < 0) {
                const ChartSpec known = m_known.value(edit.id);
                const auto [back, place] = hidden.contains(edit.id) ? hidden.take(edit.id) : std::pair(known, qsizetype(known.position));
                if (back.id == edit.id && back.articleId == articleId)
                    shown.insert(std::clamp<qsizetype>(place, 0, shown.size()), back);
            }
            break;
        case PendingChartEdit::Kind::Move:
            if (at >= 0)
                shown.insert(std::clamp<qsizetype>(edit.position, 0, shown.size() - 1), shown.takeAt(at));
            break;
        }
    }
    for (qsizetype i = 0; i < shown.size(); ++i)
        shown[i].position = int(i);
    return shown;
}

qint64 OfflineCharts::articleOf(qint64 chartId) const
{
    if (m_known.contains(chartId))
        return m_known.value(chartId).articleId;
    for (const PendingChartEdit &edit : m_pending) {
        if (edit.kind == PendingChartEdit::Kind::Add && edit.id == chartId)
            return edit.spec.articleId;
    }
    return 0;
}

std::optional<ChartSpec> OfflineCharts::chart(qint64 id) const
{
    const QList<ChartSpec> charts = articleCharts(articleOf(id));
    const qsizetype at = indexOf(charts, id);
    return at < 0 ? std::nullopt : std::optional(charts[at]);
}

bool OfflineCharts::save(QString *error) const
{
    QJsonArray changes;
    for (const PendingChartEdit &edit : m_pending)
        changes.append(toJson(edit));
    return m_journal.save(changes, error);
}

bool OfflineCharts::record(const PendingChartEdit &edit, QString *error)
{
    m_pending.append(edit);
    if (save(error))
        return true;
    m_pending.removeLast();
    return false;
}

std::optional<qint64> OfflineCharts::add(ChartSpec spec, QString *error)
{
    spec.id = m_nextProvisional;
    spec.origin = charts::ChartOrigin::User;
    spec.position = int(articleCharts(spec.articleId).size());
    if (!record({PendingChartEdit::Kind::Add, spec.id, spec, 0}, error))
        return std::nullopt;
    --m_nextProvisional;
    return spec.id;
}

bool OfflineCharts::update(const ChartSpec &spec, QString *error)
{
    return record({PendingChartEdit::Kind::Update, spec.id, spec, 0}, error);
}

bool OfflineCharts::setHidden(qint64 id, bool hidden, QString *error)
{
    return record({hidden ? PendingChartEdit::Kind::Hide : PendingChartEdit::Kind::Show, id, {}, 0}, error);
}

bool OfflineCharts::move(qint64 id, int position, QString *error)
{
    return record({PendingChartEdit::Kind::Move, id, {}, position}, error);
}

JournalSendReport OfflineCharts::send(ChartStore &charts)
{
    JournalSendReport report;
    while (!m_pending.isEmpty()) {
        const PendingChartEdit edit = m_pending.first();
        bool done = false;
        switch (edit.kind) {
        case PendingChartEdit::Kind::Add:
            if (const std::optional<qint64> id = charts.add(edit.spec)) {
                done = true;
                m_sentIds.insert(edit.id, *id);
                // The changes after it name the chart by the id it has now, in the journal too,
                // so that a send cut short (the server away again, a crash) goes on rightly.
                for (PendingChartEdit &later : m_pending) {
                    if (later.id == edit.id)
                        later.id = later.spec.id = *id;
                }
            }
            break;
        case PendingChartEdit::Kind::Update: done = charts.update(edit.spec); break;
        case PendingChartEdit::Kind::Hide: done = charts.setHidden(edit.id, true); break;
        case PendingChartEdit::Kind::Show: done = charts.setHidden(edit.id, false); break;
        case PendingChartEdit::Kind::Move: done = charts.move(edit.id, edit.position); break;
        }
        if (done)
            ++report.sent;
        else if (!m_journal.passOver(toJson(edit), charts.lastError(), charts.library().answers(), &report))
            break;
        m_pending.removeFirst();
        QString error;
        if (!save(&error))
            spdlog::warn("{}", error.toStdString());
    }
    if (report.sent > 0)
        spdlog::info("Sent {} chart change(s) made offline", report.sent);
    return report;
}

} // namespace dokhae::store
