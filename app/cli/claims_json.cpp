#include "claims_json.h"

#include <QJsonArray>

namespace dokhae::cli {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject memberToJson(const claims::ClaimGroup &group, const claims::ClaimMember &member, const QString &language)
{
    const figures::Figure &figure = member.figure;
    QJsonObject o{
        {QStringLiteral("article_id"), member.article.id},
        {QStringLiteral("outlet"), member.article.outlet},
        {QStringLiteral("title"), member.article.title},
        {QStringLiteral("published"), member.article.published.isValid()
                                          ? QJsonValue(member.article.published.toString(Qt::ISODate))
                                          : QJsonValue()},
        {QStringLiteral("text"), figure.text},
        {QStringLiteral("start"), member.figureCodePoints.start},
        {QStringLiteral("end"), member.figureCodePoints.end},
        {QStringLiteral("value"), figure.value},
        {QStringLiteral("value_max"), orNull(figure.valueMax)},
        {QStringLiteral("currency"), figure.currency},
        {QStringLiteral("unit"), figure.unit},
        {QStringLiteral("approx"), figure.approximate},
        {QStringLiteral("display"), figures::displayValue(figure, language)},
        {QStringLiteral("normalized"), member.normalized},
        {QStringLiteral("normalized_max"), orNull(member.normalizedMax)},
        {QStringLiteral("normalized_display"), claims::displayNormalized(group, member.normalized, language)},
        {QStringLiteral("sentence"), QJsonObject{{QStringLiteral("start"), member.sentenceCodePoints.start},
                                                 {QStringLiteral("end"), member.sentenceCodePoints.end},
                                                 {QStringLiteral("text"), member.sentence}}},
    };
    if (member.conversion) {
        o.insert(QStringLiteral("conversion"), QJsonObject{{QStringLiteral("text"), member.conversion->text},
                                                           {QStringLiteral("value"), member.conversion->value},
                                                           {QStringLiteral("currency"), member.conversion->currency}});
    }
    if (member.rate) {
        o.insert(QStringLiteral("rate"), QJsonObject{{QStringLiteral("base"), member.rate->base},
                                                     {QStringLiteral("quote"), member.rate->quote},
                                                     {QStringLiteral("value"), member.rate->value},
                                                     {QStringLiteral("written"), member.rate->written}});
    }
    return o;
}

} // namespace

QJsonObject claimGroupToJson(const claims::ClaimGroup &group, const QString &language)
{
    QJsonArray members;
    for (const claims::ClaimMember &member : group.members)
        members.append(memberToJson(group, member, language));
    QJsonArray flags;
    for (const claims::ClaimFlag &flag : group.flags) {
        QJsonArray indexes;
        for (const int i : flag.members)
            indexes.append(i);
        flags.append(QJsonObject{{QStringLiteral("kind"), claims::flagKindName(flag.kind)},
                                 {QStringLiteral("reason"), flag.reason},
                                 {QStringLiteral("members"), indexes}});
    }
    return QJsonObject{
        {QStringLiteral("subject"), group.subject(language)},
        {QStringLiteral("subject_ko"), group.subjectKo},
        {QStringLiteral("subject_en"), group.subjectEn},
        {QStringLiteral("measure"), group.measure},
        {QStringLiteral("measure_key"), group.measureKey},
        {QStringLiteral("year"), group.year ? QJsonValue(*group.year) : QJsonValue()},
        {QStringLiteral("kind"), figures::figureKindName(group.kind)},
        {QStringLiteral("unit"), group.unit},
        {QStringLiteral("sources"), group.sourceCount()},
        {QStringLiteral("flagged"), group.isFlagged()},
        {QStringLiteral("members"), members},
        {QStringLiteral("flags"), flags},
    };
}

} // namespace dokhae::cli
