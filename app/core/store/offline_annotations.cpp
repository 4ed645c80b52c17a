#include "store/offline_annotations.h"

#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace dokhae::store {

using annotations::Annotation;

namespace {

// The journal's own format (not an exchange format): every field of the annotation as stored.
QJsonObject toJson(const PendingAnnotationEdit &edit)
{
    const Annotation &a = edit.annotation;
    return {{QStringLiteral("kind"), edit.kind == PendingAnnotationEdit::Kind::Put ? QStringLiteral("put") : QStringLiteral("remove")},
            {QStringLiteral("base"), edit.base.isValid() ? edit.base.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("id"), a.id},
            {QStringLiteral("article"), a.articleId},
            {QStringLiteral("revision"), a.revisionId},
            {QStringLiteral("exact"), a.quote.exact},
            {QStringLiteral("prefix"), a.quote.prefix},
            {QStringLiteral("suffix"), a.quote.suffix},
            {QStringLiteral("start"), qint64(a.start)},
            {QStringLiteral("end"), qint64(a.end)},
            {QStringLiteral("orphan"), a.orphan},
            {QStringLiteral("color"), a.color},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified"), a.modified.toString(Qt::ISODateWithMs)}};
}

QDateTime utcMoment(const QJsonValue &value)
{
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (moment.isValid())
        moment.setTimeSpec(Qt::UTC);
    return moment;
}

std::optional<PendingAnnotationEdit> fromJson(const QJsonObject &o)
{
    PendingAnnotationEdit edit;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind != u"put" && kind != u"remove")
        return std::nullopt;
    edit.kind = kind == u"put" ? PendingAnnotationEdit::Kind::Put : PendingAnnotationEdit::Kind::Remove;
    edit.base = utcMoment(o.value(QStringLiteral("base")));
    Annotation &a = edit.annotation;
    a.id = o.value(QStringLiteral("id")).toString();
    a.articleId = o.value(QStringLiteral("article")).toInteger();
    a.revisionId = o.value(QStringLiteral("revision")).toInteger();
    a.quote = {o.value(QStringLiteral("exact")).toString(), o.value(QStringLiteral("prefix")).toString(),
               o.value(QStringLiteral("suffix")).toString()};
    a.start = o.value(QStringLiteral("start")).toInteger();
    a.end = o.value(QStringLiteral("end")).toInteger();
    a.orphan = o.value(QStringLiteral("orphan")).toBool();
    a.color = o.value(QStringLiteral("color")).toString();
    a.note = o.value(QStringLiteral("note")).toString();
    for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
        a.tags << tag.toString();
    a.author = o.value(QStringLiteral("author")).toString();
    a.created = utcMoment(o.value(QStringLiteral("created")));
    a.modified = utcMoment(o.value(QStringLiteral("modified")));
    if (a.id.isEmpty() || a.articleId <= 0 || !a.created.isValid() || !a.modified.isValid())
        return std::nullopt;
    return edit;
}

// Annotations in the order the store lists them: by start, orphans last.
void sortLikeTheStore(QList<Annotation> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Annotation &x, const Annotation &y) {
        return std::tuple(x.orphan, x.start, x.end, x.created) < std::tuple(y.orphan, y.start, y.end, y.created);
    });
}

} // namespace

OfflineAnnotations::OfflineAnnotations(QString journalPath)
    : m_journal(std::move(journalPath))
{
    for (const QJsonValue &value : m_journal.load(&m_loadError)) {
        if (const auto edit = fromJson(value.toObject()))
            m_pending.append(*edit);
    }
    if (!m_pending.isEmpty())
        spdlog::info("{} annotation change(s) made offline are waiting in {}", m_pending.size(), m_journal.path().toStdString());
}

bool OfflineAnnotations::save(QString *error) const
{
    QJsonArray edits;
    for (const PendingAnnotationEdit &edit : m_pending)
        edits.append(toJson(edit));
    return m_journal.save(edits, error);
}

void OfflineAnnotations::rememberArticle(qint64 articleId, const QList<Annotation> &stored,
                                         const std::optional<annotation_rows::CurrentRevision> &revision)
{
    m_known.insert(articleId, stored);
    if (revision)
        m_revisions.insert(articleId, *revision);
}

std::optional<annotation_rows::CurrentRevision> OfflineAnnotations::revision(qint64 articleId) const
{
    const auto found = m_revisions.constFind(articleId);
    return found == m_revisions.cend() ? std::nullopt : std::optional(*found);
}

std::optional<Annotation> OfflineAnnotations::remembered(const QString &id) const
{
    for (const QList<Annotation> &list : m_known) {
        for (const Annotation &a : list) {
            if (a.id == id)
                return a;
        }
    }
    return std::nullopt;
}

QList<Annotation> OfflineAnnotations::articleAnnotations(qint64 articleId) const
{
    QList<Annotation> list = m_known.value(articleId);
    for (const PendingAnnotationEdit &edit : m_pending) {
        const auto same = std::find_if(list.begin(), list.end(), [&](const Annotation &a) { return a.id == edit.annotation.id; });
        if (same != list.end())
            list.erase(same);
        if (edit.kind == PendingAnnotationEdit::Kind::Put && edit.annotation.articleId == articleId)
            list.append(edit.annotation);
    }
    sortLikeTheStore(list);
    return list;
}

std::optional<Annotation> OfflineAnnotations::annotation(const QString &id) const
{
    for (auto edit = m_pending.crbegin(); edit != m_pending.crend(); ++edit) {
        if (edit->annotation.id == id)
            return edit->kind == PendingAnnotationEdit::Kind::Put ? std::optional(edit->annotation) : std::nullopt;
    }
    return remembered(id);
}

bool OfflineAnnotations::put(const Annotation &state, QString *error)
{
    // One pending change per annotation, made on the server's version it was first changed from.
    PendingAnnotationEdit edit{PendingAnnotationEdit::Kind::Put, state, {}};
    const auto earlier = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &e) { return e.annotation.id == state.id; });
    if (earlier != m_pending.end()) {
        edit.base = earlier->base;
        m_pending.erase(earlier);
    } else if (const auto known = remembered(state.id)) {
        edit.base = known->modified;
    }
    const QList<PendingAnnotationEdit> before = m_pending;
    m_pending.append(edit);
    if (save(error))
        return true;
    m_pending = before;
    return false;
}

bool OfflineAnnotations::remove(const QString &id, QString *error)
{
    const QList<PendingAnnotationEdit> before = m_pending;
    const auto earlier = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &e) { return e.annotation.id == id; });
    std::optional<PendingAnnotationEdit> removal;
    if (earlier != m_pending.end()) {
        // Made offline and removed offline: the server never needs to hear of it.
        if (earlier->base.isValid())
            removal = PendingAnnotationEdit{PendingAnnotationEdit::Kind::Remove, earlier->annotation, earlier->base};
        m_pending.erase(earlier);
    } else if (const auto known = remembered(id)) {
        removal = PendingAnnotationEdit{PendingAnnotationEdit::Kind::Remove, *known, known->modified};
    } else {
        if (error)
            *error = QCoreApplication::translate("Library", "there is no annotation %1").arg(id);
        return false;
    }
    if (removal)
        m_pending.append(*removal);
    if (save(error))
        return true;
    m_pending = before;
    return false;
}

PendingSendReport OfflineAnnotations::send(QSqlDatabase &db)
{
    PendingSendReport report;
    while (!m_pending.isEmpty()) {
        const PendingAnnotationEdit edit = m_pending.first();
        int *outcome = &report.sent;
        QString detail;
        const bool done = inWriteTransaction(
            db,
            [&](QString *error) {
                const QList<Annotation> found = annotation_rows::select(db, QStringLiteral("a.id = ?"), {edit.annotation.id}, error);
                if (!error->isEmpty())
                    return false;
                const std::optional<Annotation> theirs = found.isEmpty() ? std::nullopt : std::optional(found.first());
                // Unchanged on the server since we saw it (or new, and not there yet).
                const bool untouched = theirs ? edit.base.isValid() && theirs->modified == edit.base : true;
                if (edit.kind == PendingAnnotationEdit::Kind::Remove) {
                    if (!theirs)
                        return true;
                    if (!untouched) {
                        outcome = &report.keptTheirs;
                        return true;
                    }
                    return annotation_rows::remove(db, edit.annotation.id, error);
                }
                Annotation ours = edit.annotation;
                if (!theirs)
                    return annotation_rows::insert(db, ours, error);
                if (untouched)
                    return annotation_rows::update(db, ours, error);
                // A teammate changed it too: theirs stays, ours becomes a copy beside it.
                outcome = &report.keptBoth;
                ours.id = annotations::newAnnotationId();
                ours.tags = annotations::normalizedTags(ours.tags + QStringList{QStringLiteral("conflict")});
                return annotation_rows::insert(db, ours, error);
            },
            &detail);
        if (!done) {
            if (!m_journal.passOver(toJson(edit), detail, connectionAnswers(db), &report))
                break;
            outcome = nullptr;
        }
        if (outcome)
            ++*outcome;
        m_pending.removeFirst();
        QString error;
        if (!save(&error))
            spdlog::warn("{}", error.toStdString());
    }
    if (report.sent + report.keptBoth + report.keptTheirs > 0)
        spdlog::info("Sent the annotation changes made offline: {} sent, {} kept beside a teammate's, {} not removed",
                     report.sent, report.keptBoth, report.keptTheirs);
    return report;
}

} // namespace dokhae::store
