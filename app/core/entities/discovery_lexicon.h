#pragma once

#include "entities/entity.h"

#include <QString>

#include <optional>

// The closed word lists discovery reasons with. They describe Korean news prose (titles, suffixes,
// the nouns that announce a product or a company), never particular entities.
namespace dokhae::entities::lexicon {

// 총리, CEO, 교수, 기자, 창업자 … with or without a particle (교수는).
bool isPersonTitle(QStringView word);

// The type a classifier noun announces: 모델/칩/앱 → product, 기업/스타트업 → org, 보고서/저서 → work,
// 도시 → place. Looks at the word's head and tail (추론모델, 기업인, 스타트업의).
std::optional<EntityType> classNounType(QStringView word);

// The organization suffix a word ends with (대학, 연구소, 위원회, 그룹, 전자, 부 …), or empty.
// The word must have something before the suffix, and common words that merely end that way
// (정부, 일부, 내부, 지도부) are refused.
QStringView organizationSuffix(QStringView stem);

// Suffixes that may stand as their own word after a name: 스탠포드 대학, 알리바바 그룹.
bool isDetachedOrganizationSuffix(QStringView word);

// Common nouns, pronouns, determiners and adverbs that are never names (우리, 이게, 서방, 정부, 당시).
bool isStopWord(QStringView word);

// Technical acronyms that are not organizations: AI, GPU, LLM, IoT, R&D, CEO …
bool isGenericAcronym(QStringView word);

// Adnominal and verb endings (적인, 하는, 했던, 된) that mark a word as a modifier, not a name.
bool hasModifierEnding(QStringView word);

// Chinese surnames (simplified and traditional) that begin a Hanzi person name: 徐立, 任正非.
bool isChineseSurname(QChar han);

// Hanzi names announce their kind by their last characters: 科技/集团 → org, 省/市/州 → place.
std::optional<EntityType> hanziSuffixType(QStringView hanzi);

// Version tokens that turn a name into a product: V3, R1, X1, 4.5, 2.5-Max, 2, Pro, 맥스.
bool isVersionToken(QStringView word);

// The label Korean writers put before an original name in parentheses (중국명, 영문명, 본명),
// or empty.
QStringView originalNameLabel(QStringView inner);

// Korean place-kind nouns glued after a parenthesis: 저장(浙江)성, 항저우(杭州)시.
bool isPlaceKindSuffix(QStringView word);

} // namespace dokhae::entities::lexicon
