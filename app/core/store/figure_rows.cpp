#include "store/figure_rows.h"

#include "store/sql_statement.h"

#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store::figure_rows {

namespace {

using figures::Bound;
using figures::Figure;

const QString kColumns = QStringLiteral(
    "kind, start, \"end\", text, value, value_max, currency, unit, approximate, bound, year, subject, measure, "
    "measure_key, sentence_start, sentence_end, converts, rate, rate_disagrees, iso_date");

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

// A null QString binds as NULL; the text columns are NOT NULL, an absent value is empty.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Bound boundFromName(const QString &name)
{
    for (const Bound bound : {Bound::Eq, Bound::Ge, Bound::Gt, Bound::Le, Bound::Lt, Bound::Range}) {
        if (figures::boundName(bound) == name)
            return bound;
    }
    return Bound::Eq;
}

QVariantList rowValues(qint64 revisionId, qsizetype position, const Figure &f)
{
    return {revisionId, position, figures::figureKindName(f.kind), f.start, f.end, notNull(f.text), f.value,
            nullable(f.valueMax), notNull(f.currency), notNull(f.unit), f.approximate ? 1 : 0,
            figures::boundName(f.bound), nullable(f.year), notNull(f.subject), notNull(f.measure),
            notNull(figures::measureKey(f.measure)), f.sentenceStart, f.sentenceEnd,
            f.converts >= 0 ? QVariant(f.converts) : QVariant(QMetaType(QMetaType::Int)), nullable(f.impliedRate),
            f.rateDisagrees ? 1 : 0, notNull(f.isoDate)};
}

Figure figureFrom(const QSqlQuery &q)
{
    Figure f;
    f.kind = figures::figureKindFromName(q.value(0).toString()).value_or(figures::FigureKind::Count);
    f.start = q.value(1).toLongLong();
    f.end = q.value(2).toLongLong();
    f.text = q.value(3).toString();
    f.value = q.value(4).toDouble();
    if (!q.value(5).isNull())
        f.valueMax = q.value(5).toDouble();
    f.currency = q.value(6).toString();
    f.unit = q.value(7).toString();
    f.approximate = q.value(8).toInt() != 0;
    f.bound = boundFromName(q.value(9).toString());
    if (!q.value(10).isNull())
        f.year = q.value(10).toInt();
    f.subject = q.value(11).toString();
    f.measure = q.value(12).toString();
    f.sentenceStart = q.value(14).toLongLong();
    f.sentenceEnd = q.value(15).toLongLong();
    f.converts = q.value(16).isNull() ? -1 : q.value(16).toInt();
    if (!q.value(17).isNull())
        f.impliedRate = q.value(17).toDouble();
    f.rateDisagrees = q.value(18).toInt() != 0;
    f.isoDate = q.value(19).toString();
    return f;
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = errorDetail(query.lastError());
    return false;
}

} // namespace

bool write(QSqlDatabase &db, qint64 revisionId, int extractorVersion, const QList<Figure> &figures, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("DELETE FROM figure_scans WHERE revision_id = ?"), {revisionId})
        || !runStatement(query, QStringLiteral("INSERT INTO figure_scans (revision_id, extractor_version) VALUES (?, ?)"),
                         {revisionId, extractorVersion}))
        return failed(query, error);
    if (!query.prepare(QStringLiteral("INSERT INTO figures (revision_id, position, %1) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kColumns)))
        return failed(query, error);
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QVariantList values = rowValues(revisionId, i, figures[i]);
        for (qsizetype v = 0; v < values.size(); ++v)
            query.bindValue(int(v), values[v]);
        if (!query.exec())
            return failed(query, error);
    }
    return true;
}

std::optional<Stored> read(QSqlDatabase &db, qint64 revisionId, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!runStatement(query, QStringLiteral("SELECT extractor_version FROM figure_scans WHERE revision_id = ?"),
                      {revisionId})) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Stored stored;
    stored.extractorVersion = query.value(0).toInt();
    if (!runStatement(query,
                      QStringLiteral("SELECT %1 FROM figures WHERE revision_id = ? ORDER BY position").arg(kColumns),
                      {revisionId})) {
        failed(query, error);
        return std::nullopt;
    }
    while (query.next())
        stored.figures.append(figureFrom(query));
    return stored;
}

} // namespace dokhae::store::figure_rows
