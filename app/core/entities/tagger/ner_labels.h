#pragma once

#include "entities/entity.h"

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::entities {

// The tags of the name tagger, one per UTF-16 unit of a text: outside a name, or the beginning
// or inside of a person, organization or place name (KLUE-NER's PS, OG and LC; its dates, times
// and quantities are left to the figures extractor and read as O).
enum class NerLabel : quint8 { Outside, BeginPerson, InsidePerson, BeginOrg, InsideOrg, BeginPlace, InsidePlace };
inline constexpr int kNerLabelCount = 7;

// "B-PS", "I-OG", … as KLUE writes them; any other tag (O, B-DT, I-QT, …) is Outside.
NerLabel nerLabelFromTag(QStringView tag);

// The label that continues a name `label` begins or continues (BeginOrg → InsideOrg); Outside for
// Outside.
NerLabel continuationOf(NerLabel label);

// The entity type a label belongs to, or nothing for Outside.
std::optional<EntityType> nerLabelType(NerLabel label);

// A name the tagger (or an annotation) marks: [start, end) in UTF-16 units of its text.
struct TaggedName {
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    double confidence = 0; // the tagger's margin for it (see NerModel::decode); 0 from annotations

    friend bool operator==(const TaggedName &, const TaggedName &) = default;
};

// The names a label sequence spells. An Inside label that does not continue a name of its own
// type starts one, as the usual BIO reading does.
QList<TaggedName> namesFromLabels(const QList<NerLabel> &labels);

} // namespace dokhae::entities
