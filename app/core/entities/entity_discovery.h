#pragma once

#include "entities/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dokhae::entities {

class EntityCatalog;

// A name the text itself introduces, with the evidence that made it one.
struct DiscoveredName {
    EntityType type = EntityType::Organization;
    QString nameKo;        // as written, without particles; empty when only an original is given
    QStringList originals; // Latin or Hanzi originals and abbreviations given beside it
    qsizetype start = 0;   // the evidence span in the reading text
    qsizetype end = 0;
    QString rule;          // which rule found it: "parenthesis", "title", "suffix", … (for debugging)
    bool spanIsMention = false; // the evidence span is itself a mention (a name split by its original)

    QStringList names() const;
};

// Names found by the rules of Korean news prose, independent of any catalog:
//  - a name followed by its original in parentheses: 딥시크(DeepSeek), 쉬리(徐立),
//    센스타임(중국명 商湯科技), 큐웬 2.5-맥스(Qwen 2.5-Max), and abbreviations: 전국인민대표대회(전인대);
//  - person titles and roles: 서재창 기자, 리창 총리, 이정동 서울대 교수;
//  - organization suffixes: 교육부, 칭화대학, 스탠포드 대학, AI 표준화 기술위원회;
//  - quoted or bracketed names: ‘어니 4.5’, 《브레이크넥》, and a known name with a version (딥시크 V3);
//  - Latin acronyms used as a noun with a particle: SMIC는.
// The catalog only tells the rules which words are already names (화웨이 in 화웨이 회장 is not a
// person); pass an empty catalog to see discovery alone.
QList<DiscoveredName> discoverEntities(const QString &text, const EntityCatalog &catalog);

} // namespace dokhae::entities
