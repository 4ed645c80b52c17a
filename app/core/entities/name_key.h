#pragma once

#include <QString>

namespace dokhae::entities {

// The form under which names are compared: NFC, case-folded, with spaces, hyphens, middle dots
// and periods removed, so that "DeepSeek-V3", "deepseek v3" and "딥시크 V3" vs "딥시크V3" meet.
QString nameKey(QStringView name);

// Characters of the scripts names are written in.
bool isHangulSyllable(QChar c);
bool isHan(QChar c);
bool isLatinLetter(QChar c);
// A letter or digit of any script: what a word is made of.
bool isWordChar(QChar c);
// Separators a multi-word name may carry (space, hyphen, middle dot): "큐웬 2.5-맥스".
bool isNameSeparator(QChar c);

// Korean particles change form with the final consonant (batchim) of the word before them.
bool hasFinalConsonant(QChar syllable);
bool finalConsonantIsRieul(QChar syllable);

int hangulSyllableCount(QStringView text);
bool isAllHangul(QStringView text);
bool isAllHan(QStringView text);

} // namespace dokhae::entities
