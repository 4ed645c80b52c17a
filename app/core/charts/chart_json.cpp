#include "charts/chart_json.h"

#include <QJsonArray>

namespace dokhae::charts {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject sourceToJson(const PointSource &s, const OffsetMapper &offsets)
{
    const auto map = [&](qsizetype offset) { return offsets ? offsets(s, offset) : offset; };
    QJsonObject o;
    o.insert(QStringLiteral("article_id"), s.articleId);
    o.insert(QStringLiteral("revision"), s.revision);
    o.insert(QStringLiteral("start"), map(s.start));
    o.insert(QStringLiteral("end"), map(s.end));
    o.insert(QStringLiteral("sentence_start"), map(s.sentenceStart));
    o.insert(QStringLiteral("sentence_end"), map(s.sentenceEnd));
    o.insert(QStringLiteral("figure"), s.figureText);
    o.insert(QStringLiteral("text"), s.sentence);
    return o;
}

PointSource sourceFromJson(const QJsonObject &o)
{
    PointSource s;
    s.articleId = o.value(QStringLiteral("article_id")).toInteger();
    s.revision = o.value(QStringLiteral("revision")).toString();
    s.start = o.value(QStringLiteral("start")).toInteger();
    s.end = o.value(QStringLiteral("end")).toInteger();
    s.sentenceStart = o.value(QStringLiteral("sentence_start")).toInteger();
    s.sentenceEnd = o.value(QStringLiteral("sentence_end")).toInteger();
    s.figureText = o.value(QStringLiteral("figure")).toString();
    s.sentence = o.value(QStringLiteral("text")).toString();
    return s;
}

QJsonObject pointToJson(const ChartPoint &p, const QString &language, const OffsetMapper &offsets)
{
    QJsonObject o;
    o.insert(QStringLiteral("label_ko"), p.labelKo);
    o.insert(QStringLiteral("label_en"), p.labelEn);
    o.insert(QStringLiteral("value"), p.value);
    o.insert(QStringLiteral("display"), pointDisplay(p, language));
    o.insert(QStringLiteral("display_ko"), p.displayKo);
    o.insert(QStringLiteral("display_en"), p.displayEn);
    o.insert(QStringLiteral("source"), sourceToJson(p.source, offsets));
    return o;
}

ChartPoint pointFromJson(const QJsonObject &o)
{
    ChartPoint p;
    p.labelKo = o.value(QStringLiteral("label_ko")).toString();
    p.labelEn = o.value(QStringLiteral("label_en")).toString();
    p.value = o.value(QStringLiteral("value")).toDouble();
    p.displayKo = o.value(QStringLiteral("display_ko")).toString();
    p.displayEn = o.value(QStringLiteral("display_en")).toString();
    p.source = sourceFromJson(o.value(QStringLiteral("source")).toObject());
    return p;
}

} // namespace

QJsonObject chartToJson(const ChartSpec &spec, const QString &language, const OffsetMapper &offsets)
{
    QJsonArray series;
    for (const ChartSeries &s : spec.series) {
        QJsonArray points;
        for (const ChartPoint &p : s.points)
            points.append(pointToJson(p, language, offsets));
        series.append(QJsonObject{{QStringLiteral("name_ko"), s.nameKo},
                                  {QStringLiteral("name_en"), s.nameEn},
                                  {QStringLiteral("points"), points}});
    }
    QJsonObject o;
    o.insert(QStringLiteral("id"), spec.id);
    o.insert(QStringLiteral("article_id"), spec.articleId);
    o.insert(QStringLiteral("origin"),
             spec.origin == ChartOrigin::User ? QStringLiteral("user") : QStringLiteral("suggested"));
    o.insert(QStringLiteral("title_ko"), spec.titleKo);
    o.insert(QStringLiteral("title_en"), spec.titleEn);
    o.insert(QStringLiteral("kind"), chartKindName(spec.kind));
    o.insert(QStringLiteral("unit"), orNull(spec.unit));
    o.insert(QStringLiteral("currency"), orNull(spec.currency));
    o.insert(QStringLiteral("measure"), orNull(spec.measure));
    o.insert(QStringLiteral("year"), spec.year ? QJsonValue(*spec.year) : QJsonValue());
    o.insert(QStringLiteral("note_ko"), orNull(spec.noteKo));
    o.insert(QStringLiteral("note_en"), orNull(spec.noteEn));
    o.insert(QStringLiteral("series"), series);
    return o;
}

std::optional<ChartSpec> chartFromJson(const QJsonObject &o)
{
    const auto kind = chartKindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind || !o.value(QStringLiteral("series")).isArray())
        return std::nullopt;
    ChartSpec spec;
    spec.id = o.value(QStringLiteral("id")).toInteger();
    spec.articleId = o.value(QStringLiteral("article_id")).toInteger();
    spec.origin = o.value(QStringLiteral("origin")).toString() == u"user" ? ChartOrigin::User : ChartOrigin::Suggested;
    spec.titleKo = o.value(QStringLiteral("title_ko")).toString();
    spec.titleEn = o.value(QStringLiteral("title_en")).toString();
    spec.kind = *kind;
    spec.unit = o.value(QStringLiteral("unit")).toString();
    spec.currency = o.value(QStringLiteral("currency")).toString();
    spec.measure = o.value(QStringLiteral("measure")).toString();
    if (o.value(QStringLiteral("year")).isDouble())
        spec.year = o.value(QStringLiteral("year")).toInt();
    spec.noteKo = o.value(QStringLiteral("note_ko")).toString();
    spec.noteEn = o.value(QStringLiteral("note_en")).toString();
    for (const QJsonValue &seriesValue : o.value(QStringLiteral("series")).toArray()) {
        const QJsonObject so = seriesValue.toObject();
        ChartSeries s;
        s.nameKo = so.value(QStringLiteral("name_ko")).toString();
        s.nameEn = so.value(QStringLiteral("name_en")).toString();
        for (const QJsonValue &pointValue : so.value(QStringLiteral("points")).toArray())
            s.points.append(pointFromJson(pointValue.toObject()));
        spec.series.append(s);
    }
    return spec;
}

} // namespace dokhae::charts
