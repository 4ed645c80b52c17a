#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dokhae::figures {

// The vocabulary of Korean numerals, one syllable or word at a time. The grammar that combines
// them is in numeral_reader.h.

// Full-width digits and letters, the ideographic space, and the many tildes and dashes of Korean
// typesetting folded to their ASCII forms. One UTF-16 unit in, one out, so offsets are kept.
QString foldForParsing(QStringView text);

bool isHangulSyllable(QChar c);
bool isAsciiDigit(QChar c);
bool isAsciiLetter(QChar c);

int sinoDigit(QChar c);                // 영/공 0, 일 1 … 구 9; -1 otherwise
int smallMultiplierExponent(QChar c);  // 십 1, 백 2, 천 3; 0 otherwise
int largeMultiplierExponent(QChar c);  // 만 4, 억 8, 조 12, 경 16; 0 otherwise
bool isDecimalPointWord(QChar c);      // 점, 쩜 (일점오 = 1.5)

struct NativeNumber
{
    int value = 0;
    qsizetype end = 0;
};

// Native Korean numbers up to 99: 하나, 둘, 열한, 스물다섯, 아흔아홉, with the determiner forms
// used before counters (한, 두, 세, 네, 스무). The longest word wins: 일곱 before sino 일.
std::optional<NativeNumber> matchNativeNumber(QStringView text, qsizetype pos);

struct EnglishScale
{
    int exponent = 0;
    qsizetype end = 0;
};

// billion, million, trillion, thousand (and bn, mn) after digits: "$67.2 billion". The bare
// letters B, M and K count only after a currency sign ($3.5B), since 671B names a model size.
std::optional<EnglishScale> matchEnglishScale(QStringView text, qsizetype pos, bool afterDigits,
                                             bool afterCurrencySign);

// Length of `word` at `pos` in `text`, where a space inside `word` matches zero or one space
// in the text (호주 달러 = 호주달러); -1 when it does not match.
qsizetype matchWord(QStringView text, qsizetype pos, QStringView word);

qsizetype skipSpaces(QStringView text, qsizetype pos, int maxSpaces = 1);

} // namespace dokhae::figures
