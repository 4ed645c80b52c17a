#include "entities/tagger/ner_labels.h"

namespace dokhae::entities {

NerLabel nerLabelFromTag(QStringView tag)
{
    if (tag.size() != 4 || tag.at(1) != u'-')
        return NerLabel::Outside;
    const bool begin = tag.at(0) == u'B';
    if (!begin && tag.at(0) != u'I')
        return NerLabel::Outside;
    const QStringView kind = tag.mid(2);
    if (kind == u"PS")
        return begin ? NerLabel::BeginPerson : NerLabel::InsidePerson;
    if (kind == u"OG")
        return begin ? NerLabel::BeginOrg : NerLabel::InsideOrg;
    if (kind == u"LC")
        return begin ? NerLabel::BeginPlace : NerLabel::InsidePlace;
    return NerLabel::Outside;
}

NerLabel continuationOf(NerLabel label)
{
    switch (label) {
    case NerLabel::BeginPerson:
        return NerLabel::InsidePerson;
    case NerLabel::BeginOrg:
        return NerLabel::InsideOrg;
    case NerLabel::BeginPlace:
        return NerLabel::InsidePlace;
    default:
        return label;
    }
}

std::optional<EntityType> nerLabelType(NerLabel label)
{
    switch (label) {
    case NerLabel::BeginPerson:
    case NerLabel::InsidePerson:
        return EntityType::Person;
    case NerLabel::BeginOrg:
    case NerLabel::InsideOrg:
        return EntityType::Organization;
    case NerLabel::BeginPlace:
    case NerLabel::InsidePlace:
        return EntityType::Place;
    case NerLabel::Outside:
        break;
    }
    return std::nullopt;
}

static bool isBegin(NerLabel label)
{
    return label == NerLabel::BeginPerson || label == NerLabel::BeginOrg || label == NerLabel::BeginPlace;
}

QList<TaggedName> namesFromLabels(const QList<NerLabel> &labels)
{
    QList<TaggedName> names;
    std::optional<TaggedName> open;
    auto close = [&](qsizetype end) {
        if (open) {
            open->end = end;
            names.append(*open);
            open.reset();
        }
    };
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const std::optional<EntityType> type = nerLabelType(labels.at(i));
        if (!type) {
            close(i);
            continue;
        }
        if (open && !isBegin(labels.at(i)) && open->type == *type)
            continue;
        close(i);
        open = TaggedName{i, i, *type};
    }
    close(labels.size());
    return names;
}

} // namespace dokhae::entities
