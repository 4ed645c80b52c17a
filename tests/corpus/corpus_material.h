#pragma once

#include <QStringList>

// The words and sentence patterns the corpus generator fills in. Written for it: made-up
// sentences in the manner of Korean tech and economy news, no text taken from real articles.
// A pattern names its slots in braces, "{company|은}" with the particle to attach after a final
// consonant (은, 이, 을, 과, 으로; the generator picks 는, 가, 를, 와, 로 after a vowel).
namespace dokhae::corpus::material {

const QStringList &titlePatterns();
const QStringList &sentencePatterns();       // each with figures (numbers, amounts, dates)
const QStringList &plainSentencePatterns();  // without: context, quotes, assessments
const QStringList &values(QStringView slot);  // empty for a slot that is a number
const QStringList &reporters();
const QStringList &publishers();
const QStringList &mailDomains();

} // namespace dokhae::corpus::material
